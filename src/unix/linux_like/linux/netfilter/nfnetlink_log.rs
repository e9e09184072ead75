// `<linux/netfilter/nfnetlink_log.h>`: netfilter's packet logging over
// nfnetlink (`NFNL_SUBSYS_ULOG`): its messages, attributes and the structs
// they carry (kernel `include/uapi/linux/netfilter/nfnetlink_log.h`).

pub const NFULNL_MSG_PACKET: c_int = 0;
pub const NFULNL_MSG_CONFIG: c_int = 1;
pub const NFULNL_MSG_MAX: c_int = 2;

/// `NFULA_PACKET_HDR`: the logged packet's protocol (in network byte order)
/// and hook.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nfulnl_msg_packet_hdr {
    pub hw_protocol: u16,
    pub hook: u8,
    _pad: crate::Padding<u8>,
}

/// `NFULA_HWADDR`: the packet's source hardware address.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nfulnl_msg_packet_hw {
    /// In network byte order.
    pub hw_addrlen: u16,
    _pad: crate::Padding<u16>,
    pub hw_addr: [u8; 8],
}

/// `NFULA_TIMESTAMP`, in network byte order.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nfulnl_msg_packet_timestamp {
    pub sec: u64,
    pub usec: u64,
}

pub const NFULA_VLAN_UNSPEC: c_int = 0;
pub const NFULA_VLAN_PROTO: c_int = 1;
pub const NFULA_VLAN_TCI: c_int = 2;
pub const __NFULA_VLAN_MAX: c_int = 3;
/// (Sic: the kernel's header adds 1 where its other `*_MAX`s subtract it.)
pub const NFULA_VLAN_MAX: c_int = __NFULA_VLAN_MAX + 1;

pub const NFULA_UNSPEC: c_int = 0;
pub const NFULA_PACKET_HDR: c_int = 1;
pub const NFULA_MARK: c_int = 2;
pub const NFULA_TIMESTAMP: c_int = 3;
pub const NFULA_IFINDEX_INDEV: c_int = 4;
pub const NFULA_IFINDEX_OUTDEV: c_int = 5;
pub const NFULA_IFINDEX_PHYSINDEV: c_int = 6;
pub const NFULA_IFINDEX_PHYSOUTDEV: c_int = 7;
pub const NFULA_HWADDR: c_int = 8;
pub const NFULA_PAYLOAD: c_int = 9;
pub const NFULA_PREFIX: c_int = 10;
pub const NFULA_UID: c_int = 11;
pub const NFULA_SEQ: c_int = 12;
pub const NFULA_SEQ_GLOBAL: c_int = 13;
pub const NFULA_GID: c_int = 14;
pub const NFULA_HWTYPE: c_int = 15;
pub const NFULA_HWHEADER: c_int = 16;
pub const NFULA_HWLEN: c_int = 17;
pub const NFULA_CT: c_int = 18;
pub const NFULA_CT_INFO: c_int = 19;
pub const NFULA_VLAN: c_int = 20;
pub const NFULA_L2HDR: c_int = 21;
pub const __NFULA_MAX: c_int = 22;
pub const NFULA_MAX: c_int = __NFULA_MAX - 1;

pub const NFULNL_CFG_CMD_NONE: c_int = 0;
pub const NFULNL_CFG_CMD_BIND: c_int = 1;
pub const NFULNL_CFG_CMD_UNBIND: c_int = 2;
pub const NFULNL_CFG_CMD_PF_BIND: c_int = 3;
pub const NFULNL_CFG_CMD_PF_UNBIND: c_int = 4;

/// `NFULA_CFG_CMD`: a command (`NFULNL_CFG_CMD_*`).
#[repr(C, packed)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nfulnl_msg_config_cmd {
    pub command: u8,
}

/// `NFULA_CFG_MODE`: how many bytes of each packet to copy (in network byte
/// order), and how (`NFULNL_COPY_*`).
#[repr(C, packed)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct nfulnl_msg_config_mode {
    pub copy_range: u32,
    pub copy_mode: u8,
    _pad: crate::Padding<u8>,
}

pub const NFULA_CFG_UNSPEC: c_int = 0;
pub const NFULA_CFG_CMD: c_int = 1;
pub const NFULA_CFG_MODE: c_int = 2;
pub const NFULA_CFG_NLBUFSIZ: c_int = 3;
pub const NFULA_CFG_TIMEOUT: c_int = 4;
pub const NFULA_CFG_QTHRESH: c_int = 5;
pub const NFULA_CFG_FLAGS: c_int = 6;
pub const __NFULA_CFG_MAX: c_int = 7;
pub const NFULA_CFG_MAX: c_int = __NFULA_CFG_MAX - 1;

pub const NFULNL_COPY_NONE: c_int = 0x00;
pub const NFULNL_COPY_META: c_int = 0x01;
pub const NFULNL_COPY_PACKET: c_int = 0x02;

pub const NFULNL_CFG_F_SEQ: c_int = 0x0001;
pub const NFULNL_CFG_F_SEQ_GLOBAL: c_int = 0x0002;
pub const NFULNL_CFG_F_CONNTRACK: c_int = 0x0004;
