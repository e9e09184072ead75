// `<monetary.h>`: `strfmon` (musl `include/monetary.h`).

extern "C" {
    pub fn strfmon(s: *mut c_char, n: size_t, fmt: *const c_char, ...) -> ssize_t;
    pub fn strfmon_l(s: *mut c_char, n: size_t, loc: locale_t, fmt: *const c_char, ...) -> ssize_t;
}
