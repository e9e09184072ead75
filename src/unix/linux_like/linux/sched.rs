// `<linux/sched.h>`: `clone3`'s `struct clone_args` and the `sched_setattr`
// policy flags (the kernel's `include/uapi/linux/sched.h`); `<linux/sched/types.h>`
// is the child module `types`.

include!("sched/types.rs");

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

// The `clone3` flags past the 32 bits of `clone`'s (C: `1ULL << 32`, `1ULL << 33`),
// as wide as `clone_args.flags`; the published crate declares them `c_int`,
// which cannot hold them.
pub const CLONE_CLEAR_SIGHAND: c_ulonglong = 1 << 32;
pub const CLONE_INTO_CGROUP: c_ulonglong = 1 << 33;

pub const CLONE_ARGS_SIZE_VER0: c_int = 64;
pub const CLONE_ARGS_SIZE_VER1: c_int = 80;
pub const CLONE_ARGS_SIZE_VER2: c_int = 88;

/// What `clone3` takes (its size is the second argument). Its members are
/// `__aligned_u64`.
#[repr(C, align(8))]
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
#[inline]
pub unsafe fn clone3(cl_args: *mut clone_args, size: size_t) -> c_long {
    syscall(crate::SYS_clone3, cl_args, size)
}

// The kernel's per-task flags (`task_struct.flags`, as the ninth field of
// /proc/<pid>/stat shows them): the kernel's internal `include/linux/sched.h`,
// not a UAPI header. Values from Linux 6.12's, as Debian's
// linux-headers-6.12 common package ships it; the ABI check compares them with
// that header (ci/setup.sh fetches it).
pub const PF_VCPU: c_int = 0x00000001;
pub const PF_IDLE: c_int = 0x00000002;
pub const PF_EXITING: c_int = 0x00000004;
pub const PF_POSTCOREDUMP: c_int = 0x00000008;
pub const PF_IO_WORKER: c_int = 0x00000010;
pub const PF_WQ_WORKER: c_int = 0x00000020;
pub const PF_FORKNOEXEC: c_int = 0x00000040;
pub const PF_MCE_PROCESS: c_int = 0x00000080;
pub const PF_SUPERPRIV: c_int = 0x00000100;
pub const PF_DUMPCORE: c_int = 0x00000200;
pub const PF_SIGNALED: c_int = 0x00000400;
pub const PF_MEMALLOC: c_int = 0x00000800;
pub const PF_NPROC_EXCEEDED: c_int = 0x00001000;
pub const PF_USED_MATH: c_int = 0x00002000;
pub const PF_USER_WORKER: c_int = 0x00004000;
pub const PF_NOFREEZE: c_int = 0x00008000;
pub const PF_KSWAPD: c_int = 0x00020000;
pub const PF_MEMALLOC_NOFS: c_int = 0x00040000;
pub const PF_MEMALLOC_NOIO: c_int = 0x00080000;
pub const PF_LOCAL_THROTTLE: c_int = 0x00100000;
pub const PF_KTHREAD: c_int = 0x00200000;
pub const PF_RANDOMIZE: c_int = 0x00400000;
pub const PF_NO_SETAFFINITY: c_int = 0x04000000;
pub const PF_MCE_EARLY: c_int = 0x08000000;
pub const PF_MEMALLOC_PIN: c_int = 0x10000000;
pub const PF_BLOCK_TS: c_int = 0x20000000;
pub const PF_SUSPEND_TASK: c_int = 0x80000000_u32 as c_int;
