// `<sys/epoll.h>`: glibc's `epoll_pwait2`, whose timeout is a `timespec`
// (glibc `sysdeps/unix/sysv/linux/sys/epoll.h`).

extern "C" {
    pub fn epoll_pwait2(
        epfd: c_int,
        events: *mut epoll_event,
        maxevents: c_int,
        timeout: *const timespec,
        sigmask: *const sigset_t,
    ) -> c_int;
}
