// `<sched.h>`: glibc's `struct sched_param` has only the priority (glibc
// `bits/types/struct_sched_param.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sched_param {
    pub sched_priority: c_int,
}
