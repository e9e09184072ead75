// `<fenv.h>`: powerpc64's exception and rounding bits and environment (musl
// `arch/powerpc64/bits/fenv.h`).

pub const FE_TONEAREST: c_int = 0;
pub const FE_TOWARDZERO: c_int = 1;
pub const FE_UPWARD: c_int = 2;
pub const FE_DOWNWARD: c_int = 3;
pub const FE_INEXACT: c_int = 0x02000000;
pub const FE_DIVBYZERO: c_int = 0x04000000;
pub const FE_UNDERFLOW: c_int = 0x08000000;
pub const FE_OVERFLOW: c_int = 0x10000000;
pub const FE_INVALID: c_int = 0x20000000;
pub const FE_ALL_EXCEPT: c_int = 0x3e000000;
// The causes of `FE_INVALID` (`_GNU_SOURCE`).
pub const FE_INVALID_SNAN: c_int = 0x01000000;
pub const FE_INVALID_ISI: c_int = 0x00800000;
pub const FE_INVALID_IDI: c_int = 0x00400000;
pub const FE_INVALID_ZDZ: c_int = 0x00200000;
pub const FE_INVALID_IMZ: c_int = 0x00100000;
pub const FE_INVALID_COMPARE: c_int = 0x00080000;
pub const FE_INVALID_SOFTWARE: c_int = 0x00000400;
pub const FE_INVALID_SQRT: c_int = 0x00000200;
pub const FE_INVALID_INTEGER_CONVERSION: c_int = 0x00000100;
pub const FE_ALL_INVALID: c_int = 0x01f80700;

pub type fexcept_t = c_uint;
/// The floating-point status and control register, as a `double`.
pub type fenv_t = c_double;
