// `<linux/can/isotp.h>`: ISO 15765-2 (ISO-TP) transport over CAN: the socket
// options and their structs, flags and defaults (kernel
// `include/uapi/linux/can/isotp.h`).

pub const SOL_CAN_ISOTP: c_int = SOL_CAN_BASE + CAN_ISOTP;

pub const CAN_ISOTP_OPTS: c_int = 1;
pub const CAN_ISOTP_RECV_FC: c_int = 2;
pub const CAN_ISOTP_TX_STMIN: c_int = 3;
pub const CAN_ISOTP_RX_STMIN: c_int = 4;
pub const CAN_ISOTP_LL_OPTS: c_int = 5;

/// The `CAN_ISOTP_OPTS` option: flags (`CAN_ISOTP_*`), frame gap and
/// addressing.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct can_isotp_options {
    pub flags: u32,
    pub frame_txtime: u32,
    pub ext_address: u8,
    pub txpad_content: u8,
    pub rxpad_content: u8,
    pub rx_ext_address: u8,
}

/// The `CAN_ISOTP_RECV_FC` option: the flow control the receiver sends.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct can_isotp_fc_options {
    pub bs: u8,
    pub stmin: u8,
    pub wftmax: u8,
}

/// The `CAN_ISOTP_LL_OPTS` option: the link layer (classic CAN or CAN FD).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct can_isotp_ll_options {
    pub mtu: u8,
    pub tx_dl: u8,
    pub tx_flags: u8,
}

pub const CAN_ISOTP_LISTEN_MODE: u32 = 0x0001;
pub const CAN_ISOTP_EXTEND_ADDR: u32 = 0x0002;
pub const CAN_ISOTP_TX_PADDING: u32 = 0x0004;
pub const CAN_ISOTP_RX_PADDING: u32 = 0x0008;
pub const CAN_ISOTP_CHK_PAD_LEN: u32 = 0x0010;
pub const CAN_ISOTP_CHK_PAD_DATA: u32 = 0x0020;
pub const CAN_ISOTP_HALF_DUPLEX: u32 = 0x0040;
pub const CAN_ISOTP_FORCE_TXSTMIN: u32 = 0x0080;
pub const CAN_ISOTP_FORCE_RXSTMIN: u32 = 0x0100;
pub const CAN_ISOTP_RX_EXT_ADDR: u32 = 0x0200;
pub const CAN_ISOTP_WAIT_TX_DONE: u32 = 0x0400;
pub const CAN_ISOTP_SF_BROADCAST: u32 = 0x0800;
pub const CAN_ISOTP_CF_BROADCAST: u32 = 0x1000;
pub const CAN_ISOTP_DYN_FC_PARMS: u32 = 0x2000;

// The defaults, typed as the fields they go in.
pub const CAN_ISOTP_DEFAULT_FLAGS: u32 = 0;
pub const CAN_ISOTP_DEFAULT_EXT_ADDRESS: u8 = 0x00;
pub const CAN_ISOTP_DEFAULT_PAD_CONTENT: u8 = 0xcc;
pub const CAN_ISOTP_DEFAULT_FRAME_TXTIME: u32 = 50000;
pub const CAN_ISOTP_DEFAULT_RECV_BS: u8 = 0;
pub const CAN_ISOTP_DEFAULT_RECV_STMIN: u8 = 0x00;
pub const CAN_ISOTP_DEFAULT_RECV_WFTMAX: u8 = 0;
pub const CAN_ISOTP_DEFAULT_LL_MTU: u8 = CAN_MTU as u8;
pub const CAN_ISOTP_DEFAULT_LL_TX_DL: u8 = CAN_MAX_DLEN as u8;
pub const CAN_ISOTP_DEFAULT_LL_TX_FLAGS: u8 = 0;

/// `frame_txtime`'s value for "no gap" (0 selects the default).
pub const CAN_ISOTP_FRAME_TXTIME_ZERO: u32 = 0xffffffff;
