// `<sys/statvfs.h>`: the `ST_*` mount flags and `statvfs`/`fstatvfs` (musl
// `include/sys/statvfs.h`); the struct's layout is in the 64-bit hub.

pub const ST_RDONLY: c_ulong = 1;
pub const ST_NOSUID: c_ulong = 2;
pub const ST_NODEV: c_ulong = 4;
pub const ST_NOEXEC: c_ulong = 8;
pub const ST_SYNCHRONOUS: c_ulong = 16;
pub const ST_MANDLOCK: c_ulong = 64;
pub const ST_WRITE: c_ulong = 128;
pub const ST_APPEND: c_ulong = 256;
pub const ST_IMMUTABLE: c_ulong = 512;
pub const ST_NOATIME: c_ulong = 1024;
pub const ST_NODIRATIME: c_ulong = 2048;

extern "C" {
    pub fn statvfs(path: *const c_char, buf: *mut crate::statvfs) -> c_int;
    pub fn fstatvfs(fd: c_int, buf: *mut crate::statvfs) -> c_int;
}

// `<sys/statvfs.h>`: `statvfs64`/`fstatvfs64`, macros only since musl 1.2.4,
// as wrappers (musl `include/sys/statvfs.h`).

/// `statvfs64`: musl 1.2.4+ has only `statvfs`.
#[inline]
pub unsafe extern "C" fn statvfs64(path: *const c_char, buf: *mut crate::statvfs64) -> c_int {
    crate::statvfs(path, buf as *mut crate::statvfs)
}

/// `fstatvfs64`: musl 1.2.4+ has only `fstatvfs`.
#[inline]
pub unsafe extern "C" fn fstatvfs64(fd: c_int, buf: *mut crate::statvfs64) -> c_int {
    fstatvfs(fd, buf as *mut crate::statvfs)
}
