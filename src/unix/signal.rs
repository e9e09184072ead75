//! `<signal.h>`: the signal handler values, the POSIX signal numbers and
//! `sa_flags` bits that are the same on every supported architecture, and
//! the POSIX signal functions (musl `include/signal.h`, `arch/*/bits/signal.h`).
//! The numbers mips64 renumbers are in the hub's `generic::signal`.

use crate::{c_int, pid_t, sighandler_t, sigset_t};

// The published crate's `sighandler_t` is an integer, so these are too.
pub const SIG_DFL: sighandler_t = 0;
pub const SIG_IGN: sighandler_t = 1;
pub const SIG_ERR: sighandler_t = !0;

pub const SIGHUP: c_int = 1;
pub const SIGINT: c_int = 2;
pub const SIGQUIT: c_int = 3;
pub const SIGILL: c_int = 4;
pub const SIGTRAP: c_int = 5;
pub const SIGABRT: c_int = 6;
pub const SIGFPE: c_int = 8;
pub const SIGKILL: c_int = 9;
pub const SIGSEGV: c_int = 11;
pub const SIGPIPE: c_int = 13;
pub const SIGALRM: c_int = 14;
pub const SIGTERM: c_int = 15;

// The `sa_flags` bits. Written `1U` and so on on powerpc64 and s390x, with
// the same values.
pub const SA_NOCLDSTOP: c_int = 1;
pub const SA_ONSTACK: c_int = 0x08000000;
pub const SA_RESTART: c_int = 0x10000000;
pub const SA_NODEFER: c_int = 0x40000000;
pub const SA_RESETHAND: c_int = 0x80000000_u32 as c_int;

extern "C" {
    pub fn kill(pid: pid_t, sig: c_int) -> c_int;
    pub fn sigemptyset(set: *mut sigset_t) -> c_int;
    pub fn sigfillset(set: *mut sigset_t) -> c_int;
    pub fn sigaddset(set: *mut sigset_t, signum: c_int) -> c_int;
    pub fn sigdelset(set: *mut sigset_t, signum: c_int) -> c_int;
    pub fn sigismember(set: *const sigset_t, signum: c_int) -> c_int;
    pub fn sigprocmask(how: c_int, set: *const sigset_t, oldset: *mut sigset_t) -> c_int;
    pub fn sigaction(
        signum: c_int,
        act: *const crate::sigaction,
        oldact: *mut crate::sigaction,
    ) -> c_int;
    pub fn pthread_sigmask(how: c_int, set: *const sigset_t, oldset: *mut sigset_t) -> c_int;
    pub fn signal(signum: c_int, handler: sighandler_t) -> sighandler_t;
    pub fn raise(sig: c_int) -> c_int;
}
