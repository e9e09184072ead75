// `<shadow.h>`: `struct spwd` and the shadow password functions (musl
// `include/shadow.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct spwd {
    pub sp_namp: *mut c_char,
    pub sp_pwdp: *mut c_char,
    pub sp_lstchg: c_long,
    pub sp_min: c_long,
    pub sp_max: c_long,
    pub sp_warn: c_long,
    pub sp_inact: c_long,
    pub sp_expire: c_long,
    pub sp_flag: c_ulong,
}

extern "C" {
    pub fn setspent();
    pub fn endspent();
    pub fn getspent() -> *mut spwd;
    pub fn getspnam(name: *const c_char) -> *mut spwd;
    pub fn getspnam_r(
        name: *const c_char,
        sp: *mut spwd,
        buf: *mut c_char,
        size: size_t,
        res: *mut *mut spwd,
    ) -> c_int;
}

extern "C" {
    pub fn fgetspent(f: *mut FILE) -> *mut spwd;
    pub fn lckpwdf() -> c_int;
    pub fn putspent(sp: *const spwd, f: *mut FILE) -> c_int;
    pub fn ulckpwdf() -> c_int;
}
