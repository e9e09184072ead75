//! `<monetary.h>`: `strfmon` (musl `include/monetary.h`).

use crate::{c_char, locale_t, size_t, ssize_t};

extern "C" {
    pub fn strfmon(s: *mut c_char, n: size_t, fmt: *const c_char, ...) -> ssize_t;
    pub fn strfmon_l(s: *mut c_char, n: size_t, loc: locale_t, fmt: *const c_char, ...) -> ssize_t;
}
