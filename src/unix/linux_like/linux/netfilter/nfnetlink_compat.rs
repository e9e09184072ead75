//! `<linux/netfilter/nfnetlink_compat.h>`, which `<linux/netfilter/nfnetlink.h>`
//! includes: the old nfnetlink group bits and attribute header, kept for old
//! user space (kernel `include/uapi/linux/netfilter/nfnetlink_compat.h`).

use core::mem::size_of;

use crate::c_int;

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
pub const fn NFA_ALIGN(len: usize) -> usize {
    len.wrapping_add(NFA_ALIGNTO as usize - 1) & !(NFA_ALIGNTO as usize - 1)
}

/// The length of an attribute of `len` payload bytes.
pub const fn NFA_LENGTH(len: usize) -> usize {
    NFA_ALIGN(size_of::<nfattr>()).wrapping_add(len)
}

/// The space an attribute of `len` payload bytes takes.
pub const fn NFA_SPACE(len: usize) -> usize {
    NFA_ALIGN(NFA_LENGTH(len))
}
