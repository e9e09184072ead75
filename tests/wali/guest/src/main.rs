//! A `#![no_std]` WALI module that makes real Linux system calls through the
//! crate alone: no C library, only `libc::__syscall_SYS_*` (the `wali`
//! imports), the crate's structs in their wasm32 layouts (`stat`, `statx`,
//! `statfs`, `utsname`, `rlimit`, `sysinfo`, `rusage`, `iovec`, `msghdr`,
//! `sockaddr_in`, `sigaction`, `epoll_event`, `pollfd`, ...), and its
//! constants.
//!
//! Every system call it makes is printed as `call NAME = RESULT` (NAME is the
//! specification's), which tests/wali/guest_test.py matches with what the
//! host saw (its trace). The values the host can see for itself are printed
//! as `value KEY NUMBER` or `text KEY STRING` (pid, uid, cwd, uname, limits,
//! the files left behind, ...) and compared with the host's view there. Each
//! check the module can make alone is printed as `check N WHAT: VALUE ok`.
//! It exits with status 42 when every check holds, or with 100 + the number
//! of the first check that fails.
#![no_std]
#![no_main]

use core::mem::{size_of, zeroed, MaybeUninit};
use libc::*;

/// The exit status that tells the host every check held.
const ALL_PASSED: i32 = 42;
/// The files the guest leaves in the host's working directory, which the
/// host looks at afterwards (relative paths).
const TMP_NAME: &[u8] = b"wali-guest.tmp\0";
const DIR_NAME: &[u8] = b"wali-dir\0";
const MISSING: &[u8] = b"no-such-dir/no-such-file\0";
/// What the guest's symbolic link points to.
const LINK_TARGET: &[u8] = b"../wali-guest.tmp";
/// The modification time the guest gives its file (utimensat).
const MTIME: i64 = 1_000_000_000;

/// A guest pointer as the `i32` the imports take (wasm32 addresses).
fn a<T: ?Sized>(p: *const T) -> i32 {
    p as *const u8 as usize as i32
}

/// The same for memory the host writes into.
fn m<T: ?Sized>(p: *mut T) -> i32 {
    a(p)
}

/// One line of output, written with a single `write` (not reported as a
/// call: the host's trace shows these writes to fd 1, which the test leaves
/// out).
struct Line {
    buf: [u8; 200],
    len: usize,
}

impl Line {
    fn new() -> Self {
        Line {
            buf: [0; 200],
            len: 0,
        }
    }

    fn text(mut self, bytes: &[u8]) -> Self {
        let n = bytes.len().min(self.buf.len() - self.len);
        self.buf[self.len..self.len + n].copy_from_slice(&bytes[..n]);
        self.len += n;
        self
    }

    fn num(self, n: i64) -> Self {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        let mut v = n.unsigned_abs();
        loop {
            i -= 1;
            digits[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        self.text(if n < 0 { b"-" } else { b"" }).text(&digits[i..])
    }

    fn write(self) {
        // SAFETY: the pointer and length describe the line's bytes.
        unsafe { __syscall_SYS_write(STDOUT_FILENO, a(&self.buf[..self.len]), self.len as u32) };
    }
}

/// Reports a system call's result as the host's trace names it.
fn call(name: &[u8], r: c_long) -> c_long {
    Line::new()
        .text(b"call ")
        .text(name)
        .text(b" = ")
        .num(r)
        .text(b"\n")
        .write();
    r
}

/// Makes a system call through its import and reports it:
/// `sys!(getpid())` calls `__syscall_SYS_getpid()` and prints
/// `call getpid = RESULT`.
macro_rules! sys {
    ($name:ident ( $($arg:expr),* )) => {{
        let r = imports::$name($($arg),*);
        call(stringify!($name).as_bytes(), r)
    }};
}

/// The system calls under their specification names.
mod imports {
    pub use libc::{
        __syscall_SYS_accept4 as accept4, __syscall_SYS_access as access,
        __syscall_SYS_bind as bind, __syscall_SYS_chdir as chdir,
        __syscall_SYS_clock_getres as clock_getres, __syscall_SYS_clock_gettime as clock_gettime,
        __syscall_SYS_clock_nanosleep as clock_nanosleep, __syscall_SYS_close as close,
        __syscall_SYS_connect as connect, __syscall_SYS_dup as dup, __syscall_SYS_dup2 as dup2,
        __syscall_SYS_dup3 as dup3, __syscall_SYS_epoll_create1 as epoll_create1,
        __syscall_SYS_epoll_ctl as epoll_ctl, __syscall_SYS_epoll_pwait as epoll_pwait,
        __syscall_SYS_eventfd2 as eventfd2, __syscall_SYS_faccessat as faccessat,
        __syscall_SYS_faccessat2 as faccessat2, __syscall_SYS_fadvise as fadvise,
        __syscall_SYS_fchdir as fchdir, __syscall_SYS_fchmod as fchmod,
        __syscall_SYS_fcntl as fcntl, __syscall_SYS_fdatasync as fdatasync,
        __syscall_SYS_flock as flock, __syscall_SYS_fstat as fstat,
        __syscall_SYS_fstatfs as fstatfs, __syscall_SYS_fsync as fsync,
        __syscall_SYS_ftruncate as ftruncate, __syscall_SYS_futex as futex,
        __syscall_SYS_getcwd as getcwd, __syscall_SYS_getdents64 as getdents64,
        __syscall_SYS_getegid as getegid, __syscall_SYS_geteuid as geteuid,
        __syscall_SYS_getgid as getgid, __syscall_SYS_getgroups as getgroups,
        __syscall_SYS_getpeername as getpeername, __syscall_SYS_getpgid as getpgid,
        __syscall_SYS_getpid as getpid, __syscall_SYS_getppid as getppid,
        __syscall_SYS_getrandom as getrandom, __syscall_SYS_getrlimit as getrlimit,
        __syscall_SYS_getrusage as getrusage, __syscall_SYS_getsid as getsid,
        __syscall_SYS_getsockname as getsockname, __syscall_SYS_getsockopt as getsockopt,
        __syscall_SYS_gettid as gettid, __syscall_SYS_gettimeofday as gettimeofday,
        __syscall_SYS_getuid as getuid, __syscall_SYS_ioctl as ioctl, __syscall_SYS_kill as kill,
        __syscall_SYS_linkat as linkat, __syscall_SYS_listen as listen,
        __syscall_SYS_lseek as lseek, __syscall_SYS_lstat as lstat,
        __syscall_SYS_mkdirat as mkdirat, __syscall_SYS_nanosleep as nanosleep,
        __syscall_SYS_newfstatat as newfstatat, __syscall_SYS_openat as openat,
        __syscall_SYS_pipe2 as pipe2, __syscall_SYS_poll as poll, __syscall_SYS_prctl as prctl,
        __syscall_SYS_pread64 as pread64, __syscall_SYS_prlimit64 as prlimit64,
        __syscall_SYS_pwrite64 as pwrite64, __syscall_SYS_read as read,
        __syscall_SYS_readlinkat as readlinkat, __syscall_SYS_readv as readv,
        __syscall_SYS_recvfrom as recvfrom, __syscall_SYS_recvmsg as recvmsg,
        __syscall_SYS_renameat2 as renameat2, __syscall_SYS_rt_sigaction as rt_sigaction,
        __syscall_SYS_rt_sigpending as rt_sigpending,
        __syscall_SYS_rt_sigprocmask as rt_sigprocmask,
        __syscall_SYS_sched_getaffinity as sched_getaffinity,
        __syscall_SYS_sched_yield as sched_yield, __syscall_SYS_select as select,
        __syscall_SYS_sendmsg as sendmsg, __syscall_SYS_sendto as sendto,
        __syscall_SYS_setsockopt as setsockopt, __syscall_SYS_shutdown as shutdown,
        __syscall_SYS_socket as socket, __syscall_SYS_socketpair as socketpair,
        __syscall_SYS_stat as stat, __syscall_SYS_statfs as statfs, __syscall_SYS_statx as statx,
        __syscall_SYS_symlinkat as symlinkat, __syscall_SYS_sysinfo as sysinfo,
        __syscall_SYS_tkill as tkill, __syscall_SYS_umask as umask, __syscall_SYS_uname as uname,
        __syscall_SYS_unlinkat as unlinkat, __syscall_SYS_utimensat as utimensat,
        __syscall_SYS_wait4 as wait4, __syscall_SYS_write as write, __syscall_SYS_writev as writev,
    };
}

/// Prints the check's number, what it looks at and the value seen, and exits
/// with 100 + `n` if it does not hold.
fn check(n: i32, what: &[u8], value: i64, ok: bool) {
    Line::new()
        .text(b"check ")
        .num(n as i64)
        .text(b" ")
        .text(what)
        .text(b": ")
        .num(value)
        .text(if ok { b" ok\n" } else { b" FAILED\n" })
        .write();
    if !ok {
        // SAFETY: ends the module; the host reports the status.
        unsafe { __syscall_SYS_exit_group(100 + n) };
    }
}

/// A value for the host to compare with its own view.
fn value(key: &[u8], v: i64) {
    Line::new()
        .text(b"value ")
        .text(key)
        .text(b" ")
        .num(v)
        .text(b"\n")
        .write();
}

/// A NUL-terminated string for the host to compare.
fn text(key: &[u8], bytes: &[u8]) {
    let n = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    Line::new()
        .text(b"text ")
        .text(key)
        .text(b" ")
        .text(&bytes[..n])
        .text(b"\n")
        .write();
}

fn c_chars(s: &[c_char]) -> &[u8] {
    // SAFETY: c_char and u8 have the same size and alignment.
    unsafe { core::slice::from_raw_parts(s.as_ptr() as *const u8, s.len()) }
}

/// A counter of checks, so that each has its own number.
struct Checks(i32);

impl Checks {
    fn check(&mut self, what: &[u8], value: i64, ok: bool) {
        self.0 += 1;
        check(self.0, what, value, ok);
    }
}

#[no_mangle]
pub extern "C" fn _start() {
    Line::new()
        .text(b"wali guest: hello from wasm32-wali-linux-musl\n")
        .write();
    let mut c = Checks(0);
    // SAFETY: every pointer below points at a live local of the right type
    // and size; the calls are the kernel's, reached through the host.
    unsafe {
        process(&mut c);
        files(&mut c);
        descriptors(&mut c);
        sockets(&mut c);
        signals(&mut c);
        Line::new().text(b"wali guest: all checks passed\n").write();
        __syscall_SYS_exit_group(ALL_PASSED);
    }
}

/// Identity, time, limits and the machine.
unsafe fn process(c: &mut Checks) {
    let pid = sys!(getpid());
    value(b"pid", pid);
    c.check(b"getpid > 0", pid, pid > 0);
    value(b"ppid", sys!(getppid()));
    let tid = sys!(gettid());
    c.check(b"gettid of the only thread is the pid", tid, tid == pid);
    value(b"uid", sys!(getuid()));
    value(b"euid", sys!(geteuid()));
    value(b"gid", sys!(getgid()));
    value(b"egid", sys!(getegid()));
    value(b"pgid", sys!(getpgid(0)));
    value(b"sid", sys!(getsid(0)));
    let mut groups = [0 as gid_t; 256];
    let n = sys!(getgroups(groups.len() as u32, m(groups.as_mut_ptr())));
    value(b"ngroups", n);

    let mut u: utsname = zeroed();
    let r = sys!(uname(m(&mut u)));
    c.check(b"uname", r, r == 0);
    text(b"sysname", c_chars(&u.sysname));
    text(b"nodename", c_chars(&u.nodename));
    text(b"release", c_chars(&u.release));
    text(b"machine", c_chars(&u.machine));

    let mut cwd = [0u8; 512];
    let r = sys!(getcwd(m(cwd.as_mut_ptr()), cwd.len() as u32));
    c.check(b"getcwd returns the length with the NUL", r, r > 1);
    text(b"cwd", &cwd);

    let mut t1 = timespec::default();
    let mut t2 = timespec::default();
    let r1 = sys!(clock_gettime(CLOCK_MONOTONIC, m(&mut t1)));
    let r2 = sys!(clock_gettime(CLOCK_MONOTONIC, m(&mut t2)));
    c.check(
        b"clock_gettime(CLOCK_MONOTONIC) twice",
        r1 | r2,
        r1 == 0 && r2 == 0,
    );
    c.check(
        b"monotonic clock did not go back (ns)",
        (t2.tv_sec - t1.tv_sec) * 1_000_000_000 + (t2.tv_nsec - t1.tv_nsec),
        (t2.tv_sec, t2.tv_nsec) >= (t1.tv_sec, t1.tv_nsec),
    );
    let mut now = timespec::default();
    sys!(clock_gettime(CLOCK_REALTIME, m(&mut now)));
    value(b"realtime", now.tv_sec);
    let mut tv = timeval::default();
    let r = sys!(gettimeofday(m(&mut tv), 0));
    c.check(b"gettimeofday", r, r == 0);
    value(b"timeofday", tv.tv_sec);
    let mut res = timespec::default();
    sys!(clock_getres(CLOCK_MONOTONIC, m(&mut res)));
    value(b"monotonic_res_ns", res.tv_nsec);
    let nap = timespec {
        tv_sec: 0,
        tv_nsec: 1_000_000,
    };
    let r = sys!(nanosleep(a(&nap), 0));
    c.check(b"nanosleep 1 ms", r, r == 0);
    let r = sys!(clock_nanosleep(CLOCK_MONOTONIC, 0, a(&nap), 0));
    c.check(b"clock_nanosleep 1 ms", r, r == 0);
    let r = sys!(sched_yield());
    c.check(b"sched_yield", r, r == 0);

    let mut rl = rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    let r = sys!(getrlimit(RLIMIT_NOFILE as i32, m(&mut rl)));
    c.check(b"getrlimit(RLIMIT_NOFILE)", r, r == 0);
    value(b"nofile_cur", rl.rlim_cur as i64);
    value(b"nofile_max", rl.rlim_max as i64);
    let r = sys!(prlimit64(0, RLIMIT_STACK as i32, 0, m(&mut rl)));
    c.check(b"prlimit64(RLIMIT_STACK) read", r, r == 0);
    value(b"stack_cur", rl.rlim_cur as i64);

    let mut si: libc::sysinfo = zeroed();
    let r = sys!(sysinfo(m(&mut si)));
    c.check(b"sysinfo", r, r == 0);
    value(b"totalram_bytes", si.totalram as i64 * si.mem_unit as i64);
    c.check(b"sysinfo.procs > 0", si.procs as i64, si.procs > 0);

    let mut ru: rusage = zeroed();
    let r = sys!(getrusage(RUSAGE_SELF, m(&mut ru)));
    c.check(
        b"getrusage(RUSAGE_SELF).ru_maxrss > 0",
        ru.ru_maxrss,
        r == 0 && ru.ru_maxrss > 0,
    );

    let old = sys!(umask(0o022));
    value(b"umask", old);
    sys!(umask(old as i32));

    let mut set: cpu_set_t = zeroed();
    let n = sys!(sched_getaffinity(
        0,
        size_of::<cpu_set_t>() as u32,
        m(&mut set)
    ));
    c.check(b"sched_getaffinity writes its mask size", n, n > 0);
    let bytes = core::slice::from_raw_parts(&set as *const cpu_set_t as *const u8, n as usize);
    value(b"cpus", bytes.iter().map(|b| b.count_ones() as i64).sum());

    let mut name = [0u8; 16];
    let r = sys!(prctl(PR_GET_NAME, m(name.as_mut_ptr()) as u64, 0, 0, 0));
    c.check(b"prctl(PR_GET_NAME)", r, r == 0);
    text(b"comm", &name);
    value(b"dumpable", sys!(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)));

    let mut rnd = [0u8; 16];
    let n = sys!(getrandom(m(rnd.as_mut_ptr()), rnd.len() as u32, 0));
    c.check(b"getrandom of 16 bytes", n, n == 16);

    let r = sys!(wait4(-1, 0, WNOHANG, 0));
    c.check(
        b"wait4 without a child: -ECHILD",
        r,
        r == -(ECHILD as c_long),
    );
    let r = sys!(kill(pid as i32, 0));
    c.check(b"kill(self, 0)", r, r == 0);
}

/// Files and directories, left in the working directory for the host to
/// look at.
unsafe fn files(c: &mut Checks) {
    let flags = O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC;
    let fd = sys!(openat(AT_FDCWD, a(TMP_NAME), flags, 0o600));
    c.check(b"openat(O_CREAT|O_EXCL|O_RDWR) fd", fd, fd >= 0);
    let fd = fd as i32;

    let parts: [&[u8]; 3] = [b"hello", b", ", b"wali\n"];
    let iov = parts.map(|p| iovec {
        iov_base: p.as_ptr() as *mut _,
        iov_len: p.len(),
    });
    let total: usize = parts.iter().map(|p| p.len()).sum();
    let n = sys!(writev(fd, a(&iov), iov.len() as i32));
    c.check(b"writev of 3 iovecs, bytes", n, n == total as c_long);

    let mut st = MaybeUninit::<libc::stat>::zeroed();
    let r = sys!(fstat(fd, m(st.as_mut_ptr())));
    let st = st.assume_init();
    c.check(b"fstat", r, r == 0);
    c.check(b"st_size", st.st_size, st.st_size == total as i64);
    c.check(
        b"st_mode is a regular file",
        st.st_mode as i64,
        st.st_mode & S_IFMT == S_IFREG,
    );
    c.check(
        b"st_mode permissions",
        (st.st_mode & 0o777) as i64,
        st.st_mode & 0o777 == 0o600,
    );
    value(b"st_ino", st.st_ino as i64);

    let mut stx: libc::statx = zeroed();
    let r = sys!(statx(
        AT_FDCWD,
        a(TMP_NAME),
        0,
        STATX_BASIC_STATS as i32,
        m(&mut stx)
    ));
    c.check(b"statx", r, r == 0);
    c.check(
        b"stx_ino is st_ino",
        stx.stx_ino as i64,
        stx.stx_ino == st.st_ino,
    );

    let off = sys!(lseek(fd, 0, SEEK_SET));
    c.check(b"lseek(0, SEEK_SET)", off, off == 0);
    let mut buf = [0u8; 64];
    let n = sys!(read(fd, m(buf.as_mut_ptr()), buf.len() as u32));
    c.check(b"read back, bytes", n, n == total as c_long);
    c.check(
        b"read back the bytes written",
        n,
        buf[..total] == *b"hello, wali\n",
    );

    let n = sys!(pwrite64(fd, a(b"W".as_ptr()), 1, 7));
    c.check(b"pwrite64 of one byte at 7", n, n == 1);
    let mut two = [0u8; 2];
    let n = sys!(pread64(fd, m(two.as_mut_ptr()), 2, 6));
    c.check(b"pread64 sees it", n, n == 2 && two == *b" W");
    let mut halves = [[0u8; 5]; 2];
    let riov = [
        iovec {
            iov_base: halves[0].as_mut_ptr() as *mut _,
            iov_len: 5,
        },
        iovec {
            iov_base: halves[1].as_mut_ptr() as *mut _,
            iov_len: 5,
        },
    ];
    sys!(lseek(fd, 0, SEEK_SET));
    let n = sys!(readv(fd, a(&riov), 2));
    c.check(
        b"readv into 2 iovecs",
        n,
        n == 10 && halves[0] == *b"hello" && halves[1] == *b", Wal",
    );

    let r = sys!(fsync(fd));
    c.check(b"fsync", r, r == 0);
    let r = sys!(fdatasync(fd));
    c.check(b"fdatasync", r, r == 0);
    let r = sys!(fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL));
    c.check(b"fadvise", r, r == 0);
    let r = sys!(flock(fd, LOCK_EX));
    c.check(b"flock(LOCK_EX)", r, r == 0);
    let r = sys!(ftruncate(fd, 11));
    c.check(b"ftruncate to 11", r, r == 0);
    let r = sys!(fchmod(fd, 0o640));
    c.check(b"fchmod 0640", r, r == 0);
    let mut sf: libc::statfs = zeroed();
    let r = sys!(fstatfs(fd, m(&mut sf)));
    c.check(b"fstatfs", r, r == 0);
    let mut sf2: libc::statfs = zeroed();
    let r = sys!(statfs(a(b".\0".as_ptr()), m(&mut sf2)));
    c.check(
        b"statfs(.) is fstatfs's file system",
        sf2.f_type as i64,
        r == 0 && sf2.f_type == sf.f_type,
    );
    value(b"f_bsize", sf.f_bsize as i64);
    value(b"f_blocks", sf.f_blocks as i64);
    let r = sys!(close(fd));
    c.check(b"close", r, r == 0);

    let r = sys!(openat(AT_FDCWD, a(MISSING), O_RDONLY, 0));
    c.check(
        b"openat of a missing path returns -ENOENT",
        r,
        r == -(ENOENT as c_long),
    );
    let r = sys!(access(a(TMP_NAME), R_OK | W_OK));
    c.check(b"access(R_OK|W_OK)", r, r == 0);
    let r = sys!(faccessat(AT_FDCWD, a(MISSING), F_OK, 0));
    c.check(
        b"faccessat of a missing path: -ENOENT",
        r,
        r == -(ENOENT as c_long),
    );
    let r = sys!(faccessat2(AT_FDCWD, a(TMP_NAME), R_OK, AT_EACCESS));
    c.check(b"faccessat2(AT_EACCESS)", r, r == 0);

    // A directory with a symbolic link, a hard link (renamed) and a file
    // created and removed again.
    let r = sys!(mkdirat(AT_FDCWD, a(DIR_NAME), 0o755));
    c.check(b"mkdirat", r, r == 0);
    let dfd = sys!(openat(
        AT_FDCWD,
        a(DIR_NAME),
        O_RDONLY | O_DIRECTORY | O_CLOEXEC,
        0
    ));
    c.check(b"openat(O_DIRECTORY)", dfd, dfd >= 0);
    let dfd = dfd as i32;
    let mut target = [0u8; 32];
    target[..LINK_TARGET.len()].copy_from_slice(LINK_TARGET);
    let r = sys!(symlinkat(a(target.as_ptr()), dfd, a(b"link\0".as_ptr())));
    c.check(b"symlinkat", r, r == 0);
    let mut back = [0u8; 64];
    let n = sys!(readlinkat(
        dfd,
        a(b"link\0".as_ptr()),
        m(back.as_mut_ptr()),
        64
    ));
    c.check(
        b"readlinkat gives the target back",
        n,
        n == LINK_TARGET.len() as c_long && back[..n as usize] == *LINK_TARGET,
    );
    let mut lst = MaybeUninit::<libc::stat>::zeroed();
    let r = sys!(lstat(a(b"wali-dir/link\0".as_ptr()), m(lst.as_mut_ptr())));
    c.check(
        b"lstat sees a symbolic link",
        r,
        r == 0 && lst.assume_init().st_mode & S_IFMT == S_IFLNK,
    );
    let mut fst = MaybeUninit::<libc::stat>::zeroed();
    let r = sys!(stat(a(b"wali-dir/link\0".as_ptr()), m(fst.as_mut_ptr())));
    c.check(
        b"stat follows it to the file",
        r,
        r == 0 && fst.assume_init().st_ino == st.st_ino,
    );
    let r = sys!(linkat(AT_FDCWD, a(TMP_NAME), dfd, a(b"hard\0".as_ptr()), 0));
    c.check(b"linkat", r, r == 0);
    let r = sys!(renameat2(
        dfd,
        a(b"hard\0".as_ptr()),
        dfd,
        a(b"hard2\0".as_ptr()),
        RENAME_NOREPLACE as i32
    ));
    c.check(b"renameat2(RENAME_NOREPLACE)", r, r == 0);
    let gone = sys!(openat(
        dfd,
        a(b"gone\0".as_ptr()),
        O_CREAT | O_WRONLY | O_CLOEXEC,
        0o600
    ));
    sys!(close(gone as i32));
    let r = sys!(unlinkat(dfd, a(b"gone\0".as_ptr()), 0));
    c.check(b"unlinkat", r, r == 0);
    let r = sys!(mkdirat(dfd, a(b"gone-dir\0".as_ptr()), 0o700));
    let r2 = sys!(unlinkat(dfd, a(b"gone-dir\0".as_ptr()), AT_REMOVEDIR));
    c.check(
        b"mkdirat then unlinkat(AT_REMOVEDIR)",
        r | r2,
        r == 0 && r2 == 0,
    );

    // The directory's entries, through the crate's dirent64 layout.
    let mut dents = [0u64; 256];
    let n = sys!(getdents64(
        dfd,
        m(dents.as_mut_ptr()),
        size_of::<[u64; 256]>() as i32
    ));
    c.check(b"getdents64", n, n > 0);
    let base = dents.as_ptr() as *const u8;
    let mut off = 0;
    let mut entries = 0;
    while off < n as usize {
        let d = base.add(off) as *const dirent64;
        let name = core::slice::from_raw_parts((*d).d_name.as_ptr() as *const u8, 256);
        text(b"dirent", name);
        entries += 1;
        off += (*d).d_reclen as usize;
    }
    c.check(b"4 entries (., .., link, hard2)", entries, entries == 4);

    // Into the directory and back, by descriptor.
    let home = sys!(openat(
        AT_FDCWD,
        a(b".\0".as_ptr()),
        O_RDONLY | O_DIRECTORY | O_CLOEXEC,
        0
    ));
    let r = sys!(chdir(a(DIR_NAME)));
    c.check(b"chdir", r, r == 0);
    let mut cwd = [0u8; 512];
    sys!(getcwd(m(cwd.as_mut_ptr()), 512));
    text(b"cwd_in_dir", &cwd);
    let r = sys!(fchdir(home as i32));
    c.check(b"fchdir back", r, r == 0);
    sys!(close(home as i32));
    sys!(close(dfd));

    let times = [
        timespec {
            tv_sec: MTIME,
            tv_nsec: 0,
        },
        timespec {
            tv_sec: MTIME,
            tv_nsec: 0,
        },
    ];
    let r = sys!(utimensat(AT_FDCWD, a(TMP_NAME), a(&times), 0));
    c.check(b"utimensat", r, r == 0);
    let mut st2 = MaybeUninit::<libc::stat>::zeroed();
    let r = sys!(newfstatat(AT_FDCWD, a(TMP_NAME), m(st2.as_mut_ptr()), 0));
    let st2 = st2.assume_init();
    c.check(b"newfstatat", r, r == 0);
    value(b"st_mtime", st2.st_mtime);
    value(b"st_nlink", st2.st_nlink as i64);
    value(b"st_size", st2.st_size);
    value(b"st_mode", (st2.st_mode & 0o7777) as i64);
}

/// Pipes, duplicated descriptors, readiness.
unsafe fn descriptors(c: &mut Checks) {
    let mut p = [0i32; 2];
    let r = sys!(pipe2(m(p.as_mut_ptr()), O_CLOEXEC));
    c.check(b"pipe2", r, r == 0);
    let n = sys!(write(p[1], a(b"abc".as_ptr()), 3));
    c.check(b"write 3 bytes to the pipe", n, n == 3);
    let mut avail: c_int = 0;
    let r = sys!(ioctl(p[0], FIONREAD as i32, m(&mut avail)));
    c.check(
        b"ioctl(FIONREAD) sees 3 bytes",
        avail as i64,
        r == 0 && avail == 3,
    );
    let mut pfd = pollfd {
        fd: p[0],
        events: POLLIN,
        revents: 0,
    };
    let n = sys!(poll(m(&mut pfd), 1, 0));
    c.check(b"poll: readable", n, n == 1 && pfd.revents & POLLIN != 0);
    let mut rfds: fd_set = zeroed();
    FD_SET(p[0], &mut rfds);
    let mut zero = timeval::default();
    let n = sys!(select(p[0] + 1, m(&mut rfds), 0, 0, m(&mut zero)));
    c.check(b"select: readable", n, n == 1 && FD_ISSET(p[0], &rfds));

    let fl = sys!(fcntl(p[0], F_GETFD, 0));
    c.check(
        b"fcntl(F_GETFD): FD_CLOEXEC",
        fl,
        fl == FD_CLOEXEC as c_long,
    );
    let d = sys!(dup(p[0]));
    c.check(b"dup", d, d > 2);
    let fl = sys!(fcntl(d as i32, F_GETFD, 0));
    c.check(b"dup's copy has no FD_CLOEXEC", fl, fl == 0);
    let d3 = sys!(dup3(p[0], 100, O_CLOEXEC));
    c.check(b"dup3 to 100", d3, d3 == 100);
    let d2 = sys!(dup2(p[1], 101));
    c.check(b"dup2 to 101", d2, d2 == 101);
    sys!(close(101));
    let st = sys!(fcntl(p[1], F_GETFL, 0));
    c.check(
        b"fcntl(F_GETFL): O_WRONLY",
        st,
        st & O_ACCMODE as c_long == O_WRONLY as c_long,
    );
    let mut got = [0u8; 8];
    let n = sys!(read(100, m(got.as_mut_ptr()), 8));
    c.check(
        b"read through the dup3 copy",
        n,
        n == 3 && got[..3] == *b"abc",
    );
    for fd in [d as i32, 100, p[0], p[1]] {
        sys!(close(fd));
    }

    // An eventfd in an epoll set.
    let efd = sys!(eventfd2(0, EFD_CLOEXEC));
    c.check(b"eventfd2", efd, efd >= 0);
    let one: u64 = 5;
    sys!(write(efd as i32, a(&one), 8));
    let ep = sys!(epoll_create1(EPOLL_CLOEXEC));
    c.check(b"epoll_create1", ep, ep >= 0);
    let mut ev = epoll_event {
        events: EPOLLIN as u32,
        u64: 0x5eed,
    };
    let r = sys!(epoll_ctl(ep as i32, EPOLL_CTL_ADD, efd as i32, m(&mut ev)));
    c.check(b"epoll_ctl(ADD)", r, r == 0);
    let mut out: [epoll_event; 4] = zeroed();
    let n = sys!(epoll_pwait(ep as i32, m(out.as_mut_ptr()), 4, 0, 0, 8));
    let data = out[0].u64;
    c.check(
        b"epoll_pwait: the eventfd, with its data",
        n,
        n == 1 && data == 0x5eed,
    );
    let mut count: u64 = 0;
    let n = sys!(read(efd as i32, m(&mut count), 8));
    c.check(b"the eventfd's counter", count as i64, n == 8 && count == 5);
    sys!(close(ep as i32));
    sys!(close(efd as i32));

    let mut word: c_int = 0;
    let r = sys!(futex(
        m(&mut word),
        FUTEX_WAKE | FUTEX_PRIVATE_FLAG,
        1,
        0,
        0,
        0
    ));
    c.check(b"futex(FUTEX_WAKE) with no waiter", r, r == 0);
}

/// Unix and TCP sockets.
unsafe fn sockets(c: &mut Checks) {
    let mut sv = [0i32; 2];
    let r = sys!(socketpair(
        AF_UNIX,
        SOCK_STREAM | SOCK_CLOEXEC,
        0,
        m(sv.as_mut_ptr())
    ));
    c.check(b"socketpair", r, r == 0);
    let parts: [&[u8]; 2] = [b"msg", b"hdr"];
    let mut iov = parts.map(|p| iovec {
        iov_base: p.as_ptr() as *mut _,
        iov_len: p.len(),
    });
    let mut msg: msghdr = zeroed();
    msg.msg_iov = iov.as_mut_ptr();
    msg.msg_iovlen = 2;
    let n = sys!(sendmsg(sv[0], a(&msg), 0));
    c.check(b"sendmsg of 2 iovecs", n, n == 6);
    let mut buf = [0u8; 16];
    let mut riov = [iovec {
        iov_base: buf.as_mut_ptr() as *mut _,
        iov_len: buf.len(),
    }];
    let mut rmsg: msghdr = zeroed();
    rmsg.msg_iov = riov.as_mut_ptr();
    rmsg.msg_iovlen = 1;
    let n = sys!(recvmsg(sv[1], m(&mut rmsg), 0));
    c.check(b"recvmsg", n, n == 6 && buf[..6] == *b"msghdr");
    sys!(close(sv[0]));
    sys!(close(sv[1]));

    let r = sys!(socketpair(
        AF_UNIX,
        SOCK_DGRAM | SOCK_CLOEXEC,
        0,
        m(sv.as_mut_ptr())
    ));
    c.check(b"socketpair(SOCK_DGRAM)", r, r == 0);
    let n = sys!(sendto(sv[0], a(b"datagram".as_ptr()), 8, 0, 0, 0));
    c.check(b"sendto", n, n == 8);
    let n = sys!(recvfrom(sv[1], m(buf.as_mut_ptr()), 16, 0, 0, 0));
    c.check(b"recvfrom", n, n == 8 && buf[..8] == *b"datagram");
    sys!(close(sv[0]));
    sys!(close(sv[1]));

    // TCP over loopback: a listener, a client, an accepted connection.
    let lfd = sys!(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) as i32;
    c.check(b"socket(AF_INET)", lfd as i64, lfd >= 0);
    let on: c_int = 1;
    let r = sys!(setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, a(&on), 4));
    c.check(b"setsockopt(SO_REUSEADDR)", r, r == 0);
    let mut val: c_int = 0;
    let mut len: socklen_t = 4;
    let r = sys!(getsockopt(
        lfd,
        SOL_SOCKET,
        SO_REUSEADDR,
        m(&mut val),
        m(&mut len)
    ));
    c.check(
        b"getsockopt(SO_REUSEADDR) reads it back",
        val as i64,
        r == 0 && val == 1,
    );
    let mut sin: sockaddr_in = zeroed();
    sin.sin_family = AF_INET as sa_family_t;
    sin.sin_addr.s_addr = u32::to_be(INADDR_LOOPBACK);
    let r = sys!(bind(lfd, a(&sin), size_of::<sockaddr_in>() as u32));
    c.check(b"bind 127.0.0.1:0", r, r == 0);
    let r = sys!(listen(lfd, 4));
    c.check(b"listen", r, r == 0);
    let mut bound: sockaddr_in = zeroed();
    let mut blen = size_of::<sockaddr_in>() as socklen_t;
    let r = sys!(getsockname(lfd, m(&mut bound), m(&mut blen)));
    let port = u16::from_be(bound.sin_port);
    c.check(b"getsockname: a port", port as i64, r == 0 && port != 0);
    let cfd = sys!(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) as i32;
    let r = sys!(connect(cfd, a(&bound), size_of::<sockaddr_in>() as u32));
    c.check(b"connect", r, r == 0);
    let mut peer: sockaddr_in = zeroed();
    let mut plen = size_of::<sockaddr_in>() as socklen_t;
    let afd = sys!(accept4(lfd, m(&mut peer), m(&mut plen), SOCK_CLOEXEC));
    c.check(b"accept4", afd, afd >= 0);
    let mut mine: sockaddr_in = zeroed();
    let mut mlen = size_of::<sockaddr_in>() as socklen_t;
    sys!(getsockname(cfd, m(&mut mine), m(&mut mlen)));
    let mut theirs: sockaddr_in = zeroed();
    let mut tlen = size_of::<sockaddr_in>() as socklen_t;
    let r = sys!(getpeername(afd as i32, m(&mut theirs), m(&mut tlen)));
    c.check(
        b"getpeername of the accepted socket is the client's address",
        u16::from_be(theirs.sin_port) as i64,
        r == 0 && theirs.sin_port == mine.sin_port && peer.sin_port == mine.sin_port,
    );
    let n = sys!(write(cfd, a(b"tcp".as_ptr()), 3));
    let n2 = sys!(read(afd as i32, m(buf.as_mut_ptr()), 16));
    c.check(
        b"3 bytes over TCP",
        n2,
        n == 3 && n2 == 3 && buf[..3] == *b"tcp",
    );
    let r = sys!(shutdown(cfd, SHUT_WR));
    c.check(b"shutdown(SHUT_WR)", r, r == 0);
    let n = sys!(read(afd as i32, m(buf.as_mut_ptr()), 16));
    c.check(b"end of stream after shutdown", n, n == 0);
    for fd in [afd as i32, cfd, lfd] {
        sys!(close(fd));
    }
}

/// Signal dispositions and masks (no handler runs in the module).
unsafe fn signals(c: &mut Checks) {
    let set_size = 8; // the kernel's sigset_t: _NSIG / 8
    let mut block: sigset_t = zeroed();
    let words = &mut block as *mut sigset_t as *mut u64;
    *words = 1 << (SIGUSR1 - 1);
    let mut old: sigset_t = zeroed();
    let r = sys!(rt_sigprocmask(SIG_BLOCK, a(&block), m(&mut old), set_size));
    c.check(b"rt_sigprocmask(SIG_BLOCK, SIGUSR1)", r, r == 0);
    let r = sys!(tkill(sys!(gettid()) as i32, SIGUSR1));
    c.check(b"tkill(self, SIGUSR1) while blocked", r, r == 0);
    let mut pending: sigset_t = zeroed();
    let r = sys!(rt_sigpending(m(&mut pending), set_size));
    let bits = *(&pending as *const sigset_t as *const u64);
    c.check(
        b"rt_sigpending shows SIGUSR1",
        bits as i64,
        r == 0 && bits & (1 << (SIGUSR1 - 1)) != 0,
    );
    // Ignoring a pending signal discards it.
    let mut act: sigaction = zeroed();
    act.sa_sigaction = SIG_IGN;
    let mut prev: sigaction = zeroed();
    let r = sys!(rt_sigaction(SIGUSR1, a(&act), m(&mut prev), set_size));
    c.check(
        b"rt_sigaction(SIGUSR1, SIG_IGN); it was SIG_DFL",
        prev.sa_sigaction as i64,
        r == 0 && prev.sa_sigaction == SIG_DFL,
    );
    let r = sys!(rt_sigpending(m(&mut pending), set_size));
    let bits = *(&pending as *const sigset_t as *const u64);
    c.check(
        b"SIG_IGN discarded the pending SIGUSR1",
        bits as i64,
        r == 0 && bits & (1 << (SIGUSR1 - 1)) == 0,
    );
    let r = sys!(rt_sigaction(SIGUSR1, 0, m(&mut prev), set_size));
    c.check(
        b"rt_sigaction reads SIG_IGN back",
        prev.sa_sigaction as i64,
        r == 0 && prev.sa_sigaction == SIG_IGN,
    );
    let r = sys!(rt_sigprocmask(SIG_SETMASK, a(&old), 0, set_size));
    c.check(b"rt_sigprocmask restores the mask", r, r == 0);
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    // SAFETY: ends the module.
    unsafe { __syscall_SYS_exit_group(99) };
    loop {}
}
