// `<stdio.h>`: `FILE`, the buffering modes and the POSIX stdio functions
// (musl `include/stdio.h`).

/// musl's `struct _IO_FILE`: opaque.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct FILE {
    _opaque: [u8; 0],
}

/// `union _G_fpos64_t { char __opaque[16]; long long __lldata; double
/// __align; }`: 16 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fpos_t {
    __opaque: [c_longlong; 2],
}

pub const EOF: c_int = -1;
pub const _IOFBF: c_int = 0;
pub const _IOLBF: c_int = 1;
pub const _IONBF: c_int = 2;
#[cfg(target_env = "musl")]
pub const BUFSIZ: c_uint = 1024;
pub const FILENAME_MAX: c_uint = 4096;
#[cfg(target_env = "musl")]
pub const FOPEN_MAX: c_uint = 1000;
#[cfg(target_env = "musl")]
pub const TMP_MAX: c_uint = 10000;
pub const L_tmpnam: c_uint = 20;
#[cfg(target_env = "musl")]
pub const L_ctermid: c_uint = 20;
#[cfg(target_env = "musl")]
pub const L_cuserid: c_uint = 20;

extern "C" {
    pub fn fopen(filename: *const c_char, mode: *const c_char) -> *mut FILE;
    pub fn freopen(filename: *const c_char, mode: *const c_char, f: *mut FILE) -> *mut FILE;
    pub fn fclose(f: *mut FILE) -> c_int;
    pub fn remove(path: *const c_char) -> c_int;
    pub fn rename(old: *const c_char, new: *const c_char) -> c_int;
    pub fn feof(f: *mut FILE) -> c_int;
    pub fn ferror(f: *mut FILE) -> c_int;
    pub fn fflush(f: *mut FILE) -> c_int;
    pub fn clearerr(f: *mut FILE);
    pub fn fseek(f: *mut FILE, off: c_long, whence: c_int) -> c_int;
    pub fn ftell(f: *mut FILE) -> c_long;
    pub fn rewind(f: *mut FILE);
    pub fn fgetpos(f: *mut FILE, pos: *mut fpos_t) -> c_int;
    pub fn fsetpos(f: *mut FILE, pos: *const fpos_t) -> c_int;
    pub fn fread(destv: *mut c_void, size: size_t, nmemb: size_t, f: *mut FILE) -> size_t;
    pub fn fwrite(src: *const c_void, size: size_t, nmemb: size_t, f: *mut FILE) -> size_t;
    pub fn fgetc(f: *mut FILE) -> c_int;
    pub fn getchar() -> c_int;
    pub fn ungetc(c: c_int, f: *mut FILE) -> c_int;
    pub fn fputc(c: c_int, f: *mut FILE) -> c_int;
    pub fn putchar(c: c_int) -> c_int;
    pub fn fgets(s: *mut c_char, n: c_int, f: *mut FILE) -> *mut c_char;
    pub fn fputs(s: *const c_char, f: *mut FILE) -> c_int;
    pub fn puts(s: *const c_char) -> c_int;
    pub fn printf(fmt: *const c_char, ...) -> c_int;
    pub fn fprintf(f: *mut FILE, fmt: *const c_char, ...) -> c_int;
    pub fn sprintf(s: *mut c_char, fmt: *const c_char, ...) -> c_int;
    pub fn snprintf(s: *mut c_char, n: size_t, fmt: *const c_char, ...) -> c_int;
    pub fn scanf(fmt: *const c_char, ...) -> c_int;
    pub fn fscanf(f: *mut FILE, fmt: *const c_char, ...) -> c_int;
    pub fn sscanf(s: *const c_char, fmt: *const c_char, ...) -> c_int;
    pub fn perror(msg: *const c_char);
    pub fn setvbuf(f: *mut FILE, buf: *mut c_char, type_: c_int, size: size_t) -> c_int;
    pub fn setbuf(f: *mut FILE, buf: *mut c_char);
    pub fn tmpnam(buf: *mut c_char) -> *mut c_char;
    pub fn tmpfile() -> *mut FILE;
    pub fn fmemopen(buf: *mut c_void, size: size_t, mode: *const c_char) -> *mut FILE;
    pub fn open_memstream(bufp: *mut *mut c_char, sizep: *mut size_t) -> *mut FILE;
    pub fn fdopen(fd: c_int, mode: *const c_char) -> *mut FILE;
    pub fn popen(cmd: *const c_char, mode: *const c_char) -> *mut FILE;
    pub fn pclose(f: *mut FILE) -> c_int;
    pub fn fileno(f: *mut FILE) -> c_int;
    pub fn fseeko(f: *mut FILE, off: off_t, whence: c_int) -> c_int;
    pub fn ftello(f: *mut FILE) -> off_t;
    pub fn getchar_unlocked() -> c_int;
    pub fn putchar_unlocked(c: c_int) -> c_int;
    pub fn getline(s: *mut *mut c_char, n: *mut size_t, f: *mut FILE) -> ssize_t;
    pub fn renameat(oldfd: c_int, old: *const c_char, newfd: c_int, new: *const c_char) -> c_int;
    pub fn ctermid(s: *mut c_char) -> *mut c_char;
}

extern "C" {
    pub fn dprintf(fd: c_int, fmt: *const c_char, ...) -> c_int;
    pub fn flockfile(f: *mut FILE);
    pub fn ftrylockfile(f: *mut FILE) -> c_int;
    pub fn funlockfile(f: *mut FILE);
    pub fn getc(f: *mut FILE) -> c_int;
    pub fn getc_unlocked(arg: *mut FILE) -> c_int;
    pub fn getdelim(s: *mut *mut c_char, n: *mut size_t, delim: c_int, f: *mut FILE) -> ssize_t;
    pub fn putc(c: c_int, f: *mut FILE) -> c_int;
    pub fn putc_unlocked(c: c_int, f: *mut FILE) -> c_int;
    pub fn tempnam(dir: *const c_char, pfx: *const c_char) -> *mut c_char;
}

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
#[inline]
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
    #[cfg(target_env = "musl")]
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
#[inline]
pub unsafe extern "C" fn fopen64(filename: *const c_char, mode: *const c_char) -> *mut FILE {
    fopen(filename, mode)
}

/// `freopen64`: musl 1.2.4+ has only `freopen`.
#[inline]
pub unsafe extern "C" fn freopen64(
    filename: *const c_char,
    mode: *const c_char,
    f: *mut FILE,
) -> *mut FILE {
    freopen(filename, mode, f)
}

/// `tmpfile64`: musl 1.2.4+ has only `tmpfile`.
#[inline]
pub unsafe extern "C" fn tmpfile64() -> *mut FILE {
    tmpfile()
}

/// `fseeko64`: musl 1.2.4+ has only `fseeko`.
#[inline]
pub unsafe extern "C" fn fseeko64(f: *mut FILE, off: off64_t, whence: c_int) -> c_int {
    fseeko(f, off, whence)
}

/// `ftello64`: musl 1.2.4+ has only `ftello`.
#[inline]
pub unsafe extern "C" fn ftello64(f: *mut FILE) -> off64_t {
    ftello(f)
}

/// `fgetpos64`: musl 1.2.4+ has only `fgetpos`.
#[inline]
pub unsafe extern "C" fn fgetpos64(f: *mut FILE, pos: *mut fpos64_t) -> c_int {
    fgetpos(f, pos as *mut fpos_t)
}

/// `fsetpos64`: musl 1.2.4+ has only `fsetpos`.
#[inline]
pub unsafe extern "C" fn fsetpos64(f: *mut FILE, pos: *const fpos64_t) -> c_int {
    fsetpos(f, pos as *const fpos_t)
}
