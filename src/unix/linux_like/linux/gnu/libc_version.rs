// `<gnu/libc-version.h>`: the running glibc's version and release strings
// (glibc `csu/gnu/libc-version.h`).

extern "C" {
    pub fn gnu_get_libc_version() -> *const c_char;
    pub fn gnu_get_libc_release() -> *const c_char;
}
