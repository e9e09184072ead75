// `<sys/file.h>`: `flock` and its `LOCK_*` operations (musl
// `include/sys/file.h`).

pub const LOCK_SH: c_int = 1;
pub const LOCK_EX: c_int = 2;
pub const LOCK_NB: c_int = 4;
pub const LOCK_UN: c_int = 8;

extern "C" {
    pub fn flock(fd: c_int, operation: c_int) -> c_int;
}
