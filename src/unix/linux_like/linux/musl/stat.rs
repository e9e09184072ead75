// `<sys/stat.h>`: musl's large-file `stat64` family, macros only since musl
// 1.2.4, as wrappers that call the functions musl has (musl
// `include/sys/stat.h`).

/// `stat64`: musl 1.2.4+ has only `stat`.
pub unsafe extern "C" fn stat64(path: *const c_char, buf: *mut crate::stat64) -> c_int {
    stat(path, buf)
}

/// `fstat64`: musl 1.2.4+ has only `fstat`.
pub unsafe extern "C" fn fstat64(fd: c_int, buf: *mut crate::stat64) -> c_int {
    fstat(fd, buf)
}

/// `lstat64`: musl 1.2.4+ has only `lstat`.
pub unsafe extern "C" fn lstat64(path: *const c_char, buf: *mut crate::stat64) -> c_int {
    lstat(path, buf)
}

/// `fstatat64`: musl 1.2.4+ has only `fstatat`.
pub unsafe extern "C" fn fstatat64(
    dirfd: c_int,
    path: *const c_char,
    buf: *mut crate::stat64,
    flags: c_int,
) -> c_int {
    fstatat(dirfd, path, buf, flags)
}
