//! `<string.h>`: the GNU/BSD string functions (musl `include/string.h`).

use crate::{c_char, c_int, c_void, size_t};

extern "C" {
    pub fn explicit_bzero(ptr: *mut c_void, len: size_t);
    pub fn strchrnul(str: *const c_char, value: c_int) -> *mut c_char;
    pub fn strcasestr(haystack: *const c_char, needle: *const c_char) -> *mut c_char;
    pub fn memrchr(ptr: *const c_void, value: c_int, len: size_t) -> *mut c_void;
}
