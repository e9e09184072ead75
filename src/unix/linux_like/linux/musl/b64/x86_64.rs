//! x86_64: musl 1.2.5 `arch/x86_64/bits/*.h` and the kernel's
//! `asm/unistd_64.h`.

use crate::c_long;

pub const SYS_getpid: c_long = 39;
