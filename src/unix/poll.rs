// `<poll.h>`: `struct pollfd`, the event bits every architecture shares, and
// `poll` (musl `include/poll.h`, `arch/generic/bits/poll.h`).

pub type nfds_t = c_ulong;

#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct pollfd {
    pub fd: c_int,
    pub events: c_short,
    pub revents: c_short,
}

pub const POLLIN: c_short = 0x1;
pub const POLLPRI: c_short = 0x2;
pub const POLLOUT: c_short = 0x4;
pub const POLLERR: c_short = 0x8;
pub const POLLHUP: c_short = 0x10;
pub const POLLNVAL: c_short = 0x20;
pub const POLLRDNORM: c_short = 0x40;
pub const POLLRDBAND: c_short = 0x80;
pub const POLLRDHUP: c_short = 0x2000;

extern "C" {
    pub fn poll(fds: *mut pollfd, n: nfds_t, timeout: c_int) -> c_int;
}

// `<poll.h>`: the Linux poll bits and `ppoll` (musl `include/poll.h`).

extern "C" {
    pub fn ppoll(fds: *mut pollfd, n: nfds_t, to: *const timespec, mask: *const sigset_t) -> c_int;
}
