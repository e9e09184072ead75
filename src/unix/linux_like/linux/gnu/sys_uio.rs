// `<sys/uio.h>`: glibc's large-file `preadv64v2` and `pwritev64v2` (glibc
// `misc/sys/uio.h`).

extern "C" {
    pub fn preadv64v2(
        fd: c_int,
        iov: *const iovec,
        iovcnt: c_int,
        offset: off64_t,
        flags: c_int,
    ) -> ssize_t;
    pub fn pwritev64v2(
        fd: c_int,
        iov: *const iovec,
        iovcnt: c_int,
        offset: off64_t,
        flags: c_int,
    ) -> ssize_t;
}
