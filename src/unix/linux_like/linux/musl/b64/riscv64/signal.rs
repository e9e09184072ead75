// `<bits/signal.h>`: riscv64's signal stack sizes and the signal context:
// `mcontext_t` with the F, D and Q extension states, `struct sigcontext` and
// `ucontext_t` (musl `arch/riscv64/bits/signal.h`; no `SA_RESTORER` here).

pub const MINSIGSTKSZ: size_t = 2048;
pub const SIGSTKSZ: size_t = 8192;

/// The integer registers, `pc` in place of the hard-wired `x0`.
pub type __riscv_mc_gp_state = [c_ulong; 32];

/// The F extension's registers.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __riscv_mc_f_ext_state {
    pub __f: [c_uint; 32],
    pub __fcsr: c_uint,
}

/// The D extension's registers.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __riscv_mc_d_ext_state {
    pub __f: [c_ulonglong; 32],
    pub __fcsr: c_uint,
}

/// The Q extension's registers; C aligns `__f` to 16 bytes.
#[repr(C, align(16))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __riscv_mc_q_ext_state {
    pub __f: [c_ulonglong; 64],
    pub __fcsr: c_uint,
    __reserved: crate::Padding<[c_uint; 3]>,
}

/// The floating-point state, in whichever of the three layouts the
/// hardware has.
///
/// With `extra_traits` it is `Debug` (without its contents), but not
/// `PartialEq`, `Eq` or `Hash`: which member holds the value is not
/// recorded, and reading a member wider than the one written would read
/// uninitialized bytes. The same goes for the structs that contain it.
#[repr(C)]
#[derive(Clone, Copy)]
pub union __riscv_mc_fp_state {
    pub __f: __riscv_mc_f_ext_state,
    pub __d: __riscv_mc_d_ext_state,
    pub __q: __riscv_mc_q_ext_state,
}

impl core::fmt::Debug for __riscv_mc_fp_state {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("__riscv_mc_fp_state")
            .finish_non_exhaustive()
    }
}

/// C's `typedef struct mcontext_t {...} mcontext_t;`, aligned to 16 by the
/// Q extension's state.
#[repr(C, align(16))]
#[derive(Clone, Copy, Debug)]
pub struct mcontext_t {
    pub __gregs: [c_ulong; 32],
    pub __fpregs: __riscv_mc_fp_state,
}

// `_GNU_SOURCE`: the indices of `mcontext_t.__gregs`.
pub const REG_PC: c_int = 0;
pub const REG_RA: c_int = 1;
pub const REG_SP: c_int = 2;
pub const REG_TP: c_int = 4;
pub const REG_S0: c_int = 8;
pub const REG_S1: c_int = 9;
pub const REG_A0: c_int = 10;
pub const REG_S2: c_int = 18;

pub type greg_t = c_ulong;
pub type gregset_t = [greg_t; 32];
/// `<ucontext.h>`'s `NGREG`, `sizeof(gregset_t)/sizeof(greg_t)` (`_GNU_SOURCE`).
pub const NGREG: usize = core::mem::size_of::<gregset_t>() / core::mem::size_of::<greg_t>();
pub type fpregset_t = __riscv_mc_fp_state;

/// The same layout as `mcontext_t`, under the member names of
/// `_GNU_SOURCE`/`_BSD_SOURCE`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct sigcontext {
    pub gregs: gregset_t,
    pub fpregs: fpregset_t,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ucontext_t {
    pub uc_flags: c_ulong,
    pub uc_link: *mut ucontext_t,
    pub uc_stack: stack_t,
    pub uc_sigmask: sigset_t,
    pub uc_mcontext: mcontext_t,
}
