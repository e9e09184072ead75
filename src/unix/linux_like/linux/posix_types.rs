// `<linux/posix_types.h>`: the kernel's own names for the types of its
// interfaces, as the structs of other kernel headers spell them (the
// kernel's `asm-generic/posix_types.h`, the same on every supported
// architecture for these).

/// The kernel's file system id (in C an anonymous struct).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __c_anonymous__kernel_fsid_t {
    pub val: [c_int; 2],
}

pub type __kernel_fsid_t = __c_anonymous__kernel_fsid_t;
pub type __kernel_clockid_t = c_int;
