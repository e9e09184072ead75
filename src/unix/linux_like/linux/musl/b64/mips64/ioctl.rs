//! `<sys/ioctl.h>`: mips64's request encoding, three direction bits and a
//! 13-bit size (the kernel's `arch/mips/include/uapi/asm/ioctl.h`, musl
//! `arch/mips64/bits/ioctl.h`); the rest is derived as on the others.

use crate::c_uint;

pub use super::super::generic::ioctl::*;

pub const _IOC_SIZEBITS: c_uint = 13;
pub const _IOC_DIRBITS: c_uint = 3;

pub const _IOC_NONE: c_uint = 1;
pub const _IOC_READ: c_uint = 2;
pub const _IOC_WRITE: c_uint = 4;
