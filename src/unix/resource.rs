// `<sys/resource.h>`: `struct rlimit`, the POSIX limits and the
// `getrlimit` family (musl `include/sys/resource.h`,
// `arch/generic/bits/resource.h`); the limits mips64 renumbers are in the
// hub's `generic::resource`.

#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct rlimit {
    pub rlim_cur: rlim_t,
    pub rlim_max: rlim_t,
}

/// The type of `getrlimit`'s resource and of the `RLIMIT_*` numbers: musl's
/// `int`. glibc's `__rlimit_resource_t`, the unsigned `enum
/// __rlimit_resource`, is public in `linux::gnu` (`<sys/resource.h>`), as
/// the published crate has it there; musl has no such name, so here it is
/// crate-private and the documentation shows `c_int`.
#[cfg(target_env = "musl")]
pub(crate) type __rlimit_resource_t = c_int;
/// The type of `getpriority`'s `which` and of `PRIO_PROCESS`/`PGRP`/`USER`:
/// musl's `int`; glibc's public `__priority_which_t` is in `linux::gnu`.
#[cfg(target_env = "musl")]
pub(crate) type __priority_which_t = c_int;

pub const RLIM_INFINITY: rlim_t = !0;
pub const RLIM_SAVED_CUR: rlim_t = RLIM_INFINITY;
pub const RLIM_SAVED_MAX: rlim_t = RLIM_INFINITY;

pub const RLIMIT_CPU: __rlimit_resource_t = 0;
pub const RLIMIT_FSIZE: __rlimit_resource_t = 1;
pub const RLIMIT_DATA: __rlimit_resource_t = 2;
pub const RLIMIT_STACK: __rlimit_resource_t = 3;
pub const RLIMIT_CORE: __rlimit_resource_t = 4;

pub const RUSAGE_SELF: c_int = 0;
pub const RUSAGE_CHILDREN: c_int = -1;

extern "C" {
    pub fn getrlimit(resource: __rlimit_resource_t, rlim: *mut rlimit) -> c_int;
    pub fn setrlimit(resource: __rlimit_resource_t, rlim: *const rlimit) -> c_int;
    pub fn getrusage(who: c_int, usage: *mut rusage) -> c_int;
}

pub const PRIO_MIN: c_int = -20;
pub const PRIO_MAX: c_int = 20;
pub const PRIO_PROCESS: __priority_which_t = 0;
pub const PRIO_PGRP: __priority_which_t = 1;
pub const PRIO_USER: __priority_which_t = 2;

extern "C" {
    pub fn getpriority(which: __priority_which_t, who: id_t) -> c_int;
    pub fn setpriority(which: __priority_which_t, who: id_t, prio: c_int) -> c_int;
}

// `<sys/resource.h>`: the kernel's resource limits beyond POSIX that are the
// same on every supported architecture, and `RUSAGE_THREAD` (musl
// `include/sys/resource.h`, `arch/generic/bits/resource.h`).

pub const RLIMIT_LOCKS: __rlimit_resource_t = 10;
pub const RLIMIT_SIGPENDING: __rlimit_resource_t = 11;
pub const RLIMIT_MSGQUEUE: __rlimit_resource_t = 12;
pub const RLIMIT_NICE: __rlimit_resource_t = 13;
pub const RLIMIT_RTPRIO: __rlimit_resource_t = 14;
pub const RLIMIT_RTTIME: __rlimit_resource_t = 15;
pub const RLIMIT_NLIMITS: __rlimit_resource_t = 16;
pub const RLIM_NLIMITS: __rlimit_resource_t = RLIMIT_NLIMITS;

pub const RUSAGE_THREAD: c_int = 1;

pub const RLIM64_INFINITY: rlim64_t = !0;

extern "C" {
    pub fn prlimit(
        pid: pid_t,
        resource: __rlimit_resource_t,
        new_limit: *const rlimit,
        old_limit: *mut rlimit,
    ) -> c_int;
}

// `<sys/resource.h>`: musl's `rlim_t` and its `struct rusage`, with room
// reserved after the kernel's fields (musl `include/sys/resource.h`; glibc's
// has none).

pub type rlim64_t = u64;

/// musl's `#define rlimit64 rlimit`, a struct of its own in the published
/// crate, with the same layout.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct rlimit64 {
    pub rlim_cur: rlim64_t,
    pub rlim_max: rlim64_t,
}

/// `getrlimit64`: musl 1.2.4+ has only `getrlimit`.
#[inline]
pub unsafe extern "C" fn getrlimit64(resource: __rlimit_resource_t, rlim: *mut rlimit64) -> c_int {
    getrlimit(resource, rlim as *mut rlimit)
}

/// `setrlimit64`: musl 1.2.4+ has only `setrlimit`.
#[inline]
pub unsafe extern "C" fn setrlimit64(
    resource: __rlimit_resource_t,
    rlim: *const rlimit64,
) -> c_int {
    setrlimit(resource, rlim as *const rlimit)
}

/// `prlimit64`: musl 1.2.4+ has only `prlimit`.
#[inline]
pub unsafe extern "C" fn prlimit64(
    pid: pid_t,
    resource: __rlimit_resource_t,
    new_limit: *const rlimit64,
    old_limit: *mut rlimit64,
) -> c_int {
    prlimit(
        pid,
        resource,
        new_limit as *const rlimit,
        old_limit as *mut rlimit,
    )
}

// glibc's (`linux::gnu`) is spelled `u64`, as the published crate has it.
#[cfg(target_env = "musl")]
pub type rlim_t = c_ulonglong;

#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct rusage {
    pub ru_utime: timeval,
    pub ru_stime: timeval,
    pub ru_maxrss: c_long,
    pub ru_ixrss: c_long,
    pub ru_idrss: c_long,
    pub ru_isrss: c_long,
    pub ru_minflt: c_long,
    pub ru_majflt: c_long,
    pub ru_nswap: c_long,
    pub ru_inblock: c_long,
    pub ru_oublock: c_long,
    pub ru_msgsnd: c_long,
    pub ru_msgrcv: c_long,
    pub ru_nsignals: c_long,
    pub ru_nvcsw: c_long,
    pub ru_nivcsw: c_long,
    // (glibc's `struct rusage` ends with the kernel's counters.)
    #[cfg(target_env = "musl")]
    __reserved: crate::Padding<[c_long; 16]>,
}
