// `<linux/can.h>`: the CAN protocol family: identifiers and their flags, the
// classic, CAN FD and CAN XL frames, `sockaddr_can` and the protocol numbers
// (kernel `include/uapi/linux/can.h`); the `can/` modules hold the headers of
// each CAN protocol.

include!("can/bcm.rs");
include!("can/error.rs");
include!("can/isotp.rs");
include!("can/j1939.rs");
include!("can/netlink.rs");
include!("can/raw.rs");

pub const CAN_EFF_FLAG: canid_t = 0x80000000;
pub const CAN_RTR_FLAG: canid_t = 0x40000000;
pub const CAN_ERR_FLAG: canid_t = 0x20000000;

pub const CAN_SFF_MASK: canid_t = 0x000007ff;
pub const CAN_EFF_MASK: canid_t = 0x1fffffff;
pub const CAN_ERR_MASK: canid_t = 0x1fffffff;
pub const CANXL_PRIO_MASK: canid_t = CAN_SFF_MASK;

/// A CAN identifier with its `CAN_*_FLAG` bits.
pub type canid_t = u32;

pub const CAN_SFF_ID_BITS: c_int = 11;
pub const CAN_EFF_ID_BITS: c_int = 29;
pub const CANXL_PRIO_BITS: c_int = CAN_SFF_ID_BITS;

/// The error classes a `CAN_RAW_ERR_FILTER` selects (`CAN_ERR_*`).
pub type can_err_mask_t = u32;

pub const CAN_MAX_DLC: c_int = 8;
pub const CAN_MAX_RAW_DLC: c_int = 15;
pub const CAN_MAX_DLEN: usize = 8;

pub const CANFD_MAX_DLC: c_int = 15;
pub const CANFD_MAX_DLEN: usize = 64;

pub const CANXL_MIN_DLC: c_int = 0;
pub const CANXL_MAX_DLC: c_int = 2047;
pub const CANXL_MAX_DLC_MASK: c_int = 0x07ff;
pub const CANXL_MIN_DLEN: usize = 1;
pub const CANXL_MAX_DLEN: usize = 2048;

/// A classic CAN frame. C's `len` and `can_dlc` are one byte in an anonymous
/// union; the published crate names it `can_dlc`.
#[repr(C, align(8))]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct can_frame {
    pub can_id: canid_t,
    pub can_dlc: u8,
    __pad: crate::Padding<u8>,
    __res0: crate::Padding<u8>,
    pub len8_dlc: u8,
    pub data: [u8; CAN_MAX_DLEN],
}

pub const CANFD_BRS: c_int = 0x01;
pub const CANFD_ESI: c_int = 0x02;
pub const CANFD_FDF: c_int = 0x04;

/// A CAN FD frame.
#[repr(C, align(8))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct canfd_frame {
    pub can_id: canid_t,
    pub len: u8,
    pub flags: u8,
    __res0: crate::Padding<u8>,
    __res1: crate::Padding<u8>,
    pub data: [u8; CANFD_MAX_DLEN],
}

impl Default for canfd_frame {
    #[inline]
    fn default() -> Self {
        Self {
            can_id: 0,
            len: 0,
            flags: 0,
            __res0: crate::Padding(0),
            __res1: crate::Padding(0),
            data: [0; CANFD_MAX_DLEN],
        }
    }
}

pub const CANXL_XLF: c_int = 0x80;
pub const CANXL_SEC: c_int = 0x01;
pub const CANXL_RRS: c_int = 0x02;

pub const CANXL_VCID_OFFSET: c_int = 16;
pub const CANXL_VCID_VAL_MASK: canid_t = 0xff;
pub const CANXL_VCID_MASK: canid_t = CANXL_VCID_VAL_MASK << CANXL_VCID_OFFSET;

/// A CAN XL frame (its `data` holds up to `CANXL_MAX_DLEN` bytes; the kernel
/// reads and writes only the header and `len` bytes of it).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct canxl_frame {
    pub prio: canid_t,
    pub flags: u8,
    pub sdt: u8,
    pub len: u16,
    pub af: u32,
    pub data: [u8; CANXL_MAX_DLEN],
}

impl Default for canxl_frame {
    #[inline]
    fn default() -> Self {
        Self {
            prio: 0,
            flags: 0,
            sdt: 0,
            len: 0,
            af: 0,
            data: [0; CANXL_MAX_DLEN],
        }
    }
}

pub const CAN_MTU: usize = size_of::<can_frame>();
pub const CANFD_MTU: usize = size_of::<canfd_frame>();
pub const CANXL_MTU: usize = size_of::<canxl_frame>();
/// `offsetof(struct canxl_frame, data)`: the header's fields in order, each
/// at its natural alignment with no padding between them.
pub const CANXL_HDR_SIZE: usize =
    size_of::<canid_t>() + 2 * size_of::<u8>() + size_of::<u16>() + size_of::<u32>();
pub const CANXL_MIN_MTU: usize = CANXL_HDR_SIZE + 64;
pub const CANXL_MAX_MTU: usize = CANXL_MTU;

pub const CAN_RAW: c_int = 1;
pub const CAN_BCM: c_int = 2;
pub const CAN_TP16: c_int = 3;
pub const CAN_TP20: c_int = 4;
pub const CAN_MCNET: c_int = 5;
pub const CAN_ISOTP: c_int = 6;
pub const CAN_J1939: c_int = 7;
pub const CAN_NPROTO: c_int = 8;

pub const SOL_CAN_BASE: c_int = 100;

/// The address of a CAN socket.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct sockaddr_can {
    pub can_family: sa_family_t,
    pub can_ifindex: c_int,
    pub can_addr: __c_anonymous_sockaddr_can_can_addr,
}

impl Default for sockaddr_can {
    #[inline]
    fn default() -> Self {
        Self {
            can_family: 0,
            can_ifindex: 0,
            // The union's largest member, so that no byte but padding is
            // left out.
            can_addr: __c_anonymous_sockaddr_can_can_addr {
                j1939: Default::default(),
            },
        }
    }
}

/// `sockaddr_can.can_addr`: the transport protocol's or J1939's address.
#[repr(C)]
#[derive(Clone, Copy)]
pub union __c_anonymous_sockaddr_can_can_addr {
    pub tp: __c_anonymous_sockaddr_can_tp,
    pub j1939: __c_anonymous_sockaddr_can_j1939,
}

impl core::fmt::Debug for __c_anonymous_sockaddr_can_can_addr {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("__c_anonymous_sockaddr_can_can_addr")
            .finish_non_exhaustive()
    }
}

/// `sockaddr_can.can_addr.tp`: a transport protocol's (ISO-TP's) identifiers.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __c_anonymous_sockaddr_can_tp {
    pub rx_id: canid_t,
    pub tx_id: canid_t,
}

/// `sockaddr_can.can_addr.j1939`: a J1939 name, parameter group and address.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __c_anonymous_sockaddr_can_j1939 {
    pub name: u64,
    pub pgn: u32,
    pub addr: u8,
}

/// A receive filter (`CAN_RAW_FILTER`): a frame matches when
/// `received_id & can_mask == can_id & can_mask`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct can_filter {
    pub can_id: canid_t,
    pub can_mask: canid_t,
}

pub const CAN_INV_FILTER: canid_t = 0x20000000;
