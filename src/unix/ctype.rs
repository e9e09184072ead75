// `<ctype.h>`: the character classification and conversion functions
// (musl `include/ctype.h`).

extern "C" {
    pub fn isalnum(c: c_int) -> c_int;
    pub fn isalpha(c: c_int) -> c_int;
    pub fn isblank(c: c_int) -> c_int;
    pub fn iscntrl(c: c_int) -> c_int;
    pub fn isdigit(c: c_int) -> c_int;
    pub fn isgraph(c: c_int) -> c_int;
    pub fn islower(c: c_int) -> c_int;
    pub fn isprint(c: c_int) -> c_int;
    pub fn ispunct(c: c_int) -> c_int;
    pub fn isspace(c: c_int) -> c_int;
    pub fn isupper(c: c_int) -> c_int;
    pub fn isxdigit(c: c_int) -> c_int;
    pub fn tolower(c: c_int) -> c_int;
    pub fn toupper(c: c_int) -> c_int;
}

extern "C" {
    pub fn isalnum_l(c: c_int, loc: locale_t) -> c_int;
    pub fn isalpha_l(c: c_int, loc: locale_t) -> c_int;
    pub fn isascii(c: c_int) -> c_int;
    pub fn isblank_l(c: c_int, loc: locale_t) -> c_int;
    pub fn iscntrl_l(c: c_int, loc: locale_t) -> c_int;
    pub fn isdigit_l(c: c_int, loc: locale_t) -> c_int;
    pub fn isgraph_l(c: c_int, loc: locale_t) -> c_int;
    pub fn islower_l(c: c_int, loc: locale_t) -> c_int;
    pub fn isprint_l(c: c_int, loc: locale_t) -> c_int;
    pub fn ispunct_l(c: c_int, loc: locale_t) -> c_int;
    pub fn isspace_l(c: c_int, loc: locale_t) -> c_int;
    pub fn isupper_l(c: c_int, loc: locale_t) -> c_int;
    pub fn isxdigit_l(c: c_int, loc: locale_t) -> c_int;
    pub fn toascii(c: c_int) -> c_int;
    pub fn tolower_l(c: c_int, loc: locale_t) -> c_int;
    pub fn toupper_l(c: c_int, loc: locale_t) -> c_int;
}
