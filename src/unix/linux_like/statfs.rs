// `<sys/statfs.h>`: `statfs`/`fstatfs` (musl `include/sys/statfs.h`); the
// struct is in the 64-bit hub.

extern "C" {
    pub fn statfs(path: *const c_char, buf: *mut crate::statfs) -> c_int;
    pub fn fstatfs(fd: c_int, buf: *mut crate::statfs) -> c_int;
}
