// `<strings.h>`: the BSD string functions POSIX kept (musl
// `include/strings.h`).

extern "C" {
    pub fn strcasecmp(a: *const c_char, b: *const c_char) -> c_int;
    pub fn strncasecmp(a: *const c_char, b: *const c_char, max: size_t) -> c_int;
}

extern "C" {
    pub fn ffs(i: c_int) -> c_int;
    pub fn ffsl(i: c_long) -> c_int;
    pub fn ffsll(i: c_longlong) -> c_int;
    pub fn strcasecmp_l(s1: *const c_char, s2: *const c_char, loc: locale_t) -> c_int;
    pub fn strncasecmp_l(s1: *const c_char, s2: *const c_char, n: size_t, loc: locale_t) -> c_int;
}

// `<strings.h>`: the BSD string functions beyond POSIX (musl
// `include/strings.h`).

extern "C" {
    pub fn bcmp(p1: *const c_void, p2: *const c_void, n: size_t) -> c_int;
    pub fn bcopy(src: *const c_void, dst: *mut c_void, len: size_t);
    pub fn bzero(s: *mut c_void, n: size_t);
    pub fn index(str: *const c_char, value: c_int) -> *mut c_char;
    pub fn rindex(str: *const c_char, value: c_int) -> *mut c_char;
}
