// `<linux/nsfs.h>`: namespace file `ioctl`s (the kernel's
// `include/uapi/linux/nsfs.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct mnt_ns_info {
    pub size: __u32,
    pub nr_mounts: __u32,
    pub mnt_ns_id: __u64,
}

pub const NS_GET_USERNS: c_int = _IO(0xb7, 0x1);
pub const NS_GET_PARENT: c_int = _IO(0xb7, 0x2);
pub const NS_GET_NSTYPE: c_int = _IO(0xb7, 0x3);
pub const NS_GET_OWNER_UID: c_int = _IO(0xb7, 0x4);
pub const NS_GET_PID_FROM_PIDNS: c_int = _IOR::<c_int>(0xb7, 0x6);
pub const NS_GET_TGID_FROM_PIDNS: c_int = _IOR::<c_int>(0xb7, 0x7);
pub const NS_GET_PID_IN_PIDNS: c_int = _IOR::<c_int>(0xb7, 0x8);
pub const NS_GET_TGID_IN_PIDNS: c_int = _IOR::<c_int>(0xb7, 0x9);
pub const MNT_NS_INFO_SIZE_VER0: c_int = 16;
pub const NS_MNT_GET_INFO: c_int = _IOR::<mnt_ns_info>(0xb7, 10);
pub const NS_MNT_GET_NEXT: c_int = _IOR::<mnt_ns_info>(0xb7, 11);
pub const NS_MNT_GET_PREV: c_int = _IOR::<mnt_ns_info>(0xb7, 12);
pub const NS_GET_MNTNS_ID: c_int = _IOR::<__u64>(0xb7, 5);
