// `<sys/time.h>`: `struct timeval` and `gettimeofday` (musl
// `include/sys/time.h`, `include/alltypes.h.in`).

#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct itimerval {
    pub it_interval: timeval,
    pub it_value: timeval,
}

#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct timeval {
    pub tv_sec: time_t,
    pub tv_usec: suseconds_t,
}

// glibc's, with a `struct timezone *` as the published crate has it, is in
// `linux::gnu`.
#[cfg(target_env = "musl")]
extern "C" {
    pub fn gettimeofday(tv: *mut timeval, tz: *mut c_void) -> c_int;
}

pub const ITIMER_REAL: c_int = 0;
pub const ITIMER_VIRTUAL: c_int = 1;
pub const ITIMER_PROF: c_int = 2;

extern "C" {
    pub fn getitimer(which: c_int, old: *mut itimerval) -> c_int;
    pub fn setitimer(which: c_int, new: *const itimerval, old: *mut itimerval) -> c_int;
    pub fn utimes(path: *const c_char, times: *const timeval) -> c_int;
}

// `<sys/time.h>`: the BSD/GNU time functions (musl `include/sys/time.h`).

/// `struct timezone`, obsolete; private as in the published crate.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct timezone {
    tz_minuteswest: c_int,
    tz_dsttime: c_int,
}

extern "C" {
    pub fn futimes(fd: c_int, tv: *const timeval) -> c_int;
    pub fn lutimes(filename: *const c_char, tv: *const timeval) -> c_int;
    pub fn settimeofday(tv: *const timeval, tz: *const timezone) -> c_int;
    pub fn adjtime(in_: *const timeval, out: *mut timeval) -> c_int;
}

extern "C" {
    pub fn futimesat(dirfd: c_int, pathname: *const c_char, times: *const timeval) -> c_int;
}
