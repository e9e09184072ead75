//! `<fcntl.h>`: the kernel's open flags, `fcntl` commands, seals and `*at`
//! flags beyond POSIX that are the same on every supported architecture
//! (musl `include/fcntl.h`, `arch/generic/bits/fcntl.h`).

use crate::c_int;

pub const O_NOATIME: c_int = 0o1000000;
pub const O_PATH: c_int = 0o10000000;
pub const O_NDELAY: c_int = crate::O_NONBLOCK;

pub const F_SETSIG: c_int = 10;
pub const F_GETSIG: c_int = 11;
pub const F_SETOWN_EX: c_int = 15;
pub const F_GETOWN_EX: c_int = 16;
pub const F_GETOWNER_UIDS: c_int = 17;
pub const F_OFD_GETLK: c_int = 36;
pub const F_OFD_SETLK: c_int = 37;
pub const F_OFD_SETLKW: c_int = 38;
pub const F_SETLEASE: c_int = 1024;
pub const F_GETLEASE: c_int = 1025;
pub const F_NOTIFY: c_int = 1026;
pub const F_CANCELLK: c_int = 1029;
pub const F_SETPIPE_SZ: c_int = 1031;
pub const F_GETPIPE_SZ: c_int = 1032;
pub const F_ADD_SEALS: c_int = 1033;
pub const F_GET_SEALS: c_int = 1034;

pub const F_SEAL_SEAL: c_int = 0x0001;
pub const F_SEAL_SHRINK: c_int = 0x0002;
pub const F_SEAL_GROW: c_int = 0x0004;
pub const F_SEAL_WRITE: c_int = 0x0008;
pub const F_SEAL_FUTURE_WRITE: c_int = 0x0010;

pub const AT_NO_AUTOMOUNT: c_int = 0x800;
pub const AT_EMPTY_PATH: c_int = 0x1000;
pub const AT_STATX_SYNC_TYPE: c_int = 0x6000;
pub const AT_STATX_SYNC_AS_STAT: c_int = 0x0000;
pub const AT_STATX_FORCE_SYNC: c_int = 0x2000;
pub const AT_STATX_DONT_SYNC: c_int = 0x4000;
pub const AT_RECURSIVE: c_int = 0x8000;
