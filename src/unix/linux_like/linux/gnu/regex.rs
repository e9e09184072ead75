// `<regex.h>`: glibc's `regoff_t` is `int`, so `regmatch_t` is 8 bytes, and
// glibc's own flags and error codes (glibc `posix/regex.h`).

pub type regoff_t = c_int;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct regmatch_t {
    pub rm_so: regoff_t,
    pub rm_eo: regoff_t,
}

// glibc's `regexec` flag for a subject delimited by `pmatch[0]`, and its
// error codes beyond POSIX's (glibc `posix/regex.h`).
pub const REG_STARTEND: c_int = 1 << 2;
pub const REG_EEND: c_int = 14;
pub const REG_ESIZE: c_int = 15;
pub const REG_ERPAREN: c_int = 16;
