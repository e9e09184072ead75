// `<termios.h>`: the terminal interface values every architecture shares
// and the POSIX `tc*`/`cf*` functions (musl `include/termios.h`,
// `arch/generic/bits/termios.h`); the values powerpc64, mips64 and s390x
// renumber are in the hub's `generic::termios`.

pub type cc_t = c_uchar;
pub type speed_t = c_uint;
pub type tcflag_t = c_uint;

pub const VINTR: usize = 0;
pub const VQUIT: usize = 1;
pub const VERASE: usize = 2;
pub const VKILL: usize = 3;
pub const VLNEXT: usize = 15;
pub const IGNBRK: tcflag_t = 0o1;
pub const BRKINT: tcflag_t = 0o2;
pub const IGNPAR: tcflag_t = 0o4;
pub const PARMRK: tcflag_t = 0o10;
pub const INPCK: tcflag_t = 0o20;
pub const ISTRIP: tcflag_t = 0o40;
pub const INLCR: tcflag_t = 0o100;
pub const IGNCR: tcflag_t = 0o200;
pub const ICRNL: tcflag_t = 0o400;
pub const IXANY: tcflag_t = 0o4000;
pub const IMAXBEL: tcflag_t = 0o20000;
pub const IUTF8: tcflag_t = 0o40000;
pub const OPOST: tcflag_t = 0o1;
pub const OCRNL: tcflag_t = 0o10;
pub const ONOCR: tcflag_t = 0o20;
pub const ONLRET: tcflag_t = 0o40;
pub const OFILL: tcflag_t = 0o100;
pub const OFDEL: tcflag_t = 0o200;
pub const NL0: tcflag_t = 0;
pub const NL1: tcflag_t = 0o400;
pub const CR0: tcflag_t = 0;
pub const TAB0: tcflag_t = 0;
pub const BS0: tcflag_t = 0;
pub const FF0: tcflag_t = 0;
pub const VT0: tcflag_t = 0;
pub const B0: speed_t = 0;
pub const B50: speed_t = 0o1;
pub const B75: speed_t = 0o2;
pub const B110: speed_t = 0o3;
pub const B134: speed_t = 0o4;
pub const B150: speed_t = 0o5;
pub const B200: speed_t = 0o6;
pub const B300: speed_t = 0o7;
pub const B600: speed_t = 0o10;
pub const B1200: speed_t = 0o11;
pub const B1800: speed_t = 0o12;
pub const B2400: speed_t = 0o13;
pub const B4800: speed_t = 0o14;
pub const B9600: speed_t = 0o15;
pub const B19200: speed_t = 0o16;
pub const B38400: speed_t = 0o17;
pub const CS5: tcflag_t = 0;
pub const ECHO: tcflag_t = 0o10;
pub const TCOOFF: c_int = 0;
pub const TCOON: c_int = 1;
pub const TCIOFF: c_int = 2;
pub const TCION: c_int = 3;
pub const TCIFLUSH: c_int = 0;
pub const TCOFLUSH: c_int = 1;
pub const TCIOFLUSH: c_int = 2;
pub const TCSANOW: c_int = 0;
pub const TCSADRAIN: c_int = 1;
pub const TCSAFLUSH: c_int = 2;

extern "C" {
    #[cfg(target_env = "musl")]
    pub fn cfgetospeed(tio: *const termios) -> speed_t;
    #[cfg(target_env = "musl")]
    pub fn cfgetispeed(tio: *const termios) -> speed_t;
    #[cfg(target_env = "musl")]
    pub fn cfsetospeed(tio: *mut termios, speed: speed_t) -> c_int;
    #[cfg(target_env = "musl")]
    pub fn cfsetispeed(tio: *mut termios, speed: speed_t) -> c_int;
    pub fn tcgetattr(fd: c_int, tio: *mut termios) -> c_int;
    pub fn tcsetattr(fd: c_int, act: c_int, tio: *const termios) -> c_int;
    pub fn tcsendbreak(fd: c_int, dur: c_int) -> c_int;
    pub fn tcdrain(fd: c_int) -> c_int;
    pub fn tcflush(fd: c_int, queue: c_int) -> c_int;
    pub fn tcflow(fd: c_int, action: c_int) -> c_int;
    pub fn tcgetsid(fd: c_int) -> pid_t;
}

extern "C" {
    #[cfg(target_env = "musl")]
    pub fn tcgetwinsize(fd: c_int, wsz: *mut winsize) -> c_int;
    #[cfg(target_env = "musl")]
    pub fn tcsetwinsize(fd: c_int, wsz: *const winsize) -> c_int;
}

// `<termios.h>`: the kernel's terminal values beyond POSIX that every
// architecture shares, and `cfmakeraw`/`cfsetspeed` (musl
// `include/termios.h`, the kernel's `asm-generic/termbits-common.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct winsize {
    pub ws_row: c_ushort,
    pub ws_col: c_ushort,
    pub ws_xpixel: c_ushort,
    pub ws_ypixel: c_ushort,
}

pub const IBSHIFT: tcflag_t = 16;
pub const EXTA: speed_t = 0o16;
pub const EXTB: speed_t = 0o17;
pub const CMSPAR: tcflag_t = 0o10000000000;
pub const CRTSCTS: tcflag_t = 0o20000000000;

extern "C" {
    pub fn cfmakeraw(t: *mut termios);
    #[cfg(target_env = "musl")]
    pub fn cfsetspeed(tio: *mut termios, speed: speed_t) -> c_int;
}
