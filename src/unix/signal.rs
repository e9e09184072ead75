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
    #[inline]
    fn default() -> sigval {
        sigval {
            sival_ptr: core::ptr::null_mut(),
        }
    }
}

/// `SIGRTMIN`: musl reserves the first real-time signals for itself and
/// reports the first free one at run time.
#[inline]
pub extern "C" fn SIGRTMIN() -> c_int {
    unsafe { __libc_current_sigrtmin() }
}

/// `SIGRTMAX`, as musl reports it at run time.
#[inline]
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

// `<signal.h>`: `sighandler_t` (`_GNU_SOURCE`) and the kernel's other name
// for `SIGABRT` (musl `include/signal.h`, `arch/*/bits/signal.h`).

/// C's `sighandler_t` is `void (*)(int)`; the published crate makes it an
/// integer wide enough for `SIG_DFL`, `SIG_IGN`, `SIG_ERR` and a handler's
/// address alike.
pub type sighandler_t = size_t;

pub const SIGIOT: c_int = crate::SIGABRT;

pub const SI_DETHREAD: c_int = -7;
pub const TRAP_PERF: c_int = 6;
pub const SEGV_BNDERR: c_int = 3;
pub const SEGV_PKUERR: c_int = 4;
pub const SEGV_MTEAERR: c_int = 8;
pub const SEGV_MTESERR: c_int = 9;
/// `si_code` of a `SIGSYS` from a seccomp filter, and from syscall user
/// dispatch.
pub const SYS_SECCOMP: c_int = 1;
pub const SYS_USER_DISPATCH: c_int = 2;
#[cfg(target_env = "musl")]
pub const SA_UNSUPPORTED: c_int = 0x400;
#[cfg(target_env = "musl")]
pub const SA_EXPOSE_TAGBITS: c_int = 0x800;
pub const SA_NOMASK: c_int = crate::SA_NODEFER;
pub const SA_ONESHOT: c_int = crate::SA_RESETHAND;
#[cfg(target_env = "musl")]
/// `1U << 31`, as `ss_flags` (an `int`) holds it.
pub const SS_AUTODISARM: c_int = 1 << 31;
#[cfg(target_env = "musl")]
pub const SS_FLAG_BITS: c_int = SS_AUTODISARM;

extern "C" {
    #[cfg(target_env = "musl")]
    pub fn bsd_signal(sig: c_int, handler: sighandler_t) -> sighandler_t;
    pub fn sigandset(dest: *mut sigset_t, left: *const sigset_t, right: *const sigset_t) -> c_int;
    pub fn sigisemptyset(set: *const sigset_t) -> c_int;
    pub fn sigorset(dest: *mut sigset_t, left: *const sigset_t, right: *const sigset_t) -> c_int;
}

// `<signal.h>`: musl's `struct sigaction`, its own layout on every
// architecture (musl converts it to the kernel's in `sigaction`; musl
// `include/signal.h`).

// The `si_*` members of `siginfo_t`'s union `__si_fields`, at their offsets
// from the union's start. The union follows three ints and is aligned as a
// `long`, so it starts at twice a `long`'s size on every target. Its members,
// as musl `include/signal.h` nests them:
// - `__si_common`: `si_pid`/`si_timerid` (int) at 0, `si_uid`/`si_overrun`
//   (int) at 4, then at 8 a union of `si_value` (`union sigval`) with
//   `si_status` (int) followed by `si_utime` and `si_stime` (`clock_t`);
// - `__sigfault`: `si_addr` (pointer) at 0, `si_addr_lsb` (short) after it,
//   then a pointer-aligned union of `si_lower`/`si_upper` with `si_pkey`;
// - `__sigpoll`: `si_band` (long) at 0, `si_fd` (int) after it;
// - `__sigsys`: `si_call_addr` (pointer) at 0, `si_syscall` (int) and
//   `si_arch` (unsigned) after it.
// tests/system.rs compares every accessor with C's `offsetof`.
const PTR: usize = core::mem::size_of::<*mut c_void>();
const SIGCHLD_TIMES: usize = 2 * core::mem::size_of::<c_int>();

impl siginfo_t {
    #[inline]
    const unsafe fn field<T: Copy>(&self, offset: usize) -> T {
        let base = (self as *const siginfo_t as *const u8).add(2 * core::mem::size_of::<c_long>());
        // Aligned: `siginfo_t` is aligned as a `long`, the union starts at a
        // multiple of that, and each member sits at its natural alignment
        // within it. (A plain read, since `read_unaligned` is not `const`
        // before Rust 1.71.)
        *(base.add(offset) as *const T)
    }

    #[inline]
    pub const unsafe fn si_pid(&self) -> pid_t {
        self.field(0)
    }

    #[inline]
    pub const unsafe fn si_uid(&self) -> uid_t {
        self.field(core::mem::size_of::<c_int>())
    }

    #[inline]
    pub const unsafe fn si_timerid(&self) -> c_int {
        self.field(0)
    }

    #[inline]
    pub const unsafe fn si_overrun(&self) -> c_int {
        self.field(core::mem::size_of::<c_int>())
    }

    #[inline]
    pub const unsafe fn si_value(&self) -> sigval {
        self.field(SIGCHLD_TIMES)
    }

    #[inline]
    pub unsafe fn si_int(&self) -> c_int {
        self.field(SIGCHLD_TIMES)
    }

    #[inline]
    pub const unsafe fn si_ptr(&self) -> *mut c_void {
        self.field(SIGCHLD_TIMES)
    }

    #[inline]
    pub const unsafe fn si_status(&self) -> c_int {
        self.field(SIGCHLD_TIMES)
    }

    #[inline]
    pub const unsafe fn si_utime(&self) -> clock_t {
        self.field(SIGCHLD_TIMES + core::mem::size_of::<clock_t>())
    }

    #[inline]
    pub const unsafe fn si_stime(&self) -> clock_t {
        self.field(SIGCHLD_TIMES + 2 * core::mem::size_of::<clock_t>())
    }

    #[inline]
    pub const unsafe fn si_addr(&self) -> *mut c_void {
        self.field(0)
    }

    #[inline]
    pub const unsafe fn si_addr_lsb(&self) -> c_short {
        self.field(PTR)
    }

    #[inline]
    pub const unsafe fn si_lower(&self) -> *mut c_void {
        self.field(2 * PTR)
    }

    #[inline]
    pub const unsafe fn si_upper(&self) -> *mut c_void {
        self.field(3 * PTR)
    }

    #[inline]
    pub const unsafe fn si_pkey(&self) -> c_uint {
        self.field(2 * PTR)
    }

    #[inline]
    pub const unsafe fn si_band(&self) -> c_long {
        self.field(0)
    }

    #[inline]
    pub const unsafe fn si_fd(&self) -> c_int {
        self.field(core::mem::size_of::<c_long>())
    }

    #[inline]
    pub const unsafe fn si_call_addr(&self) -> *mut c_void {
        self.field(0)
    }

    #[inline]
    pub const unsafe fn si_syscall(&self) -> c_int {
        self.field(PTR)
    }

    #[inline]
    pub const unsafe fn si_arch(&self) -> c_uint {
        self.field(PTR + core::mem::size_of::<c_int>())
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
    #[inline]
    fn restorer_addr(&self) -> Option<usize> {
        self.sa_restorer.map(|f| f as usize)
    }
}

#[cfg(feature = "extra_traits")]
impl PartialEq for sigaction {
    #[inline]
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
    #[inline]
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.sa_sigaction.hash(state);
        self.sa_mask.hash(state);
        self.sa_flags.hash(state);
        self.restorer_addr().hash(state);
    }
}
