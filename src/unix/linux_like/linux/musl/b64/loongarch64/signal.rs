// `<bits/signal.h>`: loongarch64's signal stack sizes and the signal context:
// `mcontext_t`, `struct sigcontext` and `ucontext_t` (musl
// `arch/loongarch64/bits/signal.h`; no `SA_RESTORER` here).

pub const MINSIGSTKSZ: size_t = 4096;
pub const SIGSTKSZ: size_t = 16384;

// `_GNU_SOURCE`: the size of `gregset_t` and indices into it.
pub const LARCH_NGREG: c_int = 32;
pub const LARCH_REG_RA: c_int = 1;
pub const LARCH_REG_SP: c_int = 3;
pub const LARCH_REG_S0: c_int = 23;
pub const LARCH_REG_S1: c_int = 24;
pub const LARCH_REG_A0: c_int = 4;
pub const LARCH_REG_S2: c_int = 25;
pub const LARCH_REG_NARGS: c_int = 8;

pub type greg_t = c_ulong;
pub type gregset_t = [greg_t; 32];
/// `<ucontext.h>`'s `NGREG`, `sizeof(gregset_t)/sizeof(greg_t)` (`_GNU_SOURCE`).
pub const NGREG: usize = core::mem::size_of::<gregset_t>() / core::mem::size_of::<greg_t>();

/// `sc_extcontext` is C's flexible array member `unsigned long
/// sc_extcontext[]`, 16-byte aligned: the records of the extended
/// (FP, LSX, LASX, ...) state start at its address.
#[repr(C, align(16))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sigcontext {
    pub sc_pc: c_ulong,
    pub sc_regs: [c_ulong; 32],
    pub sc_flags: c_uint,
    pub sc_extcontext: [c_ulong; 0],
}

/// The same layout as `sigcontext`, under musl's reserved member names;
/// `__extcontext` is the flexible array member.
#[repr(C, align(16))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct mcontext_t {
    pub __pc: c_ulong,
    pub __gregs: [c_ulong; 32],
    pub __flags: c_uint,
    pub __extcontext: [c_ulong; 0],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ucontext_t {
    pub uc_flags: c_ulong,
    pub uc_link: *mut ucontext_t,
    pub uc_stack: stack_t,
    pub uc_sigmask: sigset_t,
    // C has `long __uc_pad;` here; `mcontext_t`'s 16-byte alignment leaves
    // the same gap, as the published crate's field list needs.
    pub uc_mcontext: mcontext_t,
}
