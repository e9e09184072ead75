//! `<linux/close_range.h>`: `close_range` flags (the kernel's
//! `include/uapi/linux/close_range.h`).

use crate::c_uint;

pub const CLOSE_RANGE_UNSHARE: c_uint = 1 << 1;
pub const CLOSE_RANGE_CLOEXEC: c_uint = 1 << 2;
