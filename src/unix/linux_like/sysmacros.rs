// `<sys/sysmacros.h>`: `major`, `minor` and `makedev` as `const fn`s (musl
// `include/sys/sysmacros.h`).

// The `major`/`minor`/`makedev` macros of <sys/sysmacros.h>: the kernel's
// 32-bit device number split 12/20, spread over 64 bits.
#[inline]
pub const extern "C" fn major(dev: dev_t) -> c_uint {
    (((dev >> 32) & 0xffff_f000) | ((dev >> 8) & 0x0000_0fff)) as c_uint
}

#[inline]
pub const extern "C" fn minor(dev: dev_t) -> c_uint {
    (((dev >> 12) & 0xffff_ff00) | (dev & 0x0000_00ff)) as c_uint
}

#[inline]
pub const extern "C" fn makedev(major: c_uint, minor: c_uint) -> dev_t {
    let (x, y) = (major as dev_t, minor as dev_t);
    ((x & 0xffff_f000) << 32)
        | ((x & 0x0000_0fff) << 8)
        | ((y & 0xffff_ff00) << 12)
        | (y & 0x0000_00ff)
}
