// `<linux/seccomp.h>`: system call filtering: modes, filter flags, return
// actions, what a filter sees (`struct seccomp_data`), the user
// notification records and `ioctl`s, and `seccomp`, which musl does not
// wrap, as a Rust function over `syscall` with C's contract (the kernel's
// `include/uapi/linux/seccomp.h`).

pub const SECCOMP_MODE_DISABLED: c_uint = 0;
pub const SECCOMP_MODE_STRICT: c_uint = 1;
pub const SECCOMP_MODE_FILTER: c_uint = 2;
pub const SECCOMP_SET_MODE_STRICT: c_uint = 0;
pub const SECCOMP_SET_MODE_FILTER: c_uint = 1;
pub const SECCOMP_GET_ACTION_AVAIL: c_uint = 2;
pub const SECCOMP_GET_NOTIF_SIZES: c_uint = 3;
pub const SECCOMP_FILTER_FLAG_TSYNC: c_ulong = 1 << 0;
pub const SECCOMP_FILTER_FLAG_LOG: c_ulong = 1 << 1;
pub const SECCOMP_FILTER_FLAG_SPEC_ALLOW: c_ulong = 1 << 2;
pub const SECCOMP_FILTER_FLAG_NEW_LISTENER: c_ulong = 1 << 3;
pub const SECCOMP_FILTER_FLAG_TSYNC_ESRCH: c_ulong = 1 << 4;
pub const SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV: c_ulong = 1 << 5;
pub const SECCOMP_RET_KILL_PROCESS: c_uint = 0x80000000;
pub const SECCOMP_RET_KILL_THREAD: c_uint = 0x00000000;
pub const SECCOMP_RET_KILL: c_uint = SECCOMP_RET_KILL_THREAD;
pub const SECCOMP_RET_TRAP: c_uint = 0x00030000;
pub const SECCOMP_RET_ERRNO: c_uint = 0x00050000;
pub const SECCOMP_RET_USER_NOTIF: c_uint = 0x7fc00000;
pub const SECCOMP_RET_TRACE: c_uint = 0x7ff00000;
pub const SECCOMP_RET_LOG: c_uint = 0x7ffc0000;
pub const SECCOMP_RET_ALLOW: c_uint = 0x7fff0000;
pub const SECCOMP_RET_ACTION_FULL: c_uint = 0xffff0000;
pub const SECCOMP_RET_ACTION: c_uint = 0x7fff0000;
pub const SECCOMP_RET_DATA: c_uint = 0x0000ffff;
pub const SECCOMP_USER_NOTIF_FLAG_CONTINUE: c_ulong = 1 << 0;
pub const SECCOMP_ADDFD_FLAG_SETFD: c_ulong = 1 << 0;
pub const SECCOMP_ADDFD_FLAG_SEND: c_ulong = 1 << 1;

pub const SECCOMP_IOC_MAGIC: u32 = '!' as u32;
pub const SECCOMP_IOCTL_NOTIF_RECV: ioctl_request_t = _IOWR::<seccomp_notif>(SECCOMP_IOC_MAGIC, 0);
pub const SECCOMP_IOCTL_NOTIF_SEND: ioctl_request_t =
    _IOWR::<seccomp_notif_resp>(SECCOMP_IOC_MAGIC, 1);
pub const SECCOMP_IOCTL_NOTIF_ID_VALID: ioctl_request_t = _IOW::<__u64>(SECCOMP_IOC_MAGIC, 2);
pub const SECCOMP_IOCTL_NOTIF_ADDFD: ioctl_request_t =
    _IOW::<seccomp_notif_addfd>(SECCOMP_IOC_MAGIC, 3);
pub const SECCOMP_IOCTL_NOTIF_SET_FLAGS: ioctl_request_t = _IOW::<__u64>(SECCOMP_IOC_MAGIC, 4);

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct seccomp_data {
    pub nr: c_int,
    pub arch: __u32,
    pub instruction_pointer: __u64,
    pub args: [__u64; 6],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct seccomp_notif {
    pub id: __u64,
    pub pid: __u32,
    pub flags: __u32,
    pub data: seccomp_data,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct seccomp_notif_addfd {
    pub id: __u64,
    pub flags: __u32,
    pub srcfd: __u32,
    pub newfd: __u32,
    pub newfd_flags: __u32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct seccomp_notif_resp {
    pub id: __u64,
    pub val: __s64,
    pub error: __s32,
    pub flags: __u32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct seccomp_notif_sizes {
    pub seccomp_notif: __u16,
    pub seccomp_notif_resp: __u16,
    pub seccomp_data: __u16,
}

/// Sets the calling thread's seccomp mode or filter, or queries what the
/// kernel supports.
#[inline]
pub unsafe fn seccomp(operation: c_uint, flags: c_uint, args: *mut c_void) -> c_int {
    syscall(SYS_seccomp, operation as c_long, flags as c_long, args) as c_int
}
