//! musl's own choices: the layouts and values musl 1.2.5 gives in
//! `include/*.h` and `arch/generic/bits/*.h`, where glibc or the kernel
//! would differ.

use crate::c_int;

extern "C" {
    /// musl's `errno` is `(*__errno_location())` (`<errno.h>`).
    pub fn __errno_location() -> *mut c_int;
}

mod b64;
pub use self::b64::*;
