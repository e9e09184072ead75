// `<linux/netfilter.h>`: netfilter's verdicts, hooks and protocol families
// and `nf_inet_addr` (kernel `include/uapi/linux/netfilter.h`); the
// `netfilter/` modules hold nf_tables and the nfnetlink subsystems.

include!("netfilter/nf_tables.rs");
include!("netfilter/nfnetlink.rs");
include!("netfilter/nfnetlink_compat.rs");
include!("netfilter/nfnetlink_log.rs");
include!("netfilter/nfnetlink_queue.rs");

pub const NF_DROP: c_int = 0;
pub const NF_ACCEPT: c_int = 1;
pub const NF_STOLEN: c_int = 2;
pub const NF_QUEUE: c_int = 3;
pub const NF_REPEAT: c_int = 4;
pub const NF_STOP: c_int = 5;
pub const NF_MAX_VERDICT: c_int = NF_STOP;

pub const NF_VERDICT_MASK: c_int = 0x000000ff;
pub const NF_VERDICT_FLAG_QUEUE_BYPASS: c_int = 0x00008000;
pub const NF_VERDICT_QMASK: c_int = 0xffff0000_u32 as c_int;
pub const NF_VERDICT_QBITS: c_int = 16;

/// The verdict that queues a packet to queue `x`.
#[inline]
pub const fn NF_QUEUE_NR(x: c_uint) -> c_uint {
    ((x << 16) & NF_VERDICT_QMASK as c_uint) | NF_QUEUE as c_uint
}

/// The verdict that drops a packet with error `x` (an errno value).
#[inline]
pub const fn NF_DROP_ERR(x: c_uint) -> c_uint {
    (x.wrapping_neg() << 16) | NF_DROP as c_uint
}

pub const NF_VERDICT_BITS: c_int = 16;

pub const NF_INET_PRE_ROUTING: c_int = 0;
pub const NF_INET_LOCAL_IN: c_int = 1;
pub const NF_INET_FORWARD: c_int = 2;
pub const NF_INET_LOCAL_OUT: c_int = 3;
pub const NF_INET_POST_ROUTING: c_int = 4;
pub const NF_INET_NUMHOOKS: c_int = 5;
pub const NF_INET_INGRESS: c_int = NF_INET_NUMHOOKS;

pub const NF_NETDEV_INGRESS: c_int = 0;
pub const NF_NETDEV_EGRESS: c_int = 1;
pub const NF_NETDEV_NUMHOOKS: c_int = 2;

pub const NFPROTO_UNSPEC: c_int = 0;
pub const NFPROTO_INET: c_int = 1;
pub const NFPROTO_IPV4: c_int = 2;
pub const NFPROTO_ARP: c_int = 3;
pub const NFPROTO_NETDEV: c_int = 5;
pub const NFPROTO_BRIDGE: c_int = 7;
pub const NFPROTO_IPV6: c_int = 10;
pub const NFPROTO_DECNET: c_int = 12;
pub const NFPROTO_NUMPROTO: c_int = 13;

/// An IPv4 or IPv6 address, in network byte order. C's `in` member is
/// `in_` here (`in` is a Rust keyword).
#[repr(C)]
#[derive(Clone, Copy)]
pub union nf_inet_addr {
    pub all: [u32; 4],
    pub ip: u32,
    pub ip6: [u32; 4],
    pub in_: in_addr,
    pub in6: in6_addr,
}

impl core::fmt::Debug for nf_inet_addr {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("nf_inet_addr").finish_non_exhaustive()
    }
}
