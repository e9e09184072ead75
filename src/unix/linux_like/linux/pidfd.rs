// `<linux/pidfd.h>`: process file descriptors: `pidfd_open` and
// `pidfd_send_signal` flags, `PIDFD_GET_INFO`'s record and the namespace
// `ioctl`s (the kernel's `include/uapi/linux/pidfd.h`).

/// What `PIDFD_GET_INFO` fills in: the published crate's layout, the
/// kernel's first version (`PIDFD_INFO_SIZE_VER0`, 64 bytes), which the
/// kernel keeps accepting; C's header has grown coredump fields and
/// `supported_mask` since (see README, Shapes).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pidfd_info {
    pub mask: __u64,
    pub cgroupid: __u64,
    pub pid: __u32,
    pub tgid: __u32,
    pub ppid: __u32,
    pub ruid: __u32,
    pub rgid: __u32,
    pub euid: __u32,
    pub egid: __u32,
    pub suid: __u32,
    pub sgid: __u32,
    pub fsuid: __u32,
    pub fsgid: __u32,
    pub exit_code: __s32,
}

pub const PIDFD_NONBLOCK: c_uint = crate::O_NONBLOCK as c_uint;
pub const PIDFD_THREAD: c_uint = crate::O_EXCL as c_uint;
pub const PIDFD_SIGNAL_THREAD: c_uint = 1 << 0;
pub const PIDFD_SIGNAL_THREAD_GROUP: c_uint = 1 << 1;
pub const PIDFD_SIGNAL_PROCESS_GROUP: c_uint = 1 << 2;
pub const PIDFD_INFO_PID: c_uint = 1 << 0;
pub const PIDFD_INFO_CREDS: c_uint = 1 << 1;
pub const PIDFD_INFO_CGROUPID: c_uint = 1 << 2;
pub const PIDFD_INFO_EXIT: c_uint = 1 << 3;
pub const PIDFD_INFO_SIZE_VER0: c_uint = 64;
pub const PIDFS_IOCTL_MAGIC: u32 = 0xFF;

pub const PIDFD_GET_CGROUP_NAMESPACE: ioctl_request_t = _IO(PIDFS_IOCTL_MAGIC, 1);
pub const PIDFD_GET_IPC_NAMESPACE: ioctl_request_t = _IO(PIDFS_IOCTL_MAGIC, 2);
pub const PIDFD_GET_MNT_NAMESPACE: ioctl_request_t = _IO(PIDFS_IOCTL_MAGIC, 3);
pub const PIDFD_GET_NET_NAMESPACE: ioctl_request_t = _IO(PIDFS_IOCTL_MAGIC, 4);
pub const PIDFD_GET_PID_NAMESPACE: ioctl_request_t = _IO(PIDFS_IOCTL_MAGIC, 5);
pub const PIDFD_GET_PID_FOR_CHILDREN_NAMESPACE: ioctl_request_t = _IO(PIDFS_IOCTL_MAGIC, 6);
pub const PIDFD_GET_TIME_NAMESPACE: ioctl_request_t = _IO(PIDFS_IOCTL_MAGIC, 7);
pub const PIDFD_GET_TIME_FOR_CHILDREN_NAMESPACE: ioctl_request_t = _IO(PIDFS_IOCTL_MAGIC, 8);
pub const PIDFD_GET_USER_NAMESPACE: ioctl_request_t = _IO(PIDFS_IOCTL_MAGIC, 9);
pub const PIDFD_GET_UTS_NAMESPACE: ioctl_request_t = _IO(PIDFS_IOCTL_MAGIC, 10);
pub const PIDFD_GET_INFO: ioctl_request_t = _IOWR::<pidfd_info>(PIDFS_IOCTL_MAGIC, 11);

/// A file descriptor that refers to process `pid`.
#[inline]
pub unsafe fn pidfd_open(pid: pid_t, flags: c_uint) -> c_int {
    syscall(crate::SYS_pidfd_open, pid as c_long, flags as c_long) as c_int
}

/// Sends signal `sig` to the process `pidfd` refers to; `info` may be null
/// (what `kill` would send). glibc's prototype (`<sys/pidfd.h>`).
#[inline]
pub unsafe fn pidfd_send_signal(
    pidfd: c_int,
    sig: c_int,
    info: *mut crate::siginfo_t,
    flags: c_uint,
) -> c_int {
    let (fd, sig, flags) = (pidfd as c_long, sig as c_long, flags as c_long);
    syscall(crate::SYS_pidfd_send_signal, fd, sig, info, flags) as c_int
}

/// A duplicate of file descriptor `targetfd` of the process `pidfd` refers to.
#[inline]
pub unsafe fn pidfd_getfd(pidfd: c_int, targetfd: c_int, flags: c_uint) -> c_int {
    let (fd, target, flags) = (pidfd as c_long, targetfd as c_long, flags as c_long);
    syscall(crate::SYS_pidfd_getfd, fd, target, flags) as c_int
}
