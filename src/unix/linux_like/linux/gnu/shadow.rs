// `<shadow.h>`: glibc's reentrant `getspent_r`, `sgetspent_r` and
// `fgetspent_r` (glibc `shadow/shadow.h`).

extern "C" {
    pub fn getspent_r(
        spbuf: *mut spwd,
        buf: *mut c_char,
        buflen: size_t,
        spbufp: *mut *mut spwd,
    ) -> c_int;
    pub fn sgetspent_r(
        s: *const c_char,
        spbuf: *mut spwd,
        buf: *mut c_char,
        buflen: size_t,
        spbufp: *mut *mut spwd,
    ) -> c_int;
    pub fn fgetspent_r(
        stream: *mut FILE,
        spbuf: *mut spwd,
        buf: *mut c_char,
        buflen: size_t,
        spbufp: *mut *mut spwd,
    ) -> c_int;
}
