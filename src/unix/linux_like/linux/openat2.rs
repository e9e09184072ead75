// `<linux/openat2.h>`: `openat2`'s `struct open_how` and its `RESOLVE_*` flags
// (the kernel's `include/uapi/linux/openat2.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct open_how {
    pub flags: __u64,
    pub mode: __u64,
    pub resolve: __u64,
}

pub const RESOLVE_NO_XDEV: __u64 = 0x1;
pub const RESOLVE_NO_MAGICLINKS: __u64 = 0x2;
pub const RESOLVE_NO_SYMLINKS: __u64 = 0x4;
pub const RESOLVE_BENEATH: __u64 = 0x8;
pub const RESOLVE_IN_ROOT: __u64 = 0x10;
pub const RESOLVE_CACHED: __u64 = 0x20;

/// `openat` with `how` (of `size` bytes) for the flags, mode and the
/// `RESOLVE_*` restrictions on how `path` resolves. `how` is only read
/// (`const`, as in glibc's prototype in `<fcntl.h>`).
#[inline]
pub unsafe fn openat2(
    dirfd: c_int,
    path: *const c_char,
    how: *const open_how,
    size: size_t,
) -> c_int {
    syscall(crate::SYS_openat2, dirfd as c_long, path, how, size) as c_int
}
