//! POSIX: the types, structs, constants and functions of `<sys/types.h>`,
//! `<stdint.h>`, `<stddef.h>`, `<unistd.h>`, `<fcntl.h>`, `<sys/stat.h>`,
//! `<sys/mman.h>`, `<time.h>`, `<sys/time.h>`, `<signal.h>`, `<pthread.h>`,
//! `<sched.h>`, `<sys/uio.h>`, `<sys/resource.h>`, `<sys/utsname.h>`,
//! `<errno.h>`, `<stdlib.h>` and `<string.h>` that are the same on every
//! supported target. A POSIX value that some architecture's musl
//! `arch/<arch>/bits/*.h` overrides is here with its generic value, gated
//! off exactly those architectures, whose modules define their own.

use cfg_if::cfg_if;

// Everything the layers below define (`stat`, `sigset_t`, `rlim_t`, ...) is
// in scope through the glob re-export at the end; importing it from `crate`
// here would loop back through this module.
use crate::{c_char, c_int, c_long, c_short, c_uint, c_ulong, c_void};

// musl is linked as `libc`; inside Rust's std build, the static/dynamic
// choice follows `crt-static` as std's own musl targets expect.
cfg_if! {
    if #[cfg(feature = "rustc-dep-of-std")] {
        #[link(
            name = "c",
            kind = "static",
            modifiers = "-bundle",
            cfg(target_feature = "crt-static")
        )]
        #[link(name = "c", cfg(not(target_feature = "crt-static")))]
        extern "C" {}
    } else {
        #[link(name = "c")]
        extern "C" {}
    }
}

// <stdint.h>, <stddef.h>
pub type int8_t = i8;
pub type int16_t = i16;
pub type int32_t = i32;
pub type int64_t = i64;
pub type uint8_t = u8;
pub type uint16_t = u16;
pub type uint32_t = u32;
pub type uint64_t = u64;
pub type intmax_t = i64;
pub type uintmax_t = u64;
pub type size_t = usize;
pub type ssize_t = isize;
pub type ptrdiff_t = isize;
pub type intptr_t = isize;
pub type uintptr_t = usize;

// <sys/types.h>
pub type pid_t = i32;
pub type uid_t = u32;
pub type gid_t = u32;
pub type id_t = c_uint;
pub type mode_t = c_uint;
pub type off_t = i64;
pub type dev_t = u64;
pub type ino_t = u64;
pub type blkcnt_t = i64;
pub type fsblkcnt_t = u64;
pub type fsfilcnt_t = u64;
pub type time_t = i64;
pub type suseconds_t = c_long;
pub type useconds_t = c_uint;
pub type clock_t = c_long;
pub type clockid_t = c_int;
pub type timer_t = *mut c_void;
pub type key_t = c_int;

// <pthread.h> handles that are plain integers in musl's C++ view.
pub type pthread_t = c_ulong;
pub type pthread_key_t = c_uint;
pub type pthread_once_t = c_int;
pub type pthread_spinlock_t = c_int;

// <time.h>
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct timespec {
    pub tv_sec: time_t,
    pub tv_nsec: c_long,
}

// <sys/time.h>
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct timeval {
    pub tv_sec: time_t,
    pub tv_usec: suseconds_t,
}

// <sys/socket.h>: `typedef unsigned socklen_t;`, `typedef unsigned short
// sa_family_t;`
pub type socklen_t = c_uint;
pub type sa_family_t = u16;

// <sys/msg.h>
pub type msgqnum_t = c_ulong;
pub type msglen_t = c_ulong;

// <sys/uio.h>
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct iovec {
    pub iov_base: *mut c_void,
    pub iov_len: size_t,
}

// <fcntl.h>
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct flock {
    pub l_type: c_short,
    pub l_whence: c_short,
    pub l_start: off_t,
    pub l_len: off_t,
    pub l_pid: pid_t,
}

// <sys/resource.h>
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct rlimit {
    pub rlim_cur: rlim_t,
    pub rlim_max: rlim_t,
}

// <unistd.h>
pub const STDIN_FILENO: c_int = 0;
pub const STDOUT_FILENO: c_int = 1;
pub const STDERR_FILENO: c_int = 2;

pub const SEEK_SET: c_int = 0;
pub const SEEK_CUR: c_int = 1;
pub const SEEK_END: c_int = 2;

pub const F_OK: c_int = 0;
pub const R_OK: c_int = 4;
pub const W_OK: c_int = 2;
pub const X_OK: c_int = 1;

pub const _SC_ARG_MAX: c_int = 0;
pub const _SC_CHILD_MAX: c_int = 1;
pub const _SC_CLK_TCK: c_int = 2;
pub const _SC_NGROUPS_MAX: c_int = 3;
pub const _SC_OPEN_MAX: c_int = 4;
pub const _SC_STREAM_MAX: c_int = 5;
pub const _SC_TZNAME_MAX: c_int = 6;
pub const _SC_VERSION: c_int = 29;
pub const _SC_PAGE_SIZE: c_int = 30;
pub const _SC_PAGESIZE: c_int = 30;
pub const _SC_RTSIG_MAX: c_int = 31;
pub const _SC_SEM_NSEMS_MAX: c_int = 32;
pub const _SC_SEM_VALUE_MAX: c_int = 33;
pub const _SC_SIGQUEUE_MAX: c_int = 34;
pub const _SC_TIMER_MAX: c_int = 35;
pub const _SC_LINE_MAX: c_int = 43;
pub const _SC_IOV_MAX: c_int = 60;
pub const _SC_GETGR_R_SIZE_MAX: c_int = 69;
pub const _SC_GETPW_R_SIZE_MAX: c_int = 70;
pub const _SC_LOGIN_NAME_MAX: c_int = 71;
pub const _SC_TTY_NAME_MAX: c_int = 72;
pub const _SC_THREAD_KEYS_MAX: c_int = 74;
pub const _SC_THREAD_STACK_MIN: c_int = 75;
pub const _SC_THREAD_THREADS_MAX: c_int = 76;
pub const _SC_ATEXIT_MAX: c_int = 87;
pub const _SC_MONOTONIC_CLOCK: c_int = 149;
pub const _SC_SYMLOOP_MAX: c_int = 173;
pub const _SC_HOST_NAME_MAX: c_int = 180;

// <fcntl.h>
pub const O_RDONLY: c_int = 0o0;
pub const O_WRONLY: c_int = 0o1;
pub const O_RDWR: c_int = 0o2;
pub const O_ACCMODE: c_int = 0o3 | O_SEARCH;
pub const O_SEARCH: c_int = crate::O_PATH;
pub const O_EXEC: c_int = crate::O_PATH;
pub const O_TTY_INIT: c_int = 0;
pub const O_TRUNC: c_int = 0o1000;
pub const O_CLOEXEC: c_int = 0o2000000;
// musl's `arch/generic/bits/fcntl.h`; mips64's renumbers these.
cfg_if! {
    if #[cfg(not(target_arch = "mips64"))] {
        pub const O_CREAT: c_int = 0o100;
        pub const O_EXCL: c_int = 0o200;
        pub const O_NOCTTY: c_int = 0o400;
        pub const O_APPEND: c_int = 0o2000;
        pub const O_NONBLOCK: c_int = 0o4000;
        pub const O_DSYNC: c_int = 0o10000;
        pub const O_SYNC: c_int = 0o4010000;
        pub const O_RSYNC: c_int = 0o4010000;
    }
}
// aarch64's and powerpc64's `bits/fcntl.h` swap these with `O_DIRECT` and
// `O_LARGEFILE`.
cfg_if! {
    if #[cfg(not(any(target_arch = "aarch64", target_arch = "powerpc64")))] {
        pub const O_DIRECTORY: c_int = 0o200000;
        pub const O_NOFOLLOW: c_int = 0o400000;
    }
}

pub const F_DUPFD: c_int = 0;
pub const F_GETFD: c_int = 1;
pub const F_SETFD: c_int = 2;
pub const F_GETFL: c_int = 3;
pub const F_SETFL: c_int = 4;
pub const F_SETLK: c_int = 6;
pub const F_SETLKW: c_int = 7;
pub const F_DUPFD_CLOEXEC: c_int = 1030;
// mips64's `bits/fcntl.h` has its own numbers for these.
cfg_if! {
    if #[cfg(not(target_arch = "mips64"))] {
        pub const F_SETOWN: c_int = 8;
        pub const F_GETOWN: c_int = 9;
        pub const F_GETLK: c_int = 5;
    }
}

pub const F_RDLCK: c_int = 0;
pub const F_WRLCK: c_int = 1;
pub const F_UNLCK: c_int = 2;

pub const FD_CLOEXEC: c_int = 1;

pub const AT_FDCWD: c_int = -100;
pub const AT_SYMLINK_NOFOLLOW: c_int = 0x100;
pub const AT_REMOVEDIR: c_int = 0x200;
pub const AT_SYMLINK_FOLLOW: c_int = 0x400;
pub const AT_EACCESS: c_int = 0x200;

// <sys/stat.h>
pub const S_IFMT: mode_t = 0o170000;
pub const S_IFDIR: mode_t = 0o040000;
pub const S_IFCHR: mode_t = 0o020000;
pub const S_IFBLK: mode_t = 0o060000;
pub const S_IFREG: mode_t = 0o100000;
pub const S_IFIFO: mode_t = 0o010000;
pub const S_IFLNK: mode_t = 0o120000;
pub const S_IFSOCK: mode_t = 0o140000;

pub const S_ISUID: mode_t = 0o4000;
pub const S_ISGID: mode_t = 0o2000;
pub const S_ISVTX: mode_t = 0o1000;
pub const S_IRUSR: mode_t = 0o400;
pub const S_IWUSR: mode_t = 0o200;
pub const S_IXUSR: mode_t = 0o100;
pub const S_IRWXU: mode_t = 0o700;
pub const S_IRGRP: mode_t = 0o040;
pub const S_IWGRP: mode_t = 0o020;
pub const S_IXGRP: mode_t = 0o010;
pub const S_IRWXG: mode_t = 0o070;
pub const S_IROTH: mode_t = 0o004;
pub const S_IWOTH: mode_t = 0o002;
pub const S_IXOTH: mode_t = 0o001;
pub const S_IRWXO: mode_t = 0o007;

pub const UTIME_NOW: c_long = 0x3fffffff;
pub const UTIME_OMIT: c_long = 0x3ffffffe;

// <sys/mman.h>
pub const MAP_FAILED: *mut c_void = !0usize as *mut c_void;

pub const MAP_SHARED: c_int = 0x01;
pub const MAP_PRIVATE: c_int = 0x02;
pub const MAP_FIXED: c_int = 0x10;

pub const PROT_NONE: c_int = 0;
pub const PROT_READ: c_int = 1;
pub const PROT_WRITE: c_int = 2;
pub const PROT_EXEC: c_int = 4;

pub const MS_ASYNC: c_int = 1;
pub const MS_INVALIDATE: c_int = 2;
pub const MS_SYNC: c_int = 4;

// <time.h>
pub const CLOCK_REALTIME: clockid_t = 0;
pub const CLOCK_MONOTONIC: clockid_t = 1;
pub const CLOCK_PROCESS_CPUTIME_ID: clockid_t = 2;
pub const CLOCK_THREAD_CPUTIME_ID: clockid_t = 3;

pub const TIMER_ABSTIME: c_int = 1;

// <signal.h>: the published crate's `sighandler_t` is an integer, so
// these are too.
pub const SIG_DFL: sighandler_t = 0;
pub const SIG_IGN: sighandler_t = 1;
pub const SIG_ERR: sighandler_t = !0;

// <sys/resource.h>
pub const RLIM_INFINITY: rlim_t = !0;
pub const RLIM_SAVED_CUR: rlim_t = RLIM_INFINITY;
pub const RLIM_SAVED_MAX: rlim_t = RLIM_INFINITY;

pub const RLIMIT_CPU: c_int = 0;
pub const RLIMIT_FSIZE: c_int = 1;
pub const RLIMIT_DATA: c_int = 2;
pub const RLIMIT_STACK: c_int = 3;
pub const RLIMIT_CORE: c_int = 4;
// mips64's `bits/resource.h` renumbers these.
cfg_if! {
    if #[cfg(not(target_arch = "mips64"))] {
        pub const RLIMIT_NOFILE: c_int = 7;
        pub const RLIMIT_AS: c_int = 9;
    }
}

pub const RUSAGE_SELF: c_int = 0;
pub const RUSAGE_CHILDREN: c_int = -1;

// <errno.h>: the POSIX names. Linux's own are in `linux_like`.
pub const EPERM: c_int = 1;
pub const ENOENT: c_int = 2;
pub const ESRCH: c_int = 3;
pub const EINTR: c_int = 4;
pub const EIO: c_int = 5;
pub const ENXIO: c_int = 6;
pub const E2BIG: c_int = 7;
pub const ENOEXEC: c_int = 8;
pub const EBADF: c_int = 9;
pub const ECHILD: c_int = 10;
pub const EAGAIN: c_int = 11;
pub const ENOMEM: c_int = 12;
pub const EACCES: c_int = 13;
pub const EFAULT: c_int = 14;
pub const EBUSY: c_int = 16;
pub const EEXIST: c_int = 17;
pub const EXDEV: c_int = 18;
pub const ENODEV: c_int = 19;
pub const ENOTDIR: c_int = 20;
pub const EISDIR: c_int = 21;
pub const EINVAL: c_int = 22;
pub const ENFILE: c_int = 23;
pub const EMFILE: c_int = 24;
pub const ENOTTY: c_int = 25;
pub const ETXTBSY: c_int = 26;
pub const EFBIG: c_int = 27;
pub const ENOSPC: c_int = 28;
pub const ESPIPE: c_int = 29;
pub const EROFS: c_int = 30;
pub const EMLINK: c_int = 31;
pub const EPIPE: c_int = 32;
pub const EDOM: c_int = 33;
pub const ERANGE: c_int = 34;
pub const EWOULDBLOCK: c_int = EAGAIN;
pub const ENOSTR: c_int = 60;
pub const ENODATA: c_int = 61;
pub const ETIME: c_int = 62;
pub const ENOSR: c_int = 63;
pub const ENOLINK: c_int = 67;
pub const EPROTO: c_int = 71;
// mips64's `bits/errno.h` renumbers these.
cfg_if! {
    if #[cfg(not(target_arch = "mips64"))] {
        pub const EDEADLK: c_int = 35;
        pub const ENAMETOOLONG: c_int = 36;
        pub const ENOLCK: c_int = 37;
        pub const ENOSYS: c_int = 38;
        pub const ENOTEMPTY: c_int = 39;
        pub const ELOOP: c_int = 40;
        pub const ENOMSG: c_int = 42;
        pub const EIDRM: c_int = 43;
        pub const EMULTIHOP: c_int = 72;
        pub const EBADMSG: c_int = 74;
        pub const EOVERFLOW: c_int = 75;
        pub const EILSEQ: c_int = 84;
        pub const ENOTSOCK: c_int = 88;
        pub const EDESTADDRREQ: c_int = 89;
        pub const EMSGSIZE: c_int = 90;
        pub const EPROTOTYPE: c_int = 91;
        pub const ENOPROTOOPT: c_int = 92;
        pub const EPROTONOSUPPORT: c_int = 93;
        pub const EOPNOTSUPP: c_int = 95;
        pub const EAFNOSUPPORT: c_int = 97;
        pub const EADDRINUSE: c_int = 98;
        pub const EADDRNOTAVAIL: c_int = 99;
        pub const ENETDOWN: c_int = 100;
        pub const ENETUNREACH: c_int = 101;
        pub const ENETRESET: c_int = 102;
        pub const ECONNABORTED: c_int = 103;
        pub const ECONNRESET: c_int = 104;
        pub const ENOBUFS: c_int = 105;
        pub const EISCONN: c_int = 106;
        pub const ENOTCONN: c_int = 107;
        pub const ETIMEDOUT: c_int = 110;
        pub const ECONNREFUSED: c_int = 111;
        pub const EHOSTUNREACH: c_int = 113;
        pub const EALREADY: c_int = 114;
        pub const EINPROGRESS: c_int = 115;
        pub const ESTALE: c_int = 116;
        pub const EDQUOT: c_int = 122;
        pub const ECANCELED: c_int = 125;
        pub const EOWNERDEAD: c_int = 130;
        pub const ENOTRECOVERABLE: c_int = 131;
    }
}
pub const ENOTSUP: c_int = EOPNOTSUPP;

extern "C" {
    // <unistd.h>
    pub fn read(fd: c_int, buf: *mut c_void, count: size_t) -> ssize_t;
    pub fn write(fd: c_int, buf: *const c_void, count: size_t) -> ssize_t;
    pub fn close(fd: c_int) -> c_int;
    pub fn lseek(fd: c_int, offset: off_t, whence: c_int) -> off_t;
    pub fn pipe(fds: *mut c_int) -> c_int;
    pub fn dup(fd: c_int) -> c_int;
    pub fn dup2(src: c_int, dst: c_int) -> c_int;
    pub fn fsync(fd: c_int) -> c_int;
    pub fn unlink(path: *const c_char) -> c_int;
    pub fn unlinkat(dirfd: c_int, path: *const c_char, flags: c_int) -> c_int;
    pub fn rmdir(path: *const c_char) -> c_int;
    pub fn access(path: *const c_char, amode: c_int) -> c_int;
    pub fn _exit(status: c_int) -> !;
    pub fn getpid() -> pid_t;
    pub fn getppid() -> pid_t;
    pub fn isatty(fd: c_int) -> c_int;
    pub fn getuid() -> uid_t;
    pub fn geteuid() -> uid_t;
    pub fn getgid() -> gid_t;
    pub fn getegid() -> gid_t;
    pub fn sysconf(name: c_int) -> c_long;

    // <fcntl.h>
    pub fn fcntl(fd: c_int, cmd: c_int, ...) -> c_int;
    pub fn open(path: *const c_char, oflag: c_int, ...) -> c_int;
    pub fn openat(dirfd: c_int, path: *const c_char, oflag: c_int, ...) -> c_int;

    // <sys/stat.h>
    pub fn stat(path: *const c_char, buf: *mut stat) -> c_int;
    pub fn fstat(fd: c_int, buf: *mut stat) -> c_int;
    pub fn lstat(path: *const c_char, buf: *mut stat) -> c_int;
    pub fn fstatat(dirfd: c_int, path: *const c_char, buf: *mut stat, flags: c_int) -> c_int;
    pub fn mkdir(path: *const c_char, mode: mode_t) -> c_int;

    // <sys/mman.h>
    pub fn mmap(
        addr: *mut c_void,
        len: size_t,
        prot: c_int,
        flags: c_int,
        fd: c_int,
        offset: off_t,
    ) -> *mut c_void;
    pub fn munmap(addr: *mut c_void, len: size_t) -> c_int;
    pub fn mprotect(addr: *mut c_void, len: size_t, prot: c_int) -> c_int;
    pub fn msync(addr: *mut c_void, len: size_t, flags: c_int) -> c_int;

    // <time.h>
    pub fn time(t: *mut time_t) -> time_t;
    pub fn nanosleep(req: *const timespec, rem: *mut timespec) -> c_int;
    pub fn clock_getres(clock: clockid_t, res: *mut timespec) -> c_int;
    pub fn clock_gettime(clock: clockid_t, tp: *mut timespec) -> c_int;
    pub fn clock_nanosleep(
        clock: clockid_t,
        flags: c_int,
        req: *const timespec,
        rem: *mut timespec,
    ) -> c_int;

    // <sys/time.h>
    pub fn gettimeofday(tv: *mut timeval, tz: *mut c_void) -> c_int;

    // <sys/utsname.h>
    pub fn uname(buf: *mut utsname) -> c_int;

    // <sys/resource.h>
    pub fn getrlimit(resource: c_int, rlim: *mut rlimit) -> c_int;
    pub fn setrlimit(resource: c_int, rlim: *const rlimit) -> c_int;
    pub fn getrusage(who: c_int, usage: *mut rusage) -> c_int;

    // <signal.h>
    pub fn kill(pid: pid_t, sig: c_int) -> c_int;
    pub fn sigemptyset(set: *mut sigset_t) -> c_int;
    pub fn sigfillset(set: *mut sigset_t) -> c_int;
    pub fn sigaddset(set: *mut sigset_t, signum: c_int) -> c_int;
    pub fn sigdelset(set: *mut sigset_t, signum: c_int) -> c_int;
    pub fn sigismember(set: *const sigset_t, signum: c_int) -> c_int;
    pub fn sigprocmask(how: c_int, set: *const sigset_t, oldset: *mut sigset_t) -> c_int;
    pub fn sigaction(signum: c_int, act: *const sigaction, oldact: *mut sigaction) -> c_int;
    pub fn pthread_sigmask(how: c_int, set: *const sigset_t, oldset: *mut sigset_t) -> c_int;
    pub fn signal(signum: c_int, handler: sighandler_t) -> sighandler_t;
    pub fn raise(sig: c_int) -> c_int;

    // <pthread.h>
    pub fn pthread_create(
        thread: *mut pthread_t,
        attr: *const pthread_attr_t,
        start_routine: extern "C" fn(*mut c_void) -> *mut c_void,
        arg: *mut c_void,
    ) -> c_int;
    pub fn pthread_detach(thread: pthread_t) -> c_int;
    pub fn pthread_exit(retval: *mut c_void) -> !;
    pub fn pthread_join(thread: pthread_t, retval: *mut *mut c_void) -> c_int;
    pub fn pthread_self() -> pthread_t;
    pub fn pthread_equal(t1: pthread_t, t2: pthread_t) -> c_int;
    pub fn pthread_mutex_init(
        mutex: *mut pthread_mutex_t,
        attr: *const pthread_mutexattr_t,
    ) -> c_int;
    pub fn pthread_mutex_lock(mutex: *mut pthread_mutex_t) -> c_int;
    pub fn pthread_mutex_unlock(mutex: *mut pthread_mutex_t) -> c_int;
    pub fn pthread_mutex_trylock(mutex: *mut pthread_mutex_t) -> c_int;
    pub fn pthread_mutex_destroy(mutex: *mut pthread_mutex_t) -> c_int;

    // <sched.h>
    pub fn sched_yield() -> c_int;

    // <stdlib.h>
    pub fn malloc(size: size_t) -> *mut c_void;
    pub fn calloc(nmemb: size_t, size: size_t) -> *mut c_void;
    pub fn realloc(ptr: *mut c_void, size: size_t) -> *mut c_void;
    pub fn free(ptr: *mut c_void);
    pub fn abort() -> !;
    pub fn exit(status: c_int) -> !;
    pub fn getenv(name: *const c_char) -> *mut c_char;

    // <string.h>
    pub fn memcpy(dest: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void;
    pub fn memset(s: *mut c_void, c: c_int, n: size_t) -> *mut c_void;
    pub fn strlen(s: *const c_char) -> size_t;
    pub fn strerror(errnum: c_int) -> *mut c_char;
}

mod linux_like;
pub use self::linux_like::*;
