// `<linux/netfilter/nfnetlink_compat.h>`, which `<linux/netfilter/nfnetlink.h>`
// includes: the old nfnetlink group bits and attribute header, kept for old
// user space, with its attribute macros (kernel
// `include/uapi/linux/netfilter/nfnetlink_compat.h`).

pub const NF_NETLINK_CONNTRACK_NEW: c_int = 0x00000001;
pub const NF_NETLINK_CONNTRACK_UPDATE: c_int = 0x00000002;
pub const NF_NETLINK_CONNTRACK_DESTROY: c_int = 0x00000004;
pub const NF_NETLINK_CONNTRACK_EXP_NEW: c_int = 0x00000008;
pub const NF_NETLINK_CONNTRACK_EXP_UPDATE: c_int = 0x00000010;
pub const NF_NETLINK_CONNTRACK_EXP_DESTROY: c_int = 0x00000020;

/// The old attribute header (today's is `nlattr`, the same layout).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nfattr {
    pub nfa_len: u16,
    pub nfa_type: u16,
}

pub const NFNL_NFA_NEST: c_int = 0x8000;
pub const NFA_ALIGNTO: c_int = 4;

/// `len` rounded up to `NFA_ALIGNTO`.
#[inline]
pub const fn NFA_ALIGN(len: usize) -> usize {
    len.wrapping_add(NFA_ALIGNTO as usize - 1) & !(NFA_ALIGNTO as usize - 1)
}

/// The length of an attribute of `len` payload bytes.
#[inline]
pub const fn NFA_LENGTH(len: usize) -> usize {
    NFA_ALIGN(size_of::<nfattr>()).wrapping_add(len)
}

/// The space an attribute of `len` payload bytes takes.
#[inline]
pub const fn NFA_SPACE(len: usize) -> usize {
    NFA_ALIGN(NFA_LENGTH(len))
}

// The old attribute macros, as functions over raw pointers, as the crate
// writes `NLMSG_*`/`RTA_*` (lengths in `int`; pointers formed with wrapping
// arithmetic; a header read without assuming its alignment). Safety:
// `NFA_OK(nfa, len)` reads the header only when `len` covers it;
// `NFA_TYPE`, `NFA_NEXT` and `NFA_PAYLOAD` read the header `nfa` points at,
// as C does (readable once `NFA_OK` said true).

/// `nfa->nfa_len`, wherever `nfa` is aligned.
#[inline]
unsafe fn nfa_len(nfa: *const nfattr) -> u16 {
    core::ptr::addr_of!((*nfa).nfa_len).read_unaligned()
}

/// The type of attribute `nfa`, without `NFNL_NFA_NEST`.
#[inline]
pub unsafe fn NFA_TYPE(nfa: *const nfattr) -> u16 {
    core::ptr::addr_of!((*nfa).nfa_type).read_unaligned() & 0x7fff
}

/// Whether `nfa` is a whole attribute within the `len` bytes left.
///
/// C's macro tests `len > 0` and then reads the header, which reads past the
/// buffer when fewer than `sizeof(struct nfattr)` bytes are left (Miri
/// showed it here). This one reads the header only when `len` covers it,
/// and gives C's answer for every `len`: a header that fits in fewer bytes
/// than its own size fails C's next two tests anyway.
#[inline]
pub unsafe fn NFA_OK(nfa: *const nfattr, len: c_int) -> bool {
    len >= size_of::<nfattr>() as c_int
        && nfa_len(nfa) as usize >= size_of::<nfattr>()
        && nfa_len(nfa) as c_int <= len
}

/// The attribute after `nfa`; `attrlen` loses `nfa`'s aligned length.
#[inline]
pub unsafe fn NFA_NEXT(nfa: *mut nfattr, attrlen: &mut c_int) -> *mut nfattr {
    let step = NFA_ALIGN(nfa_len(nfa) as usize);
    *attrlen = attrlen.wrapping_sub(step as c_int);
    (nfa as *mut u8).wrapping_add(step) as *mut nfattr
}

/// The payload of attribute `nfa`.
#[inline]
pub unsafe fn NFA_DATA(nfa: *mut nfattr) -> *mut c_void {
    (nfa as *mut u8).wrapping_add(NFA_LENGTH(0)) as *mut c_void
}

/// The payload length of attribute `nfa`.
#[inline]
pub unsafe fn NFA_PAYLOAD(nfa: *const nfattr) -> c_int {
    (nfa_len(nfa) as c_int).wrapping_sub(NFA_LENGTH(0) as c_int)
}

/// The first attribute after the `nfgenmsg` at `n` (a message's
/// `NLMSG_DATA`).
#[inline]
pub unsafe fn NFM_NFA(n: *mut nfgenmsg) -> *mut nfattr {
    (n as *mut u8).wrapping_add(NLMSG_ALIGN(size_of::<nfgenmsg>()) as usize) as *mut nfattr
}

/// The length of message `n`'s attributes, after its `nfgenmsg`.
#[inline]
pub unsafe fn NFM_PAYLOAD(n: *const nlmsghdr) -> c_int {
    NLMSG_PAYLOAD(n, size_of::<nfgenmsg>() as c_int)
}
