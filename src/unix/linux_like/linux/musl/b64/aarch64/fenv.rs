// `<fenv.h>`: aarch64's exception and rounding bits and environment (musl
// `arch/aarch64/bits/fenv.h`).

pub const FE_INVALID: c_int = 1;
pub const FE_DIVBYZERO: c_int = 2;
pub const FE_OVERFLOW: c_int = 4;
pub const FE_UNDERFLOW: c_int = 8;
pub const FE_INEXACT: c_int = 16;
#[cfg(target_env = "musl")]
pub const FE_ALL_EXCEPT: c_int = 31;
pub const FE_TONEAREST: c_int = 0;
pub const FE_DOWNWARD: c_int = 0x800000;
pub const FE_UPWARD: c_int = 0x400000;
pub const FE_TOWARDZERO: c_int = 0xc00000;

pub type fexcept_t = c_uint;

/// The `fpcr` and `fpsr` registers (private members in C).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fenv_t {
    __fpcr: c_uint,
    __fpsr: c_uint,
}
