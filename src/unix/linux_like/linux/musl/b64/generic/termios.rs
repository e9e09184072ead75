//! `<bits/termios.h>`: the terminal values some architecture renumbers, as
//! musl's `arch/generic/bits/termios.h` gives them (powerpc64 renumbers most,
//! mips64 the local modes and control characters, s390x a few types).

#[cfg(target_env = "musl")]
use crate::c_int;
#[cfg(target_env = "gnu")]
use crate::termios_delay_t;
use crate::{cc_t, speed_t, tcflag_t};

/// The type of the output delay values (`CR1`, `TAB1`, `BS1`, ...): `c_int`,
/// as the published crate has them on musl; glibc's, `tcflag_t`, is in
/// `linux::gnu` (`<termios.h>`). Crate-private, so the documentation shows
/// the C type it stands for.
#[cfg(target_env = "musl")]
pub(crate) type termios_delay_t = c_int;

#[cfg(target_env = "musl")]
/// musl's `struct termios`: the kernel's, with the two speeds after `c_cc`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct termios {
    pub c_iflag: tcflag_t,
    pub c_oflag: tcflag_t,
    pub c_cflag: tcflag_t,
    pub c_lflag: tcflag_t,
    pub c_line: cc_t,
    pub c_cc: [cc_t; NCCS],
    pub __c_ispeed: speed_t,
    pub __c_ospeed: speed_t,
}

/// The kernel's `struct termios2` (`asm-generic/termbits.h`), for
/// `TCGETS2`/`TCSETS2` and arbitrary speeds with `BOTHER`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct termios2 {
    pub c_iflag: tcflag_t,
    pub c_oflag: tcflag_t,
    pub c_cflag: tcflag_t,
    pub c_lflag: tcflag_t,
    pub c_line: cc_t,
    pub c_cc: [cc_t; 19],
    pub c_ispeed: speed_t,
    pub c_ospeed: speed_t,
}

pub const NCCS: usize = 32;
pub const BOTHER: speed_t = 0x1000;
pub const VEOF: usize = 4;
pub const VTIME: usize = 5;
pub const VMIN: usize = 6;
pub const VSWTC: usize = 7;
pub const VSTART: usize = 8;
pub const VSTOP: usize = 9;
pub const VSUSP: usize = 10;
pub const VEOL: usize = 11;
pub const VREPRINT: usize = 12;
pub const VDISCARD: usize = 13;
pub const VWERASE: usize = 14;
pub const VEOL2: usize = 16;
pub const IUCLC: tcflag_t = 0o1000;
pub const IXON: tcflag_t = 0o2000;
pub const IXOFF: tcflag_t = 0o10000;
pub const OLCUC: tcflag_t = 0o2;
pub const ONLCR: tcflag_t = 0o4;
pub const NLDLY: tcflag_t = 0o400;
pub const CRDLY: tcflag_t = 0o3000;
pub const CR1: termios_delay_t = 0o1000;
pub const CR2: termios_delay_t = 0o2000;
pub const CR3: termios_delay_t = 0o3000;
pub const TABDLY: tcflag_t = 0o14000;
pub const TAB1: termios_delay_t = 0o4000;
pub const TAB2: termios_delay_t = 0o10000;
pub const TAB3: termios_delay_t = 0o14000;
pub const BSDLY: tcflag_t = 0o20000;
pub const BS1: termios_delay_t = 0o20000;
pub const FFDLY: tcflag_t = 0o100000;
pub const FF1: termios_delay_t = 0o100000;
pub const VTDLY: tcflag_t = 0o40000;
pub const VT1: termios_delay_t = 0o40000;
pub const B57600: speed_t = 0o10001;
pub const B115200: speed_t = 0o10002;
pub const B230400: speed_t = 0o10003;
pub const B460800: speed_t = 0o10004;
pub const B500000: speed_t = 0o10005;
pub const B576000: speed_t = 0o10006;
pub const B921600: speed_t = 0o10007;
pub const B1000000: speed_t = 0o10010;
pub const B1152000: speed_t = 0o10011;
pub const B1500000: speed_t = 0o10012;
pub const B2000000: speed_t = 0o10013;
pub const B2500000: speed_t = 0o10014;
pub const B3000000: speed_t = 0o10015;
pub const B3500000: speed_t = 0o10016;
pub const B4000000: speed_t = 0o10017;
pub const CSIZE: tcflag_t = 0o60;
pub const CS6: tcflag_t = 0o20;
pub const CS7: tcflag_t = 0o40;
pub const CS8: tcflag_t = 0o60;
pub const CSTOPB: tcflag_t = 0o100;
pub const CREAD: tcflag_t = 0o200;
pub const PARENB: tcflag_t = 0o400;
pub const PARODD: tcflag_t = 0o1000;
pub const HUPCL: tcflag_t = 0o2000;
pub const CLOCAL: tcflag_t = 0o4000;
pub const ISIG: tcflag_t = 0o1;
pub const ICANON: tcflag_t = 0o2;
pub const ECHOE: tcflag_t = 0o20;
pub const ECHOK: tcflag_t = 0o40;
pub const ECHONL: tcflag_t = 0o100;
pub const NOFLSH: tcflag_t = 0o200;
pub const TOSTOP: tcflag_t = 0o400;
pub const IEXTEN: tcflag_t = 0o100000;
pub const CBAUD: tcflag_t = 0o10017;
pub const CBAUDEX: tcflag_t = 0o10000;
pub const CIBAUD: tcflag_t = 0o2003600000;
pub const XCASE: tcflag_t = 0o4;
pub const ECHOCTL: tcflag_t = 0o1000;
pub const ECHOPRT: tcflag_t = 0o2000;
pub const ECHOKE: tcflag_t = 0o4000;
pub const FLUSHO: tcflag_t = 0o10000;
pub const PENDIN: tcflag_t = 0o40000;
pub const EXTPROC: tcflag_t = 0o200000;
pub const XTABS: tcflag_t = 0o14000;
