// `<linux/if_xdp.h>`: `AF_XDP` sockets: the address, rings, UMEM registration and options (kernel
// `include/uapi/linux/if_xdp.h`).

pub const XDP_SHARED_UMEM: __u16 = 1 << 0;
pub const XDP_COPY: __u16 = 1 << 1;
pub const XDP_ZEROCOPY: __u16 = 1 << 2;
pub const XDP_RING_NEED_WAKEUP: __u32 = 1 << 0;
pub const XDP_USE_NEED_WAKEUP: __u16 = 1 << 3;
pub const XDP_USE_SG: __u16 = 1 << 4;
pub const XDP_UMEM_UNALIGNED_CHUNK_FLAG: __u32 = 1 << 0;
pub const XDP_UMEM_TX_SW_CSUM: __u32 = 1 << 1;
pub const XDP_UMEM_TX_METADATA_LEN: __u32 = 1 << 2;
pub const XDP_MMAP_OFFSETS: c_int = 1;
pub const XDP_RX_RING: c_int = 2;
pub const XDP_TX_RING: c_int = 3;
pub const XDP_UMEM_REG: c_int = 4;
pub const XDP_UMEM_FILL_RING: c_int = 5;
pub const XDP_UMEM_COMPLETION_RING: c_int = 6;
pub const XDP_STATISTICS: c_int = 7;
pub const XDP_OPTIONS: c_int = 8;
pub const XDP_OPTIONS_ZEROCOPY: __u32 = 1 << 0;
pub const XDP_PGOFF_RX_RING: off_t = 0;
pub const XDP_PGOFF_TX_RING: off_t = 0x80000000;
pub const XDP_UMEM_PGOFF_FILL_RING: c_ulonglong = 0x100000000;
pub const XDP_UMEM_PGOFF_COMPLETION_RING: c_ulonglong = 0x180000000;
pub const XSK_UNALIGNED_BUF_OFFSET_SHIFT: c_int = 48;
pub const XSK_UNALIGNED_BUF_ADDR_MASK: c_ulonglong = 281474976710655;
pub const XDP_TXMD_FLAGS_TIMESTAMP: __u32 = 1 << 0;
pub const XDP_TXMD_FLAGS_CHECKSUM: __u32 = 1 << 1;
pub const XDP_PKT_CONTD: __u32 = 1 << 0;
pub const XDP_TX_METADATA: __u32 = 1 << 1;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sockaddr_xdp {
    pub sxdp_family: __u16,
    pub sxdp_flags: __u16,
    pub sxdp_ifindex: __u32,
    pub sxdp_queue_id: __u32,
    pub sxdp_shared_umem_fd: __u32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct xdp_ring_offset {
    pub producer: __u64,
    pub consumer: __u64,
    pub desc: __u64,
    pub flags: __u64,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct xdp_mmap_offsets {
    pub rx: xdp_ring_offset,
    pub tx: xdp_ring_offset,
    pub fr: xdp_ring_offset,
    pub cr: xdp_ring_offset,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct xdp_umem_reg {
    pub addr: __u64,
    pub len: __u64,
    pub chunk_size: __u32,
    pub headroom: __u32,
    pub flags: __u32,
    pub tx_metadata_len: __u32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct xdp_statistics {
    pub rx_dropped: __u64,
    pub rx_invalid_descs: __u64,
    pub tx_invalid_descs: __u64,
    pub rx_ring_full: __u64,
    pub rx_fill_ring_empty_descs: __u64,
    pub tx_ring_empty_descs: __u64,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct xdp_options {
    pub flags: __u32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct xsk_tx_metadata {
    pub flags: __u64,
    pub xsk_tx_metadata_union: __c_anonymous_xsk_tx_metadata_union,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct xdp_desc {
    pub addr: __u64,
    pub len: __u32,
    pub options: __u32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct xdp_mmap_offsets_v1 {
    pub rx: xdp_ring_offset_v1,
    pub tx: xdp_ring_offset_v1,
    pub fr: xdp_ring_offset_v1,
    pub cr: xdp_ring_offset_v1,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct xdp_ring_offset_v1 {
    pub producer: __u64,
    pub consumer: __u64,
    pub desc: __u64,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct xdp_statistics_v1 {
    pub rx_dropped: __u64,
    pub rx_invalid_descs: __u64,
    pub tx_invalid_descs: __u64,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct xdp_umem_reg_v1 {
    pub addr: __u64,
    pub len: __u64,
    pub chunk_size: __u32,
    pub headroom: __u32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct xsk_tx_metadata_completion {
    pub tx_timestamp: __u64,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct xsk_tx_metadata_request {
    pub csum_start: __u16,
    pub csum_offset: __u16,
    /// `XDP_TXMD_FLAGS_LAUNCH_TIME` (Linux 6.15), which makes the union 16
    /// bytes and `xsk_tx_metadata` 24.
    pub launch_time: __u64,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub union __c_anonymous_xsk_tx_metadata_union {
    pub request: xsk_tx_metadata_request,
    pub completion: xsk_tx_metadata_completion,
}

impl core::fmt::Debug for __c_anonymous_xsk_tx_metadata_union {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("__c_anonymous_xsk_tx_metadata_union")
            .finish_non_exhaustive()
    }
}
