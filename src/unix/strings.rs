//! `<strings.h>`: the BSD string functions POSIX kept (musl
//! `include/strings.h`).

use crate::{c_char, c_int, c_long, c_longlong, locale_t, size_t};

extern "C" {
    pub fn strcasecmp(a: *const c_char, b: *const c_char) -> c_int;
    pub fn strncasecmp(a: *const c_char, b: *const c_char, max: size_t) -> c_int;
}

extern "C" {
    pub fn ffs(i: c_int) -> c_int;
    pub fn ffsl(i: c_long) -> c_int;
    pub fn ffsll(i: c_longlong) -> c_int;
    pub fn strcasecmp_l(a0: *const c_char, a1: *const c_char, a2: locale_t) -> c_int;
    pub fn strncasecmp_l(a0: *const c_char, a1: *const c_char, a2: size_t, a3: locale_t) -> c_int;
}
