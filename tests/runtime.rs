//! Runtime tests: call musl through the bindings and check what comes back
//! against the kernel, against a second route to the same fact (a raw
//! `syscall`, Rust's std) or against what the test itself did before.
//!
//! They run natively with `cargo test` (x86_64 musl); nothing in them is
//! specific to x86_64, so the same file runs under qemu-user for the other
//! 64-bit targets.

use std::ffi::{CStr, CString};
use std::mem::MaybeUninit;
use std::ptr;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use libc::{c_char, c_int, c_long, c_void, size_t};

/// `errno` as musl keeps it for the calling thread.
fn errno() -> c_int {
    unsafe { *libc::__errno_location() }
}

fn set_errno(value: c_int) {
    unsafe { *libc::__errno_location() = value }
}

/// A path under /tmp that no other test (or run) uses.
fn temp_path(tag: &str) -> CString {
    static SEQ: AtomicUsize = AtomicUsize::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let pid = unsafe { libc::getpid() };
    let seq = SEQ.fetch_add(1, Ordering::Relaxed);
    CString::new(format!("/tmp/libc-runtime-{pid}-{seq}-{nanos}-{tag}")).unwrap()
}

fn monotonic() -> libc::timespec {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    assert_eq!(
        unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) },
        0
    );
    ts
}

fn nanos_between(a: &libc::timespec, b: &libc::timespec) -> i128 {
    (b.tv_sec as i128 - a.tv_sec as i128) * 1_000_000_000 + (b.tv_nsec as i128 - a.tv_nsec as i128)
}

fn c_str(buf: &[c_char]) -> &str {
    unsafe { CStr::from_ptr(buf.as_ptr()) }.to_str().unwrap()
}

#[test]
fn file_openat_write_fstat_lseek_read_close() {
    let path = temp_path("file");
    let data = b"hello from musl, through the bindings\n";
    unsafe {
        let flags = libc::O_CREAT | libc::O_EXCL | libc::O_RDWR | libc::O_CLOEXEC;
        // The mode travels through C's `...`, promoted as an unsigned int.
        let fd = libc::openat(libc::AT_FDCWD, path.as_ptr(), flags, 0o600 as libc::c_uint);
        assert!(fd >= 0, "openat failed, errno {}", errno());
        assert_eq!(
            libc::fcntl(fd, libc::F_GETFD) & libc::FD_CLOEXEC,
            libc::FD_CLOEXEC
        );
        assert_eq!(
            libc::fcntl(fd, libc::F_GETFL) & libc::O_ACCMODE,
            libc::O_RDWR
        );

        let n = libc::write(fd, data.as_ptr().cast(), data.len());
        assert_eq!(n, data.len() as isize);

        let mut st = MaybeUninit::<libc::stat>::zeroed();
        assert_eq!(libc::fstat(fd, st.as_mut_ptr()), 0);
        let st = st.assume_init();
        assert_eq!(st.st_size, data.len() as libc::off_t);
        assert_eq!(st.st_mode & libc::S_IFMT, libc::S_IFREG);
        if let Some(mask) = current_umask() {
            assert_eq!(st.st_mode & 0o777, 0o600 & !mask);
        }

        // Each whence from a known position: the offset after a write, then
        // the start, then relative moves, then the end.
        let len = data.len() as libc::off_t;
        assert_eq!(libc::lseek(fd, 0, libc::SEEK_CUR), len);
        assert_eq!(libc::lseek(fd, 2, libc::SEEK_SET), 2);
        assert_eq!(libc::lseek(fd, 3, libc::SEEK_CUR), 5);
        assert_eq!(libc::lseek(fd, -4, libc::SEEK_END), len - 4);
        assert_eq!(libc::lseek(fd, 0, libc::SEEK_END), len);
        assert_eq!(libc::lseek(fd, -1, libc::SEEK_SET), -1);
        assert_eq!(errno(), libc::EINVAL);
        assert_eq!(libc::lseek(fd, 6, libc::SEEK_SET), 6);
        let mut buf = [0u8; 64];
        let n = libc::read(fd, buf.as_mut_ptr().cast(), buf.len());
        assert_eq!(n, (data.len() - 6) as isize);
        assert_eq!(&buf[..n as usize], &data[6..]);
        assert_eq!(libc::read(fd, buf.as_mut_ptr().cast(), buf.len()), 0, "EOF");

        // The other stat calls see the same file.
        let mut by_path = MaybeUninit::<libc::stat>::zeroed();
        assert_eq!(libc::stat(path.as_ptr(), by_path.as_mut_ptr()), 0);
        let by_path = by_path.assume_init();
        assert_eq!((by_path.st_dev, by_path.st_ino), (st.st_dev, st.st_ino));
        let mut by_at = MaybeUninit::<libc::stat>::zeroed();
        let r = libc::fstatat(
            libc::AT_FDCWD,
            path.as_ptr(),
            by_at.as_mut_ptr(),
            libc::AT_SYMLINK_NOFOLLOW,
        );
        assert_eq!(r, 0);
        assert_eq!(by_at.assume_init().st_ino, st.st_ino);
        let mut by_lstat = MaybeUninit::<libc::stat>::zeroed();
        assert_eq!(libc::lstat(path.as_ptr(), by_lstat.as_mut_ptr()), 0);
        assert_eq!(by_lstat.assume_init().st_size, data.len() as libc::off_t);

        assert_eq!(libc::fsync(fd), 0);
        assert_eq!(libc::close(fd), 0);
        assert_eq!(libc::access(path.as_ptr(), libc::R_OK | libc::W_OK), 0);

        // O_EXCL refuses an existing file.
        let again = libc::open(path.as_ptr(), flags, 0o600 as libc::c_uint);
        assert_eq!(again, -1);
        assert_eq!(errno(), libc::EEXIST);

        assert_eq!(libc::unlink(path.as_ptr()), 0);
        assert_eq!(libc::access(path.as_ptr(), libc::F_OK), -1);
        assert_eq!(errno(), libc::ENOENT);
    }
}

/// The process umask as /proc reports it (reading it through `umask` would
/// change it for the other tests running meanwhile).
fn current_umask() -> Option<libc::mode_t> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let value = status.lines().find_map(|l| l.strip_prefix("Umask:"))?;
    Some(libc::mode_t::from_str_radix(value.trim(), 8).unwrap())
}

#[test]
fn mkdir_unlinkat_rmdir() {
    let dir = temp_path("dir");
    unsafe {
        assert_eq!(libc::mkdir(dir.as_ptr(), 0o700), 0);
        let mut st = MaybeUninit::<libc::stat>::zeroed();
        assert_eq!(libc::stat(dir.as_ptr(), st.as_mut_ptr()), 0);
        assert_eq!(st.assume_init().st_mode & libc::S_IFMT, libc::S_IFDIR);

        let dfd = libc::open(
            dir.as_ptr(),
            libc::O_RDONLY | libc::O_DIRECTORY | libc::O_CLOEXEC,
        );
        assert!(dfd >= 0, "open(O_DIRECTORY) failed, errno {}", errno());
        let name = CString::new("inner").unwrap();
        let fd = libc::openat(
            dfd,
            name.as_ptr(),
            libc::O_CREAT | libc::O_WRONLY,
            0o600 as libc::c_uint,
        );
        assert!(fd >= 0);
        assert_eq!(libc::close(fd), 0);
        // A directory that is not empty stays; unlinkat on the file works.
        assert_eq!(libc::rmdir(dir.as_ptr()), -1);
        assert_eq!(errno(), libc::ENOTEMPTY);
        assert_eq!(libc::unlinkat(dfd, name.as_ptr(), 0), 0);
        assert_eq!(libc::close(dfd), 0);
        // O_DIRECTORY refuses a file that is not a directory.
        let file = temp_path("notdir");
        let fd = libc::open(
            file.as_ptr(),
            libc::O_CREAT | libc::O_WRONLY,
            0o600 as libc::c_uint,
        );
        assert!(fd >= 0);
        assert_eq!(libc::close(fd), 0);
        assert_eq!(
            libc::open(file.as_ptr(), libc::O_RDONLY | libc::O_DIRECTORY),
            -1
        );
        assert_eq!(errno(), libc::ENOTDIR);
        assert_eq!(libc::unlink(file.as_ptr()), 0);

        assert_eq!(
            libc::unlinkat(libc::AT_FDCWD, dir.as_ptr(), libc::AT_REMOVEDIR),
            0
        );
        assert_eq!(libc::rmdir(dir.as_ptr()), -1);
        assert_eq!(errno(), libc::ENOENT);
    }
}

#[test]
fn syscall_getpid_matches_getpid() {
    unsafe {
        let raw = libc::syscall(libc::SYS_getpid);
        assert_eq!(raw, libc::getpid() as c_long);
        assert_eq!(raw as u32, std::process::id());
        assert!(libc::getppid() > 0);
        assert_eq!(libc::syscall(libc::SYS_getppid), libc::getppid() as c_long);
        assert_eq!(libc::syscall(libc::SYS_getuid), libc::getuid() as c_long);
        assert_eq!(libc::syscall(libc::SYS_geteuid), libc::geteuid() as c_long);
        assert_eq!(libc::syscall(libc::SYS_getgid), libc::getgid() as c_long);
        assert_eq!(libc::syscall(libc::SYS_getegid), libc::getegid() as c_long);
    }
}

#[test]
fn syscall_gettid_matches_gettid() {
    let tid = unsafe { libc::gettid() };
    assert!(tid > 0);
    assert_eq!(unsafe { libc::syscall(libc::SYS_gettid) }, tid as c_long);
    // Another thread has another id, and the raw call agrees there too.
    let (other, other_raw) =
        std::thread::spawn(|| unsafe { (libc::gettid(), libc::syscall(libc::SYS_gettid)) })
            .join()
            .unwrap();
    assert!(other > 0);
    assert_ne!(other, tid);
    assert_eq!(other_raw, other as c_long);
}

#[test]
fn clocks() {
    unsafe {
        let a = monotonic();
        assert!((0..1_000_000_000).contains(&a.tv_nsec));
        // The monotonic clock advances: spin (bounded) until it moves.
        let mut b = monotonic();
        let mut spins = 0;
        while nanos_between(&a, &b) == 0 && spins < 1_000_000 {
            b = monotonic();
            spins += 1;
        }
        assert!(nanos_between(&a, &b) > 0, "CLOCK_MONOTONIC did not advance");

        let mut res = libc::timespec {
            tv_sec: -1,
            tv_nsec: -1,
        };
        assert_eq!(libc::clock_getres(libc::CLOCK_MONOTONIC, &mut res), 0);
        assert!(
            res.tv_sec == 0 && res.tv_nsec > 0,
            "resolution {}s {}ns",
            res.tv_sec,
            res.tv_nsec
        );

        let mut rt = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        assert_eq!(libc::clock_gettime(libc::CLOCK_REALTIME, &mut rt), 0);
        let std_now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        assert!(
            rt.tv_sec > 1_600_000_000,
            "CLOCK_REALTIME before 2020: {}",
            rt.tv_sec
        );
        assert!((rt.tv_sec - std_now).abs() <= 5);

        let mut t: libc::time_t = 0;
        let r = libc::time(&mut t);
        assert_eq!(r, t);
        assert!((t - rt.tv_sec).abs() <= 5);
        assert!((libc::time(ptr::null_mut()) - rt.tv_sec).abs() <= 5);

        let mut tv = libc::timeval {
            tv_sec: 0,
            tv_usec: -1,
        };
        assert_eq!(libc::gettimeofday(&mut tv, ptr::null_mut()), 0);
        assert!((0..1_000_000).contains(&tv.tv_usec));
        assert!((tv.tv_sec - rt.tv_sec).abs() <= 5);

        // A bad clock id is EINVAL.
        assert_eq!(libc::clock_gettime(-12345, &mut rt), -1);
        assert_eq!(errno(), libc::EINVAL);
    }
}

#[test]
fn nanosleep_sleeps_at_least_the_request() {
    let req = libc::timespec {
        tv_sec: 0,
        tv_nsec: 20_000_000,
    };
    let before = monotonic();
    let mut rem = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    assert_eq!(unsafe { libc::nanosleep(&req, &mut rem) }, 0);
    let after = monotonic();
    assert!(nanos_between(&before, &after) >= 20_000_000);

    // The same through clock_nanosleep, relative and then absolute.
    let before = monotonic();
    let r = unsafe { libc::clock_nanosleep(libc::CLOCK_MONOTONIC, 0, &req, ptr::null_mut()) };
    assert_eq!(r, 0);
    let mid = monotonic();
    assert!(nanos_between(&before, &mid) >= 20_000_000);
    let mut deadline = mid;
    deadline.tv_nsec += 10_000_000;
    if deadline.tv_nsec >= 1_000_000_000 {
        deadline.tv_nsec -= 1_000_000_000;
        deadline.tv_sec += 1;
    }
    let r = unsafe {
        libc::clock_nanosleep(
            libc::CLOCK_MONOTONIC,
            libc::TIMER_ABSTIME,
            &deadline,
            ptr::null_mut(),
        )
    };
    assert_eq!(r, 0);
    assert!(nanos_between(&deadline, &monotonic()) >= 0);

    // An invalid request is refused (clock_nanosleep returns the error).
    let bad = libc::timespec {
        tv_sec: 0,
        tv_nsec: 1_000_000_000,
    };
    assert_eq!(unsafe { libc::nanosleep(&bad, ptr::null_mut()) }, -1);
    assert_eq!(errno(), libc::EINVAL);
    let r = unsafe { libc::clock_nanosleep(libc::CLOCK_MONOTONIC, 0, &bad, ptr::null_mut()) };
    assert_eq!(r, libc::EINVAL);
}

#[test]
fn mmap_write_read_protect_unmap() {
    unsafe {
        let page = libc::sysconf(libc::_SC_PAGESIZE);
        assert!(page >= 4096 && (page & (page - 1)) == 0, "page size {page}");
        assert_eq!(page, libc::getpagesize() as c_long);
        assert_eq!(libc::sysconf(libc::_SC_PAGE_SIZE), page);
        let len = 2 * page as size_t;

        let p = libc::mmap(
            ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        );
        assert_ne!(p, libc::MAP_FAILED, "mmap failed, errno {}", errno());
        assert_eq!(p as usize % page as usize, 0);
        let bytes = std::slice::from_raw_parts_mut(p.cast::<u8>(), len);
        assert!(
            bytes.iter().all(|&b| b == 0),
            "anonymous memory starts zeroed"
        );
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = (i % 251) as u8;
        }
        assert!(bytes.iter().enumerate().all(|(i, &b)| b == (i % 251) as u8));

        // memset and memcpy on the mapping.
        libc::memset(p, 0xab, 16);
        assert!(bytes[..16].iter().all(|&b| b == 0xab));
        let src = *b"0123456789abcdef";
        libc::memcpy(
            p.cast::<u8>().add(16).cast(),
            src.as_ptr().cast(),
            src.len(),
        );
        assert_eq!(&bytes[16..32], &src);

        assert_eq!(libc::msync(p, len, libc::MS_SYNC), 0);
        assert_eq!(libc::mprotect(p, len, libc::PROT_READ), 0);
        assert_eq!(bytes[17], b'1');
        // MADV_DONTNEED on private anonymous memory drops the contents.
        assert_eq!(
            libc::mprotect(p, len, libc::PROT_READ | libc::PROT_WRITE),
            0
        );
        assert_eq!(libc::madvise(p, len, libc::MADV_DONTNEED), 0);
        assert!(
            bytes.iter().all(|&b| b == 0),
            "MADV_DONTNEED did not zero the pages"
        );
        assert_eq!(libc::munmap(p, len), 0);

        // Bad requests fail with MAP_FAILED: a zero length is EINVAL, a file
        // mapping without a file EBADF.
        let anon = libc::MAP_PRIVATE | libc::MAP_ANONYMOUS;
        let bad = libc::mmap(ptr::null_mut(), 0, libc::PROT_READ, anon, -1, 0);
        assert_eq!(bad, libc::MAP_FAILED);
        assert_eq!(errno(), libc::EINVAL);
        let page = page as size_t;
        let bad = libc::mmap(
            ptr::null_mut(),
            page,
            libc::PROT_READ,
            libc::MAP_PRIVATE,
            -1,
            0,
        );
        assert_eq!(bad, libc::MAP_FAILED);
        assert_eq!(errno(), libc::EBADF);
    }
}

#[test]
fn pipe2_cloexec_and_data() {
    unsafe {
        let mut fds = [-1 as c_int; 2];
        assert_eq!(libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC), 0);
        for &fd in &fds {
            assert!(fd >= 0);
            let flags = libc::fcntl(fd, libc::F_GETFD);
            assert_eq!(
                flags & libc::FD_CLOEXEC,
                libc::FD_CLOEXEC,
                "fd {fd}: {flags:#x}"
            );
        }
        assert_eq!(
            libc::fcntl(fds[0], libc::F_GETFL) & libc::O_ACCMODE,
            libc::O_RDONLY
        );
        assert_eq!(
            libc::fcntl(fds[1], libc::F_GETFL) & libc::O_ACCMODE,
            libc::O_WRONLY
        );

        let msg = b"through the pipe";
        assert_eq!(
            libc::write(fds[1], msg.as_ptr().cast(), msg.len()),
            msg.len() as isize
        );
        let mut buf = [0u8; 32];
        let n = libc::read(fds[0], buf.as_mut_ptr().cast(), buf.len());
        assert_eq!(&buf[..n as usize], msg);

        // A pipe is not a terminal, and not seekable.
        assert_eq!(libc::isatty(fds[0]), 0);
        assert_eq!(errno(), libc::ENOTTY);
        assert_eq!(libc::lseek(fds[0], 0, libc::SEEK_SET), -1);
        assert_eq!(errno(), libc::ESPIPE);

        // dup leaves FD_CLOEXEC off; dup3 with O_CLOEXEC sets it; dup2 works.
        let d = libc::dup(fds[1]);
        assert!(d >= 0);
        assert_eq!(libc::fcntl(d, libc::F_GETFD) & libc::FD_CLOEXEC, 0);
        let d3 = libc::dup3(fds[1], d, libc::O_CLOEXEC);
        assert_eq!(d3, d);
        assert_eq!(
            libc::fcntl(d, libc::F_GETFD) & libc::FD_CLOEXEC,
            libc::FD_CLOEXEC
        );
        assert_eq!(libc::dup3(d, d, 0), -1);
        assert_eq!(errno(), libc::EINVAL);
        assert_eq!(libc::dup2(fds[1], d), d);
        assert_eq!(libc::write(d, b"x".as_ptr().cast(), 1), 1);
        assert_eq!(libc::read(fds[0], buf.as_mut_ptr().cast(), 1), 1);
        assert_eq!(buf[0], b'x');
        assert_eq!(libc::close(d), 0);

        // Closing the write end gives EOF on the read end.
        assert_eq!(libc::close(fds[1]), 0);
        assert_eq!(libc::read(fds[0], buf.as_mut_ptr().cast(), buf.len()), 0);
        assert_eq!(libc::close(fds[0]), 0);

        // pipe() sets no FD_CLOEXEC; pipe2(O_NONBLOCK) gives EAGAIN when empty.
        assert_eq!(libc::pipe(fds.as_mut_ptr()), 0);
        assert_eq!(libc::fcntl(fds[0], libc::F_GETFD) & libc::FD_CLOEXEC, 0);
        assert_eq!(libc::close(fds[0]), 0);
        assert_eq!(libc::close(fds[1]), 0);
        assert_eq!(
            libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK | libc::O_CLOEXEC),
            0
        );
        assert_ne!(libc::fcntl(fds[0], libc::F_GETFL) & libc::O_NONBLOCK, 0);
        assert_eq!(libc::read(fds[0], buf.as_mut_ptr().cast(), 1), -1);
        assert_eq!(errno(), libc::EAGAIN);
        assert_eq!(libc::EWOULDBLOCK, libc::EAGAIN);
        assert_eq!(libc::close(fds[0]), 0);
        assert_eq!(libc::close(fds[1]), 0);
    }
}

#[test]
fn uname_machine() {
    let expected = if cfg!(target_arch = "x86_64") {
        "x86_64"
    } else if cfg!(target_arch = "aarch64") {
        "aarch64"
    } else if cfg!(target_arch = "riscv64") {
        "riscv64"
    } else if cfg!(all(target_arch = "powerpc64", target_endian = "big")) {
        "ppc64"
    } else if cfg!(all(target_arch = "powerpc64", target_endian = "little")) {
        "ppc64le"
    } else if cfg!(target_arch = "mips64") {
        "mips64"
    } else if cfg!(target_arch = "s390x") {
        "s390x"
    } else if cfg!(target_arch = "loongarch64") {
        "loongarch64"
    } else {
        panic!("no expected uname machine for this target")
    };
    let mut u = MaybeUninit::<libc::utsname>::zeroed();
    assert_eq!(unsafe { libc::uname(u.as_mut_ptr()) }, 0);
    let u = unsafe { u.assume_init() };
    assert_eq!(c_str(&u.sysname), "Linux");
    assert_eq!(c_str(&u.machine), expected);
    assert!(!c_str(&u.release).is_empty());
    assert!(!c_str(&u.version).is_empty());
    // The kernel's own view of the release agrees.
    if let Ok(release) = std::fs::read_to_string("/proc/sys/kernel/osrelease") {
        assert_eq!(c_str(&u.release), release.trim());
    }
    let _ = c_str(&u.nodename);
    let _ = c_str(&u.domainname);
}

#[test]
fn rlimits_and_rusage() {
    unsafe {
        let mut rl = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        assert_eq!(libc::getrlimit(libc::RLIMIT_NOFILE, &mut rl), 0);
        assert!(rl.rlim_cur > 0);
        assert!(
            rl.rlim_cur <= rl.rlim_max,
            "cur {} > max {}",
            rl.rlim_cur,
            rl.rlim_max
        );
        // The soft limit is the one /proc reports too.
        let limits = std::fs::read_to_string("/proc/self/limits").unwrap_or_default();
        if let Some(line) = limits.lines().find(|l| l.starts_with("Max open files")) {
            let soft = line.split_whitespace().nth(3).unwrap();
            if soft != "unlimited" {
                assert_eq!(soft.parse::<libc::rlim_t>().unwrap(), rl.rlim_cur);
            }
        }
        // Setting it to what it is succeeds and changes nothing.
        assert_eq!(libc::setrlimit(libc::RLIMIT_NOFILE, &rl), 0);
        let mut again = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        assert_eq!(libc::getrlimit(libc::RLIMIT_NOFILE, &mut again), 0);
        assert_eq!((again.rlim_cur, again.rlim_max), (rl.rlim_cur, rl.rlim_max));
        // Raising the soft limit above the hard one is EINVAL.
        if rl.rlim_max != libc::RLIM_INFINITY {
            let over = libc::rlimit {
                rlim_cur: rl.rlim_max + 1,
                rlim_max: rl.rlim_max,
            };
            assert_eq!(libc::setrlimit(libc::RLIMIT_NOFILE, &over), -1);
            assert_eq!(errno(), libc::EINVAL);
        }
        assert_eq!(libc::getrlimit(libc::RLIMIT_NLIMITS, &mut rl), -1);
        assert_eq!(errno(), libc::EINVAL);

        let mut ru = MaybeUninit::<libc::rusage>::zeroed();
        assert_eq!(libc::getrusage(libc::RUSAGE_SELF, ru.as_mut_ptr()), 0);
        let ru = ru.assume_init();
        assert!(ru.ru_maxrss > 0, "ru_maxrss {}", ru.ru_maxrss);
        assert!((0..1_000_000).contains(&ru.ru_utime.tv_usec));
        assert!((0..1_000_000).contains(&ru.ru_stime.tv_usec));
        let mut th = MaybeUninit::<libc::rusage>::zeroed();
        assert_eq!(libc::getrusage(libc::RUSAGE_THREAD, th.as_mut_ptr()), 0);
    }
}

static USR1_SEEN: AtomicBool = AtomicBool::new(false);
static USR1_SIGNO: AtomicUsize = AtomicUsize::new(0);

extern "C" fn on_usr1(sig: c_int) {
    USR1_SIGNO.store(sig as usize, Ordering::SeqCst);
    USR1_SEEN.store(true, Ordering::SeqCst);
}

#[test]
fn sigaction_and_raise() {
    unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        act.sa_sigaction = on_usr1 as extern "C" fn(c_int) as libc::sighandler_t;
        assert_eq!(libc::sigemptyset(&mut act.sa_mask), 0);
        act.sa_flags = libc::SA_RESTART;
        let mut old: libc::sigaction = std::mem::zeroed();
        assert_eq!(libc::sigaction(libc::SIGUSR1, &act, &mut old), 0);
        assert_eq!(old.sa_sigaction, libc::SIG_DFL);

        // Reading it back gives what was installed.
        let mut now: libc::sigaction = std::mem::zeroed();
        assert_eq!(libc::sigaction(libc::SIGUSR1, ptr::null(), &mut now), 0);
        assert_eq!(now.sa_sigaction, act.sa_sigaction);
        assert_ne!(now.sa_flags & libc::SA_RESTART, 0);

        assert!(!USR1_SEEN.load(Ordering::SeqCst));
        assert_eq!(libc::raise(libc::SIGUSR1), 0);
        assert!(
            USR1_SEEN.load(Ordering::SeqCst),
            "SIGUSR1 handler did not run"
        );
        assert_eq!(USR1_SIGNO.load(Ordering::SeqCst), libc::SIGUSR1 as usize);

        // signal() swaps handlers and returns the previous one.
        let prev = libc::signal(libc::SIGUSR1, libc::SIG_IGN);
        assert_eq!(prev, act.sa_sigaction);
        USR1_SEEN.store(false, Ordering::SeqCst);
        assert_eq!(libc::raise(libc::SIGUSR1), 0);
        assert!(!USR1_SEEN.load(Ordering::SeqCst));
        assert_eq!(libc::signal(libc::SIGUSR1, libc::SIG_DFL), libc::SIG_IGN);
        assert_eq!(libc::signal(-1, libc::SIG_DFL), libc::SIG_ERR);
        assert_eq!(errno(), libc::EINVAL);

        // kill with signal 0 only checks that the process exists.
        assert_eq!(libc::kill(libc::getpid(), 0), 0);
    }
}

static USR2_COUNT: AtomicUsize = AtomicUsize::new(0);

extern "C" fn on_usr2(_sig: c_int) {
    USR2_COUNT.fetch_add(1, Ordering::SeqCst);
}

#[test]
fn signal_masks() {
    unsafe {
        let mut set = MaybeUninit::<libc::sigset_t>::zeroed();
        assert_eq!(libc::sigfillset(set.as_mut_ptr()), 0);
        assert_eq!(libc::sigismember(set.as_ptr(), libc::SIGUSR2), 1);
        assert_eq!(libc::sigdelset(set.as_mut_ptr(), libc::SIGUSR2), 0);
        assert_eq!(libc::sigismember(set.as_ptr(), libc::SIGUSR2), 0);
        assert_eq!(libc::sigemptyset(set.as_mut_ptr()), 0);
        assert_eq!(libc::sigismember(set.as_ptr(), libc::SIGUSR2), 0);
        assert_eq!(libc::sigaddset(set.as_mut_ptr(), libc::SIGUSR2), 0);
        assert_eq!(libc::sigismember(set.as_ptr(), libc::SIGUSR2), 1);
        assert_eq!(libc::sigaddset(set.as_mut_ptr(), 100_000), -1);
        assert_eq!(errno(), libc::EINVAL);

        let mut act: libc::sigaction = std::mem::zeroed();
        act.sa_sigaction = on_usr2 as extern "C" fn(c_int) as libc::sighandler_t;
        assert_eq!(libc::sigaction(libc::SIGUSR2, &act, ptr::null_mut()), 0);

        // Blocked, the signal waits; unblocked, it is delivered.
        let mut old = MaybeUninit::<libc::sigset_t>::zeroed();
        assert_eq!(
            libc::pthread_sigmask(libc::SIG_BLOCK, set.as_ptr(), old.as_mut_ptr()),
            0
        );
        assert_eq!(libc::raise(libc::SIGUSR2), 0);
        assert_eq!(USR2_COUNT.load(Ordering::SeqCst), 0);
        let mut cur = MaybeUninit::<libc::sigset_t>::zeroed();
        assert_eq!(
            libc::sigprocmask(libc::SIG_BLOCK, ptr::null(), cur.as_mut_ptr()),
            0
        );
        assert_eq!(libc::sigismember(cur.as_ptr(), libc::SIGUSR2), 1);
        assert_eq!(
            libc::pthread_sigmask(libc::SIG_SETMASK, old.as_ptr(), ptr::null_mut()),
            0
        );
        assert_eq!(USR2_COUNT.load(Ordering::SeqCst), 1);
        assert_eq!(libc::signal(libc::SIGUSR2, libc::SIG_DFL), act.sa_sigaction);
    }
}

extern "C" fn double_it(arg: *mut c_void) -> *mut c_void {
    (arg as usize * 2) as *mut c_void
}

struct Shared {
    mutex: libc::pthread_mutex_t,
    counter: u64,
}

extern "C" fn add_under_lock(arg: *mut c_void) -> *mut c_void {
    let shared = arg.cast::<Shared>();
    for _ in 0..10_000 {
        unsafe {
            assert_eq!(
                libc::pthread_mutex_lock(ptr::addr_of_mut!((*shared).mutex)),
                0
            );
            let c = ptr::addr_of_mut!((*shared).counter);
            c.write_volatile(c.read_volatile() + 1);
            assert_eq!(
                libc::pthread_mutex_unlock(ptr::addr_of_mut!((*shared).mutex)),
                0
            );
        }
    }
    unsafe { libc::gettid() as usize as *mut c_void }
}

#[test]
fn pthread_create_join_mutex() {
    unsafe {
        let mut t: libc::pthread_t = std::mem::zeroed();
        let arg = 21usize as *mut c_void;
        assert_eq!(libc::pthread_create(&mut t, ptr::null(), double_it, arg), 0);
        assert_eq!(libc::pthread_equal(t, t), 1);
        assert_eq!(libc::pthread_equal(t, libc::pthread_self()), 0);
        let mut ret: *mut c_void = ptr::null_mut();
        assert_eq!(libc::pthread_join(t, &mut ret), 0);
        assert_eq!(ret as usize, 42);

        let mut shared = Box::new(Shared {
            mutex: std::mem::zeroed(),
            counter: 0,
        });
        assert_eq!(libc::pthread_mutex_init(&mut shared.mutex, ptr::null()), 0);
        let p = ptr::addr_of_mut!(*shared).cast::<c_void>();
        let mut threads = [0 as libc::pthread_t; 4];
        for th in threads.iter_mut() {
            assert_eq!(libc::pthread_create(th, ptr::null(), add_under_lock, p), 0);
        }
        let mut tids = Vec::new();
        for th in threads {
            let mut ret: *mut c_void = ptr::null_mut();
            assert_eq!(libc::pthread_join(th, &mut ret), 0);
            tids.push(ret as usize);
        }
        assert_eq!(shared.counter, 40_000);
        tids.sort_unstable();
        tids.dedup();
        assert_eq!(tids.len(), 4, "each thread has its own tid");
        assert!(!tids.contains(&(libc::gettid() as usize)));

        assert_eq!(libc::pthread_mutex_trylock(&mut shared.mutex), 0);
        assert_eq!(libc::pthread_mutex_trylock(&mut shared.mutex), libc::EBUSY);
        assert_eq!(libc::pthread_mutex_unlock(&mut shared.mutex), 0);
        assert_eq!(libc::pthread_mutex_destroy(&mut shared.mutex), 0);

        // A detached thread cannot be joined.
        let mut d: libc::pthread_t = std::mem::zeroed();
        assert_eq!(libc::pthread_create(&mut d, ptr::null(), double_it, arg), 0);
        assert_eq!(libc::pthread_detach(d), 0);
        assert_eq!(libc::sched_yield(), 0);
    }
}

#[test]
fn errno_through_errno_location() {
    unsafe {
        assert_eq!(libc::close(-1), -1);
        assert_eq!(errno(), libc::EBADF);
        // Rust's std reads the same location.
        assert_eq!(
            std::io::Error::last_os_error().raw_os_error(),
            Some(libc::EBADF)
        );

        set_errno(0);
        assert_eq!(errno(), 0);
        set_errno(libc::ENOSPC);
        assert_eq!(
            std::io::Error::last_os_error().raw_os_error(),
            Some(libc::ENOSPC)
        );

        // Each thread has its own errno.
        let here = libc::__errno_location() as usize;
        let there = std::thread::spawn(|| {
            set_errno(libc::EPERM);
            (libc::__errno_location() as usize, errno())
        })
        .join()
        .unwrap();
        assert_ne!(here, there.0);
        assert_eq!(there.1, libc::EPERM);
        assert_eq!(errno(), libc::ENOSPC);

        let msg = CStr::from_ptr(libc::strerror(libc::EBADF))
            .to_str()
            .unwrap();
        assert_eq!(msg, "Bad file descriptor");
        assert_eq!(
            libc::strlen(libc::strerror(libc::ENOENT)),
            "No such file or directory".len()
        );
    }
}

#[test]
fn heap_env_and_sysconf() {
    unsafe {
        let p = libc::malloc(64).cast::<u8>();
        assert!(!p.is_null());
        libc::memset(p.cast(), 7, 64);
        let q = libc::realloc(p.cast(), 4096).cast::<u8>();
        assert!(!q.is_null());
        assert!(std::slice::from_raw_parts(q, 64).iter().all(|&b| b == 7));
        libc::free(q.cast());
        let z = libc::calloc(16, 16).cast::<u8>();
        assert!(std::slice::from_raw_parts(z, 256).iter().all(|&b| b == 0));
        libc::free(z.cast());

        let name = CString::new("PATH").unwrap();
        let v = libc::getenv(name.as_ptr());
        match std::env::var_os("PATH") {
            Some(path) => {
                assert!(!v.is_null());
                assert_eq!(CStr::from_ptr(v).to_bytes(), path.as_encoded_bytes());
            }
            None => assert!(v.is_null()),
        }
        let missing = CString::new("LIBC_RUNTIME_TEST_SURELY_UNSET").unwrap();
        assert!(libc::getenv(missing.as_ptr()).is_null());

        assert!(libc::sysconf(libc::_SC_NPROCESSORS_ONLN) >= 1);
        assert!(libc::sysconf(libc::_SC_NPROCESSORS_CONF) >= 1);
        assert_eq!(libc::sysconf(libc::_SC_CLK_TCK), 100);
        let mut rl = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        assert_eq!(libc::getrlimit(libc::RLIMIT_NOFILE, &mut rl), 0);
        if rl.rlim_cur != libc::RLIM_INFINITY {
            assert_eq!(libc::sysconf(libc::_SC_OPEN_MAX), rl.rlim_cur as c_long);
        }
        assert_eq!(libc::sysconf(-1), -1);
        assert_eq!(errno(), libc::EINVAL);
        assert!(libc::sched_getcpu() >= 0);
    }
}
