//! The 64-bit hub: the types musl's `arch/*/bits/alltypes.h.in` and
//! `include/alltypes.h.in` give alike on every supported 64-bit ABI
//! (LP64, and wasm32-wali's 8-byte `long`), and the parts of
//! `arch/generic/bits/{signal,ipc,ipcstat,shm,msg,sem,stdint,posix}.h`,
//! `<pthread.h>`, `<semaphore.h>`, `<signal.h>`, `<sys/socket.h>` and
//! `<sys/statfs.h>` that are the same on every supported architecture (or
//! on all but the ones named in the `cfg`, whose module overrides them);
//! then exactly one architecture module with what differs there.

use cfg_if::cfg_if;

use crate::{c_int, c_long, c_uint, c_ulong, c_void};

// <regex.h>: `typedef _Addr regoff_t;`, where `_Addr` is `long` on every
// 64-bit architecture and `int` where pointers are 4 bytes (wasm32-wali,
// whose `long` is 8 bytes and so cannot be `_Addr`).
#[cfg(target_pointer_width = "64")]
pub type regoff_t = c_long;
#[cfg(target_pointer_width = "32")]
pub type regoff_t = c_int;

// <bits/stdint.h>: the same in every supported architecture's header;
// wasm32-wali's musl headers are not at hand, so its module decides.
#[cfg(not(target_arch = "wasm32"))]
pub type int_fast16_t = i32;
#[cfg(not(target_arch = "wasm32"))]
pub type int_fast32_t = i32;
#[cfg(not(target_arch = "wasm32"))]
pub type uint_fast16_t = u32;
#[cfg(not(target_arch = "wasm32"))]
pub type uint_fast32_t = u32;
#[cfg(not(target_arch = "wasm32"))]
pub const INT_FAST16_MIN: int_fast16_t = i32::MIN;
#[cfg(not(target_arch = "wasm32"))]
pub const INT_FAST32_MIN: int_fast32_t = i32::MIN;
#[cfg(not(target_arch = "wasm32"))]
pub const INT_FAST16_MAX: int_fast16_t = i32::MAX;
#[cfg(not(target_arch = "wasm32"))]
pub const INT_FAST32_MAX: int_fast32_t = i32::MAX;
#[cfg(not(target_arch = "wasm32"))]
pub const UINT_FAST16_MAX: uint_fast16_t = u32::MAX;
#[cfg(not(target_arch = "wasm32"))]
pub const UINT_FAST32_MAX: uint_fast32_t = u32::MAX;

// <bits/posix.h>: mips64 has the `_LP64_OFFBIG` spellings instead; wasm32-wali
// (4-byte pointers) is left to its module.
#[cfg(not(any(target_arch = "mips64", target_arch = "wasm32")))]
pub const _POSIX_V6_LP64_OFF64: c_int = 1;
#[cfg(not(any(target_arch = "mips64", target_arch = "wasm32")))]
pub const _POSIX_V7_LP64_OFF64: c_int = 1;

// <bits/alltypes.h> `typedef struct { long long __ll; long double __ld; }
// max_align_t;`: 32 bytes, aligned to 16, wherever `long double` is 16 bytes
// aligned to 16 (x87's on x86_64, IEEE quad elsewhere). powerpc64 (8-byte
// `long double`) and s390x (aligned to 8) have their own; wasm32-wali's
// musl headers are not at hand, so it has none yet.
#[cfg(not(any(
    target_arch = "powerpc64",
    target_arch = "s390x",
    target_arch = "wasm32"
)))]
#[repr(C, align(16))]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct max_align_t {
    priv_: [u64; 4],
}

// <bits/stat.h> and the `nlink_t`/`blksize_t` of <bits/alltypes.h> as
// aarch64, riscv64 and loongarch64 give them alike (the kernel's
// asm-generic `struct stat`); the other architectures have their own. The
// `st_atim`/`st_mtim`/`st_ctim` timespecs are spelled out as their
// `tv_sec`/`tv_nsec` halves, under the published crate's names (`st_atime`
// is <sys/stat.h>'s `st_atim.tv_sec`).
#[cfg(any(
    target_arch = "aarch64",
    target_arch = "riscv64",
    target_arch = "loongarch64"
))]
pub type nlink_t = c_uint;
#[cfg(any(
    target_arch = "aarch64",
    target_arch = "riscv64",
    target_arch = "loongarch64"
))]
pub type blksize_t = c_int;
#[cfg(any(
    target_arch = "aarch64",
    target_arch = "riscv64",
    target_arch = "loongarch64"
))]
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct stat {
    pub st_dev: crate::dev_t,
    pub st_ino: crate::ino_t,
    pub st_mode: crate::mode_t,
    pub st_nlink: nlink_t,
    pub st_uid: crate::uid_t,
    pub st_gid: crate::gid_t,
    pub st_rdev: crate::dev_t,
    __pad: c_ulong,
    pub st_size: crate::off_t,
    pub st_blksize: blksize_t,
    __pad2: c_int,
    pub st_blocks: crate::blkcnt_t,
    pub st_atime: crate::time_t,
    pub st_atime_nsec: c_long,
    pub st_mtime: crate::time_t,
    pub st_mtime_nsec: c_long,
    pub st_ctime: crate::time_t,
    pub st_ctime_nsec: c_long,
    __unused: [c_uint; 2],
}

/// musl's large-file name for `struct stat` (the same struct).
pub type stat64 = crate::stat;

/// `((const fenv_t *) -1)`, <fenv.h>'s default environment.
#[cfg(not(target_arch = "wasm32"))]
pub const FE_DFL_ENV: *const crate::fenv_t = -1_isize as *const crate::fenv_t;

// <pthread.h>: the opaque types are unions of `int` arrays with `long` or
// pointer arrays, sized by `sizeof(long)==8` (true on every target here).
// These sizes are not musl macros; they are `sizeof` of musl's types, under
// the names the published crate gives them.
pub const __SIZEOF_PTHREAD_MUTEX_T: usize = 40;
pub const __SIZEOF_PTHREAD_COND_T: usize = 48;
pub const __SIZEOF_PTHREAD_RWLOCK_T: usize = 56;
pub const __SIZEOF_PTHREAD_BARRIER_T: usize = 32;
pub const __SIZEOF_PTHREAD_MUTEXATTR_T: usize = 4;
pub const __SIZEOF_PTHREAD_CONDATTR_T: usize = 4;
pub const __SIZEOF_PTHREAD_RWLOCKATTR_T: usize = 8;
pub const __SIZEOF_PTHREAD_BARRIERATTR_T: usize = 4;

/// `union { int __i[14]; volatile int __vi[14]; unsigned long __s[7]; }`:
/// 56 bytes, aligned as `long`.
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct pthread_attr_t {
    __s: [c_ulong; 7],
}

/// `union { int __i[10]; volatile int __vi[10]; volatile void *volatile
/// __p[5]; }`: 40 bytes, aligned as a pointer.
#[repr(C)]
#[cfg_attr(target_pointer_width = "64", repr(align(8)))]
#[cfg_attr(target_pointer_width = "32", repr(align(4)))]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct pthread_mutex_t {
    size: [u8; __SIZEOF_PTHREAD_MUTEX_T],
}

/// `union { int __i[12]; volatile int __vi[12]; void *__p[12 *
/// sizeof(int) / sizeof(void *)]; }`: 48 bytes, aligned as a pointer.
#[repr(C)]
#[cfg_attr(target_pointer_width = "64", repr(align(8)))]
#[cfg_attr(target_pointer_width = "32", repr(align(4)))]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct pthread_cond_t {
    size: [u8; __SIZEOF_PTHREAD_COND_T],
}

/// `union { int __i[14]; volatile int __vi[14]; void *__p[7]; }`: 56 bytes,
/// aligned as a pointer.
#[repr(C)]
#[cfg_attr(target_pointer_width = "64", repr(align(8)))]
#[cfg_attr(target_pointer_width = "32", repr(align(4)))]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct pthread_rwlock_t {
    size: [u8; __SIZEOF_PTHREAD_RWLOCK_T],
}

/// `union { int __i[8]; volatile int __vi[8]; void *__p[4]; }`: 32 bytes,
/// aligned as a pointer.
#[repr(C)]
#[cfg_attr(target_pointer_width = "64", repr(align(8)))]
#[cfg_attr(target_pointer_width = "32", repr(align(4)))]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct pthread_barrier_t {
    size: [u8; __SIZEOF_PTHREAD_BARRIER_T],
}

#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct pthread_mutexattr_t {
    __attr: c_uint,
}

#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct pthread_condattr_t {
    __attr: c_uint,
}

#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct pthread_rwlockattr_t {
    __attr: [c_uint; 2],
}

#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct pthread_barrierattr_t {
    __attr: c_uint,
}

// `{{{0}}}` in <pthread.h>.
pub const PTHREAD_MUTEX_INITIALIZER: pthread_mutex_t = pthread_mutex_t {
    size: [0; __SIZEOF_PTHREAD_MUTEX_T],
};
pub const PTHREAD_COND_INITIALIZER: pthread_cond_t = pthread_cond_t {
    size: [0; __SIZEOF_PTHREAD_COND_T],
};
pub const PTHREAD_RWLOCK_INITIALIZER: pthread_rwlock_t = pthread_rwlock_t {
    size: [0; __SIZEOF_PTHREAD_RWLOCK_T],
};

// <semaphore.h>: `volatile int __val[4*sizeof(long)/sizeof(int)];`
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct sem_t {
    __val: [c_int; 8],
}

// <signal.h>: `unsigned long __bits[128/sizeof(long)];`
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct sigset_t {
    __bits: [c_ulong; 16],
}

// <bits/signal.h> `struct sigaltstack`; mips64 orders `ss_size` before
// `ss_flags`.
#[cfg(not(target_arch = "mips64"))]
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct stack_t {
    pub ss_sp: *mut c_void,
    pub ss_flags: c_int,
    pub ss_size: crate::size_t,
}

// <sys/statfs.h>
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct fsid_t {
    __val: [c_int; 2],
}

// <sys/socket.h>: `long` is wider than `int` on every target here, so the
// `int` members that pair with a pointer or `size_t` in the kernel's layout
// are padded, on the side the byte order asks for.
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct msghdr {
    pub msg_name: *mut c_void,
    pub msg_namelen: crate::socklen_t,
    pub msg_iov: *mut crate::iovec,
    #[cfg(target_endian = "big")]
    __pad1: c_int,
    pub msg_iovlen: c_int,
    #[cfg(target_endian = "little")]
    __pad1: c_int,
    pub msg_control: *mut c_void,
    #[cfg(target_endian = "big")]
    __pad2: c_int,
    pub msg_controllen: crate::socklen_t,
    #[cfg(target_endian = "little")]
    __pad2: c_int,
    pub msg_flags: c_int,
}

#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct cmsghdr {
    #[cfg(target_endian = "big")]
    __pad1: c_int,
    pub cmsg_len: crate::socklen_t,
    #[cfg(target_endian = "little")]
    __pad1: c_int,
    pub cmsg_level: c_int,
    pub cmsg_type: c_int,
}

// <bits/ipc.h> (arch/generic); powerpc64 and mips64 have their own.
// `__key` and `__seq` are the names <sys/ipc.h> gives `__ipc_perm_key`
// and `__ipc_perm_seq`.
#[cfg(not(any(target_arch = "powerpc64", target_arch = "mips64")))]
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct ipc_perm {
    pub __key: crate::key_t,
    pub uid: crate::uid_t,
    pub gid: crate::gid_t,
    pub cuid: crate::uid_t,
    pub cgid: crate::gid_t,
    pub mode: crate::mode_t,
    pub __seq: c_int,
    __pad1: c_long,
    __pad2: c_long,
}

// <bits/ipcstat.h> (arch/generic; no supported architecture overrides it).
pub const IPC_STAT: c_int = 2;

// <bits/shm.h> (arch/generic; powerpc64 has its own `shmid_ds`, with the
// same `SHMLBA`, `shminfo` and `shm_info`).
pub const SHMLBA: c_int = 4096;

#[cfg(not(target_arch = "powerpc64"))]
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct shmid_ds {
    pub shm_perm: ipc_perm,
    pub shm_segsz: crate::size_t,
    pub shm_atime: crate::time_t,
    pub shm_dtime: crate::time_t,
    pub shm_ctime: crate::time_t,
    pub shm_cpid: crate::pid_t,
    pub shm_lpid: crate::pid_t,
    pub shm_nattch: c_ulong,
    __pad1: c_ulong,
    __pad2: c_ulong,
}

#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct shminfo {
    pub shmmax: c_ulong,
    pub shmmin: c_ulong,
    pub shmmni: c_ulong,
    pub shmseg: c_ulong,
    pub shmall: c_ulong,
    __unused: [c_ulong; 4],
}

// The field names are the ones <sys/shm.h> gives under `_GNU_SOURCE`
// (`__used_ids` and so on otherwise).
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct shm_info {
    pub used_ids: c_int,
    pub shm_tot: c_ulong,
    pub shm_rss: c_ulong,
    pub shm_swp: c_ulong,
    pub swap_attempts: c_ulong,
    pub swap_successes: c_ulong,
}

// <bits/msg.h> (arch/generic; no supported architecture overrides it; the
// `ipc_perm` in it is the architecture's). `__msg_cbytes` is <sys/msg.h>'s
// other name for `msg_cbytes`.
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct msqid_ds {
    pub msg_perm: ipc_perm,
    pub msg_stime: crate::time_t,
    pub msg_rtime: crate::time_t,
    pub msg_ctime: crate::time_t,
    pub __msg_cbytes: c_ulong,
    pub msg_qnum: crate::msgqnum_t,
    pub msg_qbytes: crate::msglen_t,
    pub msg_lspid: crate::pid_t,
    pub msg_lrpid: crate::pid_t,
    __unused: [c_ulong; 2],
}

// <bits/sem.h> (arch/generic; x86_64 has its own; the `ipc_perm` in it is
// the architecture's). `sem_nsems` sits at the low- or the high-addressed
// end of a `long`, as the byte order asks.
#[cfg(not(target_arch = "x86_64"))]
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct semid_ds {
    pub sem_perm: ipc_perm,
    pub sem_otime: crate::time_t,
    pub sem_ctime: crate::time_t,
    #[cfg(target_endian = "little")]
    pub sem_nsems: crate::c_ushort,
    __sem_nsems_pad: [crate::c_char; 6],
    #[cfg(target_endian = "big")]
    pub sem_nsems: crate::c_ushort,
    __unused3: c_long,
    __unused4: c_long,
}

// <signal.h>: mips64's <bits/signal.h> redefines these.
#[cfg(not(target_arch = "mips64"))]
pub const SIG_BLOCK: c_int = 0;
#[cfg(not(target_arch = "mips64"))]
pub const SIG_UNBLOCK: c_int = 1;
#[cfg(not(target_arch = "mips64"))]
pub const SIG_SETMASK: c_int = 2;

#[cfg(not(target_arch = "mips64"))]
pub const SI_ASYNCIO: c_int = -4;
#[cfg(not(target_arch = "mips64"))]
pub const SI_MESGQ: c_int = -3;
#[cfg(not(target_arch = "mips64"))]
pub const SI_TIMER: c_int = -2;

// <bits/signal.h>: the `sa_flags` bits. Written `1U` and so on on powerpc64
// and s390x, with the same values.
pub const SA_NOCLDSTOP: c_int = 1;
#[cfg(not(target_arch = "mips64"))]
pub const SA_NOCLDWAIT: c_int = 2;
#[cfg(not(target_arch = "mips64"))]
pub const SA_SIGINFO: c_int = 4;
pub const SA_ONSTACK: c_int = 0x08000000;
pub const SA_RESTART: c_int = 0x10000000;
pub const SA_NODEFER: c_int = 0x40000000;
pub const SA_RESETHAND: c_int = 0x80000000_u32 as c_int;
#[cfg(not(any(
    target_arch = "mips64",
    target_arch = "riscv64",
    target_arch = "loongarch64"
)))]
pub const SA_RESTORER: c_int = 0x04000000;

// <bits/signal.h>: the signal numbers. Those without a `cfg` are the same
// on mips64 too.
pub const SIGHUP: c_int = 1;
pub const SIGINT: c_int = 2;
pub const SIGQUIT: c_int = 3;
pub const SIGILL: c_int = 4;
pub const SIGTRAP: c_int = 5;
pub const SIGABRT: c_int = 6;
pub const SIGIOT: c_int = SIGABRT;
#[cfg(not(target_arch = "mips64"))]
pub const SIGBUS: c_int = 7;
pub const SIGFPE: c_int = 8;
pub const SIGKILL: c_int = 9;
#[cfg(not(target_arch = "mips64"))]
pub const SIGUSR1: c_int = 10;
pub const SIGSEGV: c_int = 11;
#[cfg(not(target_arch = "mips64"))]
pub const SIGUSR2: c_int = 12;
pub const SIGPIPE: c_int = 13;
pub const SIGALRM: c_int = 14;
pub const SIGTERM: c_int = 15;
#[cfg(not(target_arch = "mips64"))]
pub const SIGSTKFLT: c_int = 16;
#[cfg(not(target_arch = "mips64"))]
pub const SIGCHLD: c_int = 17;
#[cfg(not(target_arch = "mips64"))]
pub const SIGCONT: c_int = 18;
#[cfg(not(target_arch = "mips64"))]
pub const SIGSTOP: c_int = 19;
#[cfg(not(target_arch = "mips64"))]
pub const SIGTSTP: c_int = 20;
#[cfg(not(target_arch = "mips64"))]
pub const SIGTTIN: c_int = 21;
#[cfg(not(target_arch = "mips64"))]
pub const SIGTTOU: c_int = 22;
#[cfg(not(target_arch = "mips64"))]
pub const SIGURG: c_int = 23;
#[cfg(not(target_arch = "mips64"))]
pub const SIGXCPU: c_int = 24;
#[cfg(not(target_arch = "mips64"))]
pub const SIGXFSZ: c_int = 25;
#[cfg(not(target_arch = "mips64"))]
pub const SIGVTALRM: c_int = 26;
#[cfg(not(target_arch = "mips64"))]
pub const SIGPROF: c_int = 27;
#[cfg(not(target_arch = "mips64"))]
pub const SIGWINCH: c_int = 28;
#[cfg(not(target_arch = "mips64"))]
pub const SIGIO: c_int = 29;
#[cfg(not(target_arch = "mips64"))]
pub const SIGPOLL: c_int = SIGIO;
#[cfg(not(target_arch = "mips64"))]
pub const SIGPWR: c_int = 30;
#[cfg(not(target_arch = "mips64"))]
pub const SIGSYS: c_int = 31;
#[cfg(not(target_arch = "mips64"))]
pub const SIGUNUSED: c_int = SIGSYS;

#[cfg(not(target_arch = "mips64"))]
pub const _NSIG: c_int = 65;

cfg_if! {
    if #[cfg(target_arch = "x86_64")] {
        mod x86_64;
        pub use self::x86_64::*;
    } else if #[cfg(target_arch = "aarch64")] {
        mod aarch64;
        pub use self::aarch64::*;
    } else if #[cfg(target_arch = "riscv64")] {
        mod riscv64;
        pub use self::riscv64::*;
    } else if #[cfg(target_arch = "powerpc64")] {
        mod powerpc64;
        pub use self::powerpc64::*;
    } else if #[cfg(target_arch = "mips64")] {
        mod mips64;
        pub use self::mips64::*;
    } else if #[cfg(target_arch = "s390x")] {
        mod s390x;
        pub use self::s390x::*;
    } else if #[cfg(target_arch = "loongarch64")] {
        mod loongarch64;
        pub use self::loongarch64::*;
    } else if #[cfg(target_arch = "wasm32")] {
        mod wasm32;
        pub use self::wasm32::*;
    }
}
