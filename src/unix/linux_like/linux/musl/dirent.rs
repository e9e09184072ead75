//! `<dirent.h>`: musl's large-file names `dirent64`, `readdir64` and
//! `readdir64_r`, which musl 1.2.4+ keeps only as macros (musl
//! `include/dirent.h`).

use crate::{c_char, c_int, c_uchar, c_ushort, dirent, ino64_t, off64_t, readdir, readdir_r, DIR};

/// musl's `#define dirent64 dirent`, a struct of its own in the published
/// crate, with the same layout.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct dirent64 {
    pub d_ino: ino64_t,
    pub d_off: off64_t,
    pub d_reclen: c_ushort,
    pub d_type: c_uchar,
    pub d_name: [c_char; 256],
}

/// `readdir64`, which musl 1.2.4+ only has as a macro for `readdir`.
pub unsafe extern "C" fn readdir64(dirp: *mut DIR) -> *mut dirent64 {
    readdir(dirp) as *mut dirent64
}

/// `readdir64_r`, which musl 1.2.4+ only has as a macro for `readdir_r`.
pub unsafe extern "C" fn readdir64_r(
    dirp: *mut DIR,
    entry: *mut dirent64,
    result: *mut *mut dirent64,
) -> c_int {
    readdir_r(dirp, entry as *mut dirent, result as *mut *mut dirent)
}
