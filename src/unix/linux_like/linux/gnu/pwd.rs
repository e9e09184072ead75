// `<pwd.h>`: glibc's reentrant `getpwent_r` and `fgetpwent_r` (glibc
// `pwd/pwd.h`).

extern "C" {
    pub fn getpwent_r(
        pwbuf: *mut passwd,
        buf: *mut c_char,
        buflen: size_t,
        pwbufp: *mut *mut passwd,
    ) -> c_int;
    pub fn fgetpwent_r(
        stream: *mut FILE,
        pwbuf: *mut passwd,
        buf: *mut c_char,
        buflen: size_t,
        pwbufp: *mut *mut passwd,
    ) -> c_int;
}
