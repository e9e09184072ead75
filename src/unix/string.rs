// `<string.h>`: memory and string functions (musl `include/string.h`).

extern "C" {
    pub fn memcpy(dest: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void;
    pub fn memset(s: *mut c_void, c: c_int, n: size_t) -> *mut c_void;
    pub fn strlen(s: *const c_char) -> size_t;
    pub fn strerror(errnum: c_int) -> *mut c_char;
}

extern "C" {
    pub fn memmove(dest: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void;
    pub fn memcmp(vl: *const c_void, vr: *const c_void, n: size_t) -> c_int;
    pub fn memchr(ptr: *const c_void, value: c_int, len: size_t) -> *mut c_void;
    pub fn strcpy(dst: *mut c_char, src: *const c_char) -> *mut c_char;
    pub fn strncpy(dst: *mut c_char, src: *const c_char, max: size_t) -> *mut c_char;
    pub fn strcat(dst: *mut c_char, src: *const c_char) -> *mut c_char;
    pub fn strncat(dst: *mut c_char, src: *const c_char, max: size_t) -> *mut c_char;
    pub fn strcmp(a: *const c_char, b: *const c_char) -> c_int;
    pub fn strncmp(a: *const c_char, b: *const c_char, max: size_t) -> c_int;
    pub fn strcoll(a: *const c_char, b: *const c_char) -> c_int;
    pub fn strxfrm(dst: *mut c_char, src: *const c_char, max: size_t) -> size_t;
    pub fn strchr(str: *const c_char, value: c_int) -> *mut c_char;
    pub fn strrchr(str: *const c_char, value: c_int) -> *mut c_char;
    pub fn strcspn(dst: *const c_char, values: *const c_char) -> size_t;
    pub fn strspn(dst: *const c_char, values: *const c_char) -> size_t;
    pub fn strpbrk(haystack: *const c_char, needle: *const c_char) -> *mut c_char;
    pub fn strstr(haystack: *const c_char, needle: *const c_char) -> *mut c_char;
    pub fn strtok(maybe_str: *mut c_char, values: *const c_char) -> *mut c_char;
    pub fn strtok_r(
        maybe_str: *mut c_char,
        values: *const c_char,
        state: *mut *mut c_char,
    ) -> *mut c_char;
    #[cfg(target_env = "musl")]
    pub fn strerror_r(err: c_int, buf: *mut c_char, buflen: size_t) -> c_int;
    pub fn stpcpy(dst: *mut c_char, src: *const c_char) -> *mut c_char;
    pub fn stpncpy(dst: *mut c_char, src: *const c_char, max: size_t) -> *mut c_char;
    pub fn strnlen(str: *const c_char, max: size_t) -> size_t;
    pub fn strdup(str: *const c_char) -> *mut c_char;
    pub fn strndup(str: *const c_char, n: size_t) -> *mut c_char;
    pub fn strsignal(signum: c_int) -> *mut c_char;
    pub fn memmem(
        haystack: *const c_void,
        haystack_len: size_t,
        needle: *const c_void,
        needle_len: size_t,
    ) -> *mut c_void;
    pub fn memccpy(dst: *mut c_void, src: *const c_void, value: c_int, len: size_t) -> *mut c_void;
}

extern "C" {
    pub fn strcoll_l(s1: *const c_char, s2: *const c_char, loc: locale_t) -> c_int;
    pub fn strerror_l(e: c_int, loc: locale_t) -> *mut c_char;
    pub fn strxfrm_l(dst: *mut c_char, s: *const c_char, n: size_t, loc: locale_t) -> size_t;
}

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
