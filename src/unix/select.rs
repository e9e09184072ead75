// `<sys/select.h>`: `fd_set`, `FD_SETSIZE`, its macros as functions, and
// `select`/`pselect` (musl `include/sys/select.h`).

/// `fd_set`: `unsigned long fds_bits[FD_SETSIZE / 8 / sizeof(long)]`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fd_set {
    fds_bits: [c_ulong; FD_SETSIZE / 8 / core::mem::size_of::<c_ulong>()],
}

const FD_BITS: usize = c_ulong::BITS as usize;

#[inline]
pub unsafe extern "C" fn FD_CLR(fd: c_int, set: *mut fd_set) {
    let fd = fd as usize;
    (*set).fds_bits[fd / FD_BITS] &= !(1 << (fd % FD_BITS));
}

#[inline]
pub unsafe extern "C" fn FD_ISSET(fd: c_int, set: *const fd_set) -> bool {
    let fd = fd as usize;
    (*set).fds_bits[fd / FD_BITS] & (1 << (fd % FD_BITS)) != 0
}

#[inline]
pub unsafe extern "C" fn FD_SET(fd: c_int, set: *mut fd_set) {
    let fd = fd as usize;
    (*set).fds_bits[fd / FD_BITS] |= 1 << (fd % FD_BITS);
}

#[inline]
pub unsafe extern "C" fn FD_ZERO(set: *mut fd_set) {
    (*set).fds_bits = [0; FD_SETSIZE / 8 / core::mem::size_of::<c_ulong>()];
}

pub const FD_SETSIZE: usize = 1024;

extern "C" {
    pub fn select(
        n: c_int,
        rfds: *mut fd_set,
        wfds: *mut fd_set,
        efds: *mut fd_set,
        tv: *mut timeval,
    ) -> c_int;
    pub fn pselect(
        n: c_int,
        rfds: *mut fd_set,
        wfds: *mut fd_set,
        efds: *mut fd_set,
        ts: *const timespec,
        mask: *const sigset_t,
    ) -> c_int;
}
