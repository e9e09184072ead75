// `<uchar.h>`: `char16_t`/`char32_t` conversions (musl `include/uchar.h`).

pub type char16_t = u16;
pub type char32_t = u32;

extern "C" {
    pub fn c16rtomb(s: *mut c_char, c16: char16_t, ps: *mut mbstate_t) -> size_t;
    pub fn c32rtomb(s: *mut c_char, c32: char32_t, ps: *mut mbstate_t) -> size_t;
    pub fn mbrtoc16(pc16: *mut char16_t, s: *const c_char, n: size_t, ps: *mut mbstate_t)
        -> size_t;
    pub fn mbrtoc32(pc32: *mut char32_t, s: *const c_char, n: size_t, ps: *mut mbstate_t)
        -> size_t;
}
