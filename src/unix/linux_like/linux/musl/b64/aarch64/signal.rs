// `<bits/signal.h>`: aarch64's signal stack sizes, `SA_RESTORER`, and the
// signal context: `mcontext_t` (`struct sigcontext`), `ucontext_t` and the
// records in `sigcontext.__reserved` (musl `arch/aarch64/bits/signal.h`).

#[cfg(target_env = "musl")]
pub const SA_RESTORER: c_int = 0x04000000;

#[cfg(target_env = "musl")]
pub const MINSIGSTKSZ: size_t = 6144;
#[cfg(target_env = "musl")]
pub const SIGSTKSZ: size_t = 12288;

pub type greg_t = c_ulong;
pub type gregset_t = [greg_t; 34];
#[cfg(target_env = "musl")]
/// `<ucontext.h>`'s `NGREG`, `sizeof(gregset_t)/sizeof(greg_t)` (`_GNU_SOURCE`).
pub const NGREG: usize = core::mem::size_of::<gregset_t>() / core::mem::size_of::<greg_t>();

/// The FP/SIMD registers: `__uint128_t vregs[32]` and two status words.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fpregset_t {
    pub vregs: [u128; 32],
    pub fpsr: c_uint,
    pub fpcr: c_uint,
}

#[cfg(target_env = "musl")]
/// `struct sigcontext`. `__reserved` is C's `long double __reserved[256]`,
/// written as `u128`s (the same 16 bytes and 16-byte alignment): the area
/// that holds the `_aarch64_ctx`-headed records (`fpsimd_context`,
/// `esr_context`, ...).
#[repr(C, align(16))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sigcontext {
    pub fault_address: c_ulong,
    pub regs: [c_ulong; 31],
    pub sp: c_ulong,
    pub pc: c_ulong,
    pub pstate: c_ulong,
    pub __reserved: [u128; 256],
}

/// The `_GNU_SOURCE`/`_BSD_SOURCE` view: C's `mcontext_t` is `typedef
/// struct sigcontext {...} mcontext_t;` (otherwise an opaque `long double
/// __regs[18+256]`, the same size). A struct of its own here, with
/// `__reserved` private, as in the published crate; `sigcontext` above
/// shows the records. glibc's is the same layout, and this definition serves
/// it too, in musl's spelling (the published crate's glibc shape spells the
/// words `c_ulonglong`, the same type).
#[repr(C, align(16))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct mcontext_t {
    pub fault_address: c_ulong,
    pub regs: [c_ulong; 31],
    pub sp: c_ulong,
    pub pc: c_ulong,
    pub pstate: c_ulong,
    __reserved: crate::Padding<[u128; 256]>,
}

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

// The records in `sigcontext.__reserved`, each headed by an `_aarch64_ctx`
// whose `magic` says which it is.
pub const FPSIMD_MAGIC: c_uint = 0x46508001;
pub const ESR_MAGIC: c_uint = 0x45535201;
pub const EXTRA_MAGIC: c_uint = 0x45585401;
pub const SVE_MAGIC: c_uint = 0x53564501;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct _aarch64_ctx {
    pub magic: c_uint,
    pub size: c_uint,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fpsimd_context {
    pub head: _aarch64_ctx,
    pub fpsr: c_uint,
    pub fpcr: c_uint,
    pub vregs: [u128; 32],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct esr_context {
    pub head: _aarch64_ctx,
    pub esr: c_ulong,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct extra_context {
    pub head: _aarch64_ctx,
    pub datap: c_ulong,
    pub size: c_uint,
    __reserved: crate::Padding<[c_uint; 3]>,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sve_context {
    pub head: _aarch64_ctx,
    pub vl: c_ushort,
    __reserved: crate::Padding<[c_ushort; 3]>,
}

pub const SVE_VQ_BYTES: c_int = 16;
pub const SVE_VQ_MIN: c_int = 1;
pub const SVE_VQ_MAX: c_int = 512;
pub const SVE_VL_MIN: c_int = SVE_VQ_MIN * SVE_VQ_BYTES;
pub const SVE_VL_MAX: c_int = SVE_VQ_MAX * SVE_VQ_BYTES;
pub const SVE_NUM_ZREGS: c_int = 32;
pub const SVE_NUM_PREGS: c_int = 16;
/// `sizeof(struct sve_context)` rounded up to `SVE_VQ_BYTES` (a `size_t`
/// in C). The macros of the vector length that follow it in C are left out.
pub const SVE_SIG_REGS_OFFSET: size_t =
    (core::mem::size_of::<sve_context>() + (SVE_VQ_BYTES as size_t - 1)) / SVE_VQ_BYTES as size_t
        * SVE_VQ_BYTES as size_t;
pub const SVE_SIG_ZREGS_OFFSET: size_t = SVE_SIG_REGS_OFFSET;
