// `<sys/uio.h>`: `struct iovec` (musl `include/alltypes.h.in`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct iovec {
    pub iov_base: *mut c_void,
    pub iov_len: size_t,
}

// Written out: a derived `Default` needs `Default` for raw pointers, which
// compilers before Rust 1.88 lack.
impl Default for iovec {
    fn default() -> Self {
        Self {
            iov_base: core::ptr::null_mut(),
            iov_len: 0,
        }
    }
}

pub const UIO_MAXIOV: c_int = 1024;

extern "C" {
    pub fn readv(fd: c_int, iov: *const iovec, count: c_int) -> ssize_t;
    pub fn writev(fd: c_int, iov: *const iovec, count: c_int) -> ssize_t;
}
