// `<stdio.h>`: the GNU/BSD stdio functions (musl `include/stdio.h`).

/// The callbacks of `fopencookie` (`struct _IO_cookie_io_functions_t`).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct cookie_io_functions_t {
    pub read: Option<unsafe extern "C" fn(*mut c_void, *mut c_char, size_t) -> ssize_t>,
    pub write: Option<unsafe extern "C" fn(*mut c_void, *const c_char, size_t) -> ssize_t>,
    pub seek: Option<unsafe extern "C" fn(*mut c_void, *mut off_t, c_int) -> c_int>,
    pub close: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
}

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

extern "C" {
    pub fn asprintf(s: *mut *mut c_char, fmt: *const c_char, ...) -> c_int;
    pub fn clearerr_unlocked(f: *mut FILE);
    pub fn cuserid(buf: *mut c_char) -> *mut c_char;
    pub fn feof_unlocked(f: *mut FILE) -> c_int;
    pub fn ferror_unlocked(f: *mut FILE) -> c_int;
    pub fn fflush_unlocked(f: *mut FILE) -> c_int;
    pub fn fgetc_unlocked(arg: *mut FILE) -> c_int;
    pub fn fgetln(f: *mut FILE, plen: *mut size_t) -> *mut c_char;
    pub fn fgets_unlocked(s: *mut c_char, n: c_int, f: *mut FILE) -> *mut c_char;
    pub fn fileno_unlocked(f: *mut FILE) -> c_int;
    pub fn fopencookie(
        cookie: *mut c_void,
        mode: *const c_char,
        iofuncs: cookie_io_functions_t,
    ) -> *mut FILE;
    pub fn fputc_unlocked(c: c_int, f: *mut FILE) -> c_int;
    pub fn fputs_unlocked(s: *const c_char, f: *mut FILE) -> c_int;
    pub fn fwrite_unlocked(src: *const c_void, size: size_t, nmemb: size_t, f: *mut FILE)
        -> size_t;
    pub fn getw(f: *mut FILE) -> c_int;
    pub fn putw(x: c_int, f: *mut FILE) -> c_int;
    pub fn setbuffer(f: *mut FILE, buf: *mut c_char, size: size_t);
    pub fn setlinebuf(f: *mut FILE);
}
