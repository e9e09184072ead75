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
