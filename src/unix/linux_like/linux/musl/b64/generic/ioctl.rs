//! `<bits/ioctl.h>`: the `ioctl` request numbers, as the kernel's
//! `asm-generic/ioctl.h` encoding and `asm-generic/ioctls.h` give them (musl
//! `arch/generic/bits/ioctl.h`); powerpc64 and mips64 have their own
//! encodings and numbers, s390x a few of its own.

use crate::{c_int, c_uint};

// The `_IOC` encoding's parameters: a 14-bit size and two direction bits
// (the rest is derived in `<sys/ioctl.h>`'s file of the `linux_like` layer).
pub const _IOC_SIZEBITS: c_uint = 14;
pub const _IOC_DIRBITS: c_uint = 2;
pub const _IOC_NONE: c_uint = 0;
pub const _IOC_WRITE: c_uint = 1;
pub const _IOC_READ: c_uint = 2;

pub const TCGETS2: c_int = 0x802c542a_u32 as c_int;
pub const TCSETS2: c_int = 0x402c542b;
pub const TCSETSW2: c_int = 0x402c542c;
pub const TCSETSF2: c_int = 0x402c542d;
pub const TCGETS: c_int = 0x5401;
pub const TCSETS: c_int = 0x5402;
pub const TCSETSW: c_int = 0x5403;
pub const TCSETSF: c_int = 0x5404;
pub const TCGETA: c_int = 0x5405;
pub const TCSETA: c_int = 0x5406;
pub const TCSETAW: c_int = 0x5407;
pub const TCSETAF: c_int = 0x5408;
pub const TCSBRK: c_int = 0x5409;
pub const TCXONC: c_int = 0x540a;
pub const TCFLSH: c_int = 0x540b;
pub const TIOCEXCL: c_int = 0x540c;
pub const TIOCNXCL: c_int = 0x540d;
pub const TIOCSCTTY: c_int = 0x540e;
pub const TIOCGPGRP: c_int = 0x540f;
pub const TIOCSPGRP: c_int = 0x5410;
pub const TIOCOUTQ: c_int = 0x5411;
pub const TIOCSTI: c_int = 0x5412;
pub const TIOCGWINSZ: c_int = 0x5413;
pub const TIOCSWINSZ: c_int = 0x5414;
pub const TIOCMGET: c_int = 0x5415;
pub const TIOCMBIS: c_int = 0x5416;
pub const TIOCMBIC: c_int = 0x5417;
pub const TIOCMSET: c_int = 0x5418;
pub const TIOCGSOFTCAR: c_int = 0x5419;
pub const TIOCSSOFTCAR: c_int = 0x541a;
pub const FIONREAD: c_int = 0x541b;
pub const TIOCINQ: c_int = 0x541b;
pub const TIOCLINUX: c_int = 0x541c;
pub const TIOCCONS: c_int = 0x541d;
pub const TIOCGSERIAL: c_int = 0x541e;
pub const TIOCSSERIAL: c_int = 0x541f;
pub const TIOCPKT: c_int = 0x5420;
pub const FIONBIO: c_int = 0x5421;
pub const TIOCNOTTY: c_int = 0x5422;
pub const TIOCSETD: c_int = 0x5423;
pub const TIOCGETD: c_int = 0x5424;
pub const TCSBRKP: c_int = 0x5425;
pub const TIOCGSID: c_int = 0x5429;
pub const TIOCGRS485: c_int = 0x542e;
pub const TIOCSRS485: c_int = 0x542f;
pub const TIOCGPTN: c_int = 0x80045430_u32 as c_int;
pub const TIOCSPTLCK: c_int = 0x40045431;
pub const TIOCGDEV: c_int = 0x80045432_u32 as c_int;
pub const TCGETX: c_int = 0x5432;
pub const TCSETX: c_int = 0x5433;
pub const TCSETXF: c_int = 0x5434;
pub const TCSETXW: c_int = 0x5435;
pub const TIOCSIG: c_int = 0x40045436;
pub const TIOCGPKT: c_int = 0x80045438_u32 as c_int;
pub const TIOCGPTLCK: c_int = 0x80045439_u32 as c_int;
pub const TIOCGEXCL: c_int = 0x80045440_u32 as c_int;
pub const TIOCGPTPEER: c_int = 0x5441;
pub const FIONCLEX: c_int = 0x5450;
pub const FIOCLEX: c_int = 0x5451;
pub const FIOASYNC: c_int = 0x5452;
pub const TIOCSERCONFIG: c_int = 0x5453;
pub const TIOCSERGWILD: c_int = 0x5454;
pub const TIOCSERSWILD: c_int = 0x5455;
pub const TIOCGLCKTRMIOS: c_int = 0x5456;
pub const TIOCSLCKTRMIOS: c_int = 0x5457;
pub const TIOCSERGSTRUCT: c_int = 0x5458;
pub const TIOCSERGETLSR: c_int = 0x5459;
pub const TIOCSERGETMULTI: c_int = 0x545a;
pub const TIOCSERSETMULTI: c_int = 0x545b;
pub const TIOCMIWAIT: c_int = 0x545c;
pub const TIOCGICOUNT: c_int = 0x545d;
pub const FIOQSIZE: c_int = 0x5460;
pub const TIOCM_ST: c_int = 0x8;
pub const TIOCM_SR: c_int = 0x10;
pub const TIOCM_CTS: c_int = 0x20;
pub const TIOCM_CAR: c_int = 0x40;
pub const TIOCM_RNG: c_int = 0x80;
pub const TIOCM_DSR: c_int = 0x100;
pub const TIOCM_CD: c_int = 64;
pub const TIOCM_RI: c_int = 128;
