// `<fenv.h>`: mips64's exception and rounding bits and environment, the
// hard-float values (the Rust targets use the FPU; musl `arch/mips64/bits/fenv.h`).

pub const FE_INEXACT: c_int = 4;
pub const FE_UNDERFLOW: c_int = 8;
pub const FE_OVERFLOW: c_int = 16;
pub const FE_DIVBYZERO: c_int = 32;
pub const FE_INVALID: c_int = 64;
pub const FE_ALL_EXCEPT: c_int = 124;
pub const FE_TONEAREST: c_int = 0;
pub const FE_TOWARDZERO: c_int = 1;
pub const FE_UPWARD: c_int = 2;
pub const FE_DOWNWARD: c_int = 3;

pub type fexcept_t = c_ushort;

/// The FPU control and status register, private in C.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fenv_t {
    __cw: c_uint,
}
