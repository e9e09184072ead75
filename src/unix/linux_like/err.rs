//! `<err.h>`: the BSD `err`/`warn` family (musl `include/err.h`).

use crate::{c_char, c_int};

extern "C" {
    pub fn err(status: c_int, fmt: *const c_char, ...) -> !;
    pub fn errx(status: c_int, fmt: *const c_char, ...) -> !;
    pub fn warn(fmt: *const c_char, ...);
    pub fn warnx(fmt: *const c_char, ...);
}
