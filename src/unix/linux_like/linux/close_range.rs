// `<linux/close_range.h>`: `close_range` flags (the kernel's
// `include/uapi/linux/close_range.h`).

pub const CLOSE_RANGE_UNSHARE: c_uint = 1 << 1;
pub const CLOSE_RANGE_CLOEXEC: c_uint = 1 << 2;

/// Closes (or with `CLOSE_RANGE_CLOEXEC` marks close-on-exec) the file
/// descriptors `first` to `last`.
#[inline]
pub unsafe fn close_range(first: c_uint, last: c_uint, flags: c_int) -> c_int {
    syscall(
        crate::SYS_close_range,
        first as c_long,
        last as c_long,
        flags as c_long,
    ) as c_int
}
