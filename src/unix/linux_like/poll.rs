//! `<poll.h>`: the Linux poll bits and `ppoll` (musl `include/poll.h`).

use crate::{c_int, nfds_t, pollfd, sigset_t, timespec};

extern "C" {
    pub fn ppoll(fds: *mut pollfd, n: nfds_t, to: *const timespec, mask: *const sigset_t) -> c_int;
}
