// `<sys/socket.h>`: `struct msghdr` and `struct cmsghdr` and the `CMSG_*`
// macros over them (musl `include/sys/socket.h`). `long` is wider than `int`
// on every target here, so the `int` members that pair with a pointer or
// `size_t` in the kernel's layout are padded, on the side the byte order asks for.

#[cfg(target_env = "musl")]
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct msghdr {
    pub msg_name: *mut c_void,
    pub msg_namelen: socklen_t,
    pub msg_iov: *mut iovec,
    #[cfg(target_endian = "big")]
    __pad1: crate::Padding<c_int>,
    pub msg_iovlen: c_int,
    #[cfg(target_endian = "little")]
    __pad1: crate::Padding<c_int>,
    pub msg_control: *mut c_void,
    #[cfg(target_endian = "big")]
    __pad2: crate::Padding<c_int>,
    pub msg_controllen: socklen_t,
    #[cfg(target_endian = "little")]
    __pad2: crate::Padding<c_int>,
    pub msg_flags: c_int,
}

#[cfg(target_env = "musl")]
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

// The control-message macros of musl's `<sys/socket.h>`, in C's types: a
// header's length is rounded up to `sizeof(long)` (`__CMSG_LEN`: the sum in
// `size_t`, the mask in `long`), a payload's to `sizeof(size_t)`
// (`CMSG_ALIGN`). Both are 8 on the 64-bit targets; on wasm32-wali `size_t`
// is 4 bytes, so `CMSG_ALIGN` rounds to 4 and `__CMSG_LEN`'s sum wraps at
// 2^32, as musl compiled there does. Sums wrap as C's unsigned ones do and
// pointers are formed with wrapping arithmetic, so no call is undefined for
// any input; `CMSG_NXTHDR` returns null where the next header would not lie
// wholly inside the buffer, exactly where musl's macro does. Safety:
// `CMSG_FIRSTHDR` reads `*mhdr`; `CMSG_NXTHDR` reads `*mhdr` and the header
// `cmsg` points at (unaligned is fine), as C does: a header `CMSG_FIRSTHDR`
// or `CMSG_NXTHDR` returned, which lies wholly inside the control buffer.

const CMSGHDR_SIZE: u64 = size_of::<cmsghdr>() as u64;

/// `CMSG_ALIGN(len)`: `len` rounded up to a multiple of `sizeof(size_t)`.
#[inline]
pub const fn CMSG_ALIGN(len: size_t) -> size_t {
    let a = size_of::<size_t>();
    len.wrapping_add(a - 1) & !(a - 1)
}

#[inline]
pub const unsafe extern "C" fn CMSG_SPACE(length: c_uint) -> c_uint {
    CMSG_ALIGN(length as size_t).wrapping_add(CMSG_ALIGN(size_of::<cmsghdr>())) as c_uint
}

#[inline]
pub const unsafe extern "C" fn CMSG_LEN(length: c_uint) -> c_uint {
    CMSG_ALIGN(size_of::<cmsghdr>()).wrapping_add(length as size_t) as c_uint
}

#[inline]
pub unsafe extern "C" fn CMSG_DATA(cmsg: *const cmsghdr) -> *mut c_uchar {
    cmsg.wrapping_add(1) as *mut c_uchar
}

#[inline]
pub unsafe extern "C" fn CMSG_FIRSTHDR(mhdr: *const msghdr) -> *mut cmsghdr {
    if (*mhdr).msg_controllen as u64 >= CMSGHDR_SIZE {
        (*mhdr).msg_control as *mut cmsghdr
    } else {
        core::ptr::null_mut()
    }
}

// musl's; glibc's, which also steps to a next header that ends exactly at
// the buffer's end, is in `linux/gnu/socket.rs`.
#[cfg(target_env = "musl")]
#[allow(clippy::unnecessary_cast)]
#[inline]
pub unsafe extern "C" fn CMSG_NXTHDR(mhdr: *const msghdr, cmsg: *const cmsghdr) -> *mut cmsghdr {
    // Read without assuming alignment: a control buffer of bytes need not be.
    let len = core::ptr::addr_of!((*cmsg).cmsg_len).read_unaligned() as size_t;
    let long = size_of::<c_long>();
    // `__CMSG_LEN(cmsg)`: `cmsg_len + sizeof(long) - 1` in `size_t`, then
    // masked to a multiple of `sizeof(long)`.
    let step = (len.wrapping_add(long - 1) & !(long - 1)) as u64;
    // `__MHDR_END(mhdr) - (unsigned char *)cmsg`. A `cmsg` at or past the end
    // gives null (C compares unsigned on the 64-bit targets and would step
    // past it there; on wasm32-wali its comparison is signed and gives null).
    let end = ((*mhdr).msg_control as usize).wrapping_add((*mhdr).msg_controllen as usize);
    let left = (end as isize).wrapping_sub(cmsg as isize);
    if (len as u64) < CMSGHDR_SIZE || left <= 0 || step + CMSGHDR_SIZE >= left as u64 {
        core::ptr::null_mut()
    } else {
        (cmsg as *mut u8).wrapping_add(step as usize) as *mut cmsghdr
    }
}
