//! Linux API beyond POSIX: `<sys/syscall.h>`, `<sched.h>` (GNU parts),
//! `<sys/utsname.h>` and the other Linux-only interfaces musl declares.

use crate::c_long;

extern "C" {
    /// `long syscall(long number, ...)` from `<unistd.h>` (`_GNU_SOURCE`).
    pub fn syscall(num: c_long, ...) -> c_long;
}

mod musl;
pub use self::musl::*;
