//! `<bits/poll.h>`: the two poll bits mips64 renumbers (musl
//! `arch/generic/bits/poll.h`).

use crate::c_short;

pub const POLLWRNORM: c_short = 0x100;
pub const POLLWRBAND: c_short = 0x200;
