// `<linux/can/bcm.h>`: the CAN broadcast manager's message head, operations
// and flags (kernel `include/uapi/linux/can/bcm.h`).

/// The broadcast manager's own time value (C `long`s, not `struct timeval`).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct bcm_timeval {
    pub tv_sec: c_long,
    pub tv_usec: c_long,
}

/// The head of every broadcast manager message; `nframes` frames follow it.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct bcm_msg_head {
    pub opcode: u32,
    pub flags: u32,
    pub count: u32,
    pub ival1: bcm_timeval,
    pub ival2: bcm_timeval,
    pub can_id: canid_t,
    pub nframes: u32,
    pub frames: [can_frame; 0],
}

pub const TX_SETUP: u32 = 1;
pub const TX_DELETE: u32 = 2;
pub const TX_READ: u32 = 3;
pub const TX_SEND: u32 = 4;
pub const RX_SETUP: u32 = 5;
pub const RX_DELETE: u32 = 6;
pub const RX_READ: u32 = 7;
pub const TX_STATUS: u32 = 8;
pub const TX_EXPIRED: u32 = 9;
pub const RX_STATUS: u32 = 10;
pub const RX_TIMEOUT: u32 = 11;
pub const RX_CHANGED: u32 = 12;

pub const SETTIMER: u32 = 0x0001;
pub const STARTTIMER: u32 = 0x0002;
pub const TX_COUNTEVT: u32 = 0x0004;
pub const TX_ANNOUNCE: u32 = 0x0008;
pub const TX_CP_CAN_ID: u32 = 0x0010;
pub const RX_FILTER_ID: u32 = 0x0020;
pub const RX_CHECK_DLC: u32 = 0x0040;
pub const RX_NO_AUTOTIMER: u32 = 0x0080;
pub const RX_ANNOUNCE_RESUME: u32 = 0x0100;
pub const TX_RESET_MULTI_IDX: u32 = 0x0200;
pub const RX_RTR_FRAME: u32 = 0x0400;
pub const CAN_FD_FRAME: u32 = 0x0800;
