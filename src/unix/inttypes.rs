// `<inttypes.h>`: `imaxdiv_t` and the `intmax_t` functions (musl
// `include/inttypes.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct imaxdiv_t {
    pub quot: intmax_t,
    pub rem: intmax_t,
}

extern "C" {
    pub fn imaxabs(a: intmax_t) -> intmax_t;
    pub fn imaxdiv(a: intmax_t, b: intmax_t) -> imaxdiv_t;
    pub fn strtoimax(str: *const c_char, str_end: *mut *mut c_char, base: c_int) -> intmax_t;
    pub fn strtoumax(str: *const c_char, str_end: *mut *mut c_char, base: c_int) -> uintmax_t;
    pub fn wcstoimax(s: *const wchar_t, p: *mut *mut wchar_t, base: c_int) -> intmax_t;
    pub fn wcstoumax(s: *const wchar_t, p: *mut *mut wchar_t, base: c_int) -> uintmax_t;
}
