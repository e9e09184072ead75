// `<linux/input.h>`: evdev input events, device ids, absolute axes, force
// feedback effects and the `EVIOC*` `ioctl`s (the kernel's
// `include/uapi/linux/input.h`); the event codes are in
// `input_event_codes`.

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ff_condition_effect {
    pub right_saturation: __u16,
    pub left_saturation: __u16,
    pub right_coeff: __s16,
    pub left_coeff: __s16,
    pub deadband: __u16,
    pub center: __s16,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ff_constant_effect {
    pub level: __s16,
    pub envelope: ff_envelope,
}

/// A force feedback effect; `u` stands for C's union of the effect kinds
/// (`ff_periodic_effect`, with its pointer, is the largest).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ff_effect {
    pub type_: __u16,
    pub id: __s16,
    pub direction: __u16,
    pub trigger: ff_trigger,
    pub replay: ff_replay,
    #[cfg(target_pointer_width = "64")]
    pub u: [u64; 4],
    #[cfg(target_pointer_width = "32")]
    pub u: [u32; 7],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ff_envelope {
    pub attack_length: __u16,
    pub attack_level: __u16,
    pub fade_length: __u16,
    pub fade_level: __u16,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ff_periodic_effect {
    pub waveform: __u16,
    pub period: __u16,
    pub magnitude: __s16,
    pub offset: __s16,
    pub phase: __u16,
    pub envelope: ff_envelope,
    pub custom_len: __u32,
    pub custom_data: *mut __s16,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ff_ramp_effect {
    pub start_level: __s16,
    pub end_level: __s16,
    pub envelope: ff_envelope,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ff_replay {
    pub length: __u16,
    pub delay: __u16,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ff_rumble_effect {
    pub strong_magnitude: __u16,
    pub weak_magnitude: __u16,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ff_trigger {
    pub button: __u16,
    pub interval: __u16,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct input_absinfo {
    pub value: __s32,
    pub minimum: __s32,
    pub maximum: __s32,
    pub fuzz: __s32,
    pub flat: __s32,
    pub resolution: __s32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct input_event {
    pub time: timeval,
    pub type_: __u16,
    pub code: __u16,
    pub value: __s32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct input_id {
    pub bustype: __u16,
    pub vendor: __u16,
    pub product: __u16,
    pub version: __u16,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct input_keymap_entry {
    pub flags: __u8,
    pub len: __u8,
    pub index: __u16,
    pub keycode: __u32,
    pub scancode: [__u8; 32],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct input_mask {
    pub type_: __u32,
    pub codes_size: __u32,
    pub codes_ptr: __u64,
}

pub const FF_MAX: __u16 = 0x7f;
pub const FF_CNT: usize = FF_MAX as usize + 1;

pub const EV_VERSION: c_int = 0x010001;

pub const EVIOCGVERSION: ioctl_request_t = _IOR::<c_int>('E' as u32, 0x01);
pub const EVIOCGID: ioctl_request_t = _IOR::<input_id>('E' as u32, 0x02);
pub const EVIOCGREP: ioctl_request_t = _IOR::<[c_uint; 2]>('E' as u32, 0x03);
pub const EVIOCSREP: ioctl_request_t = _IOW::<[c_uint; 2]>('E' as u32, 0x03);
pub const EVIOCGKEYCODE: ioctl_request_t = _IOR::<[c_uint; 2]>('E' as u32, 0x04);
pub const EVIOCGKEYCODE_V2: ioctl_request_t = _IOR::<input_keymap_entry>('E' as u32, 0x04);
pub const EVIOCSKEYCODE: ioctl_request_t = _IOW::<[c_uint; 2]>('E' as u32, 0x04);
pub const EVIOCSKEYCODE_V2: ioctl_request_t = _IOW::<input_keymap_entry>('E' as u32, 0x04);
pub const EVIOCSFF: ioctl_request_t = _IOW::<ff_effect>('E' as u32, 0x80);
pub const EVIOCRMFF: ioctl_request_t = _IOW::<c_int>('E' as u32, 0x81);
pub const EVIOCGEFFECTS: ioctl_request_t = _IOR::<c_int>('E' as u32, 0x84);
pub const EVIOCGRAB: ioctl_request_t = _IOW::<c_int>('E' as u32, 0x90);
pub const EVIOCREVOKE: ioctl_request_t = _IOW::<c_int>('E' as u32, 0x91);
pub const EVIOCGMASK: ioctl_request_t = _IOR::<input_mask>('E' as u32, 0x92);
pub const EVIOCSMASK: ioctl_request_t = _IOW::<input_mask>('E' as u32, 0x93);
pub const EVIOCSCLOCKID: ioctl_request_t = _IOW::<c_int>('E' as u32, 0xa0);
