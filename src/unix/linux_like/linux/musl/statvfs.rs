// `<sys/statvfs.h>`: `statvfs64`/`fstatvfs64`, macros only since musl 1.2.4,
// as wrappers (musl `include/sys/statvfs.h`).

/// `statvfs64`: musl 1.2.4+ has only `statvfs`.
pub unsafe extern "C" fn statvfs64(path: *const c_char, buf: *mut crate::statvfs64) -> c_int {
    crate::statvfs(path, buf as *mut crate::statvfs)
}

/// `fstatvfs64`: musl 1.2.4+ has only `fstatvfs`.
pub unsafe extern "C" fn fstatvfs64(fd: c_int, buf: *mut crate::statvfs64) -> c_int {
    fstatvfs(fd, buf as *mut crate::statvfs)
}
