// `<glob.h>`: `glob_t`, `glob`/`globfree` and their flags and errors (musl
// `include/glob.h`).

pub const GLOB_PERIOD: c_int = 128;
pub const GLOB_TILDE: c_int = 0x1000;
pub const GLOB_TILDE_CHECK: c_int = 0x4000;
pub const GLOB_NOSYS: c_int = 4;

/// `glob_t`. C's `int __dummy1` is public as `gl_flags`, as in the
/// published crate.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct glob_t {
    pub gl_pathc: size_t,
    pub gl_pathv: *mut *mut c_char,
    pub gl_offs: size_t,
    pub gl_flags: c_int,
    __dummy2: crate::Padding<[*mut c_void; 5]>,
}

pub const GLOB_ERR: c_int = 0x1;
pub const GLOB_MARK: c_int = 0x2;
pub const GLOB_NOSORT: c_int = 0x4;
pub const GLOB_DOOFFS: c_int = 0x8;
pub const GLOB_NOCHECK: c_int = 0x10;
pub const GLOB_APPEND: c_int = 0x20;
pub const GLOB_NOESCAPE: c_int = 0x40;
pub const GLOB_NOSPACE: c_int = 1;
pub const GLOB_ABORTED: c_int = 2;
pub const GLOB_NOMATCH: c_int = 3;

extern "C" {
    pub fn glob(
        pattern: *const c_char,
        flags: c_int,
        errfunc: Option<extern "C" fn(*const c_char, c_int) -> c_int>,
        g: *mut glob_t,
    ) -> c_int;
    pub fn globfree(g: *mut glob_t);
}
