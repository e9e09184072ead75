//! `<sys/msg.h>`: the System V message queue counters (musl
//! `include/sys/msg.h`).

use crate::c_ulong;

pub type msgqnum_t = c_ulong;
pub type msglen_t = c_ulong;
