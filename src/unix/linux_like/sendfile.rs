//! `<sys/sendfile.h>`: `sendfile` (musl `include/sys/sendfile.h`).

use crate::{c_int, off_t, size_t, ssize_t};

extern "C" {
    pub fn sendfile(out_fd: c_int, in_fd: c_int, ofs: *mut off_t, count: size_t) -> ssize_t;
}
