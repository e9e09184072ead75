// `<utmpx.h>`: the POSIX user accounting database: the `ut_type` values
// and functions (musl `include/utmpx.h`); `struct utmpx` is in musl's layer.

pub const EMPTY: c_short = 0;
pub const RUN_LVL: c_short = 1;
pub const BOOT_TIME: c_short = 2;
pub const NEW_TIME: c_short = 3;
pub const OLD_TIME: c_short = 4;
pub const INIT_PROCESS: c_short = 5;
pub const LOGIN_PROCESS: c_short = 6;
pub const USER_PROCESS: c_short = 7;
pub const DEAD_PROCESS: c_short = 8;

extern "C" {
    pub fn endutxent();
    pub fn getutxent() -> *mut utmpx;
    pub fn getutxid(ut: *const utmpx) -> *mut utmpx;
    pub fn getutxline(ut: *const utmpx) -> *mut utmpx;
    pub fn pututxline(ut: *const utmpx) -> *mut utmpx;
    pub fn setutxent();
}

// `<utmpx.h>`: the GNU utmpx functions (musl `include/utmpx.h`).

extern "C" {
    pub fn utmpxname(f: *const c_char) -> c_int;
}

extern "C" {
    pub fn updwtmpx(f: *const c_char, u: *const utmpx);
}

// `<utmpx.h>`: musl's `struct utmpx` (musl `include/utmpx.h`).

/// `utmpx`'s anonymous `ut_exit` member (its fields are `__e_termination`
/// and `__e_exit` in C, `e_termination`/`e_exit` through musl's macros).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __exit_status {
    pub e_termination: c_short,
    pub e_exit: c_short,
}

#[cfg(target_env = "musl")]
/// musl's `struct utmpx`. `ut_session` is an `int` beside a padding
/// `int`, in the order of the byte order (the published crate has a
/// `long` there on most targets; musl's layout is the one here).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct utmpx {
    pub ut_type: c_short,
    __ut_pad1: crate::Padding<c_short>,
    pub ut_pid: pid_t,
    pub ut_line: [c_char; 32],
    pub ut_id: [c_char; 4],
    pub ut_user: [c_char; 32],
    pub ut_host: [c_char; 256],
    pub ut_exit: __exit_status,
    #[cfg(target_endian = "little")]
    pub ut_session: c_int,
    __ut_pad2: crate::Padding<c_int>,
    #[cfg(target_endian = "big")]
    pub ut_session: c_int,
    pub ut_tv: timeval,
    pub ut_addr_v6: [c_uint; 4],
    __unused: crate::Padding<[c_char; 20]>,
}
