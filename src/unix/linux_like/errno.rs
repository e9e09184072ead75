// `<errno.h>`: the kernel's error numbers beyond POSIX that are the same on
// every supported architecture (musl `arch/generic/bits/errno.h`); the ones
// mips64 or powerpc64 renumber are in the hub's `generic::errno`.

pub const ENOTBLK: c_int = 15;
pub const EBFONT: c_int = 59;
pub const ENONET: c_int = 64;
pub const ENOPKG: c_int = 65;
pub const EREMOTE: c_int = 66;
pub const EADV: c_int = 68;
pub const ESRMNT: c_int = 69;
pub const ECOMM: c_int = 70;
pub const EDOTDOT: c_int = 73;
