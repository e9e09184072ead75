//! `<sched.h>`: the POSIX scheduling functions (musl `include/sched.h`).

use crate::c_int;

extern "C" {
    pub fn sched_yield() -> c_int;
}
