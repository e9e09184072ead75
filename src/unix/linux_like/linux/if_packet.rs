// `<linux/if_packet.h>`: `AF_PACKET` rings (`TPACKET_*` headers and requests), fanout and
// statistics (kernel `include/uapi/linux/if_packet.h`).

pub const PACKET_USER: c_uchar = 6;
pub const PACKET_KERNEL: c_uchar = 7;
pub const PACKET_VNET_HDR_SZ: c_int = 24;
pub const PACKET_FANOUT_HASH: c_uint = 0;
pub const PACKET_FANOUT_LB: c_uint = 1;
pub const PACKET_FANOUT_CPU: c_uint = 2;
pub const PACKET_FANOUT_ROLLOVER: c_uint = 3;
pub const PACKET_FANOUT_RND: c_uint = 4;
pub const PACKET_FANOUT_QM: c_uint = 5;
pub const PACKET_FANOUT_CBPF: c_uint = 6;
pub const PACKET_FANOUT_EBPF: c_uint = 7;
pub const PACKET_FANOUT_FLAG_ROLLOVER: c_uint = 0x1000;
pub const PACKET_FANOUT_FLAG_UNIQUEID: c_uint = 0x2000;
pub const PACKET_FANOUT_FLAG_IGNORE_OUTGOING: c_uint = 0x4000;
pub const PACKET_FANOUT_FLAG_DEFRAG: c_uint = 0x8000;
pub const TP_STATUS_KERNEL: u32 = 0;
pub const TP_STATUS_USER: u32 = 1 << 0;
pub const TP_STATUS_COPY: u32 = 1 << 1;
pub const TP_STATUS_LOSING: u32 = 1 << 2;
pub const TP_STATUS_CSUMNOTREADY: u32 = 1 << 3;
pub const TP_STATUS_VLAN_VALID: u32 = 1 << 4;
pub const TP_STATUS_BLK_TMO: u32 = 1 << 5;
pub const TP_STATUS_VLAN_TPID_VALID: u32 = 1 << 6;
pub const TP_STATUS_CSUM_VALID: u32 = 1 << 7;
pub const TP_STATUS_AVAILABLE: u32 = 0;
pub const TP_STATUS_SEND_REQUEST: u32 = 1 << 0;
pub const TP_STATUS_SENDING: u32 = 1 << 1;
pub const TP_STATUS_WRONG_FORMAT: u32 = 1 << 2;
pub const TP_STATUS_TS_SOFTWARE: u32 = 1 << 29;
pub const TP_STATUS_TS_SYS_HARDWARE: u32 = 1 << 30;
pub const TP_STATUS_TS_RAW_HARDWARE: u32 = 0x80000000;
pub const TP_FT_REQ_FILL_RXHASH: u32 = 0x1;
pub const TPACKET_ALIGNMENT: usize = 16;
pub const TPACKET_HDRLEN: usize = 52;
pub const TPACKET2_HDRLEN: usize = 52;
pub const TPACKET3_HDRLEN: usize = 68;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sockaddr_pkt {
    pub spkt_family: c_ushort,
    pub spkt_device: [c_uchar; 14],
    pub spkt_protocol: c_ushort,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tpacket_stats {
    pub tp_packets: c_uint,
    pub tp_drops: c_uint,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tpacket_stats_v3 {
    pub tp_packets: c_uint,
    pub tp_drops: c_uint,
    pub tp_freeze_q_cnt: c_uint,
}

// `__aligned_u64` members.
#[repr(C, align(8))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tpacket_rollover_stats {
    pub tp_all: __u64,
    pub tp_huge: __u64,
    pub tp_failed: __u64,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tpacket_auxdata {
    pub tp_status: u32,
    pub tp_len: u32,
    pub tp_snaplen: u32,
    pub tp_mac: u16,
    pub tp_net: u16,
    pub tp_vlan_tci: u16,
    pub tp_vlan_tpid: u16,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tpacket_hdr {
    pub tp_status: c_ulong,
    pub tp_len: c_uint,
    pub tp_snaplen: c_uint,
    pub tp_mac: c_ushort,
    pub tp_net: c_ushort,
    pub tp_sec: c_uint,
    pub tp_usec: c_uint,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tpacket2_hdr {
    pub tp_status: u32,
    pub tp_len: u32,
    pub tp_snaplen: u32,
    pub tp_mac: u16,
    pub tp_net: u16,
    pub tp_sec: u32,
    pub tp_nsec: u32,
    pub tp_vlan_tci: u16,
    pub tp_vlan_tpid: u16,
    pub tp_padding: [u8; 4],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tpacket_hdr_variant1 {
    pub tp_rxhash: u32,
    pub tp_vlan_tci: u32,
    pub tp_vlan_tpid: u16,
    pub tp_padding: u16,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tpacket3_hdr {
    pub tp_next_offset: u32,
    pub tp_sec: u32,
    pub tp_nsec: u32,
    pub tp_snaplen: u32,
    pub tp_len: u32,
    pub tp_status: u32,
    pub tp_mac: u16,
    pub tp_net: u16,
    pub hv1: tpacket_hdr_variant1,
    pub tp_padding: [u8; 8],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tpacket_bd_ts {
    pub ts_sec: c_uint,
    pub ts_usec: c_uint,
}

// `__aligned_u64` members.
#[repr(C, align(8))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tpacket_hdr_v1 {
    pub block_status: u32,
    pub num_pkts: u32,
    pub offset_to_first_pkt: u32,
    pub blk_len: u32,
    pub seq_num: __u64,
    pub ts_first_pkt: tpacket_bd_ts,
    pub ts_last_pkt: tpacket_bd_ts,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub union tpacket_bd_header_u {
    pub bh1: tpacket_hdr_v1,
}

impl core::fmt::Debug for tpacket_bd_header_u {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("tpacket_bd_header_u")
            .finish_non_exhaustive()
    }
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct tpacket_block_desc {
    pub version: u32,
    pub offset_to_priv: u32,
    pub hdr: tpacket_bd_header_u,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tpacket_req {
    pub tp_block_size: c_uint,
    pub tp_block_nr: c_uint,
    pub tp_frame_size: c_uint,
    pub tp_frame_nr: c_uint,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tpacket_req3 {
    pub tp_block_size: c_uint,
    pub tp_block_nr: c_uint,
    pub tp_frame_size: c_uint,
    pub tp_frame_nr: c_uint,
    pub tp_retire_blk_tov: c_uint,
    pub tp_sizeof_priv: c_uint,
    pub tp_feature_req_word: c_uint,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub union tpacket_req_u {
    pub req: tpacket_req,
    pub req3: tpacket_req3,
}

impl core::fmt::Debug for tpacket_req_u {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("tpacket_req_u").finish_non_exhaustive()
    }
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fanout_args {
    // The kernel orders the two halves by byte order (`__LITTLE_ENDIAN_BITFIELD`).
    #[cfg(target_endian = "little")]
    pub id: u16,
    pub type_flags: u16,
    #[cfg(target_endian = "big")]
    pub id: u16,
    pub max_num_members: u32,
}

#[inline]
pub unsafe extern "C" fn TPACKET_ALIGN(x: usize) -> usize {
    x.wrapping_add(TPACKET_ALIGNMENT - 1) & !(TPACKET_ALIGNMENT - 1)
}

#[repr(u32)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub enum tpacket_versions {
    TPACKET_V1,
    TPACKET_V2,
    TPACKET_V3,
}
