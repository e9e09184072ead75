// `<linux/version.h>`: `KERNEL_VERSION`, as `uname` release numbers compare
// (the kernel's generated `include/generated/uapi/linux/version.h`).

/// The version code of kernel `a.b.c`; a sublevel above 255 counts as 255.
pub const extern "C" fn KERNEL_VERSION(a: u32, b: u32, c: u32) -> u32 {
    (a << 16) + (b << 8) + if c > 255 { 255 } else { c }
}
