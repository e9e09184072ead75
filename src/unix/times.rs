// `<sys/times.h>`: `struct tms` and `times` (musl `include/sys/times.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tms {
    pub tms_utime: clock_t,
    pub tms_stime: clock_t,
    pub tms_cutime: clock_t,
    pub tms_cstime: clock_t,
}

extern "C" {
    pub fn times(tms: *mut tms) -> clock_t;
}
