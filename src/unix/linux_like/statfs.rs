// `<sys/statfs.h>`: `statfs`/`fstatfs` (musl `include/sys/statfs.h`); the
// struct is in the 64-bit hub.

extern "C" {
    pub fn statfs(path: *const c_char, buf: *mut crate::statfs) -> c_int;
    pub fn fstatfs(fd: c_int, buf: *mut crate::statfs) -> c_int;
}

// `<sys/statfs.h>`: `statfs64`/`fstatfs64`, macros only since musl 1.2.4,
// as wrappers (musl `include/sys/statfs.h`).

/// `statfs64`: musl 1.2.4+ has only `statfs`.
#[inline]
pub unsafe extern "C" fn statfs64(path: *const c_char, buf: *mut crate::statfs64) -> c_int {
    crate::statfs(path, buf as *mut crate::statfs)
}

/// `fstatfs64`: musl 1.2.4+ has only `fstatfs`.
#[inline]
pub unsafe extern "C" fn fstatfs64(fd: c_int, buf: *mut crate::statfs64) -> c_int {
    fstatfs(fd, buf as *mut crate::statfs)
}
