// `<bits/signal.h>`: s390x's signal stack sizes, `SA_RESTORER`, and the
// signal context: `mcontext_t`, `struct sigcontext` with its register save
// areas, and `ucontext_t` (musl `arch/s390x/bits/signal.h`).

pub const SA_RESTORER: c_int = 0x04000000;

pub const MINSIGSTKSZ: size_t = 4096;
pub const SIGSTKSZ: size_t = 10240;

pub type greg_t = u64;
pub type gregset_t = [greg_t; 27];
/// `<ucontext.h>`'s `NGREG`, `sizeof(gregset_t)/sizeof(greg_t)` (`_GNU_SOURCE`).
pub const NGREG: usize = core::mem::size_of::<gregset_t>() / core::mem::size_of::<greg_t>();

/// The program status word.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __psw_t {
    pub mask: c_ulong,
    pub addr: c_ulong,
}

/// A floating-point register as a `double` or a `float`.
///
/// With `extra_traits` it is `Debug` (without its contents), but not
/// `PartialEq`, `Eq` or `Hash`: which member holds the value is not
/// recorded, and reading `d` after writing `f` would read uninitialized
/// bytes. The same goes for the structs that contain it.
#[repr(C)]
#[derive(Clone, Copy)]
pub union fpreg_t {
    pub d: c_double,
    pub f: c_float,
}

impl core::fmt::Debug for fpreg_t {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("fpreg_t").finish_non_exhaustive()
    }
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct fpregset_t {
    pub fpc: c_uint,
    pub fprs: [fpreg_t; 16],
}

/// The `_GNU_SOURCE`/`_BSD_SOURCE` view of `mcontext_t` (otherwise it is
/// three arrays `__regs1` to `__regs3` of the same size).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct mcontext_t {
    pub psw: __psw_t,
    pub gregs: [c_ulong; 16],
    pub aregs: [c_uint; 16],
    pub fpregs: fpregset_t,
}

/// The anonymous `regs` member of `*sigcontext.sregs`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __c_anonymous_sregs_regs {
    pub psw: __psw_t,
    pub gprs: [c_ulong; 16],
    pub acrs: [c_uint; 16],
}

/// The anonymous `fpregs` member of `*sigcontext.sregs`: C's `struct {
/// unsigned fpc; double fprs[16]; }`, the layout of `<sys/user.h>`'s
/// `_user_fpregs_struct`.
pub type __c_anonymous_sregs_fpregs = crate::_user_fpregs_struct;

/// The anonymous struct `sigcontext.sregs` points to.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __c_anonymous_sregs {
    pub regs: __c_anonymous_sregs_regs,
    pub fpregs: __c_anonymous_sregs_fpregs,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sigcontext {
    pub oldmask: [c_ulong; 1],
    pub sregs: *mut __c_anonymous_sregs,
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
