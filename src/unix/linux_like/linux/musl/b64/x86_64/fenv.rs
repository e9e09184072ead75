// `<fenv.h>`: x86_64's exception and rounding bits and environment (musl
// `arch/x86_64/bits/fenv.h`).

pub const FE_INVALID: c_int = 1;
pub const FE_DIVBYZERO: c_int = 4;
pub const FE_OVERFLOW: c_int = 8;
pub const FE_UNDERFLOW: c_int = 16;
pub const FE_INEXACT: c_int = 32;
#[cfg(target_env = "musl")]
pub const FE_ALL_EXCEPT: c_int = 63;
pub const FE_TONEAREST: c_int = 0;
pub const FE_DOWNWARD: c_int = 0x400;
pub const FE_UPWARD: c_int = 0x800;
pub const FE_TOWARDZERO: c_int = 0xc00;

pub type fexcept_t = c_ushort;

/// The x87 environment (`fnstenv`) plus `mxcsr`. All members are private
/// in C; `__opcode` holds the bit-fields `__opcode:11` and `__unused4:5`,
/// which share the `unsigned int` that `__cs_selector` begins.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fenv_t {
    __control_word: c_ushort,
    __unused1: crate::Padding<c_ushort>,
    __status_word: c_ushort,
    __unused2: crate::Padding<c_ushort>,
    __tags: c_ushort,
    __unused3: crate::Padding<c_ushort>,
    __eip: c_uint,
    __cs_selector: c_ushort,
    __opcode: c_ushort,
    __data_offset: c_uint,
    __data_selector: c_ushort,
    __unused5: crate::Padding<c_ushort>,
    __mxcsr: c_uint,
}
