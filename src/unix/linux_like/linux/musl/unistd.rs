// `<unistd.h>`: musl's large-file `lseek64`/`pread64`/... , macros only
// since musl 1.2.4, as wrappers that call the functions musl has (musl
// `include/unistd.h`).

/// `lseek64`: musl 1.2.4+ has only `lseek`.
pub unsafe extern "C" fn lseek64(fd: c_int, offset: off64_t, whence: c_int) -> off64_t {
    lseek(fd, offset, whence)
}

/// `pread64`: musl 1.2.4+ has only `pread`.
pub unsafe extern "C" fn pread64(
    fd: c_int,
    buf: *mut c_void,
    count: size_t,
    offset: off64_t,
) -> ssize_t {
    pread(fd, buf, count, offset)
}

/// `pwrite64`: musl 1.2.4+ has only `pwrite`.
pub unsafe extern "C" fn pwrite64(
    fd: c_int,
    buf: *const c_void,
    count: size_t,
    offset: off64_t,
) -> ssize_t {
    pwrite(fd, buf, count, offset)
}

/// `ftruncate64`: musl 1.2.4+ has only `ftruncate`.
pub unsafe extern "C" fn ftruncate64(fd: c_int, length: off64_t) -> c_int {
    ftruncate(fd, length)
}

/// `truncate64`: musl 1.2.4+ has only `truncate`.
pub unsafe extern "C" fn truncate64(path: *const c_char, length: off64_t) -> c_int {
    truncate(path, length)
}

/// `lockf64`: musl 1.2.4+ has only `lockf`.
pub unsafe extern "C" fn lockf64(fd: c_int, op: c_int, size: off64_t) -> c_int {
    lockf(fd, op, size)
}
