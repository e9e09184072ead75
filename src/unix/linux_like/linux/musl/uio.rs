// `<sys/uio.h>`: `preadv64`/`pwritev64`, macros only since musl 1.2.4, as
// wrappers (musl `include/sys/uio.h`).

/// `preadv64`: musl 1.2.4+ has only `preadv`.
pub unsafe extern "C" fn preadv64(
    fd: c_int,
    iov: *const iovec,
    iovcnt: c_int,
    offset: off64_t,
) -> ssize_t {
    preadv(fd, iov, iovcnt, offset)
}

/// `pwritev64`: musl 1.2.4+ has only `pwritev`.
pub unsafe extern "C" fn pwritev64(
    fd: c_int,
    iov: *const iovec,
    iovcnt: c_int,
    offset: off64_t,
) -> ssize_t {
    pwritev(fd, iov, iovcnt, offset)
}
