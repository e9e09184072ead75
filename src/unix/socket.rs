//! `<sys/socket.h>`: the POSIX socket types (musl `include/sys/socket.h`:
//! `typedef unsigned socklen_t;`, `typedef unsigned short sa_family_t;`).

use crate::c_uint;

pub type socklen_t = c_uint;
pub type sa_family_t = u16;
