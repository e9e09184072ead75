// `<string.h>`: the GNU/BSD string functions (musl `include/string.h`).

extern "C" {
    pub fn explicit_bzero(ptr: *mut c_void, len: size_t);
    pub fn strchrnul(str: *const c_char, value: c_int) -> *mut c_char;
    pub fn strcasestr(haystack: *const c_char, needle: *const c_char) -> *mut c_char;
    pub fn memrchr(ptr: *const c_void, value: c_int, len: size_t) -> *mut c_void;
}

extern "C" {
    pub fn mempcpy(dst: *mut c_void, src: *const c_void, len: size_t) -> *mut c_void;
    pub fn strlcat(dst: *mut c_char, src: *const c_char, dst_total_len: size_t) -> size_t;
    pub fn strlcpy(dst: *mut c_char, src: *const c_char, dst_total_len: size_t) -> size_t;
    pub fn strsep(maybe_str: *mut *mut c_char, values: *const c_char) -> *mut c_char;
    pub fn strverscmp(l0: *const c_char, r0: *const c_char) -> c_int;
}
