//! `<signal.h>`: musl's `struct sigaction`, its own layout on every
//! architecture (musl converts it to the kernel's in `sigaction`; musl
//! `include/signal.h`).

use crate::{
    c_int, c_long, c_void, clock_t, pid_t, sighandler_t, siginfo_t, sigset_t, sigval, uid_t,
};

// The `si_*` members of `siginfo_t`'s union, at their offsets from the
// union's start (offset 16 on every 64-bit ABI: three ints, then the union
// aligned as a `long`).
impl siginfo_t {
    unsafe fn field<T: Copy>(&self, offset: usize) -> T {
        let base = (self as *const siginfo_t as *const u8).add(2 * size_of::<c_long>());
        core::ptr::read_unaligned(base.add(offset) as *const T)
    }

    pub unsafe fn si_addr(&self) -> *mut c_void {
        self.field(0)
    }

    pub unsafe fn si_value(&self) -> sigval {
        self.field(2 * size_of::<c_int>())
    }

    pub unsafe fn si_pid(&self) -> pid_t {
        self.field(0)
    }

    pub unsafe fn si_uid(&self) -> uid_t {
        self.field(size_of::<pid_t>())
    }

    pub unsafe fn si_status(&self) -> c_int {
        self.field(2 * size_of::<c_int>())
    }

    pub unsafe fn si_utime(&self) -> clock_t {
        self.field(2 * size_of::<c_int>() + size_of::<clock_t>())
    }

    pub unsafe fn si_stime(&self) -> clock_t {
        self.field(2 * size_of::<c_int>() + 2 * size_of::<clock_t>())
    }
}

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
