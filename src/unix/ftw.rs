// `<ftw.h>`: `nftw`/`ftw`, `struct FTW` and their flags (musl `include/ftw.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct FTW {
    pub base: c_int,
    pub level: c_int,
}

#[cfg(target_env = "musl")]
pub const FTW_F: c_int = 1;
#[cfg(target_env = "musl")]
pub const FTW_D: c_int = 2;
#[cfg(target_env = "musl")]
pub const FTW_DNR: c_int = 3;
#[cfg(target_env = "musl")]
pub const FTW_NS: c_int = 4;
#[cfg(target_env = "musl")]
pub const FTW_SL: c_int = 5;
#[cfg(target_env = "musl")]
pub const FTW_DP: c_int = 6;
#[cfg(target_env = "musl")]
pub const FTW_SLN: c_int = 7;
pub const FTW_PHYS: c_int = 1;
pub const FTW_MOUNT: c_int = 2;
pub const FTW_CHDIR: c_int = 4;
pub const FTW_DEPTH: c_int = 8;

extern "C" {
    pub fn ftw(
        path: *const c_char,
        fn_: Option<unsafe extern "C" fn(*const c_char, *const stat, c_int) -> c_int>,
        fd_limit: c_int,
    ) -> c_int;
    pub fn nftw(
        path: *const c_char,
        fn_: Option<unsafe extern "C" fn(*const c_char, *const stat, c_int, *mut FTW) -> c_int>,
        fd_limit: c_int,
        flags: c_int,
    ) -> c_int;
}
