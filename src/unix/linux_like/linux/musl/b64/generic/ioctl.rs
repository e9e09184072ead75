//! `<bits/ioctl.h>`: the `ioctl` request numbers, as the kernel's
//! `asm-generic/ioctl.h` encoding and `asm-generic/ioctls.h` give them (musl
//! `arch/generic/bits/ioctl.h`); powerpc64 and mips64 have their own
//! encodings and numbers, s390x a few of its own.

use crate::{c_int, c_uint, ioctl_request_t};

// The `_IOC` encoding's parameters: a 14-bit size and two direction bits
// (the rest is derived in `<sys/ioctl.h>`'s file of the `linux_like` layer).
pub const _IOC_SIZEBITS: c_uint = 14;
pub const _IOC_DIRBITS: c_uint = 2;
pub const _IOC_NONE: c_uint = 0;
pub const _IOC_WRITE: c_uint = 1;
pub const _IOC_READ: c_uint = 2;

pub const TCGETS2: ioctl_request_t = 0x802c542a_u32 as ioctl_request_t;
pub const TCSETS2: ioctl_request_t = 0x402c542b;
pub const TCSETSW2: ioctl_request_t = 0x402c542c;
pub const TCSETSF2: ioctl_request_t = 0x402c542d;
pub const TCGETS: ioctl_request_t = 0x5401;
pub const TCSETS: ioctl_request_t = 0x5402;
pub const TCSETSW: ioctl_request_t = 0x5403;
pub const TCSETSF: ioctl_request_t = 0x5404;
pub const TCGETA: ioctl_request_t = 0x5405;
pub const TCSETA: ioctl_request_t = 0x5406;
pub const TCSETAW: ioctl_request_t = 0x5407;
pub const TCSETAF: ioctl_request_t = 0x5408;
pub const TCSBRK: ioctl_request_t = 0x5409;
pub const TCXONC: ioctl_request_t = 0x540a;
pub const TCFLSH: ioctl_request_t = 0x540b;
pub const TIOCEXCL: ioctl_request_t = 0x540c;
pub const TIOCNXCL: ioctl_request_t = 0x540d;
pub const TIOCSCTTY: ioctl_request_t = 0x540e;
pub const TIOCGPGRP: ioctl_request_t = 0x540f;
pub const TIOCSPGRP: ioctl_request_t = 0x5410;
pub const TIOCOUTQ: ioctl_request_t = 0x5411;
pub const TIOCSTI: ioctl_request_t = 0x5412;
pub const TIOCGWINSZ: ioctl_request_t = 0x5413;
pub const TIOCSWINSZ: ioctl_request_t = 0x5414;
pub const TIOCMGET: ioctl_request_t = 0x5415;
pub const TIOCMBIS: ioctl_request_t = 0x5416;
pub const TIOCMBIC: ioctl_request_t = 0x5417;
pub const TIOCMSET: ioctl_request_t = 0x5418;
pub const TIOCGSOFTCAR: ioctl_request_t = 0x5419;
pub const TIOCSSOFTCAR: ioctl_request_t = 0x541a;
pub const FIONREAD: ioctl_request_t = 0x541b;
pub const TIOCINQ: ioctl_request_t = 0x541b;
pub const TIOCLINUX: ioctl_request_t = 0x541c;
pub const TIOCCONS: ioctl_request_t = 0x541d;
pub const TIOCGSERIAL: ioctl_request_t = 0x541e;
pub const TIOCSSERIAL: ioctl_request_t = 0x541f;
pub const TIOCPKT: ioctl_request_t = 0x5420;
pub const FIONBIO: ioctl_request_t = 0x5421;
pub const TIOCNOTTY: ioctl_request_t = 0x5422;
pub const TIOCSETD: ioctl_request_t = 0x5423;
pub const TIOCGETD: ioctl_request_t = 0x5424;
pub const TCSBRKP: ioctl_request_t = 0x5425;
pub const TIOCGSID: ioctl_request_t = 0x5429;
pub const TIOCGRS485: ioctl_request_t = 0x542e;
pub const TIOCSRS485: ioctl_request_t = 0x542f;
pub const TIOCGPTN: ioctl_request_t = 0x80045430_u32 as ioctl_request_t;
pub const TIOCSPTLCK: ioctl_request_t = 0x40045431;
pub const TIOCGDEV: ioctl_request_t = 0x80045432_u32 as ioctl_request_t;
pub const TCGETX: ioctl_request_t = 0x5432;
pub const TCSETX: ioctl_request_t = 0x5433;
pub const TCSETXF: ioctl_request_t = 0x5434;
pub const TCSETXW: ioctl_request_t = 0x5435;
pub const TIOCSIG: ioctl_request_t = 0x40045436;
pub const TIOCGPKT: ioctl_request_t = 0x80045438_u32 as ioctl_request_t;
pub const TIOCGPTLCK: ioctl_request_t = 0x80045439_u32 as ioctl_request_t;
pub const TIOCGEXCL: ioctl_request_t = 0x80045440_u32 as ioctl_request_t;
pub const TIOCGPTPEER: ioctl_request_t = 0x5441;
pub const FIONCLEX: ioctl_request_t = 0x5450;
pub const FIOCLEX: ioctl_request_t = 0x5451;
pub const FIOASYNC: ioctl_request_t = 0x5452;
pub const TIOCSERCONFIG: ioctl_request_t = 0x5453;
pub const TIOCSERGWILD: ioctl_request_t = 0x5454;
pub const TIOCSERSWILD: ioctl_request_t = 0x5455;
pub const TIOCGLCKTRMIOS: ioctl_request_t = 0x5456;
pub const TIOCSLCKTRMIOS: ioctl_request_t = 0x5457;
pub const TIOCSERGSTRUCT: ioctl_request_t = 0x5458;
pub const TIOCSERGETLSR: ioctl_request_t = 0x5459;
pub const TIOCSERGETMULTI: ioctl_request_t = 0x545a;
pub const TIOCSERSETMULTI: ioctl_request_t = 0x545b;
pub const TIOCMIWAIT: ioctl_request_t = 0x545c;
pub const TIOCGICOUNT: ioctl_request_t = 0x545d;
pub const FIOQSIZE: ioctl_request_t = 0x5460;
pub const TIOCM_ST: c_int = 0x8;
pub const TIOCM_SR: c_int = 0x10;
pub const TIOCM_CTS: c_int = 0x20;
pub const TIOCM_CAR: c_int = 0x40;
pub const TIOCM_RNG: c_int = 0x80;
pub const TIOCM_DSR: c_int = 0x100;
pub const TIOCM_CD: c_int = 64;
pub const TIOCM_RI: c_int = 128;
