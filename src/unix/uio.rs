//! `<sys/uio.h>`: `struct iovec` (musl `include/alltypes.h.in`).

use crate::{c_int, c_void, size_t, ssize_t};

#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct iovec {
    pub iov_base: *mut c_void,
    pub iov_len: size_t,
}

pub const UIO_MAXIOV: c_int = 1024;

extern "C" {
    pub fn readv(fd: c_int, iov: *const iovec, count: c_int) -> ssize_t;
    pub fn writev(fd: c_int, iov: *const iovec, count: c_int) -> ssize_t;
}
