// `<sys/utsname.h>`: `uname` (musl `include/sys/utsname.h`); the struct's
// field lengths are the kernel's, in `linux_like`.

extern "C" {
    pub fn uname(buf: *mut utsname) -> c_int;
}
