// `<glob.h>`: glibc's GNU `glob` flags and the large-file `glob64_t`,
// `glob64` and `globfree64`, which on a 64-bit ABI have `glob_t`'s layout
// (glibc `posix/glob.h`).

pub const GLOB_ALTDIRFUNC: c_int = 1 << 9;
pub const GLOB_BRACE: c_int = 1 << 10;
pub const GLOB_NOMAGIC: c_int = 1 << 11;
pub const GLOB_ONLYDIR: c_int = 1 << 13;

/// `glob64_t`. C's five directory-access callbacks (`gl_closedir`,
/// `gl_readdir`, `gl_opendir`, `gl_lstat`, `gl_stat`) are private.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct glob64_t {
    pub gl_pathc: size_t,
    pub gl_pathv: *mut *mut c_char,
    pub gl_offs: size_t,
    pub gl_flags: c_int,
    __callbacks: crate::Padding<[*mut c_void; 5]>,
}

extern "C" {
    pub fn glob64(
        pattern: *const c_char,
        flags: c_int,
        errfunc: Option<extern "C" fn(epath: *const c_char, errno: c_int) -> c_int>,
        pglob: *mut glob64_t,
    ) -> c_int;
    pub fn globfree64(pglob: *mut glob64_t);
}
