// `<termios.h>`: glibc's `struct termios`, whose speeds are public as
// `c_ispeed`/`c_ospeed` (glibc `bits/termios-struct.h`), and the type of
// the output delay values, `tcflag_t` here as the published crate has them
// (`c_int` on musl; the values are the generic file's) (glibc
// `bits/termios-c_oflag.h`).

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

pub(crate) type termios_delay_t = tcflag_t;
