// `<linux/can/netlink.h>`: configuring CAN devices over rtnetlink: bit timing,
// clock, state, control modes and the `IFLA_CAN_*` attributes (kernel
// `include/uapi/linux/can/netlink.h`).

/// A CAN bus's bit timing, in nanoseconds and time quanta.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct can_bittiming {
    pub bitrate: u32,
    pub sample_point: u32,
    pub tq: u32,
    pub prop_seg: u32,
    pub phase_seg1: u32,
    pub phase_seg2: u32,
    pub sjw: u32,
    pub brp: u32,
}

/// The bit timing limits of a CAN controller.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct can_bittiming_const {
    pub name: [c_char; 16],
    pub tseg1_min: u32,
    pub tseg1_max: u32,
    pub tseg2_min: u32,
    pub tseg2_max: u32,
    pub sjw_max: u32,
    pub brp_min: u32,
    pub brp_max: u32,
    pub brp_inc: u32,
}

/// A CAN controller's clock.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct can_clock {
    pub freq: u32,
}

/// C's `enum can_state`.
pub type can_state = c_uint;
pub const CAN_STATE_ERROR_ACTIVE: can_state = 0;
pub const CAN_STATE_ERROR_WARNING: can_state = 1;
pub const CAN_STATE_ERROR_PASSIVE: can_state = 2;
pub const CAN_STATE_BUS_OFF: can_state = 3;
pub const CAN_STATE_STOPPED: can_state = 4;
pub const CAN_STATE_SLEEPING: can_state = 5;
pub const CAN_STATE_MAX: can_state = 6;

/// A controller's transmit and receive error counters.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct can_berr_counter {
    pub txerr: u16,
    pub rxerr: u16,
}

/// The control modes to change (`mask`) and their values (`flags`).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct can_ctrlmode {
    pub mask: u32,
    pub flags: u32,
}

pub const CAN_CTRLMODE_LOOPBACK: u32 = 0x01;
pub const CAN_CTRLMODE_LISTENONLY: u32 = 0x02;
pub const CAN_CTRLMODE_3_SAMPLES: u32 = 0x04;
pub const CAN_CTRLMODE_ONE_SHOT: u32 = 0x08;
pub const CAN_CTRLMODE_BERR_REPORTING: u32 = 0x10;
pub const CAN_CTRLMODE_FD: u32 = 0x20;
pub const CAN_CTRLMODE_PRESUME_ACK: u32 = 0x40;
pub const CAN_CTRLMODE_FD_NON_ISO: u32 = 0x80;
pub const CAN_CTRLMODE_CC_LEN8_DLC: u32 = 0x100;
pub const CAN_CTRLMODE_TDC_AUTO: u32 = 0x200;
pub const CAN_CTRLMODE_TDC_MANUAL: u32 = 0x400;
pub const CAN_CTRLMODE_RESTRICTED: u32 = 0x800;
pub const CAN_CTRLMODE_XL: u32 = 0x1000;
pub const CAN_CTRLMODE_XL_TDC_AUTO: u32 = 0x2000;
pub const CAN_CTRLMODE_XL_TDC_MANUAL: u32 = 0x4000;
pub const CAN_CTRLMODE_XL_TMS: u32 = 0x8000;

/// A CAN device's statistics (`IFLA_INFO_XSTATS`).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct can_device_stats {
    pub bus_error: u32,
    pub error_warning: u32,
    pub error_passive: u32,
    pub bus_off: u32,
    pub arbitration_lost: u32,
    pub restarts: u32,
}

pub const IFLA_CAN_UNSPEC: c_int = 0;
pub const IFLA_CAN_BITTIMING: c_int = 1;
pub const IFLA_CAN_BITTIMING_CONST: c_int = 2;
pub const IFLA_CAN_CLOCK: c_int = 3;
pub const IFLA_CAN_STATE: c_int = 4;
pub const IFLA_CAN_CTRLMODE: c_int = 5;
pub const IFLA_CAN_RESTART_MS: c_int = 6;
pub const IFLA_CAN_RESTART: c_int = 7;
pub const IFLA_CAN_BERR_COUNTER: c_int = 8;
pub const IFLA_CAN_DATA_BITTIMING: c_int = 9;
pub const IFLA_CAN_DATA_BITTIMING_CONST: c_int = 10;
pub const IFLA_CAN_TERMINATION: c_int = 11;
pub const IFLA_CAN_TERMINATION_CONST: c_int = 12;
pub const IFLA_CAN_BITRATE_CONST: c_int = 13;
pub const IFLA_CAN_DATA_BITRATE_CONST: c_int = 14;
pub const IFLA_CAN_BITRATE_MAX: c_int = 15;
pub const IFLA_CAN_TDC: c_int = 16;
pub const IFLA_CAN_CTRLMODE_EXT: c_int = 17;
pub const IFLA_CAN_XL_DATA_BITTIMING: c_int = 18;
pub const IFLA_CAN_XL_DATA_BITTIMING_CONST: c_int = 19;
pub const IFLA_CAN_XL_DATA_BITRATE_CONST: c_int = 20;
pub const IFLA_CAN_XL_TDC: c_int = 21;
pub const IFLA_CAN_XL_PWM: c_int = 22;
pub const __IFLA_CAN_MAX: c_int = 23;
pub const IFLA_CAN_MAX: c_int = __IFLA_CAN_MAX - 1;

pub const IFLA_CAN_TDC_UNSPEC: c_int = 0;
pub const IFLA_CAN_TDC_TDCV_MIN: c_int = 1;
pub const IFLA_CAN_TDC_TDCV_MAX: c_int = 2;
pub const IFLA_CAN_TDC_TDCO_MIN: c_int = 3;
pub const IFLA_CAN_TDC_TDCO_MAX: c_int = 4;
pub const IFLA_CAN_TDC_TDCF_MIN: c_int = 5;
pub const IFLA_CAN_TDC_TDCF_MAX: c_int = 6;
pub const IFLA_CAN_TDC_TDCV: c_int = 7;
pub const IFLA_CAN_TDC_TDCO: c_int = 8;
pub const IFLA_CAN_TDC_TDCF: c_int = 9;
pub const __IFLA_CAN_TDC: c_int = 10;
pub const IFLA_CAN_TDC_MAX: c_int = __IFLA_CAN_TDC - 1;

pub const IFLA_CAN_CTRLMODE_UNSPEC: c_int = 0;
pub const IFLA_CAN_CTRLMODE_SUPPORTED: c_int = 1;
pub const __IFLA_CAN_CTRLMODE: c_int = 2;
pub const IFLA_CAN_CTRLMODE_MAX: c_int = __IFLA_CAN_CTRLMODE - 1;

pub const IFLA_CAN_PWM_UNSPEC: c_int = 0;
pub const IFLA_CAN_PWM_PWMS_MIN: c_int = 1;
pub const IFLA_CAN_PWM_PWMS_MAX: c_int = 2;
pub const IFLA_CAN_PWM_PWML_MIN: c_int = 3;
pub const IFLA_CAN_PWM_PWML_MAX: c_int = 4;
pub const IFLA_CAN_PWM_PWMO_MIN: c_int = 5;
pub const IFLA_CAN_PWM_PWMO_MAX: c_int = 6;
pub const IFLA_CAN_PWM_PWMS: c_int = 7;
pub const IFLA_CAN_PWM_PWML: c_int = 8;
pub const IFLA_CAN_PWM_PWMO: c_int = 9;
pub const __IFLA_CAN_PWM: c_int = 10;
pub const IFLA_CAN_PWM_MAX: c_int = __IFLA_CAN_PWM - 1;

pub const CAN_TERMINATION_DISABLED: u16 = 0;
