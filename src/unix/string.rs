//! `<string.h>`: memory and string functions (musl `include/string.h`).

use crate::{c_char, c_int, c_void, size_t};

extern "C" {
    pub fn memcpy(dest: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void;
    pub fn memset(s: *mut c_void, c: c_int, n: size_t) -> *mut c_void;
    pub fn strlen(s: *const c_char) -> size_t;
    pub fn strerror(errnum: c_int) -> *mut c_char;
}
