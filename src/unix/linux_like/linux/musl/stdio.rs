// `<stdio.h>`: musl's large-file names (`fopen64`, `fpos64_t`, ...), macros
// only since musl 1.2.4, as types and wrappers that call the functions musl
// has (musl `include/stdio.h`).

/// musl's `#define fpos64_t fpos_t`, a struct of its own in the published
/// crate, with the same layout.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fpos64_t {
    __opaque: [c_longlong; 2],
}

/// `fopen64`: musl 1.2.4+ has only `fopen`.
pub unsafe extern "C" fn fopen64(filename: *const c_char, mode: *const c_char) -> *mut FILE {
    fopen(filename, mode)
}

/// `freopen64`: musl 1.2.4+ has only `freopen`.
pub unsafe extern "C" fn freopen64(
    filename: *const c_char,
    mode: *const c_char,
    f: *mut FILE,
) -> *mut FILE {
    freopen(filename, mode, f)
}

/// `tmpfile64`: musl 1.2.4+ has only `tmpfile`.
pub unsafe extern "C" fn tmpfile64() -> *mut FILE {
    tmpfile()
}

/// `fseeko64`: musl 1.2.4+ has only `fseeko`.
pub unsafe extern "C" fn fseeko64(f: *mut FILE, off: off64_t, whence: c_int) -> c_int {
    fseeko(f, off, whence)
}

/// `ftello64`: musl 1.2.4+ has only `ftello`.
pub unsafe extern "C" fn ftello64(f: *mut FILE) -> off64_t {
    ftello(f)
}

/// `fgetpos64`: musl 1.2.4+ has only `fgetpos`.
pub unsafe extern "C" fn fgetpos64(f: *mut FILE, pos: *mut fpos64_t) -> c_int {
    fgetpos(f, pos as *mut fpos_t)
}

/// `fsetpos64`: musl 1.2.4+ has only `fsetpos`.
pub unsafe extern "C" fn fsetpos64(f: *mut FILE, pos: *const fpos64_t) -> c_int {
    fsetpos(f, pos as *const fpos_t)
}
