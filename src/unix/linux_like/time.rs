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
    pub fn stime(t: *const time_t) -> c_int;
}
