// `<wctype.h>`: wide-character classification and mapping (musl
// `include/wctype.h`).

pub type wctype_t = c_ulong;
pub type wctrans_t = *const c_int;

extern "C" {
    pub fn iswalnum_l(c: wint_t, l: locale_t) -> c_int;
    pub fn iswalpha_l(c: wint_t, l: locale_t) -> c_int;
    pub fn iswblank_l(c: wint_t, l: locale_t) -> c_int;
    pub fn iswcntrl_l(c: wint_t, l: locale_t) -> c_int;
    pub fn iswctype_l(c: wint_t, t: wctype_t, l: locale_t) -> c_int;
    pub fn iswdigit_l(c: wint_t, l: locale_t) -> c_int;
    pub fn iswgraph_l(c: wint_t, l: locale_t) -> c_int;
    pub fn iswlower_l(c: wint_t, l: locale_t) -> c_int;
    pub fn iswprint_l(c: wint_t, l: locale_t) -> c_int;
    pub fn iswpunct_l(c: wint_t, l: locale_t) -> c_int;
    pub fn iswspace_l(c: wint_t, l: locale_t) -> c_int;
    pub fn iswupper_l(c: wint_t, l: locale_t) -> c_int;
    pub fn iswxdigit_l(c: wint_t, l: locale_t) -> c_int;
    pub fn towctrans(wc: wint_t, trans: wctrans_t) -> wint_t;
    pub fn towctrans_l(c: wint_t, t: wctrans_t, l: locale_t) -> wint_t;
    pub fn towlower_l(c: wint_t, l: locale_t) -> wint_t;
    pub fn towupper_l(c: wint_t, l: locale_t) -> wint_t;
    pub fn wctrans(class: *const c_char) -> wctrans_t;
    pub fn wctrans_l(s: *const c_char, l: locale_t) -> wctrans_t;
    pub fn wctype_l(s: *const c_char, l: locale_t) -> wctype_t;
}
