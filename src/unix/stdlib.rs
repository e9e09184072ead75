//! `<stdlib.h>`: memory allocation, process exit and the environment (musl
//! `include/stdlib.h`).

use crate::{c_char, c_int, c_void, size_t};

extern "C" {
    pub fn malloc(size: size_t) -> *mut c_void;
    pub fn calloc(nmemb: size_t, size: size_t) -> *mut c_void;
    pub fn realloc(ptr: *mut c_void, size: size_t) -> *mut c_void;
    pub fn free(ptr: *mut c_void);
    pub fn abort() -> !;
    pub fn exit(status: c_int) -> !;
    pub fn getenv(name: *const c_char) -> *mut c_char;
}
