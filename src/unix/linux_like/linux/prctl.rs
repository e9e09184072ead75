// `<linux/prctl.h>`: `prctl` options newer than musl's `<sys/prctl.h>` (the
// kernel's `include/uapi/linux/prctl.h`).

pub const PR_SCHED_CORE: c_int = 62;
pub const PR_SCHED_CORE_GET: c_int = 0;
pub const PR_SCHED_CORE_CREATE: c_int = 1;
pub const PR_SCHED_CORE_SHARE_TO: c_int = 2;
pub const PR_SCHED_CORE_SHARE_FROM: c_int = 3;
pub const PR_SCHED_CORE_MAX: c_int = 4;
pub const PR_SCHED_CORE_SCOPE_THREAD: c_int = 0;
pub const PR_SCHED_CORE_SCOPE_THREAD_GROUP: c_int = 1;
pub const PR_SCHED_CORE_SCOPE_PROCESS_GROUP: c_int = 2;
pub const PR_SME_SET_VL: c_int = 63;
pub const PR_SME_SET_VL_ONEXEC: c_int = 1 << 18;
pub const PR_SME_GET_VL: c_int = 64;
pub const PR_SME_VL_LEN_MASK: c_int = 0xffff;
pub const PR_SME_VL_INHERIT: c_int = 1 << 17;
// The names and types the published crate gives three of these (on aarch64's
// glibc); the kernel's are the ones above.
pub const PR_SME_SET_VL_INHERIT: c_ulong = PR_SME_VL_INHERIT as c_ulong;
pub const PR_SME_SET_VL_ONE_EXEC: c_ulong = PR_SME_SET_VL_ONEXEC as c_ulong;
pub const PR_SME_VL_LEN_MAX: c_int = PR_SME_VL_LEN_MASK;
pub const PR_SET_MDWE: c_int = 65;
pub const PR_MDWE_REFUSE_EXEC_GAIN: c_uint = 1 << 0;
pub const PR_MDWE_NO_INHERIT: c_uint = 1 << 1;
pub const PR_GET_MDWE: c_int = 66;
pub const PR_SET_VMA: c_int = 0x53564d41;
pub const PR_SET_VMA_ANON_NAME: c_int = 0;
pub const PR_SET_MEMORY_MERGE: c_int = 67;
pub const PR_GET_MEMORY_MERGE: c_int = 68;
