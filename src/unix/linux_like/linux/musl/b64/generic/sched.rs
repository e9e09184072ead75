//! `<sched.h>`: `struct sched_param` with the published crate's public
//! `sched_ss_*` names over musl's reserved fields (musl `include/sched.h`);
//! loongarch64 keeps them private.

use crate::{c_int, timespec};

/// musl's `struct sched_param`: the POSIX sporadic-server fields are
/// reserved (`__reserved1`, `__reserved2[2]`, `__reserved3`); they keep the
/// published crate's `sched_ss_*` names, with the same layout.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sched_param {
    pub sched_priority: c_int,
    pub sched_ss_low_priority: c_int,
    pub sched_ss_repl_period: timespec,
    pub sched_ss_init_budget: timespec,
    pub sched_ss_max_repl: c_int,
}
