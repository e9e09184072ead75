// `<utmp.h>`: the legacy `utmp` interface musl keeps (musl `include/utmp.h`).

pub const ACCOUNTING: c_short = 9;
pub const UT_NAMESIZE: usize = 32;
pub const UT_HOSTSIZE: usize = 256;
pub const UT_LINESIZE: usize = 32;

extern "C" {
    pub fn login_tty(fd: c_int) -> c_int;
}

extern "C" {
    pub fn endutent();
    #[cfg(target_env = "musl")]
    pub fn getutent() -> *mut utmpx;
    #[cfg(target_env = "musl")]
    pub fn getutid(ut: *const utmpx) -> *mut utmpx;
    #[cfg(target_env = "musl")]
    pub fn getutline(ut: *const utmpx) -> *mut utmpx;
    #[cfg(target_env = "musl")]
    pub fn pututline(ut: *const utmpx) -> *mut utmpx;
    pub fn setutent();
    #[cfg(target_env = "musl")]
    pub fn updwtmp(f: *const c_char, u: *const utmpx);
    pub fn utmpname(f: *const c_char) -> c_int;
}
