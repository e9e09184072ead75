//! `<signal.h>`: musl's `struct sigaction`, its own layout on every
//! architecture (musl converts it to the kernel's in `sigaction`; musl
//! `include/signal.h`).

use crate::{c_int, sighandler_t, sigset_t};

/// C's first member is a union of `sa_handler` and `sa_sigaction`; as in the
/// published crate, it is one integer here. With `extra_traits`,
/// `sa_restorer` compares and hashes by address (below).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
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
