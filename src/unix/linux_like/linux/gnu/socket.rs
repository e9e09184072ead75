// `<sys/socket.h>`: glibc's `struct msghdr` and `struct cmsghdr`, whose
// lengths are `size_t` as in the kernel's layout (musl's are `int` with
// padding), glibc's `SOMAXCONN`, and `sendmmsg`/`recvmmsg` with `int` flags
// (glibc `bits/socket.h`, `bits/socket-constants.h`), and `MSG_TRYHARD`,
// glibc's other name for `MSG_DONTROUTE`.

pub const SOMAXCONN: c_int = 4096;
pub const MSG_TRYHARD: c_int = MSG_DONTROUTE;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct msghdr {
    pub msg_name: *mut c_void,
    pub msg_namelen: socklen_t,
    pub msg_iov: *mut iovec,
    pub msg_iovlen: size_t,
    pub msg_control: *mut c_void,
    pub msg_controllen: size_t,
    pub msg_flags: c_int,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct cmsghdr {
    pub cmsg_len: size_t,
    pub cmsg_level: c_int,
    pub cmsg_type: c_int,
}

extern "C" {
    pub fn sendmmsg(sockfd: c_int, msgvec: *mut mmsghdr, vlen: c_uint, flags: c_int) -> c_int;
    pub fn recvmmsg(
        sockfd: c_int,
        msgvec: *mut mmsghdr,
        vlen: c_uint,
        flags: c_int,
        timeout: *mut timespec,
    ) -> c_int;
}
