// `<utime.h>`: `struct utimbuf` and `utime` (musl `include/utime.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct utimbuf {
    pub actime: time_t,
    pub modtime: time_t,
}

extern "C" {
    pub fn utime(path: *const c_char, times: *const utimbuf) -> c_int;
}
