// `<linux/can/raw.h>`: raw CAN sockets' options and their values (kernel
// `include/uapi/linux/can/raw.h`).

pub const SOL_CAN_RAW: c_int = SOL_CAN_BASE + CAN_RAW;
pub const CAN_RAW_FILTER_MAX: c_int = 512;

pub const SCM_CAN_RAW_ERRQUEUE: c_int = 1;

pub const CAN_RAW_FILTER: c_int = 1;
pub const CAN_RAW_ERR_FILTER: c_int = 2;
pub const CAN_RAW_LOOPBACK: c_int = 3;
pub const CAN_RAW_RECV_OWN_MSGS: c_int = 4;
pub const CAN_RAW_FD_FRAMES: c_int = 5;
pub const CAN_RAW_JOIN_FILTERS: c_int = 6;
pub const CAN_RAW_XL_FRAMES: c_int = 7;
pub const CAN_RAW_XL_VCID_OPTS: c_int = 8;

/// The `CAN_RAW_XL_VCID_OPTS` option: which virtual CAN network ids a CAN XL
/// socket sends and receives.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct can_raw_vcid_options {
    pub flags: u8,
    pub tx_vcid: u8,
    pub rx_vcid: u8,
    pub rx_vcid_mask: u8,
}

pub const CAN_RAW_XL_VCID_TX_SET: c_int = 0x01;
pub const CAN_RAW_XL_VCID_TX_PASS: c_int = 0x02;
pub const CAN_RAW_XL_VCID_RX_FILTER: c_int = 0x04;
