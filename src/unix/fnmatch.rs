// `<fnmatch.h>`: `fnmatch` and its flags and results (musl `include/fnmatch.h`).

pub const FNM_LEADING_DIR: c_int = 8;
pub const FNM_FILE_NAME: c_int = 1;
pub const FNM_NOSYS: c_int = -1;

pub const FNM_PATHNAME: c_int = 0x1;
pub const FNM_NOESCAPE: c_int = 0x2;
pub const FNM_PERIOD: c_int = 0x4;
pub const FNM_CASEFOLD: c_int = 0x10;
pub const FNM_NOMATCH: c_int = 1;

extern "C" {
    pub fn fnmatch(pat: *const c_char, str: *const c_char, flags: c_int) -> c_int;
}
