// `<bits/fcntl.h>`: mips64 renumbers most open flags and three `fcntl` commands
// (musl `arch/mips64/bits/fcntl.h`).

pub const O_CREAT: c_int = 0o400;
pub const O_EXCL: c_int = 0o2000;
pub const O_NOCTTY: c_int = 0o4000;
pub const O_APPEND: c_int = 0o10;
pub const O_NONBLOCK: c_int = 0o200;
pub const O_DSYNC: c_int = 0o20;
pub const O_SYNC: c_int = 0o40020;
pub const O_RSYNC: c_int = 0o40020;
pub const O_ASYNC: c_int = 0o10000;
pub const O_DIRECT: c_int = 0o100000;
pub const O_LARGEFILE: c_int = 0o20000;

pub const F_SETOWN: c_int = 24;
pub const F_GETOWN: c_int = 23;
pub const F_GETLK: c_int = 14;
