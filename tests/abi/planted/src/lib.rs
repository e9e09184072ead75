//! Planted errors for the ABI check's self-test. Each `PLANTED` item is
//! wrong on purpose; the rest is right and must pass.
#![no_std]
#![allow(non_camel_case_types)]

pub use core::ffi::{c_int, c_long, c_uchar, c_uint, c_void};

// Right.
pub type uid_t = u32;
pub type off_t = i64;
// PLANTED: wrong alias size (C's pid_t is a 4-byte int).
pub type pid_t = i64;
// PLANTED: wrong signedness (C's gid_t is unsigned).
pub type gid_t = i32;

// Right.
pub const O_CREAT: c_int = 0o100;
// PLANTED: wrong value (C's O_EXCL is 0200 on x86_64).
pub const O_EXCL: c_int = 0o201;
// Right: a pointer-valued constant.
pub const MAP_FAILED: *mut c_void = !0 as *mut c_void;
// Right: only <linux/fcntl.h>, in the second translation unit, has it.
pub const AT_HANDLE_FID: c_int = 0x200;
// PLANTED: wrong value of a constant only the second translation unit
// declares (C's F_DUPFD_QUERY is 1027).
pub const F_DUPFD_QUERY: c_int = 1028;

// PLANTED: wrong field offsets (tv_sec and tv_nsec swapped).
#[repr(C)]
pub struct timespec {
    pub tv_nsec: c_long,
    pub tv_sec: i64,
}

// Right.
#[repr(C)]
pub struct timeval {
    pub tv_sec: i64,
    pub tv_usec: c_long,
}

// PLANTED: wrong field signedness (C's rlim_t is unsigned long long).
#[repr(C)]
pub struct rlimit {
    pub rlim_cur: u64,
    pub rlim_max: i64,
}

// PLANTED: wrong field kind, same size and offset (C's iov_base is a
// pointer).
#[repr(C)]
pub struct iovec {
    pub iov_base: usize,
    pub iov_len: usize,
}

// PLANTED: wrong array element kind, same size (C's __bits are unsigned
// long).
#[repr(C)]
pub struct sigset_t {
    pub __bits: [f64; 16],
}

// Right: a union, a flexible array member, function pointers (C's
// sa_sigaction is a member of an anonymous union, reached by a macro).
#[repr(C)]
pub union sigval {
    pub sival_int: c_int,
    pub sival_ptr: *mut c_void,
}

#[repr(C)]
pub struct file_handle {
    pub handle_bytes: c_uint,
    pub handle_type: c_int,
    pub f_handle: [c_uchar; 0],
}

#[repr(C)]
pub struct sigaction {
    pub sa_sigaction: Option<unsafe extern "C" fn(c_int, *mut c_void, *mut c_void)>,
    pub sa_mask: sigset_t,
    pub sa_flags: c_int,
    pub sa_restorer: Option<extern "C" fn()>,
}

extern "C" {
    // Right.
    pub fn getuid() -> uid_t;
    // PLANTED: wrong prototype (C's close takes an int).
    pub fn close(fd: c_long) -> c_int;
    // PLANTED: wrong parameter signedness (C's dup takes an int).
    pub fn dup(fd: c_uint) -> c_int;
    // PLANTED: a pointer where C has an integer (dup2's second parameter).
    pub fn dup2(oldfd: c_int, newfd: *mut c_void) -> c_int;
    // PLANTED: wrong return type (C's getpid returns pid_t, an int).
    pub fn getpid() -> c_uint;
    // PLANTED: no such function in musl.
    pub fn musl_has_no_such_function(x: c_int) -> c_int;
}

extern "C" {
    // Right.
    pub fn lseek(fd: c_int, offset: off_t, whence: c_int) -> off_t;
}

// Right: a C macro as a `const fn`, compared over sample arguments.
pub const extern "C" fn WIFEXITED(status: c_int) -> bool {
    (status & 0x7f) == 0
}

// PLANTED: a C macro mirrored wrongly (C's WEXITSTATUS keeps 8 bits).
pub const extern "C" fn WEXITSTATUS(status: c_int) -> c_int {
    (status >> 8) & 0x7f
}

// PLANTED: a Rust function standing in for C's (an LFS64 name) with the
// wrong prototype (lseek64's offset is an off_t).
pub unsafe extern "C" fn lseek64(fd: c_int, offset: c_int, whence: c_int) -> off_t {
    lseek(fd, offset as off_t, whence)
}

// System call wrappers (tests/abi/wrappers.txt), compared with glibc's
// declaration or the kernel's prototype: two right, two planted wrong.
pub unsafe fn close_range(first: c_uint, last: c_uint, flags: c_int) -> c_int {
    let _ = (first, last, flags);
    -1
}

pub unsafe fn ioprio_get(which: c_int, who: c_int) -> c_int {
    let _ = (which, who);
    -1
}

// PLANTED: glibc's pidfd_getfd takes an `int targetfd`.
pub unsafe fn pidfd_getfd(pidfd: c_int, targetfd: c_long, flags: c_uint) -> c_int {
    let _ = (pidfd, targetfd, flags);
    -1
}

// PLANTED: the kernel's sys_kcmp takes an `unsigned long idx1`.
pub unsafe fn kcmp(pid1: c_int, pid2: c_int, ty: c_int, idx1: c_uint, idx2: u64) -> c_int {
    let _ = (pid1, pid2, ty, idx1, idx2);
    -1
}
