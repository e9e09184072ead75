// `<sys/uio.h>`: `preadv`/`pwritev`, `process_vm_*` and `RWF_*` (musl
// `include/sys/uio.h`).

pub const RWF_HIPRI: c_int = 0x1;
pub const RWF_DSYNC: c_int = 0x2;
pub const RWF_SYNC: c_int = 0x4;
pub const RWF_NOWAIT: c_int = 0x8;
pub const RWF_APPEND: c_int = 0x10;

extern "C" {
    pub fn preadv(fd: c_int, iov: *const iovec, count: c_int, ofs: off_t) -> ssize_t;
    pub fn pwritev(fd: c_int, iov: *const iovec, count: c_int, ofs: off_t) -> ssize_t;
    pub fn process_vm_writev(
        pid: pid_t,
        lvec: *const iovec,
        liovcnt: c_ulong,
        rvec: *const iovec,
        riovcnt: c_ulong,
        flags: c_ulong,
    ) -> isize;
    pub fn process_vm_readv(
        pid: pid_t,
        lvec: *const iovec,
        liovcnt: c_ulong,
        rvec: *const iovec,
        riovcnt: c_ulong,
        flags: c_ulong,
    ) -> isize;
    pub fn preadv2(fd: c_int, iov: *const iovec, count: c_int, ofs: off_t, flags: c_int)
        -> ssize_t;
    pub fn pwritev2(
        fd: c_int,
        iov: *const iovec,
        count: c_int,
        ofs: off_t,
        flags: c_int,
    ) -> ssize_t;
}
