// `<poll.h>`: the Linux poll bits and `ppoll` (musl `include/poll.h`).

extern "C" {
    pub fn ppoll(fds: *mut pollfd, n: nfds_t, to: *const timespec, mask: *const sigset_t) -> c_int;
}
