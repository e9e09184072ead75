// `<sys/resource.h>`: musl's `rlim_t` and its `struct rusage`, with room
// reserved after the kernel's fields (musl `include/sys/resource.h`).

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
pub unsafe extern "C" fn getrlimit64(resource: c_int, rlim: *mut rlimit64) -> c_int {
    getrlimit(resource as _, rlim as *mut rlimit)
}

/// `setrlimit64`: musl 1.2.4+ has only `setrlimit`.
pub unsafe extern "C" fn setrlimit64(resource: c_int, rlim: *const rlimit64) -> c_int {
    setrlimit(resource as _, rlim as *const rlimit)
}

/// `prlimit64`: musl 1.2.4+ has only `prlimit`.
pub unsafe extern "C" fn prlimit64(
    pid: pid_t,
    resource: c_int,
    new_limit: *const rlimit64,
    old_limit: *mut rlimit64,
) -> c_int {
    prlimit(
        pid,
        resource as _,
        new_limit as *const rlimit,
        old_limit as *mut rlimit,
    )
}

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
    __reserved: crate::Padding<[c_long; 16]>,
}
