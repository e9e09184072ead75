//! musl's own choices: the layouts and values musl 1.2.5 gives in
//! `include/*.h` and `arch/generic/bits/*.h`, where glibc or the kernel
//! would differ: `<errno.h>`'s `__errno_location`, `<signal.h>`'s
//! `struct sigaction` and `<sys/resource.h>`'s `rlim_t` and
//! `struct rusage`.

use crate::{c_int, c_long, c_ulonglong, sighandler_t, timeval};

// <sys/resource.h>
pub type rlim_t = c_ulonglong;

#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
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
    __reserved: [c_long; 16],
}

// <signal.h>: musl's own layout on every architecture (it converts to the
// kernel's in `sigaction`). C's first member is a union of `sa_handler` and
// `sa_sigaction`; as in the published crate, it is one integer here. With
// `extra_traits`, `sa_restorer` compares and hashes by address (below).
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug))]
pub struct sigaction {
    pub sa_sigaction: sighandler_t,
    pub sa_mask: sigset_t,
    pub sa_flags: c_int,
    pub sa_restorer: Option<extern "C" fn()>,
}

#[cfg(feature = "extra_traits")]
impl sigaction {
    fn restorer_addr(&self) -> Option<usize> {
        self.sa_restorer.map(|f| f as usize)
    }
}

#[cfg(feature = "extra_traits")]
impl PartialEq for sigaction {
    fn eq(&self, other: &Self) -> bool {
        self.sa_sigaction == other.sa_sigaction
            && self.sa_mask == other.sa_mask
            && self.sa_flags == other.sa_flags
            && self.restorer_addr() == other.restorer_addr()
    }
}

#[cfg(feature = "extra_traits")]
impl Eq for sigaction {}

#[cfg(feature = "extra_traits")]
impl core::hash::Hash for sigaction {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.sa_sigaction.hash(state);
        self.sa_mask.hash(state);
        self.sa_flags.hash(state);
        self.restorer_addr().hash(state);
    }
}

extern "C" {
    /// musl's `errno` is `(*__errno_location())` (`<errno.h>`).
    pub fn __errno_location() -> *mut c_int;
}

mod b64;
pub use self::b64::*;
