// `<linux/uinput.h>`: user-space input devices: setup records, force
// feedback requests and the `UI_*` `ioctl`s (the kernel's
// `include/uapi/linux/uinput.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct uinput_abs_setup {
    pub code: __u16,
    pub absinfo: input_absinfo,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct uinput_ff_erase {
    pub request_id: __u32,
    pub retval: __s32,
    pub effect_id: __u32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct uinput_ff_upload {
    pub request_id: __u32,
    pub retval: __s32,
    pub effect: ff_effect,
    pub old: ff_effect,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct uinput_setup {
    pub id: input_id,
    pub name: [c_char; 80],
    pub ff_effects_max: __u32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct uinput_user_dev {
    pub name: [c_char; 80],
    pub id: input_id,
    pub ff_effects_max: __u32,
    pub absmax: [__s32; 64],
    pub absmin: [__s32; 64],
    pub absfuzz: [__s32; 64],
    pub absflat: [__s32; 64],
}

pub const UINPUT_VERSION: c_uint = 5;
pub const UINPUT_MAX_NAME_SIZE: usize = 80;

pub const UINPUT_IOCTL_BASE: u32 = 'U' as u32;
pub const UI_DEV_CREATE: ioctl_request_t = _IO(UINPUT_IOCTL_BASE, 1);
pub const UI_DEV_DESTROY: ioctl_request_t = _IO(UINPUT_IOCTL_BASE, 2);
pub const UI_DEV_SETUP: ioctl_request_t = _IOW::<uinput_setup>(UINPUT_IOCTL_BASE, 3);
pub const UI_ABS_SETUP: ioctl_request_t = _IOW::<uinput_abs_setup>(UINPUT_IOCTL_BASE, 4);
pub const UI_SET_EVBIT: ioctl_request_t = _IOW::<c_int>(UINPUT_IOCTL_BASE, 100);
pub const UI_SET_KEYBIT: ioctl_request_t = _IOW::<c_int>(UINPUT_IOCTL_BASE, 101);
pub const UI_SET_RELBIT: ioctl_request_t = _IOW::<c_int>(UINPUT_IOCTL_BASE, 102);
pub const UI_SET_ABSBIT: ioctl_request_t = _IOW::<c_int>(UINPUT_IOCTL_BASE, 103);
pub const UI_SET_MSCBIT: ioctl_request_t = _IOW::<c_int>(UINPUT_IOCTL_BASE, 104);
pub const UI_SET_LEDBIT: ioctl_request_t = _IOW::<c_int>(UINPUT_IOCTL_BASE, 105);
pub const UI_SET_SNDBIT: ioctl_request_t = _IOW::<c_int>(UINPUT_IOCTL_BASE, 106);
pub const UI_SET_FFBIT: ioctl_request_t = _IOW::<c_int>(UINPUT_IOCTL_BASE, 107);
pub const UI_SET_PHYS: ioctl_request_t = _IOW::<*mut c_char>(UINPUT_IOCTL_BASE, 108);
pub const UI_SET_SWBIT: ioctl_request_t = _IOW::<c_int>(UINPUT_IOCTL_BASE, 109);
pub const UI_SET_PROPBIT: ioctl_request_t = _IOW::<c_int>(UINPUT_IOCTL_BASE, 110);
pub const UI_BEGIN_FF_UPLOAD: ioctl_request_t = _IOWR::<uinput_ff_upload>(UINPUT_IOCTL_BASE, 200);
pub const UI_END_FF_UPLOAD: ioctl_request_t = _IOW::<uinput_ff_upload>(UINPUT_IOCTL_BASE, 201);
pub const UI_BEGIN_FF_ERASE: ioctl_request_t = _IOWR::<uinput_ff_erase>(UINPUT_IOCTL_BASE, 202);
pub const UI_END_FF_ERASE: ioctl_request_t = _IOW::<uinput_ff_erase>(UINPUT_IOCTL_BASE, 203);
pub const UI_GET_VERSION: ioctl_request_t = _IOR::<c_uint>(UINPUT_IOCTL_BASE, 45);

pub const UI_FF_UPLOAD: c_int = 1;
pub const UI_FF_ERASE: c_int = 2;
