// `<linux/version.h>`: `KERNEL_VERSION`, as `uname` release numbers compare
// (the kernel's generated `include/generated/uapi/linux/version.h`).

/// The version code of kernel `a.b.c`; a sublevel above 255 counts as 255.
/// Out-of-range parts wrap as C's unsigned sums do: with `+` a debug build
/// panicked, and an `extern "C"` function that panics aborts the process.
#[inline]
pub const extern "C" fn KERNEL_VERSION(a: u32, b: u32, c: u32) -> u32 {
    (a << 16)
        .wrapping_add(b << 8)
        .wrapping_add(if c > 255 { 255 } else { c })
}
