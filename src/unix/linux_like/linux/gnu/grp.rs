// `<grp.h>`: glibc's reentrant `getgrent_r` and `fgetgrent_r` (glibc
// `grp/grp.h`).

extern "C" {
    pub fn getgrent_r(
        gbuf: *mut group,
        buf: *mut c_char,
        buflen: size_t,
        gbufp: *mut *mut group,
    ) -> c_int;
    pub fn fgetgrent_r(
        stream: *mut FILE,
        gbuf: *mut group,
        buf: *mut c_char,
        buflen: size_t,
        gbufp: *mut *mut group,
    ) -> c_int;
}
