//! A `#![no_std]` WALI module that makes real Linux system calls through the
//! crate alone: no C library, only `libc::__syscall_SYS_*` (the `wali`
//! imports), the crate's `struct iovec`, `struct stat` and `struct timespec`
//! in their wasm32 layouts, and its constants.
//!
//! It prints each check with the value it saw (tests/wali/guest_test.py
//! compares the pid, `st_ino` and `st_mtime` with the host's view), and exits
//! with status 42 when every check holds, or with 100 + the number of the
//! first check that fails.
#![no_std]
#![no_main]

use core::mem::MaybeUninit;
use libc::{
    __syscall_SYS_clock_gettime as clock_gettime, __syscall_SYS_close as close,
    __syscall_SYS_exit_group as exit_group, __syscall_SYS_fstat as fstat,
    __syscall_SYS_getpid as getpid, __syscall_SYS_lseek as lseek, __syscall_SYS_openat as openat,
    __syscall_SYS_read as read, __syscall_SYS_write as write, __syscall_SYS_writev as writev,
};
use libc::{
    c_long, iovec, stat, timespec, AT_FDCWD, CLOCK_MONOTONIC, ENOENT, O_CLOEXEC, O_CREAT, O_EXCL,
    O_RDONLY, O_RDWR, SEEK_SET, STDOUT_FILENO, S_IFMT, S_IFREG,
};

/// The exit status that tells the host every check held.
const ALL_PASSED: i32 = 42;
/// The file the guest creates, relative to the host's working directory.
const TMP_NAME: &[u8] = b"wali-guest.tmp\0";
const MISSING: &[u8] = b"no-such-dir/no-such-file\0";

/// A guest pointer as the `i32` the imports take (wasm32 addresses).
fn addr<T: ?Sized>(p: *const T) -> i32 {
    p as *const u8 as usize as i32
}

/// The same for memory the host writes into.
fn addr_mut<T: ?Sized>(p: *mut T) -> i32 {
    addr(p)
}

/// One line of output, written with a single `write`.
struct Line {
    buf: [u8; 160],
    len: usize,
}

impl Line {
    fn new() -> Self {
        Line {
            buf: [0; 160],
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
        unsafe { write(STDOUT_FILENO, addr(&self.buf[..self.len]), self.len as u32) };
    }
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
        unsafe { exit_group(100 + n) };
    }
}

fn monotonic() -> (c_long, timespec) {
    let mut ts = timespec::default();
    // SAFETY: `ts` is a live `struct timespec`.
    let r = unsafe { clock_gettime(CLOCK_MONOTONIC, addr_mut(&mut ts)) };
    (r, ts)
}

#[no_mangle]
pub extern "C" fn _start() {
    Line::new()
        .text(b"wali guest: hello from wasm32-wali-linux-musl\n")
        .write();

    // SAFETY: every pointer below points at a live local of the right type
    // and size; the calls are the kernel's, reached through the host.
    unsafe {
        let pid = getpid();
        Line::new().text(b"pid ").num(pid).text(b"\n").write();
        check(1, b"getpid > 0", pid, pid > 0);

        let (r1, t1) = monotonic();
        let (r2, t2) = monotonic();
        check(
            2,
            b"clock_gettime(CLOCK_MONOTONIC) twice",
            r1 | r2,
            r1 == 0 && r2 == 0,
        );
        let later = (t2.tv_sec, t2.tv_nsec) >= (t1.tv_sec, t1.tv_nsec);
        check(
            3,
            b"monotonic clock did not go back (ns)",
            (t2.tv_sec - t1.tv_sec) * 1_000_000_000 + (t2.tv_nsec - t1.tv_nsec),
            later,
        );
        check(
            4,
            b"tv_nsec below 1e9",
            t2.tv_nsec,
            (0..1_000_000_000).contains(&t2.tv_nsec),
        );

        let flags = O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC;
        let fd = openat(AT_FDCWD, addr(TMP_NAME), flags, 0o600);
        check(5, b"openat(O_CREAT|O_EXCL|O_RDWR) fd", fd, fd >= 0);
        let fd = fd as i32;

        let parts: [&[u8]; 3] = [b"hello", b", ", b"wali\n"];
        let iov = parts.map(|p| iovec {
            iov_base: p.as_ptr() as *mut _,
            iov_len: p.len(),
        });
        let total: usize = parts.iter().map(|p| p.len()).sum();
        let n = writev(fd, addr(&iov), iov.len() as i32);
        check(6, b"writev of 3 iovecs, bytes", n, n == total as c_long);

        let mut st = MaybeUninit::<stat>::zeroed();
        let r = fstat(fd, addr_mut(st.as_mut_ptr()));
        let st = st.assume_init();
        check(7, b"fstat", r, r == 0);
        check(8, b"st_size", st.st_size, st.st_size == total as i64);
        check(
            9,
            b"st_mode is a regular file",
            st.st_mode as i64,
            st.st_mode & S_IFMT == S_IFREG,
        );
        check(
            10,
            b"st_mode permissions",
            (st.st_mode & 0o777) as i64,
            st.st_mode & 0o777 == 0o600,
        );
        check(11, b"st_nlink", st.st_nlink as i64, st.st_nlink == 1);
        // guest_test.py compares these two with its own stat of the file.
        check(12, b"st_ino", st.st_ino as i64, st.st_ino != 0);
        check(13, b"st_mtime", st.st_mtime, st.st_mtime > 0);

        let off = lseek(fd, 0, SEEK_SET);
        check(14, b"lseek(0, SEEK_SET)", off, off == 0);
        let mut buf = [0u8; 64];
        let n = read(fd, addr_mut(&mut buf), buf.len() as u32);
        check(15, b"read back, bytes", n, n == total as c_long);
        check(
            16,
            b"read back the bytes written",
            n,
            buf[..total] == *b"hello, wali\n",
        );
        let r = close(fd);
        check(17, b"close", r, r == 0);

        let r = openat(AT_FDCWD, addr(MISSING), O_RDONLY, 0);
        check(
            18,
            b"openat of a missing path returns -ENOENT",
            r,
            r == -(ENOENT as c_long),
        );

        Line::new().text(b"wali guest: all checks passed\n").write();
        exit_group(ALL_PASSED);
    }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    // SAFETY: ends the module.
    unsafe { exit_group(99) };
    loop {}
}
