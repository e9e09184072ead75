//! The Linux kernel ABI as every architecture sees it: the values and
//! layouts of `<asm-generic/*.h>` and `<linux/*.h>` that musl passes
//! through unchanged in `<sys/utsname.h>`, `<unistd.h>`, `<fcntl.h>`,
//! `<sys/mman.h>`, `<time.h>`, `<sys/resource.h>` and `<errno.h>`, beyond
//! POSIX. A value that some architecture's musl `arch/<arch>/bits/*.h`
//! overrides is here with its generic value, gated off exactly those
//! architectures, whose modules define their own.

use cfg_if::cfg_if;

use crate::{c_char, c_int, clockid_t};

// <sys/utsname.h>: each field is the kernel's `__NEW_UTS_LEN + 1` bytes.
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct utsname {
    pub sysname: [c_char; 65],
    pub nodename: [c_char; 65],
    pub release: [c_char; 65],
    pub version: [c_char; 65],
    pub machine: [c_char; 65],
    pub domainname: [c_char; 65],
}

// <unistd.h>
pub const SEEK_DATA: c_int = 3;
pub const SEEK_HOLE: c_int = 4;

// <fcntl.h>
pub const O_NOATIME: c_int = 0o1000000;
pub const O_PATH: c_int = 0o10000000;
pub const O_NDELAY: c_int = crate::O_NONBLOCK;
// The generic `bits/fcntl.h`; the arches named have their own values.
cfg_if! {
    if #[cfg(not(target_arch = "mips64"))] {
        pub const O_ASYNC: c_int = 0o20000;
    }
}
cfg_if! {
    if #[cfg(not(any(
        target_arch = "aarch64",
        target_arch = "powerpc64",
        target_arch = "mips64"
    )))] {
        pub const O_DIRECT: c_int = 0o40000;
        pub const O_LARGEFILE: c_int = 0o100000;
    }
}
cfg_if! {
    if #[cfg(not(any(target_arch = "aarch64", target_arch = "powerpc64")))] {
        pub const O_TMPFILE: c_int = 0o20200000;
    }
}

pub const F_SETSIG: c_int = 10;
pub const F_GETSIG: c_int = 11;
pub const F_SETOWN_EX: c_int = 15;
pub const F_GETOWN_EX: c_int = 16;
pub const F_GETOWNER_UIDS: c_int = 17;
pub const F_OFD_GETLK: c_int = 36;
pub const F_OFD_SETLK: c_int = 37;
pub const F_OFD_SETLKW: c_int = 38;
pub const F_SETLEASE: c_int = 1024;
pub const F_GETLEASE: c_int = 1025;
pub const F_NOTIFY: c_int = 1026;
pub const F_CANCELLK: c_int = 1029;
pub const F_SETPIPE_SZ: c_int = 1031;
pub const F_GETPIPE_SZ: c_int = 1032;
pub const F_ADD_SEALS: c_int = 1033;
pub const F_GET_SEALS: c_int = 1034;

pub const F_SEAL_SEAL: c_int = 0x0001;
pub const F_SEAL_SHRINK: c_int = 0x0002;
pub const F_SEAL_GROW: c_int = 0x0004;
pub const F_SEAL_WRITE: c_int = 0x0008;
pub const F_SEAL_FUTURE_WRITE: c_int = 0x0010;

pub const AT_NO_AUTOMOUNT: c_int = 0x800;
pub const AT_EMPTY_PATH: c_int = 0x1000;
pub const AT_STATX_SYNC_TYPE: c_int = 0x6000;
pub const AT_STATX_SYNC_AS_STAT: c_int = 0x0000;
pub const AT_STATX_FORCE_SYNC: c_int = 0x2000;
pub const AT_STATX_DONT_SYNC: c_int = 0x4000;
pub const AT_RECURSIVE: c_int = 0x8000;

// <sys/mman.h>
pub const MAP_SHARED_VALIDATE: c_int = 0x03;
pub const MAP_TYPE: c_int = 0x0f;
pub const MAP_ANONYMOUS: c_int = MAP_ANON;
pub const MAP_FIXED_NOREPLACE: c_int = 0x100000;
pub const MAP_FILE: c_int = 0;
// mips64's `bits/mman.h` renumbers these (and powerpc64's two of them).
cfg_if! {
    if #[cfg(not(target_arch = "mips64"))] {
        pub const MAP_ANON: c_int = 0x20;
        pub const MAP_GROWSDOWN: c_int = 0x0100;
        pub const MAP_DENYWRITE: c_int = 0x0800;
        pub const MAP_EXECUTABLE: c_int = 0x1000;
        pub const MAP_POPULATE: c_int = 0x8000;
        pub const MAP_NONBLOCK: c_int = 0x10000;
        pub const MAP_STACK: c_int = 0x20000;
        pub const MAP_HUGETLB: c_int = 0x40000;
        // musl's mips64 `bits/mman.h` leaves `MAP_SYNC` undefined.
        pub const MAP_SYNC: c_int = 0x80000;
    }
}
cfg_if! {
    if #[cfg(not(any(target_arch = "powerpc64", target_arch = "mips64")))] {
        pub const MAP_NORESERVE: c_int = 0x4000;
        pub const MAP_LOCKED: c_int = 0x2000;
    }
}

pub const PROT_GROWSDOWN: c_int = 0x01000000;
pub const PROT_GROWSUP: c_int = 0x02000000;

pub const MADV_NORMAL: c_int = 0;
pub const MADV_RANDOM: c_int = 1;
pub const MADV_SEQUENTIAL: c_int = 2;
pub const MADV_WILLNEED: c_int = 3;
pub const MADV_DONTNEED: c_int = 4;
pub const MADV_FREE: c_int = 8;
pub const MADV_REMOVE: c_int = 9;
pub const MADV_DONTFORK: c_int = 10;
pub const MADV_DOFORK: c_int = 11;
pub const MADV_MERGEABLE: c_int = 12;
pub const MADV_UNMERGEABLE: c_int = 13;
pub const MADV_HUGEPAGE: c_int = 14;
pub const MADV_NOHUGEPAGE: c_int = 15;
pub const MADV_DONTDUMP: c_int = 16;
pub const MADV_DODUMP: c_int = 17;
pub const MADV_WIPEONFORK: c_int = 18;
pub const MADV_KEEPONFORK: c_int = 19;
pub const MADV_COLD: c_int = 20;
pub const MADV_PAGEOUT: c_int = 21;
pub const MADV_HWPOISON: c_int = 100;
// musl's mips64 `bits/mman.h` undefines `MADV_SOFT_OFFLINE`.
#[cfg(not(target_arch = "mips64"))]
pub const MADV_SOFT_OFFLINE: c_int = 101;

// <time.h>
pub const CLOCK_MONOTONIC_RAW: clockid_t = 4;
pub const CLOCK_REALTIME_COARSE: clockid_t = 5;
pub const CLOCK_MONOTONIC_COARSE: clockid_t = 6;
pub const CLOCK_BOOTTIME: clockid_t = 7;
pub const CLOCK_REALTIME_ALARM: clockid_t = 8;
pub const CLOCK_BOOTTIME_ALARM: clockid_t = 9;
pub const CLOCK_TAI: clockid_t = 11;

// <sys/resource.h>
pub const RLIMIT_LOCKS: c_int = 10;
pub const RLIMIT_SIGPENDING: c_int = 11;
pub const RLIMIT_MSGQUEUE: c_int = 12;
pub const RLIMIT_NICE: c_int = 13;
pub const RLIMIT_RTPRIO: c_int = 14;
pub const RLIMIT_RTTIME: c_int = 15;
pub const RLIMIT_NLIMITS: c_int = 16;
pub const RLIM_NLIMITS: c_int = RLIMIT_NLIMITS;
// mips64's `bits/resource.h` renumbers these.
cfg_if! {
    if #[cfg(not(target_arch = "mips64"))] {
        pub const RLIMIT_RSS: c_int = 5;
        pub const RLIMIT_NPROC: c_int = 6;
        pub const RLIMIT_MEMLOCK: c_int = 8;
    }
}

pub const RUSAGE_THREAD: c_int = 1;

// <errno.h>: Linux's names beyond POSIX (those are in `unix`).
pub const ENOTBLK: c_int = 15;
pub const EBFONT: c_int = 59;
pub const ENONET: c_int = 64;
pub const ENOPKG: c_int = 65;
pub const EREMOTE: c_int = 66;
pub const EADV: c_int = 68;
pub const ESRMNT: c_int = 69;
pub const ECOMM: c_int = 70;
pub const EDOTDOT: c_int = 73;
// mips64's `bits/errno.h` renumbers these; powerpc64's differs in
// `EDEADLOCK` only.
cfg_if! {
    if #[cfg(not(target_arch = "mips64"))] {
        pub const ECHRNG: c_int = 44;
        pub const EL2NSYNC: c_int = 45;
        pub const EL3HLT: c_int = 46;
        pub const EL3RST: c_int = 47;
        pub const ELNRNG: c_int = 48;
        pub const EUNATCH: c_int = 49;
        pub const ENOCSI: c_int = 50;
        pub const EL2HLT: c_int = 51;
        pub const EBADE: c_int = 52;
        pub const EBADR: c_int = 53;
        pub const EXFULL: c_int = 54;
        pub const ENOANO: c_int = 55;
        pub const EBADRQC: c_int = 56;
        pub const EBADSLT: c_int = 57;
        pub const ENOTUNIQ: c_int = 76;
        pub const EBADFD: c_int = 77;
        pub const EREMCHG: c_int = 78;
        pub const ELIBACC: c_int = 79;
        pub const ELIBBAD: c_int = 80;
        pub const ELIBSCN: c_int = 81;
        pub const ELIBMAX: c_int = 82;
        pub const ELIBEXEC: c_int = 83;
        pub const ERESTART: c_int = 85;
        pub const ESTRPIPE: c_int = 86;
        pub const EUSERS: c_int = 87;
        pub const ESOCKTNOSUPPORT: c_int = 94;
        pub const EPFNOSUPPORT: c_int = 96;
        pub const ESHUTDOWN: c_int = 108;
        pub const ETOOMANYREFS: c_int = 109;
        pub const EHOSTDOWN: c_int = 112;
        pub const EUCLEAN: c_int = 117;
        pub const ENOTNAM: c_int = 118;
        pub const ENAVAIL: c_int = 119;
        pub const EISNAM: c_int = 120;
        pub const EREMOTEIO: c_int = 121;
        pub const ENOMEDIUM: c_int = 123;
        pub const EMEDIUMTYPE: c_int = 124;
        pub const ENOKEY: c_int = 126;
        pub const EKEYEXPIRED: c_int = 127;
        pub const EKEYREVOKED: c_int = 128;
        pub const EKEYREJECTED: c_int = 129;
        pub const ERFKILL: c_int = 132;
        pub const EHWPOISON: c_int = 133;
    }
}
#[cfg(not(any(target_arch = "mips64", target_arch = "powerpc64")))]
pub const EDEADLOCK: c_int = crate::EDEADLK;

mod linux;
pub use self::linux::*;
