// `<linux/sched/types.h>`: `struct sched_attr` of `sched_setattr` and
// `sched_getattr` (the kernel's `include/uapi/linux/sched/types.h`).

pub const SCHED_ATTR_SIZE_VER0: c_int = 48;
pub const SCHED_ATTR_SIZE_VER1: c_int = 56;

/// The published crate's layout, the kernel's first version
/// (`SCHED_ATTR_SIZE_VER0`, 48 bytes), which the kernel keeps accepting
/// through the `size` field; C's header has grown `sched_util_min` and
/// `sched_util_max` since (see README, Shapes).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sched_attr {
    pub size: __u32,
    pub sched_policy: __u32,
    pub sched_flags: __u64,
    pub sched_nice: __s32,
    pub sched_priority: __u32,
    pub sched_runtime: __u64,
    pub sched_deadline: __u64,
    pub sched_period: __u64,
}
