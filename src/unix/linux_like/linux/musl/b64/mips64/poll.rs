// `<bits/poll.h>`: mips64's `POLLWRNORM`/`POLLWRBAND` (musl
// `arch/mips64/bits/poll.h`).

pub const POLLWRNORM: c_short = 4;
pub const POLLWRBAND: c_short = 0x100;
