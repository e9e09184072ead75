// `<linux/ioprio.h>`: I/O scheduling classes and priorities, and
// `ioprio_get` and `ioprio_set`, which musl does not wrap, as Rust functions
// over `syscall` with C's contract (the kernel's
// `include/uapi/linux/ioprio.h`; the classes and targets are enums there).

pub const IOPRIO_CLASS_SHIFT: c_int = 13;

pub const IOPRIO_CLASS_NONE: c_int = 0;
pub const IOPRIO_CLASS_RT: c_int = 1;
pub const IOPRIO_CLASS_BE: c_int = 2;
pub const IOPRIO_CLASS_IDLE: c_int = 3;

pub const IOPRIO_WHO_PROCESS: c_int = 1;
pub const IOPRIO_WHO_PGRP: c_int = 2;
pub const IOPRIO_WHO_USER: c_int = 3;

/// The I/O priority of the process, group or user `who` (as `which` says).
#[inline]
pub unsafe fn ioprio_get(which: c_int, who: c_int) -> c_int {
    syscall(crate::SYS_ioprio_get, which as c_long, who as c_long) as c_int
}

/// Sets the I/O priority of the process, group or user `who`.
#[inline]
pub unsafe fn ioprio_set(which: c_int, who: c_int, ioprio: c_int) -> c_int {
    syscall(
        crate::SYS_ioprio_set,
        which as c_long,
        who as c_long,
        ioprio as c_long,
    ) as c_int
}
