// `<dlfcn.h>`: glibc's link-map namespaces (`Lmid_t`, `dlmopen`),
// `RTLD_DEEPBIND`, the `dlinfo` requests, `dladdr1` and `dlvsym` (glibc
// `dlfcn/dlfcn.h`, `bits/dlfcn.h`).

pub type Lmid_t = c_long;

pub const LM_ID_BASE: c_long = 0;
pub const LM_ID_NEWLM: c_long = -1;

pub const RTLD_DEEPBIND: c_int = 0x8;

pub const RTLD_DI_LMID: c_int = 1;
pub const RTLD_DI_CONFIGADDR: c_int = 3;
pub const RTLD_DI_SERINFO: c_int = 4;
pub const RTLD_DI_SERINFOSIZE: c_int = 5;
pub const RTLD_DI_ORIGIN: c_int = 6;
pub const RTLD_DI_PROFILENAME: c_int = 7;
pub const RTLD_DI_PROFILEOUT: c_int = 8;
pub const RTLD_DI_TLS_MODID: c_int = 9;
pub const RTLD_DI_TLS_DATA: c_int = 10;

extern "C" {
    pub fn dlmopen(lmid: Lmid_t, filename: *const c_char, flag: c_int) -> *mut c_void;
    pub fn dlvsym(
        handle: *mut c_void,
        symbol: *const c_char,
        version: *const c_char,
    ) -> *mut c_void;
    pub fn dladdr1(
        addr: *const c_void,
        info: *mut Dl_info,
        extra_info: *mut *mut c_void,
        flags: c_int,
    ) -> c_int;
}
