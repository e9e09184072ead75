// `<bits/signal.h>`: x86_64's signal stack sizes, `SA_RESTORER`, and the
// signal context: `mcontext_t` with its `gregs` indices, `struct sigcontext`,
// the `fxsave` area and `ucontext_t` (musl `arch/x86_64/bits/signal.h`).

#[cfg(target_env = "musl")]
pub const SA_RESTORER: c_int = 0x04000000;

pub const MINSIGSTKSZ: size_t = 2048;
pub const SIGSTKSZ: size_t = 8192;

// The `gregs` indices of `mcontext_t` (`_GNU_SOURCE`).
pub const REG_R8: c_int = 0;
pub const REG_R9: c_int = 1;
pub const REG_R10: c_int = 2;
pub const REG_R11: c_int = 3;
pub const REG_R12: c_int = 4;
pub const REG_R13: c_int = 5;
pub const REG_R14: c_int = 6;
pub const REG_R15: c_int = 7;
pub const REG_RDI: c_int = 8;
pub const REG_RSI: c_int = 9;
pub const REG_RBP: c_int = 10;
pub const REG_RBX: c_int = 11;
pub const REG_RDX: c_int = 12;
pub const REG_RAX: c_int = 13;
pub const REG_RCX: c_int = 14;
pub const REG_RSP: c_int = 15;
pub const REG_RIP: c_int = 16;
pub const REG_EFL: c_int = 17;
pub const REG_CSGSFS: c_int = 18;
pub const REG_ERR: c_int = 19;
pub const REG_TRAPNO: c_int = 20;
pub const REG_OLDMASK: c_int = 21;
pub const REG_CR2: c_int = 22;

pub type greg_t = i64;
pub type gregset_t = [greg_t; 23];
#[cfg(target_env = "musl")]
/// `<ucontext.h>`'s `NGREG`, `sizeof(gregset_t)/sizeof(greg_t)` (`_GNU_SOURCE`).
pub const NGREG: usize = core::mem::size_of::<gregset_t>() / core::mem::size_of::<greg_t>();
pub type fpregset_t = *mut _libc_fpstate;

/// An x87 register in `struct _fpstate` (an anonymous struct in C).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct _libc_fpxreg {
    pub significand: [c_ushort; 4],
    pub exponent: c_ushort,
    padding: crate::Padding<[c_ushort; 3]>,
}

/// An SSE register in `struct _fpstate` (an anonymous struct in C).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct _libc_xmmreg {
    pub element: [c_uint; 4],
}

/// musl's `struct _fpstate`, the `fxsave` area. glibc's `struct
/// _libc_fpstate` and its registers are the same layouts, and these
/// definitions serve glibc too, in musl's spelling (the published crate's
/// glibc shape spells the same types `u16`, `u32`, `u64`).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct _libc_fpstate {
    pub cwd: c_ushort,
    pub swd: c_ushort,
    pub ftw: c_ushort,
    pub fop: c_ushort,
    pub rip: c_ulonglong,
    pub rdp: c_ulonglong,
    pub mxcsr: c_uint,
    pub mxcr_mask: c_uint,
    pub _st: [_libc_fpxreg; 8],
    pub _xmm: [_libc_xmmreg; 16],
    padding: crate::Padding<[c_uint; 24]>,
}

#[cfg(target_env = "musl")]
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sigcontext {
    pub r8: c_ulong,
    pub r9: c_ulong,
    pub r10: c_ulong,
    pub r11: c_ulong,
    pub r12: c_ulong,
    pub r13: c_ulong,
    pub r14: c_ulong,
    pub r15: c_ulong,
    pub rdi: c_ulong,
    pub rsi: c_ulong,
    pub rbp: c_ulong,
    pub rbx: c_ulong,
    pub rdx: c_ulong,
    pub rax: c_ulong,
    pub rcx: c_ulong,
    pub rsp: c_ulong,
    pub rip: c_ulong,
    pub eflags: c_ulong,
    pub cs: c_ushort,
    pub gs: c_ushort,
    pub fs: c_ushort,
    __pad0: crate::Padding<c_ushort>,
    pub err: c_ulong,
    pub trapno: c_ulong,
    pub oldmask: c_ulong,
    pub cr2: c_ulong,
    pub fpstate: *mut _libc_fpstate,
    __reserved1: crate::Padding<[c_ulong; 8]>,
}

/// The `_GNU_SOURCE`/`_BSD_SOURCE` view of `mcontext_t` (otherwise it is
/// `unsigned long __space[32]`, the same size); `uc_mcontext.fpregs` is
/// `struct sigcontext`'s `fpstate`. glibc's is the same layout, and this
/// definition serves it too. `fpregs` is private on musl and public on
/// glibc, as in the published crate.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct mcontext_t {
    pub gregs: [greg_t; 23],
    #[cfg(target_env = "musl")]
    fpregs: *mut _libc_fpstate,
    #[cfg(target_env = "gnu")]
    pub fpregs: *mut _libc_fpstate,
    __reserved1: crate::Padding<[c_ulonglong; 8]>,
}

#[cfg(target_env = "musl")]
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ucontext_t {
    pub uc_flags: c_ulong,
    pub uc_link: *mut ucontext_t,
    pub uc_stack: stack_t,
    pub uc_mcontext: mcontext_t,
    pub uc_sigmask: sigset_t,
    __fpregs_mem: [c_ulong; 64],
}
