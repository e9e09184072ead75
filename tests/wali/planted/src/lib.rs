//! Planted errors for the WALI layout check's self-test. Each `PLANTED`
//! item is wrong on purpose; the rest is right and must pass. Everything
//! else the specification defines is absent, which the check only lists.
#![no_std]
#![allow(non_camel_case_types)]

pub use core::ffi::{
    c_int, c_long, c_longlong, c_short, c_uint, c_ulong, c_ulonglong, c_ushort, c_void,
};

// Right.
pub type size_t = usize;
pub type time_t = i64;
pub type rlim_t = c_ulonglong;
// PLANTED: wrong alias size (the spec's off_t is 8 bytes).
pub type off_t = i32;
// PLANTED: wrong signedness (the spec's clockid_t is a signed int).
pub type clockid_t = u32;

// PLANTED: wrong field offsets (tv_sec and tv_nsec swapped).
#[repr(C)]
pub struct timespec {
    pub tv_nsec: c_long,
    pub tv_sec: time_t,
}

// Right: the layout that differs from x86_64's (4-byte pointer and size_t).
#[repr(C)]
pub struct iovec {
    pub iov_base: *mut c_void,
    pub iov_len: size_t,
}

// PLANTED: a field of the wrong size, at the right offset, in a struct of
// the right size (tail padding).
#[repr(C)]
pub struct rlimit {
    pub rlim_cur: rlim_t,
    pub rlim_max: u32,
}

// PLANTED: a public field the spec's stack_t does not have.
#[repr(C)]
pub struct stack_t {
    pub ss_sp: *mut c_void,
    pub ss_flags: c_int,
    pub ss_size: size_t,
    pub ss_extra: c_int,
}

// PLANTED: the spec's padding word `pad1` made a public field (the rest is
// right, with `pad2` private).
#[repr(C)]
pub struct msghdr {
    pub msg_name: *mut c_void,
    pub msg_namelen: u32,
    pub msg_iov: *mut iovec,
    pub msg_iovlen: c_int,
    pub __pad1: c_int,
    pub msg_control: *mut c_void,
    pub msg_controllen: u32,
    __pad2: c_int,
    pub msg_flags: c_int,
}

// Right.
pub const SYS_read: c_long = 0;
// PLANTED: wrong number (x86_64's write is 1).
pub const SYS_write: c_long = 2;

#[link(wasm_import_module = "wali")]
extern "C" {
    // Right.
    #[link_name = "SYS_read"]
    pub fn __syscall_SYS_read(fd: i32, buf: i32, count: u32) -> c_long;
    #[link_name = "SYS_getdents64"]
    pub fn __syscall_SYS_getdents64(fd: i32, dirp: i32, count: i32) -> c_long;
    // PLANTED: wrong wasm signature (the spec's offset is an 8-byte off_t).
    #[link_name = "SYS_lseek"]
    pub fn __syscall_SYS_lseek(fd: i32, offset: i32, whence: i32) -> c_long;
    // PLANTED: bound to another call's import.
    #[link_name = "SYS_dup"]
    pub fn __syscall_SYS_close(fd: i32) -> c_long;
}

// WALI's auxiliary imports, under their own names.
#[link(wasm_import_module = "wali")]
extern "C" {
    // Right.
    pub fn __cl_get_argc() -> u32;
    // PLANTED: wrong wasm signature (the spec's result is an unsigned int).
    pub fn __cl_get_argv_len(arg_index: u32) -> u64;
}

// Right: the spec's alias of getdents64.
pub use self::__syscall_SYS_getdents64 as __syscall_SYS_getdents;

// PLANTED: imported from another module than `wali`.
#[link(wasm_import_module = "env")]
extern "C" {
    #[link_name = "SYS_getpid"]
    pub fn __syscall_SYS_getpid() -> c_long;
}
