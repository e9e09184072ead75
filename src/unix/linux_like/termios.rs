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
    pub fn cfsetspeed(tio: *mut termios, speed: speed_t) -> c_int;
}
