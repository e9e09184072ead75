// `<termios.h>`: glibc's `struct termios`, whose speeds are public as
// `c_ispeed`/`c_ospeed` (glibc `bits/termios-struct.h`), and the output
// delay values, which the published crate types `tcflag_t` here, `c_int` on
// musl (glibc `bits/termios-c_oflag.h`).

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
    pub c_ispeed: speed_t,
    pub c_ospeed: speed_t,
}

pub const CR1: tcflag_t = 0o1000;
pub const CR2: tcflag_t = 0o2000;
pub const CR3: tcflag_t = 0o3000;
pub const TAB1: tcflag_t = 0o4000;
pub const TAB2: tcflag_t = 0o10000;
pub const TAB3: tcflag_t = 0o14000;
pub const BS1: tcflag_t = 0o20000;
pub const FF1: tcflag_t = 0o100000;
pub const VT1: tcflag_t = 0o40000;
