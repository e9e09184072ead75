// `<fenv.h>`: riscv64's exception and rounding bits and environment (musl
// `arch/riscv64/bits/fenv.h`).

pub const FE_INVALID: c_int = 16;
pub const FE_DIVBYZERO: c_int = 8;
pub const FE_OVERFLOW: c_int = 4;
pub const FE_UNDERFLOW: c_int = 2;
pub const FE_INEXACT: c_int = 1;
pub const FE_ALL_EXCEPT: c_int = 31;
pub const FE_TONEAREST: c_int = 0;
pub const FE_DOWNWARD: c_int = 2;
pub const FE_UPWARD: c_int = 3;
pub const FE_TOWARDZERO: c_int = 1;

pub type fexcept_t = c_uint;
/// The `fcsr` register.
pub type fenv_t = c_uint;
