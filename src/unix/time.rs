//! `<time.h>`: `struct timespec`, `struct itimerspec`, the POSIX clocks and
//! the clock and sleep functions (musl `include/time.h`,
//! `include/alltypes.h.in`).

use crate::{c_int, c_long, clockid_t, time_t};

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
