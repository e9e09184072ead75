// `<strings.h>`: the BSD string functions beyond POSIX (musl
// `include/strings.h`).

extern "C" {
    pub fn bcmp(p1: *const c_void, p2: *const c_void, n: size_t) -> c_int;
    pub fn bcopy(src: *const c_void, dst: *mut c_void, len: size_t);
    pub fn bzero(s: *mut c_void, n: size_t);
    pub fn index(str: *const c_char, value: c_int) -> *mut c_char;
    pub fn rindex(str: *const c_char, value: c_int) -> *mut c_char;
}
