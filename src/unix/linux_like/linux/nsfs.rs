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

pub const NS_GET_USERNS: ioctl_request_t = _IO(0xb7, 0x1);
pub const NS_GET_PARENT: ioctl_request_t = _IO(0xb7, 0x2);
pub const NS_GET_NSTYPE: ioctl_request_t = _IO(0xb7, 0x3);
pub const NS_GET_OWNER_UID: ioctl_request_t = _IO(0xb7, 0x4);
pub const NS_GET_PID_FROM_PIDNS: ioctl_request_t = _IOR::<c_int>(0xb7, 0x6);
pub const NS_GET_TGID_FROM_PIDNS: ioctl_request_t = _IOR::<c_int>(0xb7, 0x7);
pub const NS_GET_PID_IN_PIDNS: ioctl_request_t = _IOR::<c_int>(0xb7, 0x8);
pub const NS_GET_TGID_IN_PIDNS: ioctl_request_t = _IOR::<c_int>(0xb7, 0x9);
/// The size of `mnt_ns_info`'s first version, the size field of the
/// `NS_MNT_GET_*` requests; of their type, as the published crate has it.
pub const MNT_NS_INFO_SIZE_VER0: ioctl_request_t = 16;
pub const NS_MNT_GET_INFO: ioctl_request_t = _IOR::<mnt_ns_info>(0xb7, 10);
pub const NS_MNT_GET_NEXT: ioctl_request_t = _IOR::<mnt_ns_info>(0xb7, 11);
pub const NS_MNT_GET_PREV: ioctl_request_t = _IOR::<mnt_ns_info>(0xb7, 12);
pub const NS_GET_MNTNS_ID: ioctl_request_t = _IOR::<__u64>(0xb7, 5);
