// `<linux/netfilter/nfnetlink_queue.h>`: netfilter's packet queue over
// nfnetlink (`NFNL_SUBSYS_QUEUE`): its messages, attributes and the structs
// they carry (kernel `include/uapi/linux/netfilter/nfnetlink_queue.h`).

pub const NFQNL_MSG_PACKET: c_int = 0;
pub const NFQNL_MSG_VERDICT: c_int = 1;
pub const NFQNL_MSG_CONFIG: c_int = 2;
pub const NFQNL_MSG_VERDICT_BATCH: c_int = 3;
pub const NFQNL_MSG_MAX: c_int = 4;

/// `NFQA_PACKET_HDR`: the queued packet's id, protocol and hook.
#[repr(C, packed)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nfqnl_msg_packet_hdr {
    /// In network byte order.
    pub packet_id: u32,
    /// In network byte order.
    pub hw_protocol: u16,
    pub hook: u8,
}

/// `NFQA_HWADDR`: the packet's source hardware address.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nfqnl_msg_packet_hw {
    /// In network byte order.
    pub hw_addrlen: u16,
    _pad: crate::Padding<u16>,
    pub hw_addr: [u8; 8],
}

/// `NFQA_TIMESTAMP`, in network byte order.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nfqnl_msg_packet_timestamp {
    pub sec: u64,
    pub usec: u64,
}

pub const NFQA_VLAN_UNSPEC: c_int = 0;
pub const NFQA_VLAN_PROTO: c_int = 1;
pub const NFQA_VLAN_TCI: c_int = 2;
pub const __NFQA_VLAN_MAX: c_int = 3;
pub const NFQA_VLAN_MAX: c_int = __NFQA_VLAN_MAX - 1;

pub const NFQA_UNSPEC: c_int = 0;
pub const NFQA_PACKET_HDR: c_int = 1;
pub const NFQA_VERDICT_HDR: c_int = 2;
pub const NFQA_MARK: c_int = 3;
pub const NFQA_TIMESTAMP: c_int = 4;
pub const NFQA_IFINDEX_INDEV: c_int = 5;
pub const NFQA_IFINDEX_OUTDEV: c_int = 6;
pub const NFQA_IFINDEX_PHYSINDEV: c_int = 7;
pub const NFQA_IFINDEX_PHYSOUTDEV: c_int = 8;
pub const NFQA_HWADDR: c_int = 9;
pub const NFQA_PAYLOAD: c_int = 10;
pub const NFQA_CT: c_int = 11;
pub const NFQA_CT_INFO: c_int = 12;
pub const NFQA_CAP_LEN: c_int = 13;
pub const NFQA_SKB_INFO: c_int = 14;
pub const NFQA_EXP: c_int = 15;
pub const NFQA_UID: c_int = 16;
pub const NFQA_GID: c_int = 17;
pub const NFQA_SECCTX: c_int = 18;
pub const NFQA_VLAN: c_int = 19;
pub const NFQA_L2HDR: c_int = 20;
pub const NFQA_PRIORITY: c_int = 21;
pub const NFQA_CGROUP_CLASSID: c_int = 22;
pub const __NFQA_MAX: c_int = 23;
pub const NFQA_MAX: c_int = __NFQA_MAX - 1;

/// `NFQA_VERDICT_HDR`: the verdict (`NF_*`) on packet `id`, both in network
/// byte order.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nfqnl_msg_verdict_hdr {
    pub verdict: u32,
    pub id: u32,
}

pub const NFQNL_CFG_CMD_NONE: c_int = 0;
pub const NFQNL_CFG_CMD_BIND: c_int = 1;
pub const NFQNL_CFG_CMD_UNBIND: c_int = 2;
pub const NFQNL_CFG_CMD_PF_BIND: c_int = 3;
pub const NFQNL_CFG_CMD_PF_UNBIND: c_int = 4;

/// `NFQA_CFG_CMD`: a command (`NFQNL_CFG_CMD_*`) and the protocol family it
/// applies to (in network byte order).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nfqnl_msg_config_cmd {
    pub command: u8,
    _pad: crate::Padding<u8>,
    pub pf: u16,
}

pub const NFQNL_COPY_NONE: c_int = 0;
pub const NFQNL_COPY_META: c_int = 1;
pub const NFQNL_COPY_PACKET: c_int = 2;

/// `NFQA_CFG_PARAMS`: how many bytes of each packet to copy (in network byte
/// order), and how (`NFQNL_COPY_*`).
#[repr(C, packed)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nfqnl_msg_config_params {
    pub copy_range: u32,
    pub copy_mode: u8,
}

pub const NFQA_CFG_UNSPEC: c_int = 0;
pub const NFQA_CFG_CMD: c_int = 1;
pub const NFQA_CFG_PARAMS: c_int = 2;
pub const NFQA_CFG_QUEUE_MAXLEN: c_int = 3;
pub const NFQA_CFG_MASK: c_int = 4;
pub const NFQA_CFG_FLAGS: c_int = 5;
pub const __NFQA_CFG_MAX: c_int = 6;
pub const NFQA_CFG_MAX: c_int = __NFQA_CFG_MAX - 1;

pub const NFQA_CFG_F_FAIL_OPEN: c_int = 1 << 0;
pub const NFQA_CFG_F_CONNTRACK: c_int = 1 << 1;
pub const NFQA_CFG_F_GSO: c_int = 1 << 2;
pub const NFQA_CFG_F_UID_GID: c_int = 1 << 3;
pub const NFQA_CFG_F_SECCTX: c_int = 1 << 4;
pub const NFQA_CFG_F_MAX: c_int = 1 << 5;

pub const NFQA_SKB_CSUMNOTREADY: c_int = 1 << 0;
pub const NFQA_SKB_GSO: c_int = 1 << 1;
pub const NFQA_SKB_CSUM_NOTVERIFIED: c_int = 1 << 2;
