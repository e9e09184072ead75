//! `<sys/acct.h>`: process accounting, `acct` (musl `include/sys/acct.h`).

use crate::{c_char, c_int};

extern "C" {
    pub fn acct(filename: *const c_char) -> c_int;
}
