// `<sys/socket.h>`: glibc's `struct msghdr` and `struct cmsghdr`, whose
// lengths are `size_t` as in the kernel's layout (musl's are `int` with
// padding), glibc's `SOMAXCONN`, `sendmmsg`/`recvmmsg` with `int` flags,
// `CMSG_NXTHDR` as glibc's inline `__cmsg_nxthdr` computes it (glibc
// `bits/socket.h`, `bits/socket-constants.h`), and `MSG_TRYHARD`, glibc's
// other name for `MSG_DONTROUTE`.

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

/// `CMSG_NXTHDR(mhdr, cmsg)` as glibc's `__cmsg_nxthdr`: null when `cmsg`'s
/// length is shorter than a header, or when the bytes from `cmsg` to the
/// buffer's end cannot hold `cmsg` (its length rounded up to `size_t`) and
/// one more header; else the header after `cmsg`. The sums are `size_t`'s
/// and wrap as C's do; pointers are formed with wrapping arithmetic, so no
/// input makes the call undefined. Safety: it reads `*mhdr` and the header
/// `cmsg` points at (unaligned is fine), which C's requires to lie inside
/// the control buffer.
#[inline]
pub unsafe extern "C" fn CMSG_NXTHDR(mhdr: *const msghdr, cmsg: *const cmsghdr) -> *mut cmsghdr {
    let len = core::ptr::addr_of!((*cmsg).cmsg_len).read_unaligned();
    let hdr = core::mem::size_of::<cmsghdr>();
    if len < hdr {
        return core::ptr::null_mut();
    }
    // `__CMSG_PADDING(len)`: what rounds `len` up to a multiple of `size_t`.
    let word = core::mem::size_of::<size_t>();
    let padding = (word - (len & (word - 1))) & (word - 1);
    let needed = hdr + padding;
    let end = ((*mhdr).msg_control as usize).wrapping_add((*mhdr).msg_controllen);
    let left = end.wrapping_sub(cmsg as usize);
    if left < needed || left - needed < len {
        core::ptr::null_mut()
    } else {
        (cmsg as *mut u8).wrapping_add(len + padding) as *mut cmsghdr
    }
}
