// `<sched.h>`: `struct sched_param` as the published crate has it on
// loongarch64, its reserved fields private (musl `include/sched.h`).

/// musl's `struct sched_param`, with its reserved fields private, as the
/// published crate has it on loongarch64.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sched_param {
    pub sched_priority: c_int,
    __reserved1: crate::Padding<c_int>,
    __reserved2: crate::Padding<[timespec; 2]>,
    __reserved3: crate::Padding<c_int>,
}
