// `<sys/signalfd.h>`: signals as file descriptors, and the record a read
// returns (musl `include/sys/signalfd.h`).

pub const SFD_CLOEXEC: c_int = crate::O_CLOEXEC;
pub const SFD_NONBLOCK: c_int = crate::O_NONBLOCK;

/// What one `read` of a signalfd returns per signal: 128 bytes.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct signalfd_siginfo {
    pub ssi_signo: u32,
    pub ssi_errno: i32,
    pub ssi_code: i32,
    pub ssi_pid: u32,
    pub ssi_uid: u32,
    pub ssi_fd: i32,
    pub ssi_tid: u32,
    pub ssi_band: u32,
    pub ssi_overrun: u32,
    pub ssi_trapno: u32,
    pub ssi_status: i32,
    pub ssi_int: i32,
    pub ssi_ptr: u64,
    pub ssi_utime: u64,
    pub ssi_stime: u64,
    pub ssi_addr: u64,
    pub ssi_addr_lsb: u16,
    __pad2: crate::Padding<u16>,
    pub ssi_syscall: i32,
    pub ssi_call_addr: u64,
    pub ssi_arch: u32,
    __pad: crate::Padding<[u8; 28]>,
}

extern "C" {
    pub fn signalfd(fd: c_int, mask: *const sigset_t, flags: c_int) -> c_int;
}
