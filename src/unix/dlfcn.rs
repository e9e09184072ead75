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

// `<dlfcn.h>`: the GNU extensions: `Dl_info`, `dladdr`, `dlinfo` and the
// `RTLD_*` values beyond POSIX (musl `include/dlfcn.h`).

pub const RTLD_DI_LINKMAP: c_int = 2;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct Dl_info {
    pub dli_fname: *const c_char,
    pub dli_fbase: *mut c_void,
    pub dli_sname: *const c_char,
    pub dli_saddr: *mut c_void,
}

extern "C" {
    pub fn dladdr(addr: *const c_void, info: *mut Dl_info) -> c_int;
}

extern "C" {
    pub fn dlinfo(dso: *mut c_void, req: c_int, res: *mut c_void) -> c_int;
}
