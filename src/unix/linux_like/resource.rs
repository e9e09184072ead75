// `<sys/resource.h>`: the kernel's resource limits beyond POSIX that are the
// same on every supported architecture, and `RUSAGE_THREAD` (musl
// `include/sys/resource.h`, `arch/generic/bits/resource.h`).

pub const RLIMIT_LOCKS: c_int = 10;
pub const RLIMIT_SIGPENDING: c_int = 11;
pub const RLIMIT_MSGQUEUE: c_int = 12;
pub const RLIMIT_NICE: c_int = 13;
pub const RLIMIT_RTPRIO: c_int = 14;
pub const RLIMIT_RTTIME: c_int = 15;
pub const RLIMIT_NLIMITS: c_int = 16;
pub const RLIM_NLIMITS: c_int = RLIMIT_NLIMITS;

pub const RUSAGE_THREAD: c_int = 1;

pub const RLIM64_INFINITY: rlim64_t = !0;

extern "C" {
    pub fn prlimit(
        pid: pid_t,
        resource: c_int,
        new_limit: *const rlimit,
        old_limit: *mut rlimit,
    ) -> c_int;
}
