//! mips64 (n64 ABI, big and little endian): musl 1.2.5 `arch/mips64/bits/{alltypes.h.in,errno.h,
//! fcntl.h,fenv.h,ipc.h,mman.h,posix.h,ptrace.h,reg.h,resource.h,signal.h,stat.h,user.h}` and
//! `bits/syscall.h`, plus the kernel's `asm/unistd_n64.h` for the system call numbers musl does
//! not list yet.

use crate::sigset_t;
use crate::{
    blkcnt_t, c_char, c_double, c_float, c_int, c_long, c_longlong, c_uint, c_ulong, c_ulonglong,
    c_ushort, c_void, dev_t, gid_t, ino_t, key_t, mode_t, off_t, size_t, time_t, uid_t,
};

// <bits/alltypes.h>
pub type wchar_t = c_int;
pub type nlink_t = c_uint;
pub type blksize_t = c_long;

// <bits/stat.h>. The `st_atim`/`st_mtim`/`st_ctim` timespecs are spelled
// out as their `tv_sec`/`tv_nsec` halves, under the published crate's names
// (`st_atime` is <sys/stat.h>'s `st_atim.tv_sec`).
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct stat {
    pub st_dev: dev_t,
    __pad1: [c_int; 3],
    pub st_ino: ino_t,
    pub st_mode: mode_t,
    pub st_nlink: nlink_t,
    pub st_uid: uid_t,
    pub st_gid: gid_t,
    pub st_rdev: dev_t,
    __pad2: [c_uint; 2],
    pub st_size: off_t,
    __pad3: c_int,
    pub st_atime: time_t,
    pub st_atime_nsec: c_long,
    pub st_mtime: time_t,
    pub st_mtime_nsec: c_long,
    pub st_ctime: time_t,
    pub st_ctime_nsec: c_long,
    pub st_blksize: blksize_t,
    __pad4: c_uint,
    pub st_blocks: blkcnt_t,
    __pad5: [c_int; 14],
}

// <bits/posix.h>: the `_LP64_OFFBIG` spellings instead of `_LP64_OFF64`.
pub const _POSIX_V6_LP64_OFFBIG: c_int = 1;
pub const _POSIX_V7_LP64_OFFBIG: c_int = 1;

// <bits/fcntl.h>: the values that differ from the generic ones.
pub const O_CREAT: c_int = 0o400;
pub const O_EXCL: c_int = 0o2000;
pub const O_NOCTTY: c_int = 0o4000;
pub const O_APPEND: c_int = 0o10;
pub const O_NONBLOCK: c_int = 0o200;
pub const O_DSYNC: c_int = 0o20;
pub const O_SYNC: c_int = 0o40020;
pub const O_RSYNC: c_int = 0o40020;
pub const O_ASYNC: c_int = 0o10000;
pub const O_DIRECT: c_int = 0o100000;
pub const O_LARGEFILE: c_int = 0o20000;

pub const F_SETOWN: c_int = 24;
pub const F_GETOWN: c_int = 23;
pub const F_GETLK: c_int = 14;

// <bits/mman.h>: musl also leaves `MAP_SYNC` and `MADV_SOFT_OFFLINE`
// undefined here.
pub const MAP_ANON: c_int = 0x800;
pub const MAP_NORESERVE: c_int = 0x0400;
pub const MAP_GROWSDOWN: c_int = 0x1000;
pub const MAP_DENYWRITE: c_int = 0x2000;
pub const MAP_EXECUTABLE: c_int = 0x4000;
pub const MAP_LOCKED: c_int = 0x8000;
pub const MAP_POPULATE: c_int = 0x10000;
pub const MAP_NONBLOCK: c_int = 0x20000;
pub const MAP_STACK: c_int = 0x40000;
pub const MAP_HUGETLB: c_int = 0x80000;

// <bits/resource.h>
pub const RLIMIT_NOFILE: c_int = 5;
pub const RLIMIT_AS: c_int = 6;
pub const RLIMIT_RSS: c_int = 7;
pub const RLIMIT_NPROC: c_int = 8;
pub const RLIMIT_MEMLOCK: c_int = 9;

// <bits/errno.h>: the numbers that differ from the generic ones, in
// numeric order.
pub const ENOMSG: c_int = 35;
pub const EIDRM: c_int = 36;
pub const ECHRNG: c_int = 37;
pub const EL2NSYNC: c_int = 38;
pub const EL3HLT: c_int = 39;
pub const EL3RST: c_int = 40;
pub const ELNRNG: c_int = 41;
pub const EUNATCH: c_int = 42;
pub const ENOCSI: c_int = 43;
pub const EL2HLT: c_int = 44;
pub const EDEADLK: c_int = 45;
pub const ENOLCK: c_int = 46;
pub const EBADE: c_int = 50;
pub const EBADR: c_int = 51;
pub const EXFULL: c_int = 52;
pub const ENOANO: c_int = 53;
pub const EBADRQC: c_int = 54;
pub const EBADSLT: c_int = 55;
pub const EDEADLOCK: c_int = 56;
pub const EMULTIHOP: c_int = 74;
pub const EBADMSG: c_int = 77;
pub const ENAMETOOLONG: c_int = 78;
pub const EOVERFLOW: c_int = 79;
pub const ENOTUNIQ: c_int = 80;
pub const EBADFD: c_int = 81;
pub const EREMCHG: c_int = 82;
pub const ELIBACC: c_int = 83;
pub const ELIBBAD: c_int = 84;
pub const ELIBSCN: c_int = 85;
pub const ELIBMAX: c_int = 86;
pub const ELIBEXEC: c_int = 87;
pub const EILSEQ: c_int = 88;
pub const ENOSYS: c_int = 89;
pub const ELOOP: c_int = 90;
pub const ERESTART: c_int = 91;
pub const ESTRPIPE: c_int = 92;
pub const ENOTEMPTY: c_int = 93;
pub const EUSERS: c_int = 94;
pub const ENOTSOCK: c_int = 95;
pub const EDESTADDRREQ: c_int = 96;
pub const EMSGSIZE: c_int = 97;
pub const EPROTOTYPE: c_int = 98;
pub const ENOPROTOOPT: c_int = 99;
pub const EPROTONOSUPPORT: c_int = 120;
pub const ESOCKTNOSUPPORT: c_int = 121;
pub const EOPNOTSUPP: c_int = 122;
pub const EPFNOSUPPORT: c_int = 123;
pub const EAFNOSUPPORT: c_int = 124;
pub const EADDRINUSE: c_int = 125;
pub const EADDRNOTAVAIL: c_int = 126;
pub const ENETDOWN: c_int = 127;
pub const ENETUNREACH: c_int = 128;
pub const ENETRESET: c_int = 129;
pub const ECONNABORTED: c_int = 130;
pub const ECONNRESET: c_int = 131;
pub const ENOBUFS: c_int = 132;
pub const EISCONN: c_int = 133;
pub const ENOTCONN: c_int = 134;
pub const EUCLEAN: c_int = 135;
pub const ENOTNAM: c_int = 137;
pub const ENAVAIL: c_int = 138;
pub const EISNAM: c_int = 139;
pub const EREMOTEIO: c_int = 140;
pub const ESHUTDOWN: c_int = 143;
pub const ETOOMANYREFS: c_int = 144;
pub const ETIMEDOUT: c_int = 145;
pub const ECONNREFUSED: c_int = 146;
pub const EHOSTDOWN: c_int = 147;
pub const EHOSTUNREACH: c_int = 148;
pub const EALREADY: c_int = 149;
pub const EINPROGRESS: c_int = 150;
pub const ESTALE: c_int = 151;
pub const ECANCELED: c_int = 158;
pub const ENOMEDIUM: c_int = 159;
pub const EMEDIUMTYPE: c_int = 160;
pub const ENOKEY: c_int = 161;
pub const EKEYEXPIRED: c_int = 162;
pub const EKEYREVOKED: c_int = 163;
pub const EKEYREJECTED: c_int = 164;
pub const EOWNERDEAD: c_int = 165;
pub const ENOTRECOVERABLE: c_int = 166;
pub const ERFKILL: c_int = 167;
pub const EHWPOISON: c_int = 168;
pub const EDQUOT: c_int = 1133;

// <bits/ipc.h>. `__key` and `__seq` are the names <sys/ipc.h> gives
// `__ipc_perm_key` and `__ipc_perm_seq`.
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct ipc_perm {
    pub __key: key_t,
    pub uid: uid_t,
    pub gid: gid_t,
    pub cuid: uid_t,
    pub cgid: gid_t,
    pub mode: mode_t,
    pub __seq: c_int,
    __pad1: c_int,
    __unused1: c_ulong,
    __unused2: c_ulong,
}

// <bits/signal.h>: mips numbers its signals, `sa_flags` bits, `how`
// arguments and `si_code`s its own way, and `stack_t` has `ss_size` before
// `ss_flags`.
pub const MINSIGSTKSZ: size_t = 2048;
pub const SIGSTKSZ: size_t = 8192;

pub const SA_NOCLDWAIT: c_int = 0x10000;
pub const SA_SIGINFO: c_int = 8;

pub const SIG_BLOCK: c_int = 1;
pub const SIG_UNBLOCK: c_int = 2;
pub const SIG_SETMASK: c_int = 3;

pub const SI_ASYNCIO: c_int = -2;
pub const SI_MESGQ: c_int = -4;
pub const SI_TIMER: c_int = -3;

pub const SIGEMT: c_int = 7;
pub const SIGBUS: c_int = 10;
pub const SIGSYS: c_int = 12;
pub const SIGUSR1: c_int = 16;
pub const SIGUSR2: c_int = 17;
pub const SIGCHLD: c_int = 18;
pub const SIGPWR: c_int = 19;
pub const SIGWINCH: c_int = 20;
pub const SIGURG: c_int = 21;
pub const SIGIO: c_int = 22;
pub const SIGPOLL: c_int = SIGIO;
pub const SIGSTOP: c_int = 23;
pub const SIGTSTP: c_int = 24;
pub const SIGCONT: c_int = 25;
pub const SIGTTIN: c_int = 26;
pub const SIGTTOU: c_int = 27;
pub const SIGVTALRM: c_int = 28;
pub const SIGPROF: c_int = 29;
pub const SIGXCPU: c_int = 30;
pub const SIGXFSZ: c_int = 31;
pub const SIGUNUSED: c_int = SIGSYS;

pub const _NSIG: c_int = 128;

/// `struct sigaltstack`
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct stack_t {
    pub ss_sp: *mut c_void,
    pub ss_size: size_t,
    pub ss_flags: c_int,
}

pub type greg_t = c_ulonglong;
pub type gregset_t = [greg_t; 32];

/// One element of the `fp_fregs` view of `fpregset_t`: a `float` in an
/// 8-byte slot. With `extra_traits`, equality and hashing see the `float`
/// as its bit pattern.
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug))]
pub struct __c_anonymous_fp_fregs {
    pub _fp_fregs: c_float,
    _fp_pad: c_uint,
}

#[cfg(feature = "extra_traits")]
impl PartialEq for __c_anonymous_fp_fregs {
    fn eq(&self, other: &Self) -> bool {
        self._fp_fregs.to_bits() == other._fp_fregs.to_bits() && self._fp_pad == other._fp_pad
    }
}

#[cfg(feature = "extra_traits")]
impl Eq for __c_anonymous_fp_fregs {}

#[cfg(feature = "extra_traits")]
impl core::hash::Hash for __c_anonymous_fp_fregs {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self._fp_fregs.to_bits().hash(state);
        self._fp_pad.hash(state);
    }
}

/// The anonymous `fp_r` union of `fpregset_t`: the 32 floating-point
/// registers as `double`s or as `float`s.
///
/// With `extra_traits` it is `Debug` (without its contents), but not
/// `PartialEq`, `Eq` or `Hash`: which member holds the value is not
/// recorded, and reading `fp_dregs` after writing `fp_fregs` would read
/// uninitialized bytes. The same goes for the structs that contain it.
#[repr(C)]
#[derive(Clone, Copy)]
pub union __c_anonymous_fp_r {
    pub fp_dregs: [c_double; 32],
    pub fp_fregs: [__c_anonymous_fp_fregs; 32],
}

#[cfg(feature = "extra_traits")]
impl core::fmt::Debug for __c_anonymous_fp_r {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("__c_anonymous_fp_r").finish_non_exhaustive()
    }
}

#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug))]
pub struct fpregset_t {
    pub fp_r: __c_anonymous_fp_r,
}

#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct sigcontext {
    pub sc_regs: [c_ulonglong; 32],
    pub sc_fpregs: [c_ulonglong; 32],
    pub sc_mdhi: c_ulonglong,
    pub sc_hi1: c_ulonglong,
    pub sc_hi2: c_ulonglong,
    pub sc_hi3: c_ulonglong,
    pub sc_mdlo: c_ulonglong,
    pub sc_lo1: c_ulonglong,
    pub sc_lo2: c_ulonglong,
    pub sc_lo3: c_ulonglong,
    pub sc_pc: c_ulonglong,
    pub sc_fpc_csr: c_uint,
    pub sc_used_math: c_uint,
    pub sc_dsp: c_uint,
    sc_reserved: c_uint,
}

/// The `_GNU_SOURCE`/`_BSD_SOURCE` view of `mcontext_t` (otherwise it is
/// four arrays `__mc1` to `__mc4` of the same size).
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug))]
pub struct mcontext_t {
    pub gregs: gregset_t,
    pub fpregs: fpregset_t,
    pub mdhi: greg_t,
    pub hi1: greg_t,
    pub hi2: greg_t,
    pub hi3: greg_t,
    pub mdlo: greg_t,
    pub lo1: greg_t,
    pub lo2: greg_t,
    pub lo3: greg_t,
    pub pc: greg_t,
    pub fpc_csr: c_uint,
    pub used_math: c_uint,
    pub dsp: c_uint,
    reserved: c_uint,
}

#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug))]
pub struct ucontext_t {
    pub uc_flags: c_ulong,
    pub uc_link: *mut ucontext_t,
    pub uc_stack: stack_t,
    pub uc_mcontext: mcontext_t,
    pub uc_sigmask: sigset_t,
}

// <bits/reg.h>: the indices of the registers in `elf_gregset_t`.
pub const EF_R0: c_int = 0;
pub const EF_R1: c_int = 1;
pub const EF_R2: c_int = 2;
pub const EF_R3: c_int = 3;
pub const EF_R4: c_int = 4;
pub const EF_R5: c_int = 5;
pub const EF_R6: c_int = 6;
pub const EF_R7: c_int = 7;
pub const EF_R8: c_int = 8;
pub const EF_R9: c_int = 9;
pub const EF_R10: c_int = 10;
pub const EF_R11: c_int = 11;
pub const EF_R12: c_int = 12;
pub const EF_R13: c_int = 13;
pub const EF_R14: c_int = 14;
pub const EF_R15: c_int = 15;
pub const EF_R16: c_int = 16;
pub const EF_R17: c_int = 17;
pub const EF_R18: c_int = 18;
pub const EF_R19: c_int = 19;
pub const EF_R20: c_int = 20;
pub const EF_R21: c_int = 21;
pub const EF_R22: c_int = 22;
pub const EF_R23: c_int = 23;
pub const EF_R24: c_int = 24;
pub const EF_R25: c_int = 25;
pub const EF_R26: c_int = 26;
pub const EF_R27: c_int = 27;
pub const EF_R28: c_int = 28;
pub const EF_R29: c_int = 29;
pub const EF_R30: c_int = 30;
pub const EF_R31: c_int = 31;
pub const EF_LO: c_int = 32;
pub const EF_HI: c_int = 33;
pub const EF_CP0_EPC: c_int = 34;
pub const EF_CP0_BADVADDR: c_int = 35;
pub const EF_CP0_STATUS: c_int = 36;
pub const EF_CP0_CAUSE: c_int = 37;
pub const EF_UNUSED0: c_int = 38;
pub const EF_SIZE: c_int = 304;

// <bits/user.h>
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct user {
    pub regs: [c_ulong; 102],
    pub u_tsize: c_ulong,
    pub u_dsize: c_ulong,
    pub u_ssize: c_ulong,
    pub start_code: c_ulonglong,
    pub start_data: c_ulonglong,
    pub start_stack: c_ulonglong,
    pub signal: c_longlong,
    pub u_ar0: *mut c_ulonglong,
    pub magic: c_ulonglong,
    pub u_comm: [c_char; 32],
}

/// An `int` in C; a `usize` here so that it can size `elf_gregset_t`.
pub const ELF_NGREG: usize = 45;
/// An `int` in C; a `usize` here so that it can size `elf_fpregset_t`.
pub const ELF_NFPREG: usize = 33;
pub type elf_greg_t = c_ulong;
pub type elf_gregset_t = [elf_greg_t; ELF_NGREG];
pub type elf_fpreg_t = c_double;
pub type elf_fpregset_t = [elf_fpreg_t; ELF_NFPREG];

// <bits/ptrace.h>
pub const PTRACE_GET_THREAD_AREA: c_int = 25;
pub const PTRACE_SET_THREAD_AREA: c_int = 26;
pub const PTRACE_PEEKTEXT_3264: c_int = 0xc0;
pub const PTRACE_PEEKDATA_3264: c_int = 0xc1;
pub const PTRACE_POKETEXT_3264: c_int = 0xc2;
pub const PTRACE_POKEDATA_3264: c_int = 0xc3;
pub const PTRACE_GET_THREAD_AREA_3264: c_int = 0xc4;
pub const PTRACE_GET_WATCH_REGS: c_int = 0xd0;
pub const PTRACE_SET_WATCH_REGS: c_int = 0xd1;

// <bits/fenv.h> (the hard-float values: the Rust targets use the FPU).
pub const FE_INEXACT: c_int = 4;
pub const FE_UNDERFLOW: c_int = 8;
pub const FE_OVERFLOW: c_int = 16;
pub const FE_DIVBYZERO: c_int = 32;
pub const FE_INVALID: c_int = 64;
pub const FE_ALL_EXCEPT: c_int = 124;
pub const FE_TONEAREST: c_int = 0;
pub const FE_TOWARDZERO: c_int = 1;
pub const FE_UPWARD: c_int = 2;
pub const FE_DOWNWARD: c_int = 3;

pub type fexcept_t = c_ushort;

/// The FPU control and status register, private in C.
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct fenv_t {
    __cw: c_uint,
}

// <bits/syscall.h>: every `SYS_*` musl 1.2.5 defines, in numeric order.
pub const SYS_read: c_long = 5000;
pub const SYS_write: c_long = 5001;
pub const SYS_open: c_long = 5002;
pub const SYS_close: c_long = 5003;
pub const SYS_stat: c_long = 5004;
pub const SYS_fstat: c_long = 5005;
pub const SYS_lstat: c_long = 5006;
pub const SYS_poll: c_long = 5007;
pub const SYS_lseek: c_long = 5008;
pub const SYS_mmap: c_long = 5009;
pub const SYS_mprotect: c_long = 5010;
pub const SYS_munmap: c_long = 5011;
pub const SYS_brk: c_long = 5012;
pub const SYS_rt_sigaction: c_long = 5013;
pub const SYS_rt_sigprocmask: c_long = 5014;
pub const SYS_ioctl: c_long = 5015;
pub const SYS_pread64: c_long = 5016;
pub const SYS_pwrite64: c_long = 5017;
pub const SYS_readv: c_long = 5018;
pub const SYS_writev: c_long = 5019;
pub const SYS_access: c_long = 5020;
pub const SYS_pipe: c_long = 5021;
pub const SYS__newselect: c_long = 5022;
pub const SYS_sched_yield: c_long = 5023;
pub const SYS_mremap: c_long = 5024;
pub const SYS_msync: c_long = 5025;
pub const SYS_mincore: c_long = 5026;
pub const SYS_madvise: c_long = 5027;
pub const SYS_shmget: c_long = 5028;
pub const SYS_shmat: c_long = 5029;
pub const SYS_shmctl: c_long = 5030;
pub const SYS_dup: c_long = 5031;
pub const SYS_dup2: c_long = 5032;
pub const SYS_pause: c_long = 5033;
pub const SYS_nanosleep: c_long = 5034;
pub const SYS_getitimer: c_long = 5035;
pub const SYS_setitimer: c_long = 5036;
pub const SYS_alarm: c_long = 5037;
pub const SYS_getpid: c_long = 5038;
pub const SYS_sendfile: c_long = 5039;
pub const SYS_socket: c_long = 5040;
pub const SYS_connect: c_long = 5041;
pub const SYS_accept: c_long = 5042;
pub const SYS_sendto: c_long = 5043;
pub const SYS_recvfrom: c_long = 5044;
pub const SYS_sendmsg: c_long = 5045;
pub const SYS_recvmsg: c_long = 5046;
pub const SYS_shutdown: c_long = 5047;
pub const SYS_bind: c_long = 5048;
pub const SYS_listen: c_long = 5049;
pub const SYS_getsockname: c_long = 5050;
pub const SYS_getpeername: c_long = 5051;
pub const SYS_socketpair: c_long = 5052;
pub const SYS_setsockopt: c_long = 5053;
pub const SYS_getsockopt: c_long = 5054;
pub const SYS_clone: c_long = 5055;
pub const SYS_fork: c_long = 5056;
pub const SYS_execve: c_long = 5057;
pub const SYS_exit: c_long = 5058;
pub const SYS_wait4: c_long = 5059;
pub const SYS_kill: c_long = 5060;
pub const SYS_uname: c_long = 5061;
pub const SYS_semget: c_long = 5062;
pub const SYS_semop: c_long = 5063;
pub const SYS_semctl: c_long = 5064;
pub const SYS_shmdt: c_long = 5065;
pub const SYS_msgget: c_long = 5066;
pub const SYS_msgsnd: c_long = 5067;
pub const SYS_msgrcv: c_long = 5068;
pub const SYS_msgctl: c_long = 5069;
pub const SYS_fcntl: c_long = 5070;
pub const SYS_flock: c_long = 5071;
pub const SYS_fsync: c_long = 5072;
pub const SYS_fdatasync: c_long = 5073;
pub const SYS_truncate: c_long = 5074;
pub const SYS_ftruncate: c_long = 5075;
pub const SYS_getdents: c_long = 5076;
pub const SYS_getcwd: c_long = 5077;
pub const SYS_chdir: c_long = 5078;
pub const SYS_fchdir: c_long = 5079;
pub const SYS_rename: c_long = 5080;
pub const SYS_mkdir: c_long = 5081;
pub const SYS_rmdir: c_long = 5082;
pub const SYS_creat: c_long = 5083;
pub const SYS_link: c_long = 5084;
pub const SYS_unlink: c_long = 5085;
pub const SYS_symlink: c_long = 5086;
pub const SYS_readlink: c_long = 5087;
pub const SYS_chmod: c_long = 5088;
pub const SYS_fchmod: c_long = 5089;
pub const SYS_chown: c_long = 5090;
pub const SYS_fchown: c_long = 5091;
pub const SYS_lchown: c_long = 5092;
pub const SYS_umask: c_long = 5093;
pub const SYS_gettimeofday: c_long = 5094;
pub const SYS_getrlimit: c_long = 5095;
pub const SYS_getrusage: c_long = 5096;
pub const SYS_sysinfo: c_long = 5097;
pub const SYS_times: c_long = 5098;
pub const SYS_ptrace: c_long = 5099;
pub const SYS_getuid: c_long = 5100;
pub const SYS_syslog: c_long = 5101;
pub const SYS_getgid: c_long = 5102;
pub const SYS_setuid: c_long = 5103;
pub const SYS_setgid: c_long = 5104;
pub const SYS_geteuid: c_long = 5105;
pub const SYS_getegid: c_long = 5106;
pub const SYS_setpgid: c_long = 5107;
pub const SYS_getppid: c_long = 5108;
pub const SYS_getpgrp: c_long = 5109;
pub const SYS_setsid: c_long = 5110;
pub const SYS_setreuid: c_long = 5111;
pub const SYS_setregid: c_long = 5112;
pub const SYS_getgroups: c_long = 5113;
pub const SYS_setgroups: c_long = 5114;
pub const SYS_setresuid: c_long = 5115;
pub const SYS_getresuid: c_long = 5116;
pub const SYS_setresgid: c_long = 5117;
pub const SYS_getresgid: c_long = 5118;
pub const SYS_getpgid: c_long = 5119;
pub const SYS_setfsuid: c_long = 5120;
pub const SYS_setfsgid: c_long = 5121;
pub const SYS_getsid: c_long = 5122;
pub const SYS_capget: c_long = 5123;
pub const SYS_capset: c_long = 5124;
pub const SYS_rt_sigpending: c_long = 5125;
pub const SYS_rt_sigtimedwait: c_long = 5126;
pub const SYS_rt_sigqueueinfo: c_long = 5127;
pub const SYS_rt_sigsuspend: c_long = 5128;
pub const SYS_sigaltstack: c_long = 5129;
pub const SYS_utime: c_long = 5130;
pub const SYS_mknod: c_long = 5131;
pub const SYS_personality: c_long = 5132;
pub const SYS_ustat: c_long = 5133;
pub const SYS_statfs: c_long = 5134;
pub const SYS_fstatfs: c_long = 5135;
pub const SYS_sysfs: c_long = 5136;
pub const SYS_getpriority: c_long = 5137;
pub const SYS_setpriority: c_long = 5138;
pub const SYS_sched_setparam: c_long = 5139;
pub const SYS_sched_getparam: c_long = 5140;
pub const SYS_sched_setscheduler: c_long = 5141;
pub const SYS_sched_getscheduler: c_long = 5142;
pub const SYS_sched_get_priority_max: c_long = 5143;
pub const SYS_sched_get_priority_min: c_long = 5144;
pub const SYS_sched_rr_get_interval: c_long = 5145;
pub const SYS_mlock: c_long = 5146;
pub const SYS_munlock: c_long = 5147;
pub const SYS_mlockall: c_long = 5148;
pub const SYS_munlockall: c_long = 5149;
pub const SYS_vhangup: c_long = 5150;
pub const SYS_pivot_root: c_long = 5151;
pub const SYS__sysctl: c_long = 5152;
pub const SYS_prctl: c_long = 5153;
pub const SYS_adjtimex: c_long = 5154;
pub const SYS_setrlimit: c_long = 5155;
pub const SYS_chroot: c_long = 5156;
pub const SYS_sync: c_long = 5157;
pub const SYS_acct: c_long = 5158;
pub const SYS_settimeofday: c_long = 5159;
pub const SYS_mount: c_long = 5160;
pub const SYS_umount2: c_long = 5161;
pub const SYS_swapon: c_long = 5162;
pub const SYS_swapoff: c_long = 5163;
pub const SYS_reboot: c_long = 5164;
pub const SYS_sethostname: c_long = 5165;
pub const SYS_setdomainname: c_long = 5166;
pub const SYS_create_module: c_long = 5167;
pub const SYS_init_module: c_long = 5168;
pub const SYS_delete_module: c_long = 5169;
pub const SYS_get_kernel_syms: c_long = 5170;
pub const SYS_query_module: c_long = 5171;
pub const SYS_quotactl: c_long = 5172;
pub const SYS_nfsservctl: c_long = 5173;
pub const SYS_getpmsg: c_long = 5174;
pub const SYS_putpmsg: c_long = 5175;
pub const SYS_afs_syscall: c_long = 5176;
pub const SYS_reserved177: c_long = 5177;
pub const SYS_gettid: c_long = 5178;
pub const SYS_readahead: c_long = 5179;
pub const SYS_setxattr: c_long = 5180;
pub const SYS_lsetxattr: c_long = 5181;
pub const SYS_fsetxattr: c_long = 5182;
pub const SYS_getxattr: c_long = 5183;
pub const SYS_lgetxattr: c_long = 5184;
pub const SYS_fgetxattr: c_long = 5185;
pub const SYS_listxattr: c_long = 5186;
pub const SYS_llistxattr: c_long = 5187;
pub const SYS_flistxattr: c_long = 5188;
pub const SYS_removexattr: c_long = 5189;
pub const SYS_lremovexattr: c_long = 5190;
pub const SYS_fremovexattr: c_long = 5191;
pub const SYS_tkill: c_long = 5192;
pub const SYS_reserved193: c_long = 5193;
pub const SYS_futex: c_long = 5194;
pub const SYS_sched_setaffinity: c_long = 5195;
pub const SYS_sched_getaffinity: c_long = 5196;
pub const SYS_cacheflush: c_long = 5197;
pub const SYS_cachectl: c_long = 5198;
pub const SYS_sysmips: c_long = 5199;
pub const SYS_io_setup: c_long = 5200;
pub const SYS_io_destroy: c_long = 5201;
pub const SYS_io_getevents: c_long = 5202;
pub const SYS_io_submit: c_long = 5203;
pub const SYS_io_cancel: c_long = 5204;
pub const SYS_exit_group: c_long = 5205;
pub const SYS_lookup_dcookie: c_long = 5206;
pub const SYS_epoll_create: c_long = 5207;
pub const SYS_epoll_ctl: c_long = 5208;
pub const SYS_epoll_wait: c_long = 5209;
pub const SYS_remap_file_pages: c_long = 5210;
pub const SYS_rt_sigreturn: c_long = 5211;
pub const SYS_set_tid_address: c_long = 5212;
pub const SYS_restart_syscall: c_long = 5213;
pub const SYS_semtimedop: c_long = 5214;
pub const SYS_fadvise64: c_long = 5215;
pub const SYS_timer_create: c_long = 5216;
pub const SYS_timer_settime: c_long = 5217;
pub const SYS_timer_gettime: c_long = 5218;
pub const SYS_timer_getoverrun: c_long = 5219;
pub const SYS_timer_delete: c_long = 5220;
pub const SYS_clock_settime: c_long = 5221;
pub const SYS_clock_gettime: c_long = 5222;
pub const SYS_clock_getres: c_long = 5223;
pub const SYS_clock_nanosleep: c_long = 5224;
pub const SYS_tgkill: c_long = 5225;
pub const SYS_utimes: c_long = 5226;
pub const SYS_mbind: c_long = 5227;
pub const SYS_get_mempolicy: c_long = 5228;
pub const SYS_set_mempolicy: c_long = 5229;
pub const SYS_mq_open: c_long = 5230;
pub const SYS_mq_unlink: c_long = 5231;
pub const SYS_mq_timedsend: c_long = 5232;
pub const SYS_mq_timedreceive: c_long = 5233;
pub const SYS_mq_notify: c_long = 5234;
pub const SYS_mq_getsetattr: c_long = 5235;
pub const SYS_vserver: c_long = 5236;
pub const SYS_waitid: c_long = 5237;
pub const SYS_add_key: c_long = 5239;
pub const SYS_request_key: c_long = 5240;
pub const SYS_keyctl: c_long = 5241;
pub const SYS_set_thread_area: c_long = 5242;
pub const SYS_inotify_init: c_long = 5243;
pub const SYS_inotify_add_watch: c_long = 5244;
pub const SYS_inotify_rm_watch: c_long = 5245;
pub const SYS_migrate_pages: c_long = 5246;
pub const SYS_openat: c_long = 5247;
pub const SYS_mkdirat: c_long = 5248;
pub const SYS_mknodat: c_long = 5249;
pub const SYS_fchownat: c_long = 5250;
pub const SYS_futimesat: c_long = 5251;
pub const SYS_newfstatat: c_long = 5252;
pub const SYS_unlinkat: c_long = 5253;
pub const SYS_renameat: c_long = 5254;
pub const SYS_linkat: c_long = 5255;
pub const SYS_symlinkat: c_long = 5256;
pub const SYS_readlinkat: c_long = 5257;
pub const SYS_fchmodat: c_long = 5258;
pub const SYS_faccessat: c_long = 5259;
pub const SYS_pselect6: c_long = 5260;
pub const SYS_ppoll: c_long = 5261;
pub const SYS_unshare: c_long = 5262;
pub const SYS_splice: c_long = 5263;
pub const SYS_sync_file_range: c_long = 5264;
pub const SYS_tee: c_long = 5265;
pub const SYS_vmsplice: c_long = 5266;
pub const SYS_move_pages: c_long = 5267;
pub const SYS_set_robust_list: c_long = 5268;
pub const SYS_get_robust_list: c_long = 5269;
pub const SYS_kexec_load: c_long = 5270;
pub const SYS_getcpu: c_long = 5271;
pub const SYS_epoll_pwait: c_long = 5272;
pub const SYS_ioprio_set: c_long = 5273;
pub const SYS_ioprio_get: c_long = 5274;
pub const SYS_utimensat: c_long = 5275;
pub const SYS_signalfd: c_long = 5276;
pub const SYS_timerfd: c_long = 5277;
pub const SYS_eventfd: c_long = 5278;
pub const SYS_fallocate: c_long = 5279;
pub const SYS_timerfd_create: c_long = 5280;
pub const SYS_timerfd_gettime: c_long = 5281;
pub const SYS_timerfd_settime: c_long = 5282;
pub const SYS_signalfd4: c_long = 5283;
pub const SYS_eventfd2: c_long = 5284;
pub const SYS_epoll_create1: c_long = 5285;
pub const SYS_dup3: c_long = 5286;
pub const SYS_pipe2: c_long = 5287;
pub const SYS_inotify_init1: c_long = 5288;
pub const SYS_preadv: c_long = 5289;
pub const SYS_pwritev: c_long = 5290;
pub const SYS_rt_tgsigqueueinfo: c_long = 5291;
pub const SYS_perf_event_open: c_long = 5292;
pub const SYS_accept4: c_long = 5293;
pub const SYS_recvmmsg: c_long = 5294;
pub const SYS_fanotify_init: c_long = 5295;
pub const SYS_fanotify_mark: c_long = 5296;
pub const SYS_prlimit64: c_long = 5297;
pub const SYS_name_to_handle_at: c_long = 5298;
pub const SYS_open_by_handle_at: c_long = 5299;
pub const SYS_clock_adjtime: c_long = 5300;
pub const SYS_syncfs: c_long = 5301;
pub const SYS_sendmmsg: c_long = 5302;
pub const SYS_setns: c_long = 5303;
pub const SYS_process_vm_readv: c_long = 5304;
pub const SYS_process_vm_writev: c_long = 5305;
pub const SYS_kcmp: c_long = 5306;
pub const SYS_finit_module: c_long = 5307;
pub const SYS_getdents64: c_long = 5308;
pub const SYS_sched_setattr: c_long = 5309;
pub const SYS_sched_getattr: c_long = 5310;
pub const SYS_renameat2: c_long = 5311;
pub const SYS_seccomp: c_long = 5312;
pub const SYS_getrandom: c_long = 5313;
pub const SYS_memfd_create: c_long = 5314;
pub const SYS_bpf: c_long = 5315;
pub const SYS_execveat: c_long = 5316;
pub const SYS_userfaultfd: c_long = 5317;
pub const SYS_membarrier: c_long = 5318;
pub const SYS_mlock2: c_long = 5319;
pub const SYS_copy_file_range: c_long = 5320;
pub const SYS_preadv2: c_long = 5321;
pub const SYS_pwritev2: c_long = 5322;
pub const SYS_pkey_mprotect: c_long = 5323;
pub const SYS_pkey_alloc: c_long = 5324;
pub const SYS_pkey_free: c_long = 5325;
pub const SYS_statx: c_long = 5326;
pub const SYS_rseq: c_long = 5327;
pub const SYS_io_pgetevents: c_long = 5328;
pub const SYS_pidfd_send_signal: c_long = 5424;
pub const SYS_io_uring_setup: c_long = 5425;
pub const SYS_io_uring_enter: c_long = 5426;
pub const SYS_io_uring_register: c_long = 5427;
pub const SYS_open_tree: c_long = 5428;
pub const SYS_move_mount: c_long = 5429;
pub const SYS_fsopen: c_long = 5430;
pub const SYS_fsconfig: c_long = 5431;
pub const SYS_fsmount: c_long = 5432;
pub const SYS_fspick: c_long = 5433;
pub const SYS_pidfd_open: c_long = 5434;
pub const SYS_clone3: c_long = 5435;
pub const SYS_close_range: c_long = 5436;
pub const SYS_openat2: c_long = 5437;
pub const SYS_pidfd_getfd: c_long = 5438;
pub const SYS_faccessat2: c_long = 5439;
pub const SYS_process_madvise: c_long = 5440;
pub const SYS_epoll_pwait2: c_long = 5441;
pub const SYS_mount_setattr: c_long = 5442;
pub const SYS_landlock_create_ruleset: c_long = 5444;
pub const SYS_landlock_add_rule: c_long = 5445;
pub const SYS_landlock_restrict_self: c_long = 5446;
pub const SYS_process_mrelease: c_long = 5448;
pub const SYS_futex_waitv: c_long = 5449;
pub const SYS_set_mempolicy_home_node: c_long = 5450;
pub const SYS_cachestat: c_long = 5451;
pub const SYS_fchmodat2: c_long = 5452;

// From here on: the numbers the kernel's `asm/unistd_n64.h` has and musl's
// `bits/syscall.h` does not, in numeric order.
pub const SYS_quotactl_fd: c_long = 5443;
pub const SYS_map_shadow_stack: c_long = 5453;
pub const SYS_futex_wake: c_long = 5454;
pub const SYS_futex_wait: c_long = 5455;
pub const SYS_futex_requeue: c_long = 5456;
pub const SYS_statmount: c_long = 5457;
pub const SYS_listmount: c_long = 5458;
pub const SYS_lsm_get_self_attr: c_long = 5459;
pub const SYS_lsm_set_self_attr: c_long = 5460;
pub const SYS_lsm_list_modules: c_long = 5461;
pub const SYS_mseal: c_long = 5462;
pub const SYS_setxattrat: c_long = 5463;
pub const SYS_getxattrat: c_long = 5464;
pub const SYS_listxattrat: c_long = 5465;
pub const SYS_removexattrat: c_long = 5466;
pub const SYS_open_tree_attr: c_long = 5467;
pub const SYS_file_getattr: c_long = 5468;
pub const SYS_file_setattr: c_long = 5469;
pub const SYS_listns: c_long = 5470;
pub const SYS_rseq_slice_yield: c_long = 5471;
