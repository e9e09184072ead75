//! `<signal.h>`: `sighandler_t` (`_GNU_SOURCE`) and the kernel's other name
//! for `SIGABRT` (musl `include/signal.h`, `arch/*/bits/signal.h`).

use crate::{c_int, sigset_t, size_t};

/// C's `sighandler_t` is `void (*)(int)`; the published crate makes it an
/// integer wide enough for `SIG_DFL`, `SIG_IGN`, `SIG_ERR` and a handler's
/// address alike.
pub type sighandler_t = size_t;

pub const SIGIOT: c_int = crate::SIGABRT;

pub const SI_DETHREAD: c_int = -7;
pub const TRAP_PERF: c_int = 6;

extern "C" {
    pub fn bsd_signal(sig: c_int, handler: sighandler_t) -> sighandler_t;
    pub fn sigandset(dest: *mut sigset_t, left: *const sigset_t, right: *const sigset_t) -> c_int;
    pub fn sigisemptyset(set: *const sigset_t) -> c_int;
    pub fn sigorset(dest: *mut sigset_t, left: *const sigset_t, right: *const sigset_t) -> c_int;
}
