// `<asm-generic/int-ll64.h>`: the kernel's fixed-width integer types
// (`__u8` ... `__s64`) the UAPI structs are written with. 64-bit types are
// `long long` here; powerpc64's and mips64's user space takes
// `asm-generic/int-l64.h` instead, where they are `long`: the same 64-bit
// integers, spelled as the published crate spells them everywhere.

pub type __s8 = c_schar;
pub type __u8 = c_uchar;
pub type __u16 = c_ushort;
pub type __s16 = c_short;
pub type __u32 = c_uint;
pub type __s32 = c_int;
pub type __u64 = c_ulonglong;
pub type __s64 = c_longlong;
