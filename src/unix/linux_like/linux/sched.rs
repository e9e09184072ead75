//! `<linux/sched.h>`: `clone3`'s `struct clone_args` and the `sched_setattr`
//! policy flags (the kernel's `include/uapi/linux/sched.h`); `<linux/sched/types.h>`
//! is the child module `types`.

use crate::{c_int, c_long, c_ulonglong, size_t, syscall};

mod types;

pub use self::types::*;

pub const SCHED_NORMAL: c_int = 0;

pub const SCHED_FLAG_RESET_ON_FORK: c_int = 0x01;
pub const SCHED_FLAG_RECLAIM: c_int = 0x02;
pub const SCHED_FLAG_DL_OVERRUN: c_int = 0x04;
pub const SCHED_FLAG_KEEP_POLICY: c_int = 0x08;
pub const SCHED_FLAG_KEEP_PARAMS: c_int = 0x10;
pub const SCHED_FLAG_UTIL_CLAMP_MIN: c_int = 0x20;
pub const SCHED_FLAG_UTIL_CLAMP_MAX: c_int = 0x40;
pub const SCHED_FLAG_KEEP_ALL: c_int = SCHED_FLAG_KEEP_POLICY | SCHED_FLAG_KEEP_PARAMS;
pub const SCHED_FLAG_UTIL_CLAMP: c_int = SCHED_FLAG_UTIL_CLAMP_MIN | SCHED_FLAG_UTIL_CLAMP_MAX;
pub const SCHED_FLAG_ALL: c_int = SCHED_FLAG_RESET_ON_FORK
    | SCHED_FLAG_RECLAIM
    | SCHED_FLAG_DL_OVERRUN
    | SCHED_FLAG_KEEP_ALL
    | SCHED_FLAG_UTIL_CLAMP;

pub const CLONE_ARGS_SIZE_VER0: c_int = 64;
pub const CLONE_ARGS_SIZE_VER1: c_int = 80;
pub const CLONE_ARGS_SIZE_VER2: c_int = 88;

/// What `clone3` takes (its size is the second argument).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct clone_args {
    pub flags: c_ulonglong,
    pub pidfd: c_ulonglong,
    pub child_tid: c_ulonglong,
    pub parent_tid: c_ulonglong,
    pub exit_signal: c_ulonglong,
    pub stack: c_ulonglong,
    pub stack_size: c_ulonglong,
    pub tls: c_ulonglong,
    pub set_tid: c_ulonglong,
    pub set_tid_size: c_ulonglong,
    pub cgroup: c_ulonglong,
}

/// Creates a child process or thread as `cl_args` (of `size` bytes, one of
/// the `CLONE_ARGS_SIZE_VER*`) says; 0 in the child, the child's id in the
/// parent. Like `fork`, the child runs on a copy of the parent's stack
/// unless `stack` is set: only async-signal-safe calls are safe there.
pub unsafe fn clone3(cl_args: *mut clone_args, size: size_t) -> c_long {
    syscall(crate::SYS_clone3, cl_args, size)
}
