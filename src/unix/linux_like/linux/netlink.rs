// `<linux/netlink.h>`: netlink sockets: the address, message and attribute headers, `NLM_F_*`
// flags and the `NLMSG_*` helpers (kernel `include/uapi/linux/netlink.h`).

pub const NETLINK_ROUTE: c_int = 0;
pub const NETLINK_UNUSED: c_int = 1;
pub const NETLINK_USERSOCK: c_int = 2;
pub const NETLINK_FIREWALL: c_int = 3;
pub const NETLINK_SOCK_DIAG: c_int = 4;
pub const NETLINK_NFLOG: c_int = 5;
pub const NETLINK_XFRM: c_int = 6;
pub const NETLINK_SELINUX: c_int = 7;
pub const NETLINK_ISCSI: c_int = 8;
pub const NETLINK_AUDIT: c_int = 9;
pub const NETLINK_FIB_LOOKUP: c_int = 10;
pub const NETLINK_CONNECTOR: c_int = 11;
pub const NETLINK_NETFILTER: c_int = 12;
pub const NETLINK_IP6_FW: c_int = 13;
pub const NETLINK_DNRTMSG: c_int = 14;
pub const NETLINK_KOBJECT_UEVENT: c_int = 15;
pub const NETLINK_GENERIC: c_int = 16;
pub const NETLINK_SCSITRANSPORT: c_int = 18;
pub const NETLINK_ECRYPTFS: c_int = 19;
pub const NETLINK_RDMA: c_int = 20;
pub const NETLINK_CRYPTO: c_int = 21;
pub const NETLINK_INET_DIAG: c_int = NETLINK_SOCK_DIAG;
pub const MAX_LINKS: c_int = 32;
pub const NLM_F_REQUEST: c_int = 0x01;
pub const NLM_F_MULTI: c_int = 0x02;
pub const NLMSG_DONE: c_int = 0x3;
pub const NLM_F_ACK: c_int = 0x04;
pub const NLM_F_ECHO: c_int = 0x08;
pub const NLM_F_DUMP_INTR: c_int = 0x10;
pub const NLM_F_DUMP_FILTERED: c_int = 0x20;
pub const NLM_F_ROOT: c_int = 0x100;
pub const NLM_F_MATCH: c_int = 0x200;
pub const NLM_F_ATOMIC: c_int = 0x400;
pub const NLM_F_DUMP: c_int = 768;
pub const NLM_F_REPLACE: c_int = 0x100;
pub const NLM_F_EXCL: c_int = 0x200;
pub const NLM_F_CREATE: c_int = 0x400;
pub const NLM_F_APPEND: c_int = 0x800;
pub const NLM_F_NONREC: c_int = 0x100;
pub const NLM_F_BULK: c_int = 0x200;
pub const NLM_F_CAPPED: c_int = 0x100;
pub const NLM_F_ACK_TLVS: c_int = 0x200;
pub const NLMSG_NOOP: c_int = 0x1;
pub const NLMSG_ERROR: c_int = 0x2;
pub const NLMSG_OVERRUN: c_int = 0x4;
pub const NLMSG_MIN_TYPE: c_int = 0x10;
pub const NETLINK_CAP_ACK: c_int = 10;
pub const NETLINK_EXT_ACK: c_int = 11;
pub const NETLINK_ADD_MEMBERSHIP: c_int = 1;
pub const NETLINK_DROP_MEMBERSHIP: c_int = 2;
pub const NETLINK_PKTINFO: c_int = 3;
pub const NETLINK_BROADCAST_ERROR: c_int = 4;
pub const NETLINK_NO_ENOBUFS: c_int = 5;
pub const NETLINK_RX_RING: c_int = 6;
pub const NETLINK_TX_RING: c_int = 7;
pub const NETLINK_LISTEN_ALL_NSID: c_int = 8;
pub const NETLINK_LIST_MEMBERSHIPS: c_int = 9;
pub const NETLINK_GET_STRICT_CHK: c_int = 12;
pub const NLA_F_NESTED: c_int = 1 << 15;
pub const NLA_F_NET_BYTEORDER: c_int = 1 << 14;
pub const NLA_TYPE_MASK: c_int = -49153;
pub const NLMSG_ALIGNTO: u32 = 4;
pub const NLA_ALIGNTO: c_int = 4;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sockaddr_nl {
    pub nl_family: sa_family_t,
    nl_pad: crate::Padding<c_ushort>,
    pub nl_pid: u32,
    pub nl_groups: u32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nlmsghdr {
    pub nlmsg_len: u32,
    pub nlmsg_type: u16,
    pub nlmsg_flags: u16,
    pub nlmsg_seq: u32,
    pub nlmsg_pid: u32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nlmsgerr {
    pub error: c_int,
    pub msg: nlmsghdr,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nl_pktinfo {
    pub group: u32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nl_mmap_req {
    pub nm_block_size: c_uint,
    pub nm_block_nr: c_uint,
    pub nm_frame_size: c_uint,
    pub nm_frame_nr: c_uint,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nl_mmap_hdr {
    pub nm_status: c_uint,
    pub nm_len: c_uint,
    pub nm_group: u32,
    pub nm_pid: u32,
    pub nm_uid: u32,
    pub nm_gid: u32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nlattr {
    pub nla_len: u16,
    pub nla_type: u16,
}

// The `NLMSG_*` and `NLA_*` macros. They compute as C does (lengths in
// `int`, with C's wrapping), and form pointers with wrapping arithmetic, so no
// call is undefined for any input. Where C's `NLMSG_NEXT` would step past the
// `len` bytes left, this one updates `len` as C does but returns null instead
// of a pointer outside the buffer; `NLMSG_OK` is false for such a `len`
// (it is negative then) without reading the header. A header is read without
// assuming its alignment (a receive buffer of bytes need not be aligned).
// Safety: `NLMSG_OK(nlh, len)` reads `nlh`'s header only when `len` says
// that many bytes are there; `NLMSG_NEXT` and `NLMSG_PAYLOAD` read the
// header `nlh` points at, as C does, so it must be readable (it is, after
// `NLMSG_OK` said true for it); the other helpers read nothing.

pub const NLMSG_HDRLEN: c_int = NLMSG_ALIGN(size_of::<nlmsghdr>());
pub const NLA_HDRLEN: c_int = (size_of::<nlattr>() as c_int + NLA_ALIGNTO - 1) & !(NLA_ALIGNTO - 1);

/// `nlh->nlmsg_len`, wherever `nlh` is aligned.
#[inline]
unsafe fn nlmsg_len(nlh: *const nlmsghdr) -> u32 {
    core::ptr::addr_of!((*nlh).nlmsg_len).read_unaligned()
}

#[inline]
pub const extern "C" fn NLMSG_ALIGN(len: size_t) -> c_int {
    (len.wrapping_add(NLMSG_ALIGNTO as size_t - 1) & !(NLMSG_ALIGNTO as size_t - 1)) as c_int
}

#[inline]
pub const extern "C" fn NLMSG_LENGTH(len: size_t) -> c_int {
    len.wrapping_add(NLMSG_HDRLEN as size_t) as c_int
}

#[inline]
pub const extern "C" fn NLMSG_SPACE(len: size_t) -> c_int {
    NLMSG_ALIGN(NLMSG_LENGTH(len) as size_t)
}

#[inline]
pub unsafe extern "C" fn NLMSG_DATA(nlh: *mut nlmsghdr) -> *mut c_void {
    (nlh as *mut u8).wrapping_add(NLMSG_HDRLEN as usize) as *mut c_void
}

#[inline]
pub unsafe extern "C" fn NLMSG_NEXT(nlh: *mut nlmsghdr, len: &mut c_int) -> *mut nlmsghdr {
    let step = (nlmsg_len(nlh).wrapping_add(NLMSG_ALIGNTO - 1) & !(NLMSG_ALIGNTO - 1)) as c_int;
    let fits = step >= 0 && step <= *len;
    *len = len.wrapping_sub(step);
    if fits {
        (nlh as *mut u8).wrapping_add(step as usize) as *mut nlmsghdr
    } else {
        core::ptr::null_mut()
    }
}

#[inline]
pub unsafe extern "C" fn NLMSG_OK(nlh: *const nlmsghdr, len: c_int) -> bool {
    len >= size_of::<nlmsghdr>() as c_int
        && nlmsg_len(nlh) as usize >= size_of::<nlmsghdr>()
        && nlmsg_len(nlh) <= len as u32
}

#[inline]
pub unsafe extern "C" fn NLMSG_PAYLOAD(nlh: *const nlmsghdr, len: c_int) -> c_int {
    nlmsg_len(nlh).wrapping_sub(NLMSG_SPACE(len as size_t) as u32) as c_int
}

#[inline]
pub unsafe extern "C" fn NLA_ALIGN(len: c_int) -> c_int {
    len.wrapping_add(NLA_ALIGNTO - 1) & !(NLA_ALIGNTO - 1)
}
