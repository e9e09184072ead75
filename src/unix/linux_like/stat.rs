//! `<sys/stat.h>`: the Linux part: `UTIME_*`, `statx` masks and attributes
//! as musl's header gives them, and the functions beyond POSIX (musl
//! `include/sys/stat.h`).

use crate::{c_char, c_int, c_uint, mode_t};

pub const S_IREAD: mode_t = 0x100;
pub const S_IWRITE: mode_t = 128;
pub const S_IEXEC: mode_t = 64;
pub const STATX_TYPE: c_uint = 1;
pub const STATX_MODE: c_uint = 2;
pub const STATX_NLINK: c_uint = 4;
pub const STATX_UID: c_uint = 8;
pub const STATX_GID: c_uint = 0x10;
pub const STATX_ATIME: c_uint = 0x20;
pub const STATX_MTIME: c_uint = 0x40;
pub const STATX_CTIME: c_uint = 0x80;
pub const STATX_INO: c_uint = 0x100;
pub const STATX_SIZE: c_uint = 0x200;
pub const STATX_BLOCKS: c_uint = 0x400;
pub const STATX_BASIC_STATS: c_uint = 0x7ff;
pub const STATX_BTIME: c_uint = 0x800;
pub const STATX_ALL: c_uint = 0xfff;

extern "C" {
    pub fn lchmod(path: *const c_char, mode: mode_t) -> c_int;
}
