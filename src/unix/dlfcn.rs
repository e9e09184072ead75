// `<dlfcn.h>`: the POSIX dynamic loading interface and its `RTLD_*` flags
// (musl `include/dlfcn.h`).

pub const RTLD_LAZY: c_int = 1;
pub const RTLD_NOW: c_int = 2;
pub const RTLD_NOLOAD: c_int = 4;
pub const RTLD_NODELETE: c_int = 4096;
pub const RTLD_GLOBAL: c_int = 256;
pub const RTLD_LOCAL: c_int = 0;
// `(void *)-1` and `(void *)0`.
pub const RTLD_NEXT: *mut c_void = -1isize as *mut c_void;
pub const RTLD_DEFAULT: *mut c_void = core::ptr::null_mut();

extern "C" {
    pub fn dlclose(p: *mut c_void) -> c_int;
    pub fn dlerror() -> *mut c_char;
    pub fn dlopen(file: *const c_char, mode: c_int) -> *mut c_void;
    pub fn dlsym(p: *mut c_void, s: *const c_char) -> *mut c_void;
}
