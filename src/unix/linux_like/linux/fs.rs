// `<linux/fs.h>`: `renameat2` flags, block-device and file `ioctl`s, reflink
// ranges and the `RWF_*` flags of `preadv2`/`pwritev2` (the kernel's
// `include/uapi/linux/fs.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct file_clone_range {
    pub src_fd: __s64,
    pub src_offset: __u64,
    pub src_length: __u64,
    pub dest_offset: __u64,
}

// The type of the `RWF_*` flags (C: `int __bitwise`), as `iocb.aio_rw_flags` has it.
pub type __kernel_rwf_t = c_int;

pub const RENAME_NOREPLACE: c_uint = 1 << 0;
pub const RENAME_EXCHANGE: c_uint = 1 << 1;
pub const RENAME_WHITEOUT: c_uint = 1 << 2;
pub const BLKIOMIN: ioctl_request_t = _IO(0x12, 120);
pub const BLKIOOPT: ioctl_request_t = _IO(0x12, 121);
pub const BLKPBSZGET: ioctl_request_t = _IO(0x12, 123);
pub const FICLONE: ioctl_request_t = _IOW::<c_int>(0x94, 9);
pub const FICLONERANGE: ioctl_request_t = _IOW::<file_clone_range>(0x94, 13);
pub const FS_IOC_GETFLAGS: ioctl_request_t = _IOR::<c_long>('f' as u32, 1);
pub const FS_IOC_SETFLAGS: ioctl_request_t = _IOW::<c_long>('f' as u32, 2);
pub const FS_IOC_GETVERSION: ioctl_request_t = _IOR::<c_long>('v' as u32, 1);
pub const FS_IOC_SETVERSION: ioctl_request_t = _IOW::<c_long>('v' as u32, 2);
pub const FS_IOC32_GETFLAGS: ioctl_request_t = _IOR::<c_int>('f' as u32, 1);
pub const FS_IOC32_SETFLAGS: ioctl_request_t = _IOW::<c_int>('f' as u32, 2);
pub const FS_IOC32_GETVERSION: ioctl_request_t = _IOR::<c_int>('v' as u32, 1);
pub const FS_IOC32_SETVERSION: ioctl_request_t = _IOW::<c_int>('v' as u32, 2);
pub const RWF_NOAPPEND: c_int = 0x20;
pub const RWF_ATOMIC: c_int = 0x40;
pub const RWF_DONTCACHE: c_int = 0x80;
