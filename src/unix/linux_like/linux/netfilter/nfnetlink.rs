// `<linux/netfilter/nfnetlink.h>`: netfilter's netlink family: multicast
// groups, the `nfgenmsg` header after `nlmsghdr`, the subsystem ids and the
// batch messages (kernel `include/uapi/linux/netfilter/nfnetlink.h`).

pub const NFNLGRP_NONE: c_int = 0;
pub const NFNLGRP_CONNTRACK_NEW: c_int = 1;
pub const NFNLGRP_CONNTRACK_UPDATE: c_int = 2;
pub const NFNLGRP_CONNTRACK_DESTROY: c_int = 3;
pub const NFNLGRP_CONNTRACK_EXP_NEW: c_int = 4;
pub const NFNLGRP_CONNTRACK_EXP_UPDATE: c_int = 5;
pub const NFNLGRP_CONNTRACK_EXP_DESTROY: c_int = 6;
pub const NFNLGRP_NFTABLES: c_int = 7;
pub const NFNLGRP_ACCT_QUOTA: c_int = 8;
pub const NFNLGRP_NFTRACE: c_int = 9;
pub const __NFNLGRP_MAX: c_int = 10;
pub const NFNLGRP_MAX: c_int = __NFNLGRP_MAX - 1;

/// The header of every nfnetlink message, after its `nlmsghdr`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nfgenmsg {
    /// `AF_*`/`NFPROTO_*`.
    pub nfgen_family: u8,
    /// `NFNETLINK_V0`.
    pub version: u8,
    /// The resource id (a queue or log group number, or nf_tables' generation
    /// id), in network byte order.
    pub res_id: u16,
}

pub const NFNETLINK_V0: c_int = 0;

/// The subsystem (`NFNL_SUBSYS_*`) of an nfnetlink message type.
#[inline]
pub const fn NFNL_SUBSYS_ID(x: u16) -> u16 {
    (x & 0xff00) >> 8
}

/// The subsystem's own message type of an nfnetlink message type.
#[inline]
pub const fn NFNL_MSG_TYPE(x: u16) -> u16 {
    x & 0x00ff
}

pub const NFNL_SUBSYS_NONE: c_int = 0;
pub const NFNL_SUBSYS_CTNETLINK: c_int = 1;
pub const NFNL_SUBSYS_CTNETLINK_EXP: c_int = 2;
pub const NFNL_SUBSYS_QUEUE: c_int = 3;
pub const NFNL_SUBSYS_ULOG: c_int = 4;
pub const NFNL_SUBSYS_OSF: c_int = 5;
pub const NFNL_SUBSYS_IPSET: c_int = 6;
pub const NFNL_SUBSYS_ACCT: c_int = 7;
pub const NFNL_SUBSYS_CTNETLINK_TIMEOUT: c_int = 8;
pub const NFNL_SUBSYS_CTHELPER: c_int = 9;
pub const NFNL_SUBSYS_NFTABLES: c_int = 10;
pub const NFNL_SUBSYS_NFT_COMPAT: c_int = 11;
pub const NFNL_SUBSYS_HOOK: c_int = 12;
pub const NFNL_SUBSYS_COUNT: c_int = 13;

pub const NFNL_MSG_BATCH_BEGIN: c_int = NLMSG_MIN_TYPE;
pub const NFNL_MSG_BATCH_END: c_int = NLMSG_MIN_TYPE + 1;

pub const NFNL_BATCH_UNSPEC: c_int = 0;
pub const NFNL_BATCH_GENID: c_int = 1;
pub const __NFNL_BATCH_MAX: c_int = 2;
pub const NFNL_BATCH_MAX: c_int = __NFNL_BATCH_MAX - 1;
