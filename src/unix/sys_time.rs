//! `<sys/time.h>`: `struct timeval` and `gettimeofday` (musl
//! `include/sys/time.h`, `include/alltypes.h.in`).

use crate::{c_int, c_void, suseconds_t, time_t};

#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct timeval {
    pub tv_sec: time_t,
    pub tv_usec: suseconds_t,
}

extern "C" {
    pub fn gettimeofday(tv: *mut timeval, tz: *mut c_void) -> c_int;
}
