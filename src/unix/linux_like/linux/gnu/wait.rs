// `<sys/wait.h>`: glibc's status macros that musl computes otherwise
// (glibc `bits/waitstatus.h`): signalled when the low seven bits are neither
// 0 (exited) nor 0x7f (stopped); stopped when the low byte is 0x7f.

#[inline]
pub const extern "C" fn WIFSIGNALED(status: c_int) -> bool {
    (((status & 0x7f) + 1) as i8 >> 1) > 0
}

#[inline]
pub const extern "C" fn WIFSTOPPED(status: c_int) -> bool {
    (status & 0xff) == 0x7f
}
