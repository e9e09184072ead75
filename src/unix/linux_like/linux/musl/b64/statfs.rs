// `<sys/statfs.h>`: `fsid_t` (musl `include/sys/statfs.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fsid_t {
    __val: [c_int; 2],
}
