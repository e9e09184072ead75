// `<bits/signal.h>`: mips numbers its signals, `sa_flags` bits, `how` arguments
// and `si_code`s its own way, and `stack_t` has `ss_size` before `ss_flags`; and
// the signal context (musl `arch/mips64/bits/signal.h`).

/// `siginfo_t`: mips64 swaps `si_code` and `si_errno` (musl's
/// `__SI_SWAP_ERRNO_CODE`); the rest is as elsewhere.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct siginfo_t {
    pub si_signo: c_int,
    pub si_code: c_int,
    pub si_errno: c_int,
    __si_fields: [c_int; 29],
    __align: [c_long; 0],
}

pub const MINSIGSTKSZ: size_t = 2048;
pub const SIGSTKSZ: size_t = 8192;

pub const SA_NOCLDWAIT: c_int = 0x10000;
pub const SA_SIGINFO: c_int = 8;

pub const SIG_BLOCK: c_int = 1;
pub const SIG_UNBLOCK: c_int = 2;
pub const SIG_SETMASK: c_int = 3;

pub const SI_ASYNCIO: c_int = -2;
pub const SI_MESGQ: c_int = -4;
pub const SI_TIMER: c_int = -3;

pub const SIGEMT: c_int = 7;
pub const SIGBUS: c_int = 10;
pub const SIGSYS: c_int = 12;
pub const SIGUSR1: c_int = 16;
pub const SIGUSR2: c_int = 17;
pub const SIGCHLD: c_int = 18;
pub const SIGPWR: c_int = 19;
pub const SIGWINCH: c_int = 20;
pub const SIGURG: c_int = 21;
pub const SIGIO: c_int = 22;
pub const SIGPOLL: c_int = SIGIO;
pub const SIGSTOP: c_int = 23;
pub const SIGTSTP: c_int = 24;
pub const SIGCONT: c_int = 25;
pub const SIGTTIN: c_int = 26;
pub const SIGTTOU: c_int = 27;
pub const SIGVTALRM: c_int = 28;
pub const SIGPROF: c_int = 29;
pub const SIGXCPU: c_int = 30;
pub const SIGXFSZ: c_int = 31;
pub const SIGUNUSED: c_int = SIGSYS;

pub const _NSIG: c_int = 128;

/// `struct sigaltstack`
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct stack_t {
    pub ss_sp: *mut c_void,
    pub ss_size: size_t,
    pub ss_flags: c_int,
}

pub type greg_t = c_ulonglong;
pub type gregset_t = [greg_t; 32];
/// `<ucontext.h>`'s `NGREG`, `sizeof(gregset_t)/sizeof(greg_t)` (`_GNU_SOURCE`).
pub const NGREG: usize = core::mem::size_of::<gregset_t>() / core::mem::size_of::<greg_t>();

/// One element of the `fp_fregs` view of `fpregset_t`: a `float` in an
/// 8-byte slot. With `extra_traits`, equality and hashing see the `float`
/// as its bit pattern.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct __c_anonymous_fp_fregs {
    pub _fp_fregs: c_float,
    _fp_pad: c_uint,
}

#[cfg(feature = "extra_traits")]
impl PartialEq for __c_anonymous_fp_fregs {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self._fp_fregs.to_bits() == other._fp_fregs.to_bits() && self._fp_pad == other._fp_pad
    }
}

#[cfg(feature = "extra_traits")]
impl Eq for __c_anonymous_fp_fregs {}

#[cfg(feature = "extra_traits")]
impl core::hash::Hash for __c_anonymous_fp_fregs {
    #[inline]
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self._fp_fregs.to_bits().hash(state);
        self._fp_pad.hash(state);
    }
}

/// The anonymous `fp_r` union of `fpregset_t`: the 32 floating-point
/// registers as `double`s or as `float`s.
///
/// With `extra_traits` it is `Debug` (without its contents), but not
/// `PartialEq`, `Eq` or `Hash`: which member holds the value is not
/// recorded, and reading `fp_dregs` after writing `fp_fregs` would read
/// uninitialized bytes. The same goes for the structs that contain it.
#[repr(C)]
#[derive(Clone, Copy)]
pub union __c_anonymous_fp_r {
    pub fp_dregs: [c_double; 32],
    pub fp_fregs: [__c_anonymous_fp_fregs; 32],
}

impl core::fmt::Debug for __c_anonymous_fp_r {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("__c_anonymous_fp_r").finish_non_exhaustive()
    }
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct fpregset_t {
    pub fp_r: __c_anonymous_fp_r,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sigcontext {
    pub sc_regs: [c_ulonglong; 32],
    pub sc_fpregs: [c_ulonglong; 32],
    pub sc_mdhi: c_ulonglong,
    pub sc_hi1: c_ulonglong,
    pub sc_hi2: c_ulonglong,
    pub sc_hi3: c_ulonglong,
    pub sc_mdlo: c_ulonglong,
    pub sc_lo1: c_ulonglong,
    pub sc_lo2: c_ulonglong,
    pub sc_lo3: c_ulonglong,
    pub sc_pc: c_ulonglong,
    pub sc_fpc_csr: c_uint,
    pub sc_used_math: c_uint,
    pub sc_dsp: c_uint,
    sc_reserved: c_uint,
}

/// The `_GNU_SOURCE`/`_BSD_SOURCE` view of `mcontext_t` (otherwise it is
/// four arrays `__mc1` to `__mc4` of the same size).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct mcontext_t {
    pub gregs: gregset_t,
    pub fpregs: fpregset_t,
    pub mdhi: greg_t,
    pub hi1: greg_t,
    pub hi2: greg_t,
    pub hi3: greg_t,
    pub mdlo: greg_t,
    pub lo1: greg_t,
    pub lo2: greg_t,
    pub lo3: greg_t,
    pub pc: greg_t,
    pub fpc_csr: c_uint,
    pub used_math: c_uint,
    pub dsp: c_uint,
    reserved: crate::Padding<c_uint>,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ucontext_t {
    pub uc_flags: c_ulong,
    pub uc_link: *mut ucontext_t,
    pub uc_stack: stack_t,
    pub uc_mcontext: mcontext_t,
    pub uc_sigmask: sigset_t,
}
