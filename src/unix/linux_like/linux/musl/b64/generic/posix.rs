//! `<bits/posix.h>` (through `<unistd.h>`): the LP64 programming
//! environment, as every architecture but mips64 (`_LP64_OFFBIG`) names it.

use crate::c_int;

pub const _POSIX_V6_LP64_OFF64: c_int = 1;
pub const _POSIX_V7_LP64_OFF64: c_int = 1;
