//! `<bits/signal.h>`: the signal numbers, `sa_flags` bits, `how` arguments,
//! `si_code`s and `stack_t` that every supported architecture but mips64
//! gives alike (each has its own `arch/<arch>/bits/signal.h` in musl; these
//! are the kernel's `asm-generic/signal.h` values they share).

use crate::{c_int, c_long, c_void, size_t};

/// `siginfo_t`: 128 bytes; after the three leading ints, a union of the
/// per-signal members, reached through the methods below (C's `si_pid`,
/// `si_addr`, ... macros).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct siginfo_t {
    pub si_signo: c_int,
    pub si_errno: c_int,
    pub si_code: c_int,
    __si_fields: [c_int; 29],
    __align: [c_long; 0],
}

pub const SIG_BLOCK: c_int = 0;
pub const SIG_UNBLOCK: c_int = 1;
pub const SIG_SETMASK: c_int = 2;

pub const SI_ASYNCIO: c_int = -4;
pub const SI_MESGQ: c_int = -3;
pub const SI_TIMER: c_int = -2;

pub const SA_NOCLDWAIT: c_int = 2;
pub const SA_SIGINFO: c_int = 4;

pub const SIGBUS: c_int = 7;
pub const SIGUSR1: c_int = 10;
pub const SIGUSR2: c_int = 12;
pub const SIGSTKFLT: c_int = 16;
pub const SIGCHLD: c_int = 17;
pub const SIGCONT: c_int = 18;
pub const SIGSTOP: c_int = 19;
pub const SIGTSTP: c_int = 20;
pub const SIGTTIN: c_int = 21;
pub const SIGTTOU: c_int = 22;
pub const SIGURG: c_int = 23;
pub const SIGXCPU: c_int = 24;
pub const SIGXFSZ: c_int = 25;
pub const SIGVTALRM: c_int = 26;
pub const SIGPROF: c_int = 27;
pub const SIGWINCH: c_int = 28;
pub const SIGIO: c_int = 29;
pub const SIGPOLL: c_int = SIGIO;
pub const SIGPWR: c_int = 30;
pub const SIGSYS: c_int = 31;
#[cfg(target_env = "musl")]
pub const SIGUNUSED: c_int = SIGSYS;

pub const _NSIG: c_int = 65;

/// `struct sigaltstack`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct stack_t {
    pub ss_sp: *mut c_void,
    pub ss_flags: c_int,
    pub ss_size: size_t,
}

pub const MINSIGSTKSZ: size_t = 2048;
pub const SIGSTKSZ: size_t = 8192;
