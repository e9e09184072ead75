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
pub const BUFSIZ: c_uint = 1024;
pub const FILENAME_MAX: c_uint = 4096;
pub const FOPEN_MAX: c_uint = 1000;
pub const TMP_MAX: c_uint = 10000;
pub const L_tmpnam: c_uint = 20;
pub const L_ctermid: c_uint = 20;
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
