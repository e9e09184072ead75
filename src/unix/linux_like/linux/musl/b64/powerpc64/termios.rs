// `<bits/termios.h>`: powerpc64's terminal values, nearly all its own
// (musl `arch/powerpc64/bits/termios.h`); it has no `termios2` (the kernel's
// `asm/termbits.h` for powerpc), so it does not take the generic file.

/// powerpc64's `struct termios` puts `c_cc` before `c_line` (musl
/// `arch/powerpc64/bits/termios.h`); the kernel has no `termios2` here.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct termios {
    pub c_iflag: tcflag_t,
    pub c_oflag: tcflag_t,
    pub c_cflag: tcflag_t,
    pub c_lflag: tcflag_t,
    pub c_cc: [cc_t; NCCS],
    pub c_line: cc_t,
    pub __c_ispeed: speed_t,
    pub __c_ospeed: speed_t,
}

pub const NCCS: usize = 19;
pub const BOTHER: speed_t = 0x1f;
pub const VTIME: usize = 7;
pub const VMIN: usize = 5;
pub const VSWTC: usize = 9;
pub const VSTART: usize = 13;
pub const VSTOP: usize = 14;
pub const VEOF: usize = 4;
pub const VSUSP: usize = 12;
pub const VEOL: usize = 6;
pub const VREPRINT: usize = 11;
pub const VDISCARD: usize = 16;
pub const VWERASE: usize = 10;
pub const VEOL2: usize = 8;
pub const IUCLC: tcflag_t = 0o10000;
pub const IXON: tcflag_t = 0o1000;
pub const IXOFF: tcflag_t = 0o2000;
pub const OLCUC: tcflag_t = 0o4;
pub const ONLCR: tcflag_t = 0o2;
pub const NLDLY: tcflag_t = 0o1400;
pub const CRDLY: tcflag_t = 0o30000;
pub const CR1: c_int = 0o10000;
pub const CR2: c_int = 0o20000;
pub const CR3: c_int = 0o30000;
pub const TABDLY: tcflag_t = 0o6000;
pub const TAB1: c_int = 0o2000;
pub const TAB2: c_int = 0o4000;
pub const TAB3: c_int = 0o6000;
pub const BSDLY: tcflag_t = 0o100000;
pub const BS1: c_int = 0o100000;
pub const FFDLY: tcflag_t = 0o40000;
pub const FF1: c_int = 0o40000;
pub const VTDLY: tcflag_t = 0o200000;
pub const VT1: c_int = 0o200000;
pub const B57600: speed_t = 0o20;
pub const B115200: speed_t = 0o21;
pub const B230400: speed_t = 0o22;
pub const B460800: speed_t = 0o23;
pub const B500000: speed_t = 0o24;
pub const B576000: speed_t = 0o25;
pub const B921600: speed_t = 0o26;
pub const B1000000: speed_t = 0o27;
pub const B1152000: speed_t = 0o30;
pub const B1500000: speed_t = 0o31;
pub const B2000000: speed_t = 0o32;
pub const B2500000: speed_t = 0o33;
pub const B3000000: speed_t = 0o34;
pub const B3500000: speed_t = 0o35;
pub const B4000000: speed_t = 0o36;
pub const CSIZE: tcflag_t = 0o1400;
pub const CS6: tcflag_t = 0o400;
pub const CS7: tcflag_t = 0o1000;
pub const CS8: tcflag_t = 0o1400;
pub const CSTOPB: tcflag_t = 0o2000;
pub const CREAD: tcflag_t = 0o4000;
pub const PARENB: tcflag_t = 0o10000;
pub const PARODD: tcflag_t = 0o20000;
pub const HUPCL: tcflag_t = 0o40000;
pub const CLOCAL: tcflag_t = 0o100000;
pub const ISIG: tcflag_t = 0x80;
pub const ICANON: tcflag_t = 0x100;
pub const ECHOE: tcflag_t = 0x2;
pub const ECHOK: tcflag_t = 0x4;
pub const ECHONL: tcflag_t = 0x10;
pub const NOFLSH: tcflag_t = 0x80000000;
pub const TOSTOP: tcflag_t = 0x400000;
pub const IEXTEN: tcflag_t = 0x400;
pub const CBAUD: tcflag_t = 0o377;
pub const CBAUDEX: tcflag_t = 0o20;
pub const CIBAUD: tcflag_t = 0o77600000;
pub const XCASE: tcflag_t = 0x4000;
pub const ECHOCTL: tcflag_t = 0x40;
pub const ECHOPRT: tcflag_t = 0x20;
pub const ECHOKE: tcflag_t = 0x1;
pub const FLUSHO: tcflag_t = 0x800000;
pub const PENDIN: tcflag_t = 0x20000000;
pub const EXTPROC: tcflag_t = 0x10000000;
pub const XTABS: tcflag_t = 0o6000;
