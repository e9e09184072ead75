//! `<stdio_ext.h>`: the `__f*` stream queries and `__fsetlocking` (musl
//! `include/stdio_ext.h`).

use crate::c_int;

pub const FSETLOCKING_QUERY: c_int = 0;
pub const FSETLOCKING_INTERNAL: c_int = 1;
pub const FSETLOCKING_BYCALLER: c_int = 2;

extern "C" {
    pub fn _flushlbf();
}
