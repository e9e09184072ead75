//! `<sys/ioctl.h>`: `ioctl` (musl `include/sys/ioctl.h`).

use crate::{c_int, c_uint, c_ulong, _IOC_NONE, _IOC_READ, _IOC_WRITE, IOC_DIRSHIFT};

// The request encoders of <sys/ioctl.h> (musl's `_IOC(dir, type, nr, size)`),
// with the direction bits and shift of the architecture.
const fn ioc(dir: c_uint, ty: u32, nr: u32, size: usize) -> c_int {
    ((dir << IOC_DIRSHIFT) | (ty << 8) | nr | ((size as u32) << 16)) as c_int
}

pub const fn _IO(ty: u32, nr: u32) -> c_int {
    ioc(_IOC_NONE, ty, nr, 0)
}

pub const fn _IOR<T>(ty: u32, nr: u32) -> c_int {
    ioc(_IOC_READ, ty, nr, size_of::<T>())
}

pub const fn _IOW<T>(ty: u32, nr: u32) -> c_int {
    ioc(_IOC_WRITE, ty, nr, size_of::<T>())
}

pub const fn _IOWR<T>(ty: u32, nr: u32) -> c_int {
    ioc(_IOC_READ | _IOC_WRITE, ty, nr, size_of::<T>())
}

extern "C" {
    /// musl's request parameter is an `int`.
    pub fn ioctl(fd: c_int, request: c_int, ...) -> c_int;
}

pub const SIOCADDRT: c_ulong = 0x890b;
pub const SIOCDELRT: c_ulong = 0x890c;
pub const SIOCGIFNAME: c_ulong = 0x8910;
pub const SIOCSIFLINK: c_ulong = 0x8911;
pub const SIOCGIFCONF: c_ulong = 0x8912;
pub const SIOCGIFFLAGS: c_ulong = 0x8913;
pub const SIOCSIFFLAGS: c_ulong = 0x8914;
pub const SIOCGIFADDR: c_ulong = 0x8915;
pub const SIOCSIFADDR: c_ulong = 0x8916;
pub const SIOCGIFDSTADDR: c_ulong = 0x8917;
pub const SIOCSIFDSTADDR: c_ulong = 0x8918;
pub const SIOCGIFBRDADDR: c_ulong = 0x8919;
pub const SIOCSIFBRDADDR: c_ulong = 0x891a;
pub const SIOCGIFNETMASK: c_ulong = 0x891b;
pub const SIOCSIFNETMASK: c_ulong = 0x891c;
pub const SIOCGIFMETRIC: c_ulong = 0x891d;
pub const SIOCSIFMETRIC: c_ulong = 0x891e;
pub const SIOCGIFMEM: c_ulong = 0x891f;
pub const SIOCSIFMEM: c_ulong = 0x8920;
pub const SIOCGIFMTU: c_ulong = 0x8921;
pub const SIOCSIFMTU: c_ulong = 0x8922;
pub const SIOCSIFNAME: c_ulong = 0x8923;
pub const SIOCSIFHWADDR: c_ulong = 0x8924;
pub const SIOCGIFENCAP: c_ulong = 0x8925;
pub const SIOCSIFENCAP: c_ulong = 0x8926;
pub const SIOCGIFHWADDR: c_ulong = 0x8927;
pub const SIOCGIFSLAVE: c_ulong = 0x8929;
pub const SIOCSIFSLAVE: c_ulong = 0x8930;
pub const SIOCADDMULTI: c_ulong = 0x8931;
pub const SIOCDELMULTI: c_ulong = 0x8932;
pub const SIOCGIFINDEX: c_ulong = 0x8933;
pub const SIOGIFINDEX: c_ulong = 0x8933;
pub const SIOCSIFPFLAGS: c_ulong = 0x8934;
pub const SIOCGIFPFLAGS: c_ulong = 0x8935;
pub const SIOCDIFADDR: c_ulong = 0x8936;
pub const SIOCSIFHWBROADCAST: c_ulong = 0x8937;
pub const SIOCGIFCOUNT: c_ulong = 0x8938;
pub const SIOCGIFBR: c_ulong = 0x8940;
pub const SIOCSIFBR: c_ulong = 0x8941;
pub const SIOCGIFTXQLEN: c_ulong = 0x8942;
pub const SIOCSIFTXQLEN: c_ulong = 0x8943;
pub const SIOCDARP: c_ulong = 0x8953;
pub const SIOCGARP: c_ulong = 0x8954;
pub const SIOCSARP: c_ulong = 0x8955;
pub const SIOCDRARP: c_ulong = 0x8960;
pub const SIOCGRARP: c_ulong = 0x8961;
pub const SIOCSRARP: c_ulong = 0x8962;
pub const SIOCGIFMAP: c_ulong = 0x8970;
pub const SIOCSIFMAP: c_ulong = 0x8971;
pub const TIOCSBRK: c_int = 0x5427;
pub const TIOCCBRK: c_int = 0x5428;
pub const TIOCVHANGUP: c_int = 0x5437;
pub const TIOCM_LE: c_int = 0x1;
pub const TIOCM_DTR: c_int = 0x2;
pub const TIOCM_RTS: c_int = 0x4;
