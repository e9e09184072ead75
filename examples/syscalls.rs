//! Direct system calls through `libc::syscall`, next to the libc calls that
//! wrap the same kernel facts, printing what each returned.
//!
//! Run with `cargo run --example syscalls`.

use std::ffi::CStr;
use std::mem::MaybeUninit;

use libc::{c_char, c_long};

fn field(buf: &[c_char]) -> String {
    unsafe { CStr::from_ptr(buf.as_ptr()) }
        .to_string_lossy()
        .into_owned()
}

fn main() {
    unsafe {
        // getpid, twice: the libc wrapper and the raw system call.
        let pid = libc::getpid();
        let raw_pid = libc::syscall(libc::SYS_getpid);
        println!("getpid() = {pid}, syscall(SYS_getpid) = {raw_pid}");
        assert_eq!(raw_pid, pid as c_long);

        // gettid the same way.
        let tid = libc::gettid();
        let raw_tid = libc::syscall(libc::SYS_gettid);
        println!("gettid() = {tid}, syscall(SYS_gettid) = {raw_tid}");
        assert_eq!(raw_tid, tid as c_long);

        // write(2) to stdout without going through std or musl's stdio.
        let msg = b"syscall(SYS_write, STDOUT_FILENO, ...) wrote this line\n";
        let n = libc::syscall(
            libc::SYS_write,
            libc::STDOUT_FILENO as c_long,
            msg.as_ptr() as c_long,
            msg.len() as c_long,
        );
        println!("syscall(SYS_write) returned {n} (of {} bytes)", msg.len());
        assert_eq!(n, msg.len() as c_long);

        // A failing raw system call returns -1 and sets errno, as libc does.
        let bad = libc::syscall(
            libc::SYS_write,
            -1 as c_long,
            msg.as_ptr() as c_long,
            1 as c_long,
        );
        let err = *libc::__errno_location();
        let text = CStr::from_ptr(libc::strerror(err)).to_string_lossy();
        println!("syscall(SYS_write, -1, ...) = {bad}, errno = {err} ({text})");
        assert_eq!((bad, err), (-1, libc::EBADF));

        let mut u = MaybeUninit::<libc::utsname>::zeroed();
        assert_eq!(libc::uname(u.as_mut_ptr()), 0);
        let u = u.assume_init();
        println!(
            "uname: {} {} {} ({})",
            field(&u.sysname),
            field(&u.release),
            field(&u.machine),
            field(&u.nodename)
        );

        for (name, clock) in [
            ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
            ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
            ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ] {
            let mut ts = libc::timespec {
                tv_sec: 0,
                tv_nsec: 0,
            };
            assert_eq!(libc::clock_gettime(clock, &mut ts), 0);
            println!("clock_gettime({name}) = {}.{:09} s", ts.tv_sec, ts.tv_nsec);
        }
    }
}
