// `<time.h>`: `struct timespec`, `struct itimerspec`, the POSIX clocks and
// the clock and sleep functions (musl `include/time.h`,
// `include/alltypes.h.in`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tm {
    pub tm_sec: c_int,
    pub tm_min: c_int,
    pub tm_hour: c_int,
    pub tm_mday: c_int,
    pub tm_mon: c_int,
    pub tm_year: c_int,
    pub tm_wday: c_int,
    pub tm_yday: c_int,
    pub tm_isdst: c_int,
    pub tm_gmtoff: c_long,
    pub tm_zone: *const c_char,
}

#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct timespec {
    pub tv_sec: time_t,
    pub tv_nsec: c_long,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct itimerspec {
    pub it_interval: timespec,
    pub it_value: timespec,
}

pub const CLOCK_REALTIME: clockid_t = 0;
pub const CLOCK_MONOTONIC: clockid_t = 1;
pub const CLOCK_PROCESS_CPUTIME_ID: clockid_t = 2;
pub const CLOCK_THREAD_CPUTIME_ID: clockid_t = 3;

pub const TIMER_ABSTIME: c_int = 1;

extern "C" {
    pub fn time(t: *mut time_t) -> time_t;
    pub fn nanosleep(req: *const timespec, rem: *mut timespec) -> c_int;
    pub fn clock_getres(clock: clockid_t, res: *mut timespec) -> c_int;
    pub fn clock_gettime(clock: clockid_t, tp: *mut timespec) -> c_int;
    pub fn clock_nanosleep(
        clock: clockid_t,
        flags: c_int,
        req: *const timespec,
        rem: *mut timespec,
    ) -> c_int;
}

#[cfg(target_env = "musl")]
pub const CLOCK_SGI_CYCLE: clockid_t = 10;

extern "C" {
    pub fn difftime(t1: time_t, t0: time_t) -> c_double;
    pub fn mktime(tm: *mut tm) -> time_t;
    pub fn strftime(s: *mut c_char, n: size_t, f: *const c_char, tm: *const tm) -> size_t;
    pub fn gmtime(t: *const time_t) -> *mut tm;
    pub fn localtime(t: *const time_t) -> *mut tm;
    pub fn strftime_l(
        s: *mut c_char,
        n: size_t,
        f: *const c_char,
        tm: *const tm,
        loc: locale_t,
    ) -> size_t;
    pub fn gmtime_r(t: *const time_t, tm: *mut tm) -> *mut tm;
    pub fn localtime_r(t: *const time_t, tm: *mut tm) -> *mut tm;
    pub fn asctime_r(tm: *const tm, buf: *mut c_char) -> *mut c_char;
    pub fn clock_settime(clk: clockid_t, ts: *const timespec) -> c_int;
    pub fn clock_getcpuclockid(pid: pid_t, clk: *mut clockid_t) -> c_int;
    pub fn timer_create(clk: clockid_t, evp: *mut sigevent, res: *mut timer_t) -> c_int;
    pub fn timer_delete(t: timer_t) -> c_int;
    pub fn timer_settime(
        t: timer_t,
        flags: c_int,
        val: *const itimerspec,
        old: *mut itimerspec,
    ) -> c_int;
    pub fn timer_gettime(t: timer_t, val: *mut itimerspec) -> c_int;
    pub fn timer_getoverrun(t: timer_t) -> c_int;
    pub fn strptime(s: *const c_char, f: *const c_char, tm: *mut tm) -> *mut c_char;
}

extern "C" {
    pub fn asctime(tm: *const tm) -> *mut c_char;
    pub fn clock() -> clock_t;
    pub fn ctime(t: *const time_t) -> *mut c_char;
    pub fn ctime_r(t: *const time_t, buf: *mut c_char) -> *mut c_char;
    pub fn getdate(s: *const c_char) -> *mut tm;
    pub fn timespec_get(ts: *mut timespec, base: c_int) -> c_int;
    pub fn tzset();
}

// `<time.h>`: the kernel's clocks beyond POSIX (musl `include/time.h`).

pub const CLOCK_MONOTONIC_RAW: clockid_t = 4;
pub const CLOCK_REALTIME_COARSE: clockid_t = 5;
pub const CLOCK_MONOTONIC_COARSE: clockid_t = 6;
pub const CLOCK_BOOTTIME: clockid_t = 7;
pub const CLOCK_REALTIME_ALARM: clockid_t = 8;
pub const CLOCK_BOOTTIME_ALARM: clockid_t = 9;
pub const CLOCK_TAI: clockid_t = 11;

extern "C" {
    pub fn timegm(tm: *mut tm) -> time_t;
}

extern "C" {
    #[cfg(target_env = "musl")]
    pub fn stime(t: *const time_t) -> c_int;
}
