// `<sys/sendfile.h>`: `sendfile` (musl `include/sys/sendfile.h`).

extern "C" {
    pub fn sendfile(out_fd: c_int, in_fd: c_int, ofs: *mut off_t, count: size_t) -> ssize_t;
}
