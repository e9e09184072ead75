// `<linux/kcmp.h>`: what `kcmp` compares between two processes, and `kcmp`,
// which musl does not wrap, as a Rust function over `syscall` with C's
// contract (the kernel's `include/uapi/linux/kcmp.h`; the types are an enum
// there).

pub const KCMP_FILE: c_int = 0;
pub const KCMP_VM: c_int = 1;
pub const KCMP_FILES: c_int = 2;
pub const KCMP_FS: c_int = 3;
pub const KCMP_SIGHAND: c_int = 4;
pub const KCMP_IO: c_int = 5;
pub const KCMP_SYSVSEM: c_int = 6;
pub const KCMP_EPOLL_TFD: c_int = 7;
pub const KCMP_TYPES: c_int = 8;

/// The target of a `KCMP_EPOLL_TFD` comparison.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct kcmp_epoll_slot {
    pub efd: __u32,
    pub tfd: __u32,
    pub toff: __u32,
}

/// Compares a kernel resource of type `ty` of processes `pid1` and `pid2`:
/// 0 if shared, 1 or 2 for an order, 3 if merely different.
#[inline]
pub unsafe fn kcmp(pid1: pid_t, pid2: pid_t, ty: c_int, idx1: c_ulong, idx2: c_ulong) -> c_int {
    let (p1, p2, ty) = (pid1 as c_long, pid2 as c_long, ty as c_long);
    syscall(crate::SYS_kcmp, p1, p2, ty, idx1, idx2) as c_int
}
