//! `<asm-generic/int-ll64.h>`: the kernel's fixed-width integer types
//! (`__u8` ... `__s64`), which the networking UAPI structs are written with.

use crate::{c_int, c_longlong, c_short, c_uchar, c_uint, c_ulonglong, c_ushort};

pub type __u8 = c_uchar;
pub type __u16 = c_ushort;
pub type __s16 = c_short;
pub type __u32 = c_uint;
pub type __s32 = c_int;
pub type __u64 = c_ulonglong;
pub type __s64 = c_longlong;
