// `<stdio_ext.h>`: the `__f*` stream queries and `__fsetlocking` (musl
// `include/stdio_ext.h`).

pub const FSETLOCKING_QUERY: c_int = 0;
pub const FSETLOCKING_INTERNAL: c_int = 1;
pub const FSETLOCKING_BYCALLER: c_int = 2;

extern "C" {
    pub fn _flushlbf();
    pub fn __fsetlocking(f: *mut FILE, kind: c_int) -> c_int;
    pub fn __fwriting(f: *mut FILE) -> c_int;
    pub fn __freading(f: *mut FILE) -> c_int;
    pub fn __freadable(f: *mut FILE) -> c_int;
    pub fn __fwritable(f: *mut FILE) -> c_int;
    pub fn __flbf(f: *mut FILE) -> c_int;
    pub fn __fbufsize(f: *mut FILE) -> size_t;
    pub fn __fpending(f: *mut FILE) -> size_t;
    pub fn __fpurge(f: *mut FILE) -> c_int;
    pub fn __freadahead(f: *mut FILE) -> size_t;
    pub fn __freadptr(f: *mut FILE, sizep: *mut size_t) -> *const c_char;
    pub fn __freadptrinc(f: *mut FILE, inc: size_t);
    pub fn __fseterr(f: *mut FILE);
}
