// `<sys/ioctl.h>`: `ioctl`, the request numbers every architecture shares,
// and how a request number is encoded: the `_IOC`/`_IO`/`_IOR`/`_IOW`/`_IOWR`
// encoders and the `_IOC_*` fields (the kernel's `asm-generic/ioctl.h`, which
// musl's `bits/ioctl.h` follows; musl `include/sys/ioctl.h`). The encoding's
// per-architecture parameters, `_IOC_SIZEBITS`, `_IOC_DIRBITS` and the
// direction values, are in the hub's `generic::ioctl` and the powerpc64 and
// mips64 modules; everything here reads them through `crate::`, so it
// follows the architecture the way C's macros do.

/// The type of `ioctl`'s request, of its request numbers and of what the
/// `_IO*` encoders give: musl declares `int ioctl(int, int, ...)`. glibc's
/// `unsigned long` is in `linux::gnu` (`<sys/ioctl.h>`). Crate-private, so
/// the documentation shows the C type it stands for.
#[cfg(target_env = "musl")]
pub(crate) type ioctl_request_t = c_int;

extern "C" {
    pub fn ioctl(fd: c_int, request: ioctl_request_t, ...) -> c_int;
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
pub const SIOCRTMSG: c_ulong = 0x890D;
pub const SIOCADDDLCI: c_ulong = 0x8980;
pub const SIOCDELDLCI: c_ulong = 0x8981;
pub const SIOCDEVPRIVATE: c_ulong = 0x89F0;
pub const SIOCPROTOPRIVATE: c_ulong = 0x89E0;

// The line disciplines `TIOCSETD` selects.
pub const N_TTY: c_int = 0;
pub const N_SLIP: c_int = 1;
pub const N_MOUSE: c_int = 2;
pub const N_PPP: c_int = 3;
pub const N_STRIP: c_int = 4;
pub const N_AX25: c_int = 5;
pub const N_X25: c_int = 6;
pub const N_6PACK: c_int = 7;
pub const N_MASC: c_int = 8;
pub const N_R3964: c_int = 9;
pub const N_PROFIBUS_FDL: c_int = 10;
pub const N_IRDA: c_int = 11;
pub const N_SMSBLOCK: c_int = 12;
pub const N_HDLC: c_int = 13;
pub const N_SYNC_PPP: c_int = 14;
pub const N_HCI: c_int = 15;
#[cfg(target_env = "musl")]
pub const N_GIGASET_M101: c_int = 16;
#[cfg(target_env = "musl")]
pub const N_SLCAN: c_int = 17;
#[cfg(target_env = "musl")]
pub const N_PPS: c_int = 18;
#[cfg(target_env = "musl")]
pub const N_V253: c_int = 19;
#[cfg(target_env = "musl")]
pub const N_CAIF: c_int = 20;
#[cfg(target_env = "musl")]
pub const N_GSM0710: c_int = 21;
#[cfg(target_env = "musl")]
pub const N_TI_WL: c_int = 22;
#[cfg(target_env = "musl")]
pub const N_TRACESINK: c_int = 23;
#[cfg(target_env = "musl")]
pub const N_TRACEROUTER: c_int = 24;
#[cfg(target_env = "musl")]
pub const N_NCI: c_int = 25;
#[cfg(target_env = "musl")]
pub const N_SPEAKUP: c_int = 26;
#[cfg(target_env = "musl")]
pub const N_NULL: c_int = 27;

// The status byte a packet-mode pty master reads (`TIOCPKT`).
pub const TIOCPKT_DATA: c_int = 0;
pub const TIOCPKT_FLUSHREAD: c_int = 1;
pub const TIOCPKT_FLUSHWRITE: c_int = 2;
pub const TIOCPKT_STOP: c_int = 4;
pub const TIOCPKT_START: c_int = 8;
pub const TIOCPKT_NOSTOP: c_int = 16;
pub const TIOCPKT_DOSTOP: c_int = 32;
pub const TIOCPKT_IOCTL: c_int = 64;
/// `TIOCSERGETLSR`'s "transmitter empty" bit.
pub const TIOCSER_TEMT: c_int = 1;
pub const TIOCSBRK: ioctl_request_t = 0x5427;
pub const TIOCCBRK: ioctl_request_t = 0x5428;
pub const TIOCVHANGUP: ioctl_request_t = 0x5437;
pub const TIOCM_LE: c_int = 0x1;
pub const TIOCM_DTR: c_int = 0x2;
pub const TIOCM_RTS: c_int = 0x4;

pub const _IOC_NRBITS: c_uint = 8;
pub const _IOC_TYPEBITS: c_uint = 8;

pub const _IOC_NRMASK: c_uint = (1 << crate::_IOC_NRBITS) - 1;
pub const _IOC_TYPEMASK: c_uint = (1 << crate::_IOC_TYPEBITS) - 1;
pub const _IOC_SIZEMASK: c_uint = (1 << crate::_IOC_SIZEBITS) - 1;
pub const _IOC_DIRMASK: c_uint = (1 << crate::_IOC_DIRBITS) - 1;

pub const _IOC_NRSHIFT: c_uint = 0;
pub const _IOC_TYPESHIFT: c_uint = crate::_IOC_NRSHIFT + crate::_IOC_NRBITS;
pub const _IOC_SIZESHIFT: c_uint = crate::_IOC_TYPESHIFT + crate::_IOC_TYPEBITS;
pub const _IOC_DIRSHIFT: c_uint = crate::_IOC_SIZESHIFT + crate::_IOC_SIZEBITS;

pub const IOC_IN: c_uint = crate::_IOC_WRITE << crate::_IOC_DIRSHIFT;
pub const IOC_OUT: c_uint = crate::_IOC_READ << crate::_IOC_DIRSHIFT;
pub const IOC_INOUT: c_uint = (crate::_IOC_WRITE | crate::_IOC_READ) << crate::_IOC_DIRSHIFT;
pub const IOCSIZE_MASK: c_uint = crate::_IOC_SIZEMASK << crate::_IOC_SIZESHIFT;
pub const IOCSIZE_SHIFT: c_uint = crate::_IOC_SIZESHIFT;

/// The request number for direction `dir`, type `ty`, number `nr` and an
/// argument of `size` bytes. A size that does not fit the size field stops
/// the build when the number is a constant (C's kernel-side
/// `_IOC_TYPECHECK`).
#[inline]
pub const fn _IOC(dir: c_uint, ty: c_uint, nr: c_uint, size: c_uint) -> c_uint {
    assert!(
        size <= crate::_IOC_SIZEMASK,
        "ioctl argument too large for the size field"
    );
    (dir << crate::_IOC_DIRSHIFT)
        | (ty << crate::_IOC_TYPESHIFT)
        | (nr << crate::_IOC_NRSHIFT)
        | (size << crate::_IOC_SIZESHIFT)
}

/// A request with no argument, of `ioctl`'s request type (musl's `int`
/// keeps a request with the top bit set negative, glibc's `unsigned long`
/// positive, as C's conversion of the `unsigned int` encoding does).
#[inline]
pub const fn _IO(ty: u32, nr: u32) -> ioctl_request_t {
    _IOC(crate::_IOC_NONE, ty, nr, 0) as ioctl_request_t
}

/// A request whose argument, a `T`, the kernel writes (the caller reads).
#[inline]
pub const fn _IOR<T>(ty: u32, nr: u32) -> ioctl_request_t {
    _IOC(
        crate::_IOC_READ,
        ty,
        nr,
        core::mem::size_of::<T>() as c_uint,
    ) as ioctl_request_t
}

/// A request whose argument, a `T`, the kernel reads.
#[inline]
pub const fn _IOW<T>(ty: u32, nr: u32) -> ioctl_request_t {
    _IOC(
        crate::_IOC_WRITE,
        ty,
        nr,
        core::mem::size_of::<T>() as c_uint,
    ) as ioctl_request_t
}

/// A request whose argument, a `T`, goes both ways.
#[inline]
pub const fn _IOWR<T>(ty: u32, nr: u32) -> ioctl_request_t {
    let dir = crate::_IOC_READ | crate::_IOC_WRITE;
    _IOC(dir, ty, nr, core::mem::size_of::<T>() as c_uint) as ioctl_request_t
}

/// The direction bits of request `nr`.
#[inline]
pub const fn _IOC_DIR(nr: c_uint) -> c_uint {
    (nr >> crate::_IOC_DIRSHIFT) & crate::_IOC_DIRMASK
}

/// The type (magic) byte of request `nr`.
#[inline]
pub const fn _IOC_TYPE(nr: c_uint) -> c_uint {
    (nr >> crate::_IOC_TYPESHIFT) & crate::_IOC_TYPEMASK
}

/// The number byte of request `nr`.
#[inline]
pub const fn _IOC_NR(nr: c_uint) -> c_uint {
    (nr >> crate::_IOC_NRSHIFT) & crate::_IOC_NRMASK
}

/// The argument size of request `nr`.
#[inline]
pub const fn _IOC_SIZE(nr: c_uint) -> c_uint {
    (nr >> crate::_IOC_SIZESHIFT) & crate::_IOC_SIZEMASK
}
