//! `<utmp.h>`: the legacy `utmp` interface musl keeps (musl `include/utmp.h`).

use crate::{c_int, c_short};

pub const ACCOUNTING: c_short = 9;
pub const UT_NAMESIZE: usize = 32;
pub const UT_HOSTSIZE: usize = 256;
pub const UT_LINESIZE: usize = 32;

extern "C" {
    pub fn login_tty(fd: c_int) -> c_int;
}
