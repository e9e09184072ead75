//! `<asm/types.h>`: powerpc64's user space takes `asm-generic/int-l64.h`, where the
//! 64-bit types are `long` (the kernel's `arch/powerpc/include/uapi/asm/types.h`).

use crate::{c_long, c_ulong};

pub use super::super::generic::types::*;

pub type __s64 = c_long;
pub type __u64 = c_ulong;
