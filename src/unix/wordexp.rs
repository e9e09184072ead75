// `<wordexp.h>`: `wordexp_t`, `wordexp`/`wordfree` and their flags and
// errors (musl `include/wordexp.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct wordexp_t {
    pub we_wordc: size_t,
    pub we_wordv: *mut *mut c_char,
    pub we_offs: size_t,
}

pub const WRDE_DOOFFS: c_int = 1;
pub const WRDE_APPEND: c_int = 2;
pub const WRDE_NOCMD: c_int = 4;
pub const WRDE_REUSE: c_int = 8;
pub const WRDE_SHOWERR: c_int = 16;
pub const WRDE_UNDEF: c_int = 32;
pub const WRDE_NOSYS: c_int = -1;
pub const WRDE_NOSPACE: c_int = 1;
pub const WRDE_BADCHAR: c_int = 2;
pub const WRDE_BADVAL: c_int = 3;
pub const WRDE_CMDSUB: c_int = 4;
pub const WRDE_SYNTAX: c_int = 5;

extern "C" {
    pub fn wordexp(s: *const c_char, we: *mut wordexp_t, flags: c_int) -> c_int;
    pub fn wordfree(we: *mut wordexp_t);
}
