//! `<sys/socket.h>`: the POSIX socket types (musl `include/sys/socket.h`:
//! `typedef unsigned socklen_t;`, `typedef unsigned short sa_family_t;`).

pub type socklen_t = u32;
pub type sa_family_t = u16;
