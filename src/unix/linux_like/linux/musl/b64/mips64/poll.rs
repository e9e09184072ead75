//! `<bits/poll.h>`: mips64's `POLLWRNORM`/`POLLWRBAND` (musl
//! `arch/mips64/bits/poll.h`).

use crate::c_short;

pub const POLLWRNORM: c_short = 4;
pub const POLLWRBAND: c_short = 0x100;
