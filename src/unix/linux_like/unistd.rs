//! `<unistd.h>`: the kernel's `lseek` whences, the `sysconf` names, the GNU
//! and BSD functions beyond POSIX, and `syscall` (musl `include/unistd.h`,
//! `_GNU_SOURCE`).

use crate::{c_int, c_long, pid_t};

pub const SEEK_DATA: c_int = 3;
pub const SEEK_HOLE: c_int = 4;

pub const _SC_NPROCESSORS_CONF: c_int = 83;
pub const _SC_NPROCESSORS_ONLN: c_int = 84;
pub const _SC_PHYS_PAGES: c_int = 85;
pub const _SC_AVPHYS_PAGES: c_int = 86;

extern "C" {
    pub fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;
    pub fn dup3(src: c_int, dst: c_int, flags: c_int) -> c_int;
    pub fn getpagesize() -> c_int;
    pub fn gettid() -> pid_t;
    /// `long syscall(long number, ...)`.
    pub fn syscall(num: c_long, ...) -> c_long;
}
