//! `<bits/fcntl.h>`: the open flags and `fcntl` commands some architecture
//! renumbers, as musl's `arch/generic/bits/fcntl.h` gives them (aarch64 and
//! powerpc64 swap the directory/large-file bits; mips64 renumbers most).

use crate::c_int;

pub const O_CREAT: c_int = 0o100;
pub const O_EXCL: c_int = 0o200;
pub const O_NOCTTY: c_int = 0o400;
pub const O_APPEND: c_int = 0o2000;
pub const O_NONBLOCK: c_int = 0o4000;
pub const O_DSYNC: c_int = 0o10000;
pub const O_SYNC: c_int = 0o4010000;
pub const O_RSYNC: c_int = 0o4010000;
pub const O_ASYNC: c_int = 0o20000;
pub const O_DIRECT: c_int = 0o40000;
#[cfg(target_env = "musl")]
pub const O_LARGEFILE: c_int = 0o100000;
pub const O_DIRECTORY: c_int = 0o200000;
pub const O_NOFOLLOW: c_int = 0o400000;
pub const O_TMPFILE: c_int = 0o20200000;

pub const F_GETLK: c_int = 5;
pub const F_SETOWN: c_int = 8;
pub const F_GETOWN: c_int = 9;

pub const POSIX_FADV_DONTNEED: c_int = 4;
pub const POSIX_FADV_NOREUSE: c_int = 5;
