//! `<sys/uio.h>`: `struct iovec` (musl `include/alltypes.h.in`).

use crate::{c_void, size_t};

#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct iovec {
    pub iov_base: *mut c_void,
    pub iov_len: size_t,
}
