//! `<limits.h>`: the POSIX limits the published crate offers (musl
//! `include/limits.h`).

use crate::{c_int, size_t};

pub const INT_MIN: c_int = 0x80000000_u32 as c_int;
pub const INT_MAX: c_int = 0x7fffffff;
pub const PIPE_BUF: usize = 4096;
pub const NAME_MAX: c_int = 255;
pub const PATH_MAX: c_int = 4096;
pub const HOST_NAME_MAX: c_int = 255;
pub const PTHREAD_STACK_MIN: size_t = 2048;
