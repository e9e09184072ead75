//! `<errno.h>`: musl's `errno` is `(*__errno_location())` (musl
//! `include/errno.h`).

use crate::c_int;

extern "C" {
    pub fn __errno_location() -> *mut c_int;
}
