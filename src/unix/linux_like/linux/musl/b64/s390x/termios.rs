// `<bits/termios.h>`: the terminal values s390x types differently in the
// published crate (musl `arch/s390x/bits/termios.h` is the generic one).

pub const CR1: tcflag_t = 0o1000;
pub const CR2: tcflag_t = 0o2000;
pub const CR3: tcflag_t = 0o3000;
pub const TAB1: tcflag_t = 0o4000;
pub const TAB2: tcflag_t = 0o10000;
pub const TAB3: tcflag_t = 0o14000;
pub const BS1: tcflag_t = 0o20000;
pub const FF1: tcflag_t = 0o100000;
pub const VT1: tcflag_t = 0o40000;
pub const CBAUD: speed_t = 0o10017;
