// `<bits/termios.h>`: mips64's control characters, local modes and
// `termios` ioctl-related values (musl `arch/mips64/bits/termios.h`).

/// mips64's `struct termios2` has 23 control characters (the kernel's
/// `arch/mips/include/uapi/asm/termbits.h`).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct termios2 {
    pub c_iflag: tcflag_t,
    pub c_oflag: tcflag_t,
    pub c_cflag: tcflag_t,
    pub c_lflag: tcflag_t,
    pub c_line: cc_t,
    pub c_cc: [cc_t; 23],
    pub c_ispeed: speed_t,
    pub c_ospeed: speed_t,
}

pub const VEOF: usize = 16;
pub const VMIN: usize = 4;
pub const VEOL: usize = 17;
pub const VEOL2: usize = 6;
pub const CR1: tcflag_t = 0o1000;
pub const CR2: tcflag_t = 0o2000;
pub const CR3: tcflag_t = 0o3000;
pub const TAB1: tcflag_t = 0o4000;
pub const TAB2: tcflag_t = 0o10000;
pub const TAB3: tcflag_t = 0o14000;
pub const BS1: tcflag_t = 0o20000;
pub const FF1: tcflag_t = 0o100000;
pub const VT1: tcflag_t = 0o40000;
pub const TOSTOP: tcflag_t = 0o100000;
pub const IEXTEN: tcflag_t = 0o400;
pub const FLUSHO: tcflag_t = 0o20000;
