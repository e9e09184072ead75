// `<sys/timex.h>`: glibc's `struct ntptimeval`, with the TAI offset and four
// reserved words, and `struct timex`, whose eleven trailing `int :32`
// padding members are named here, `NTP_API`, and the NTP interface
// functions (glibc `sys/timex.h`, `bits/timex.h`). On a 64-bit ABI glibc's
// header renames `ntp_gettime` to `ntp_gettimex` (`__REDIRECT_NTH`), the
// entry point that fills the TAI offset this `ntptimeval` has.

pub const NTP_API: c_int = 4;

extern "C" {
    pub fn ntp_adjtime(buf: *mut timex) -> c_int;
    #[link_name = "ntp_gettimex"]
    pub fn ntp_gettime(buf: *mut ntptimeval) -> c_int;
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ntptimeval {
    pub time: timeval,
    pub maxerror: c_long,
    pub esterror: c_long,
    pub tai: c_long,
    pub __glibc_reserved1: c_long,
    pub __glibc_reserved2: c_long,
    pub __glibc_reserved3: c_long,
    pub __glibc_reserved4: c_long,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct timex {
    pub modes: c_uint,
    pub offset: c_long,
    pub freq: c_long,
    pub maxerror: c_long,
    pub esterror: c_long,
    pub status: c_int,
    pub constant: c_long,
    pub precision: c_long,
    pub tolerance: c_long,
    pub time: timeval,
    pub tick: c_long,
    pub ppsfreq: c_long,
    pub jitter: c_long,
    pub shift: c_int,
    pub stabil: c_long,
    pub jitcnt: c_long,
    pub calcnt: c_long,
    pub errcnt: c_long,
    pub stbcnt: c_long,
    pub tai: c_int,
    pub __unused1: i32,
    pub __unused2: i32,
    pub __unused3: i32,
    pub __unused4: i32,
    pub __unused5: i32,
    pub __unused6: i32,
    pub __unused7: i32,
    pub __unused8: i32,
    pub __unused9: i32,
    pub __unused10: i32,
    pub __unused11: i32,
}
