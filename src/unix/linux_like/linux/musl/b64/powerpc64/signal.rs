// `<bits/signal.h>`: powerpc64's signal stack sizes, `SA_RESTORER`, and the
// signal context: `struct sigcontext` (`mcontext_t`) with the AltiVec registers,
// `struct pt_regs` and `ucontext_t` (musl `arch/powerpc64/bits/signal.h`).

pub const SA_RESTORER: c_int = 0x04000000;

pub const MINSIGSTKSZ: size_t = 4096;
pub const SIGSTKSZ: size_t = 10240;

pub type greg_t = c_ulong;
pub type gregset_t = [greg_t; 48];
/// `<ucontext.h>`'s `NGREG`, `sizeof(gregset_t)/sizeof(greg_t)` (`_GNU_SOURCE`).
pub const NGREG: usize = core::mem::size_of::<gregset_t>() / core::mem::size_of::<greg_t>();
pub type fpregset_t = [c_double; 33];

/// The anonymous `vscr` member of `vrregset_t`: the vector status and
/// control register is the word at the high-addressed end on big endian
/// and at the low-addressed end on little endian.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __c_anonymous_vscr {
    #[cfg(target_endian = "big")]
    _pad: crate::Padding<[c_uint; 3]>,
    pub vscr_word: c_uint,
    #[cfg(target_endian = "little")]
    _pad: crate::Padding<[c_uint; 3]>,
}

/// The AltiVec registers, aligned to 16 as in C.
#[repr(C, align(16))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct vrregset_t {
    pub vrregs: [[c_uint; 4]; 32],
    pub vscr: __c_anonymous_vscr,
    pub vrsave: c_uint,
    _pad: crate::Padding<[c_uint; 3]>,
}

/// The kernel's `struct pt_regs`, which `struct sigcontext` points to and
/// which musl's `struct user` holds as its anonymous `regs` member.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pt_regs {
    pub gpr: [c_ulong; 32],
    pub nip: c_ulong,
    pub msr: c_ulong,
    pub orig_gpr3: c_ulong,
    pub ctr: c_ulong,
    pub link: c_ulong,
    pub xer: c_ulong,
    pub ccr: c_ulong,
    pub softe: c_ulong,
    pub trap: c_ulong,
    pub dar: c_ulong,
    pub dsisr: c_ulong,
    pub result: c_ulong,
}

/// `mcontext_t` is this struct (`_GNU_SOURCE`/`_BSD_SOURCE`; otherwise it
/// is `long __regs[191]`, the same size). With `extra_traits`, equality and
/// hashing see the floating-point registers as bit patterns.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct sigcontext {
    _unused: crate::Padding<[c_ulong; 4]>,
    pub signal: c_int,
    _pad0: crate::Padding<c_int>,
    pub handler: c_ulong,
    pub oldmask: c_ulong,
    pub regs: *mut pt_regs,
    pub gp_regs: gregset_t,
    pub fp_regs: fpregset_t,
    pub v_regs: *mut vrregset_t,
    pub vmx_reserve: [c_long; 34 + 34 + 32 + 1],
}

#[cfg(feature = "extra_traits")]
impl PartialEq for sigcontext {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self._unused == other._unused
            && self.signal == other.signal
            && self._pad0 == other._pad0
            && self.handler == other.handler
            && self.oldmask == other.oldmask
            && self.regs == other.regs
            && self.gp_regs == other.gp_regs
            && self.fp_regs.map(f64::to_bits) == other.fp_regs.map(f64::to_bits)
            && self.v_regs == other.v_regs
            && self.vmx_reserve == other.vmx_reserve
    }
}

#[cfg(feature = "extra_traits")]
impl Eq for sigcontext {}

#[cfg(feature = "extra_traits")]
impl core::hash::Hash for sigcontext {
    #[inline]
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self._unused.hash(state);
        self.signal.hash(state);
        self._pad0.hash(state);
        self.handler.hash(state);
        self.oldmask.hash(state);
        self.regs.hash(state);
        self.gp_regs.hash(state);
        self.fp_regs.map(f64::to_bits).hash(state);
        self.v_regs.hash(state);
        self.vmx_reserve.hash(state);
    }
}

pub type mcontext_t = sigcontext;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ucontext_t {
    pub uc_flags: c_ulong,
    pub uc_link: *mut ucontext_t,
    pub uc_stack: stack_t,
    pub uc_sigmask: sigset_t,
    pub uc_mcontext: mcontext_t,
}
