// `<sys/timeb.h>`: `struct timeb` and `ftime` (musl `include/sys/timeb.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct timeb {
    pub time: time_t,
    pub millitm: c_ushort,
    pub timezone: c_short,
    pub dstflag: c_short,
}

extern "C" {
    pub fn ftime(tp: *mut timeb) -> c_int;
}
