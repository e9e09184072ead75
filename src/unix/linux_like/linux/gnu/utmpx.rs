// `<utmpx.h>`: glibc's `struct utmpx` (glibc `bits/utmpx.h`). Its
// `ut_session` and `ut_tv` are 32-bit where the architecture keeps 32-bit
// compatibility (`__WORDSIZE_TIME64_COMPAT32`, x86_64), so their types are
// the architecture file's. Its line, user and host fields have the sizes of
// `struct utmp` (`bits/utmp.h`). `__timeval` is the published crate's name for
// the header's anonymous `ut_tv` of the 32-bit compatible layout; it is
// defined on every glibc architecture, as the published crate has it, and
// used where the architecture keeps that layout.

pub const __UT_LINESIZE: usize = 32;
pub const __UT_NAMESIZE: usize = 32;
pub const __UT_HOSTSIZE: usize = 256;

/// `utmpx.ut_tv` under `__WORDSIZE_TIME64_COMPAT32`, C's anonymous
/// `struct { __uint32_t tv_sec; int32_t tv_usec; }`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __timeval {
    pub tv_sec: u32,
    pub tv_usec: i32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct utmpx {
    pub ut_type: c_short,
    pub ut_pid: pid_t,
    pub ut_line: [c_char; __UT_LINESIZE],
    pub ut_id: [c_char; 4],
    pub ut_user: [c_char; __UT_NAMESIZE],
    pub ut_host: [c_char; __UT_HOSTSIZE],
    pub ut_exit: __exit_status,
    pub ut_session: __ut_session_t,
    pub ut_tv: __ut_tv_t,
    pub ut_addr_v6: [i32; 4],
    __glibc_reserved: crate::Padding<[c_char; 20]>,
}
