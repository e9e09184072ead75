//! `<bits/ioctl.h>`: powerpc64's `ioctl` encoding (direction bits 29..31,
//! size 13 bits) and numbers (musl `arch/powerpc64/bits/ioctl.h`); it has no
//! `termios2` requests, so it does not take the generic file.

use crate::{c_int, c_uint};

// The `_IOC` encoding's parameters: a 13-bit size and three direction bits
// (the kernel's `asm/ioctl.h` for this architecture).
pub const _IOC_SIZEBITS: c_uint = 13;
pub const _IOC_DIRBITS: c_uint = 3;
pub const _IOC_NONE: c_uint = 1;
pub const _IOC_READ: c_uint = 2;
pub const _IOC_WRITE: c_uint = 4;

pub const TCGETS: c_int = 0x402c7413;
pub const TCSETS: c_int = 0x802c7414_u32 as c_int;
pub const TCSETSW: c_int = 0x802c7415_u32 as c_int;
pub const TCSETSF: c_int = 0x802c7416_u32 as c_int;
pub const TCGETA: c_int = 0x40147417;
pub const TCSETA: c_int = 0x80147418_u32 as c_int;
pub const TCSETAW: c_int = 0x80147419_u32 as c_int;
pub const TCSETAF: c_int = 0x8014741c_u32 as c_int;
pub const TCSBRK: c_int = 0x2000741d;
pub const TCXONC: c_int = 0x2000741e;
pub const TCFLSH: c_int = 0x2000741f;
pub const TIOCEXCL: c_int = 0x540c;
pub const TIOCNXCL: c_int = 0x540d;
pub const TIOCSCTTY: c_int = 0x540e;
pub const TIOCGPGRP: c_int = 0x40047477;
pub const TIOCSPGRP: c_int = 0x80047476_u32 as c_int;
pub const TIOCOUTQ: c_int = 0x40047473;
pub const TIOCSTI: c_int = 0x5412;
pub const TIOCGWINSZ: c_int = 0x40087468;
pub const TIOCSWINSZ: c_int = 0x80087467_u32 as c_int;
pub const TIOCMGET: c_int = 0x5415;
pub const TIOCMBIS: c_int = 0x5416;
pub const TIOCMBIC: c_int = 0x5417;
pub const TIOCMSET: c_int = 0x5418;
pub const TIOCGSOFTCAR: c_int = 0x5419;
pub const TIOCSSOFTCAR: c_int = 0x541a;
pub const FIONREAD: c_int = 0x4004667f;
pub const TIOCINQ: c_int = 0x4004667f;
pub const TIOCLINUX: c_int = 0x541c;
pub const TIOCCONS: c_int = 0x541d;
pub const TIOCGSERIAL: c_int = 0x541e;
pub const TIOCSSERIAL: c_int = 0x541f;
pub const TIOCPKT: c_int = 0x5420;
pub const FIONBIO: c_int = 0x8004667e_u32 as c_int;
pub const TIOCNOTTY: c_int = 0x5422;
pub const TIOCSETD: c_int = 0x5423;
pub const TIOCGETD: c_int = 0x5424;
pub const TCSBRKP: c_int = 0x5425;
pub const TIOCGSID: c_int = 0x5429;
pub const TIOCGRS485: c_int = 0x542e;
pub const TIOCSRS485: c_int = 0x542f;
pub const TIOCGPTN: c_int = 0x40045430;
pub const TIOCSPTLCK: c_int = 0x80045431_u32 as c_int;
pub const TIOCGDEV: c_int = 0x40045432;
pub const TIOCSIG: c_int = 0x80045436_u32 as c_int;
pub const TIOCGPKT: c_int = 0x40045438;
pub const TIOCGPTLCK: c_int = 0x40045439;
pub const TIOCGEXCL: c_int = 0x40045440;
pub const TIOCGPTPEER: c_int = 0x20005441;
pub const FIONCLEX: c_int = 0x20006602;
pub const FIOCLEX: c_int = 0x20006601;
pub const FIOASYNC: c_int = 0x8004667d_u32 as c_int;
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
pub const TIOCM_ST: c_int = 0x8;
pub const TIOCM_SR: c_int = 0x10;
pub const TIOCM_CTS: c_int = 0x20;
pub const TIOCM_CAR: c_int = 0x40;
pub const TIOCM_RNG: c_int = 0x80;
pub const TIOCM_DSR: c_int = 0x100;
pub const TIOCM_CD: c_int = 64;
pub const TIOCM_RI: c_int = 128;
