// `<sched.h>`: the POSIX scheduling functions (musl `include/sched.h`).

extern "C" {
    pub fn sched_yield() -> c_int;
}

pub const SCHED_OTHER: c_int = 0;
pub const SCHED_FIFO: c_int = 1;
pub const SCHED_RR: c_int = 2;
pub const SCHED_BATCH: c_int = 3;
pub const SCHED_IDLE: c_int = 5;
pub const SCHED_DEADLINE: c_int = 6;
pub const SCHED_RESET_ON_FORK: c_int = 0x40000000;

extern "C" {
    pub fn sched_get_priority_max(policy: c_int) -> c_int;
    pub fn sched_get_priority_min(policy: c_int) -> c_int;
    pub fn sched_getparam(pid: pid_t, param: *mut sched_param) -> c_int;
    pub fn sched_getscheduler(pid: pid_t) -> c_int;
    pub fn sched_rr_get_interval(pid: pid_t, ts: *mut timespec) -> c_int;
    pub fn sched_setparam(pid: pid_t, param: *const sched_param) -> c_int;
    pub fn sched_setscheduler(pid: pid_t, sched: c_int, param: *const sched_param) -> c_int;
}
