// `<sys/uio.h>`: `struct iovec` (musl `include/alltypes.h.in`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct iovec {
    pub iov_base: *mut c_void,
    pub iov_len: size_t,
}

// Written out: a derived `Default` needs `Default` for raw pointers, which
// compilers before Rust 1.88 lack; nightly clippy calls the impl derivable.
#[allow(clippy::derivable_impls)]
impl Default for iovec {
    #[inline]
    fn default() -> Self {
        Self {
            iov_base: core::ptr::null_mut(),
            iov_len: 0,
        }
    }
}

pub const UIO_MAXIOV: c_int = 1024;

extern "C" {
    pub fn readv(fd: c_int, iov: *const iovec, count: c_int) -> ssize_t;
    pub fn writev(fd: c_int, iov: *const iovec, count: c_int) -> ssize_t;
}

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

// `<sys/uio.h>`: `preadv64`/`pwritev64`, macros only since musl 1.2.4, as
// wrappers (musl `include/sys/uio.h`).

/// `preadv64`: musl 1.2.4+ has only `preadv`.
#[inline]
pub unsafe extern "C" fn preadv64(
    fd: c_int,
    iov: *const iovec,
    iovcnt: c_int,
    offset: off64_t,
) -> ssize_t {
    preadv(fd, iov, iovcnt, offset)
}

/// `pwritev64`: musl 1.2.4+ has only `pwritev`.
#[inline]
pub unsafe extern "C" fn pwritev64(
    fd: c_int,
    iov: *const iovec,
    iovcnt: c_int,
    offset: off64_t,
) -> ssize_t {
    pwritev(fd, iov, iovcnt, offset)
}
