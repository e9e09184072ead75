//! `<sys/personality.h>`: execution domains, `personality` (musl
//! `include/sys/personality.h`).

use crate::{c_int, c_ulong};

pub const ADDR_NO_RANDOMIZE: c_int = 0x0040000;
pub const MMAP_PAGE_ZERO: c_int = 0x0100000;
pub const ADDR_COMPAT_LAYOUT: c_int = 0x0200000;
pub const READ_IMPLIES_EXEC: c_int = 0x0400000;
pub const ADDR_LIMIT_32BIT: c_int = 0x0800000;
pub const SHORT_INODE: c_int = 0x1000000;
pub const WHOLE_SECONDS: c_int = 0x2000000;
pub const STICKY_TIMEOUTS: c_int = 0x4000000;
pub const ADDR_LIMIT_3GB: c_int = 0x8000000;

extern "C" {
    pub fn personality(persona: c_ulong) -> c_int;
}
