//! `<sys/socket.h>`: `struct msghdr` and `struct cmsghdr` (musl
//! `include/sys/socket.h`). `long` is wider than `int` on every target here,
//! so the `int` members that pair with a pointer or `size_t` in the kernel's
//! layout are padded, on the side the byte order asks for.

use crate::{c_int, c_void, iovec, socklen_t};

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct msghdr {
    pub msg_name: *mut c_void,
    pub msg_namelen: socklen_t,
    pub msg_iov: *mut iovec,
    #[cfg(target_endian = "big")]
    __pad1: c_int,
    pub msg_iovlen: c_int,
    #[cfg(target_endian = "little")]
    __pad1: c_int,
    pub msg_control: *mut c_void,
    #[cfg(target_endian = "big")]
    __pad2: c_int,
    pub msg_controllen: socklen_t,
    #[cfg(target_endian = "little")]
    __pad2: c_int,
    pub msg_flags: c_int,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct cmsghdr {
    #[cfg(target_endian = "big")]
    pub __pad1: c_int,
    pub cmsg_len: socklen_t,
    #[cfg(target_endian = "little")]
    pub __pad1: c_int,
    pub cmsg_level: c_int,
    pub cmsg_type: c_int,
}
