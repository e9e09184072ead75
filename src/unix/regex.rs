// `<regex.h>`: POSIX regular expressions: `regex_t`, `regmatch_t`, the
// flags and error codes, and `regcomp`/`regexec` (musl `include/regex.h`).

#[cfg(target_env = "musl")]
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct regmatch_t {
    pub rm_so: regoff_t,
    pub rm_eo: regoff_t,
}

pub const REG_EXTENDED: c_int = 1;
pub const REG_ICASE: c_int = 2;
pub const REG_NEWLINE: c_int = 4;
pub const REG_NOSUB: c_int = 8;
pub const REG_NOTBOL: c_int = 1;
pub const REG_NOTEOL: c_int = 2;
#[cfg(target_env = "musl")]
pub const REG_OK: c_int = 0;
pub const REG_NOMATCH: c_int = 1;
pub const REG_BADPAT: c_int = 2;
pub const REG_ECOLLATE: c_int = 3;
pub const REG_ECTYPE: c_int = 4;
pub const REG_EESCAPE: c_int = 5;
pub const REG_ESUBREG: c_int = 6;
pub const REG_EBRACK: c_int = 7;
pub const REG_EPAREN: c_int = 8;
pub const REG_EBRACE: c_int = 9;
pub const REG_BADBR: c_int = 10;
pub const REG_ERANGE: c_int = 11;
pub const REG_ESPACE: c_int = 12;
pub const REG_BADRPT: c_int = 13;
pub const REG_ENOSYS: c_int = -1;

extern "C" {
    pub fn regcomp(preg: *mut regex_t, regex: *const c_char, cflags: c_int) -> c_int;
    pub fn regexec(
        preg: *const regex_t,
        string: *const c_char,
        nmatch: size_t,
        pmatch: *mut regmatch_t,
        eflags: c_int,
    ) -> c_int;
    pub fn regfree(preg: *mut regex_t);
    pub fn regerror(e: c_int, preg: *const regex_t, buf: *mut c_char, size: size_t) -> size_t;
}
