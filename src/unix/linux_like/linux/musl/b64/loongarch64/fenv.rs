// `<fenv.h>`: loongarch64's exception and rounding bits and environment (musl
// `arch/loongarch64/bits/fenv.h`).

pub const FE_INEXACT: c_int = 0x010000;
pub const FE_UNDERFLOW: c_int = 0x020000;
pub const FE_OVERFLOW: c_int = 0x040000;
pub const FE_DIVBYZERO: c_int = 0x080000;
pub const FE_INVALID: c_int = 0x100000;
pub const FE_ALL_EXCEPT: c_int = 0x1F0000;
pub const FE_TONEAREST: c_int = 0x000;
pub const FE_TOWARDZERO: c_int = 0x100;
pub const FE_UPWARD: c_int = 0x200;
pub const FE_DOWNWARD: c_int = 0x300;

pub type fexcept_t = c_uint;

/// The `fcsr0` register (a private member in C).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fenv_t {
    __cw: c_uint,
}
