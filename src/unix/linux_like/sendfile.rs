// `<sys/sendfile.h>`: `sendfile` (musl `include/sys/sendfile.h`).

extern "C" {
    pub fn sendfile(out_fd: c_int, in_fd: c_int, ofs: *mut off_t, count: size_t) -> ssize_t;
}

// `<sys/sendfile.h>`: `sendfile64`, a macro only since musl 1.2.4, as a
// wrapper (musl `include/sys/sendfile.h`).

/// `sendfile64`: musl 1.2.4+ has only `sendfile`.
#[inline]
pub unsafe extern "C" fn sendfile64(
    out_fd: c_int,
    in_fd: c_int,
    offset: *mut off64_t,
    count: size_t,
) -> ssize_t {
    sendfile(out_fd, in_fd, offset, count)
}
