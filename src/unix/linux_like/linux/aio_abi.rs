// `<linux/aio_abi.h>`: the control block of the kernel's native
// asynchronous I/O (`io_submit`), which no libc wraps (the kernel's
// `include/uapi/linux/aio_abi.h`).

pub type aio_context_t = c_ulong;

pub const IOCB_CMD_PREAD: c_int = 0;
pub const IOCB_CMD_PWRITE: c_int = 1;
pub const IOCB_CMD_FSYNC: c_int = 2;
pub const IOCB_CMD_FDSYNC: c_int = 3;
pub const IOCB_CMD_POLL: c_int = 5;
pub const IOCB_CMD_NOOP: c_int = 6;
pub const IOCB_CMD_PREADV: c_int = 7;
pub const IOCB_CMD_PWRITEV: c_int = 8;

pub const IOCB_FLAG_RESFD: c_int = 1 << 0;
pub const IOCB_FLAG_IOPRIO: c_int = 1 << 1;

/// A completion, as `io_getevents` returns it.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct io_event {
    pub data: __u64,
    pub obj: __u64,
    pub res: __s64,
    pub res2: __s64,
}

/// `struct iocb`, 64 bytes. The kernel's `aio_key` and `aio_rw_flags` share
/// one 8-byte word, in the order of the byte order; `aio_reserved2` is
/// reserved.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct iocb {
    pub aio_data: __u64,
    #[cfg(target_endian = "little")]
    pub aio_key: __u32,
    pub aio_rw_flags: __kernel_rwf_t,
    #[cfg(target_endian = "big")]
    pub aio_key: __u32,
    pub aio_lio_opcode: __u16,
    pub aio_reqprio: __s16,
    pub aio_fildes: __u32,
    pub aio_buf: __u64,
    pub aio_nbytes: __u64,
    pub aio_offset: __s64,
    aio_reserved2: crate::Padding<__u64>,
    pub aio_flags: __u32,
    pub aio_resfd: __u32,
}
