// `<linux/ptp_clock.h>`: PTP hardware clocks: capabilities, external time
// stamps, periodic outputs, pins, system offset samples and their `ioctl`s
// (the kernel's `include/uapi/linux/ptp_clock.h`; `enum ptp_pin_function`'s
// values are `PTP_PF_*`).

#[repr(C)]
#[derive(Clone, Copy)]
pub union __c_anonymous_ptp_perout_request_1 {
    pub start: ptp_clock_time,
    pub phase: ptp_clock_time,
}

impl core::fmt::Debug for __c_anonymous_ptp_perout_request_1 {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("__c_anonymous_ptp_perout_request_1")
            .finish_non_exhaustive()
    }
}

#[repr(C)]
#[derive(Clone, Copy)]
pub union __c_anonymous_ptp_perout_request_2 {
    pub on: ptp_clock_time,
    pub rsv: [c_uint; 4],
}

impl core::fmt::Debug for __c_anonymous_ptp_perout_request_2 {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("__c_anonymous_ptp_perout_request_2")
            .finish_non_exhaustive()
    }
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ptp_clock_caps {
    pub max_adj: c_int,
    pub n_alarm: c_int,
    pub n_ext_ts: c_int,
    pub n_per_out: c_int,
    pub pps: c_int,
    pub n_pins: c_int,
    pub cross_timestamping: c_int,
    pub adjust_phase: c_int,
    pub max_phase_adj: c_int,
    pub rsv: [c_int; 11],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ptp_clock_time {
    pub sec: __s64,
    pub nsec: __u32,
    pub reserved: __u32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ptp_extts_event {
    pub t: ptp_clock_time,
    index: c_uint,
    flags: c_uint,
    rsv: crate::Padding<[c_uint; 2]>,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ptp_extts_request {
    pub index: c_uint,
    pub flags: c_uint,
    pub rsv: [c_uint; 2],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ptp_perout_request {
    pub anonymous_1: __c_anonymous_ptp_perout_request_1,
    pub period: ptp_clock_time,
    pub index: c_uint,
    pub flags: c_uint,
    pub anonymous_2: __c_anonymous_ptp_perout_request_2,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ptp_pin_desc {
    pub name: [c_char; 64],
    pub index: c_uint,
    pub func: c_uint,
    pub chan: c_uint,
    pub rsv: [c_uint; 5],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ptp_sys_offset {
    pub n_samples: c_uint,
    pub rsv: [c_uint; 3],
    pub ts: [ptp_clock_time; 51],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ptp_sys_offset_extended {
    pub n_samples: c_uint,
    pub clockid: __kernel_clockid_t,
    pub rsv: [c_uint; 2],
    pub ts: [[ptp_clock_time; 3]; 25],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ptp_sys_offset_precise {
    pub device: ptp_clock_time,
    pub sys_realtime: ptp_clock_time,
    pub sys_monoraw: ptp_clock_time,
    pub rsv: [c_uint; 4],
}

pub const PTP_MAX_SAMPLES: c_uint = 25;
pub const PTP_CLK_MAGIC: u32 = b'=' as u32;

pub const PTP_CLOCK_GETCAPS: ioctl_request_t = _IOR::<ptp_clock_caps>(PTP_CLK_MAGIC, 1);
pub const PTP_EXTTS_REQUEST: ioctl_request_t = _IOW::<ptp_extts_request>(PTP_CLK_MAGIC, 2);
pub const PTP_PEROUT_REQUEST: ioctl_request_t = _IOW::<ptp_perout_request>(PTP_CLK_MAGIC, 3);
pub const PTP_ENABLE_PPS: ioctl_request_t = _IOW::<c_int>(PTP_CLK_MAGIC, 4);
pub const PTP_SYS_OFFSET: ioctl_request_t = _IOW::<ptp_sys_offset>(PTP_CLK_MAGIC, 5);
pub const PTP_PIN_GETFUNC: ioctl_request_t = _IOWR::<ptp_pin_desc>(PTP_CLK_MAGIC, 6);
pub const PTP_PIN_SETFUNC: ioctl_request_t = _IOW::<ptp_pin_desc>(PTP_CLK_MAGIC, 7);
pub const PTP_SYS_OFFSET_PRECISE: ioctl_request_t =
    _IOWR::<ptp_sys_offset_precise>(PTP_CLK_MAGIC, 8);
pub const PTP_SYS_OFFSET_EXTENDED: ioctl_request_t =
    _IOWR::<ptp_sys_offset_extended>(PTP_CLK_MAGIC, 9);
pub const PTP_CLOCK_GETCAPS2: ioctl_request_t = _IOR::<ptp_clock_caps>(PTP_CLK_MAGIC, 10);
pub const PTP_EXTTS_REQUEST2: ioctl_request_t = _IOW::<ptp_extts_request>(PTP_CLK_MAGIC, 11);
pub const PTP_PEROUT_REQUEST2: ioctl_request_t = _IOW::<ptp_perout_request>(PTP_CLK_MAGIC, 12);
pub const PTP_ENABLE_PPS2: ioctl_request_t = _IOW::<c_int>(PTP_CLK_MAGIC, 13);
pub const PTP_SYS_OFFSET2: ioctl_request_t = _IOW::<ptp_sys_offset>(PTP_CLK_MAGIC, 14);
pub const PTP_PIN_GETFUNC2: ioctl_request_t = _IOWR::<ptp_pin_desc>(PTP_CLK_MAGIC, 15);
pub const PTP_PIN_SETFUNC2: ioctl_request_t = _IOW::<ptp_pin_desc>(PTP_CLK_MAGIC, 16);
pub const PTP_SYS_OFFSET_PRECISE2: ioctl_request_t =
    _IOWR::<ptp_sys_offset_precise>(PTP_CLK_MAGIC, 17);
pub const PTP_SYS_OFFSET_EXTENDED2: ioctl_request_t =
    _IOWR::<ptp_sys_offset_extended>(PTP_CLK_MAGIC, 18);
pub const PTP_PF_EXTTS: c_uint = 1;
pub const PTP_PF_NONE: c_uint = 0;
pub const PTP_PF_PEROUT: c_uint = 2;
pub const PTP_PF_PHYSYNC: c_uint = 3;

pub const PTP_ENABLE_FEATURE: c_uint = 1 << 0;
pub const PTP_RISING_EDGE: c_uint = 1 << 1;
pub const PTP_FALLING_EDGE: c_uint = 1 << 2;
pub const PTP_STRICT_FLAGS: c_uint = 1 << 3;
pub const PTP_EXTTS_EDGES: c_uint = PTP_RISING_EDGE | PTP_FALLING_EDGE;

pub const PTP_PEROUT_ONE_SHOT: c_uint = 1 << 0;
pub const PTP_PEROUT_DUTY_CYCLE: c_uint = 1 << 1;
pub const PTP_PEROUT_PHASE: c_uint = 1 << 2;
