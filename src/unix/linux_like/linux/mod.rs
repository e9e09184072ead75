//! Linux API beyond POSIX: the GNU and BSD parts of `<unistd.h>`,
//! `<signal.h>`, `<sys/mman.h>`, `<sys/ioctl.h>` and `<sched.h>` that musl
//! declares, `<sys/syscall.h>`'s `syscall`, the same on every supported
//! target.

use crate::{c_int, c_long, c_void, pid_t, size_t};

// <signal.h>: C's `sighandler_t` is `void (*)(int)`; the published crate
// makes it an integer wide enough for `SIG_DFL`, `SIG_IGN`, `SIG_ERR` and
// a handler's address alike.
pub type sighandler_t = size_t;

// <unistd.h>: `sysconf` names beyond POSIX.
pub const _SC_NPROCESSORS_CONF: c_int = 83;
pub const _SC_NPROCESSORS_ONLN: c_int = 84;
pub const _SC_PHYS_PAGES: c_int = 85;
pub const _SC_AVPHYS_PAGES: c_int = 86;

extern "C" {
    // <unistd.h>
    pub fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;
    pub fn dup3(src: c_int, dst: c_int, flags: c_int) -> c_int;
    pub fn getpagesize() -> c_int;
    pub fn gettid() -> pid_t;
    /// `long syscall(long number, ...)` from `<unistd.h>` (`_GNU_SOURCE`).
    pub fn syscall(num: c_long, ...) -> c_long;

    // <sys/mman.h>
    pub fn madvise(addr: *mut c_void, len: size_t, advice: c_int) -> c_int;

    // <sys/ioctl.h>: musl's request parameter is an `int`.
    pub fn ioctl(fd: c_int, request: c_int, ...) -> c_int;

    // <sched.h>
    pub fn sched_getcpu() -> c_int;
}

mod musl;
pub use self::musl::*;
