// `<sys/fanotify.h>`: glibc's `fanotify_mark` takes its mask as `uint64_t`.

extern "C" {
    pub fn fanotify_mark(
        fd: c_int,
        flags: c_uint,
        mask: u64,
        dirfd: c_int,
        path: *const c_char,
    ) -> c_int;
}
