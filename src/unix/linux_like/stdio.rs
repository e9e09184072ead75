//! `<stdio.h>`: the GNU/BSD stdio functions (musl `include/stdio.h`).

use crate::{c_char, c_int, c_uint, c_void, size_t, syscall, SYS_renameat2, FILE};

/// `renameat2`, which musl 1.2.5 does not have: the system call, with C's
/// contract (-1 and `errno` on failure).
pub unsafe extern "C" fn renameat2(
    olddirfd: c_int,
    oldpath: *const c_char,
    newdirfd: c_int,
    newpath: *const c_char,
    flags: c_uint,
) -> c_int {
    syscall(SYS_renameat2, olddirfd, oldpath, newdirfd, newpath, flags) as c_int
}

extern "C" {
    pub fn fread_unlocked(destv: *mut c_void, size: size_t, nmemb: size_t, f: *mut FILE) -> size_t;
}
