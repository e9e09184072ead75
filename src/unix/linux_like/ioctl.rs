//! `<sys/ioctl.h>`: `ioctl` (musl `include/sys/ioctl.h`).

use crate::c_int;

extern "C" {
    /// musl's request parameter is an `int`.
    pub fn ioctl(fd: c_int, request: c_int, ...) -> c_int;
}
