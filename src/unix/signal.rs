// `<signal.h>`: the signal handler values, the POSIX signal numbers and
// `sa_flags` bits that are the same on every supported architecture, and
// the POSIX signal functions (musl `include/signal.h`, `arch/*/bits/signal.h`).
// The numbers mips64 renumbers are in the hub's `generic::signal`.

/// C's `union sigval { int sival_int; void *sival_ptr; }`. As in the
/// published crate it is a struct of the pointer member, which has the
/// union's size and alignment and is passed alike.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sigval {
    pub sival_ptr: *mut c_void,
}

// Written out, not derived: a derive needs `Default` for raw pointers, which
// only recent compilers have; nightly clippy calls the impl derivable.
#[allow(clippy::derivable_impls)]
impl Default for sigval {
    fn default() -> sigval {
        sigval {
            sival_ptr: core::ptr::null_mut(),
        }
    }
}

/// `SIGRTMIN`: musl reserves the first real-time signals for itself and
/// reports the first free one at run time.
pub extern "C" fn SIGRTMIN() -> c_int {
    unsafe { __libc_current_sigrtmin() }
}

/// `SIGRTMAX`, as musl reports it at run time.
pub extern "C" fn SIGRTMAX() -> c_int {
    unsafe { __libc_current_sigrtmax() }
}

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

pub const SI_ASYNCNL: c_int = -60;
pub const SI_TKILL: c_int = -6;
pub const SI_SIGIO: c_int = -5;
pub const SI_QUEUE: c_int = -1;
pub const SI_USER: c_int = 0;
pub const SI_KERNEL: c_int = 128;
pub const BUS_ADRALN: c_int = 1;
pub const BUS_ADRERR: c_int = 2;
pub const BUS_OBJERR: c_int = 3;
pub const BUS_MCEERR_AR: c_int = 4;
pub const BUS_MCEERR_AO: c_int = 5;
pub const CLD_EXITED: c_int = 1;
pub const CLD_KILLED: c_int = 2;
pub const CLD_DUMPED: c_int = 3;
pub const CLD_TRAPPED: c_int = 4;
pub const CLD_STOPPED: c_int = 5;
pub const CLD_CONTINUED: c_int = 6;
pub const SIGEV_SIGNAL: c_int = 0;
pub const SIGEV_NONE: c_int = 1;
pub const SIGEV_THREAD: c_int = 2;
pub const SIGEV_THREAD_ID: c_int = 4;
pub const TRAP_BRKPT: c_int = 1;
pub const TRAP_TRACE: c_int = 2;
pub const TRAP_BRANCH: c_int = 3;
pub const TRAP_HWBKPT: c_int = 4;
pub const TRAP_UNK: c_int = 5;
pub const SS_ONSTACK: c_int = 1;
pub const SS_DISABLE: c_int = 2;
pub const ILL_ILLOPC: c_int = 1;
pub const ILL_ILLOPN: c_int = 2;
pub const ILL_ILLADR: c_int = 3;
pub const ILL_ILLTRP: c_int = 4;
pub const ILL_PRVOPC: c_int = 5;
pub const ILL_PRVREG: c_int = 6;
pub const ILL_COPROC: c_int = 7;
pub const ILL_BADSTK: c_int = 8;
pub const FPE_INTDIV: c_int = 1;
pub const FPE_INTOVF: c_int = 2;
pub const FPE_FLTDIV: c_int = 3;
pub const FPE_FLTOVF: c_int = 4;
pub const FPE_FLTUND: c_int = 5;
pub const FPE_FLTRES: c_int = 6;
pub const FPE_FLTINV: c_int = 7;
pub const FPE_FLTSUB: c_int = 8;
pub const SEGV_MAPERR: c_int = 1;
pub const SEGV_ACCERR: c_int = 2;
pub const POLL_IN: c_int = 1;
pub const POLL_OUT: c_int = 2;
pub const POLL_MSG: c_int = 3;
pub const POLL_ERR: c_int = 4;
pub const POLL_PRI: c_int = 5;
pub const POLL_HUP: c_int = 6;
/// `SIG_HOLD`, `(void (*)(int)) 2`.
pub const SIG_HOLD: sighandler_t = 2;

extern "C" {
    pub fn __libc_current_sigrtmin() -> c_int;
    pub fn __libc_current_sigrtmax() -> c_int;
    pub fn sigsuspend(mask: *const sigset_t) -> c_int;
    pub fn sigpending(set: *mut sigset_t) -> c_int;
    pub fn sigwait(mask: *const sigset_t, sig: *mut c_int) -> c_int;
    pub fn sigwaitinfo(mask: *const sigset_t, si: *mut siginfo_t) -> c_int;
    pub fn sigtimedwait(
        mask: *const sigset_t,
        si: *mut siginfo_t,
        timeout: *const timespec,
    ) -> c_int;
    pub fn sigqueue(pid: pid_t, sig: c_int, value: sigval) -> c_int;
    pub fn pthread_kill(t: pthread_t, sig: c_int) -> c_int;
    pub fn killpg(pgid: pid_t, sig: c_int) -> c_int;
    pub fn sigaltstack(ss: *const stack_t, old: *mut stack_t) -> c_int;
}

extern "C" {
    pub fn psiginfo(si: *const siginfo_t, msg: *const c_char);
    pub fn psignal(sig: c_int, msg: *const c_char);
    pub fn sighold(sig: c_int) -> c_int;
    pub fn sigignore(sig: c_int) -> c_int;
    pub fn siginterrupt(sig: c_int, flag: c_int) -> c_int;
    pub fn sigpause(sig: c_int) -> c_int;
    pub fn sigrelse(sig: c_int) -> c_int;
    pub fn sigset(sig: c_int, handler: sighandler_t) -> sighandler_t;
}
