//! `<sched.h>`: `sched_getcpu` (musl `include/sched.h`, `_GNU_SOURCE`).

use crate::c_int;

extern "C" {
    pub fn sched_getcpu() -> c_int;
}
