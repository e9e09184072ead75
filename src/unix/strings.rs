//! `<strings.h>`: the BSD string functions POSIX kept (musl
//! `include/strings.h`).

use crate::{c_char, c_int, size_t};

extern "C" {
    pub fn strcasecmp(a: *const c_char, b: *const c_char) -> c_int;
    pub fn strncasecmp(a: *const c_char, b: *const c_char, max: size_t) -> c_int;
}
