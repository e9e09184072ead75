//! POSIX: the types, structs, constants and functions of `<sys/types.h>`,
//! `<stdint.h>`, `<stddef.h>`, `<unistd.h>`, `<fcntl.h>`, `<sys/stat.h>`,
//! `<sys/mman.h>`, `<time.h>`, `<signal.h>`, `<pthread.h>`, `<sys/uio.h>`
//! and `<sys/resource.h>` that are the same on every supported target.

use cfg_if::cfg_if;

use crate::{c_char, c_int, c_long, c_uint, c_ulong, c_void};

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

// <sys/uio.h>
#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct iovec {
    pub iov_base: *mut c_void,
    pub iov_len: size_t,
}

extern "C" {
    pub fn write(fd: c_int, buf: *const c_void, count: size_t) -> ssize_t;
    pub fn getpid() -> pid_t;
    pub fn strlen(s: *const c_char) -> size_t;
}

mod linux_like;
pub use self::linux_like::*;
