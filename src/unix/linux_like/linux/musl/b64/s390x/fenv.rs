// `<fenv.h>`: s390x's exception and rounding bits and environment (musl
// `arch/s390x/bits/fenv.h`).

pub const FE_TONEAREST: c_int = 0;
pub const FE_TOWARDZERO: c_int = 1;
pub const FE_UPWARD: c_int = 2;
pub const FE_DOWNWARD: c_int = 3;
pub const FE_INEXACT: c_int = 0x00080000;
pub const FE_UNDERFLOW: c_int = 0x00100000;
pub const FE_OVERFLOW: c_int = 0x00200000;
pub const FE_DIVBYZERO: c_int = 0x00400000;
pub const FE_INVALID: c_int = 0x00800000;
pub const FE_ALL_EXCEPT: c_int = 0x00f80000;

pub type fexcept_t = c_uint;
/// The floating-point control register.
pub type fenv_t = c_uint;
