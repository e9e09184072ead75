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
