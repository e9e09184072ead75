//! `<sys/ioctl.h>`: how an `ioctl` request number is encoded, and the
//! `_IOC`/`_IO`/`_IOR`/`_IOW`/`_IOWR` encoders (the kernel's
//! `asm-generic/ioctl.h`, which musl's `arch/generic/bits/ioctl.h` follows).
//!
//! An architecture with other direction bits or another size width
//! (powerpc64, mips64) overrides only `_IOC_SIZEBITS`, `_IOC_DIRBITS` and
//! the direction values, as its `asm/ioctl.h` does before it includes this
//! header; everything derived from them here reads them through `crate::`,
//! so it follows the override the way C's macros do.

use crate::{c_int, c_uint};

pub const _IOC_NRBITS: c_uint = 8;
pub const _IOC_TYPEBITS: c_uint = 8;
pub const _IOC_SIZEBITS: c_uint = 14;
pub const _IOC_DIRBITS: c_uint = 2;

pub const _IOC_NRMASK: c_uint = (1 << crate::_IOC_NRBITS) - 1;
pub const _IOC_TYPEMASK: c_uint = (1 << crate::_IOC_TYPEBITS) - 1;
pub const _IOC_SIZEMASK: c_uint = (1 << crate::_IOC_SIZEBITS) - 1;
pub const _IOC_DIRMASK: c_uint = (1 << crate::_IOC_DIRBITS) - 1;

pub const _IOC_NRSHIFT: c_uint = 0;
pub const _IOC_TYPESHIFT: c_uint = crate::_IOC_NRSHIFT + crate::_IOC_NRBITS;
pub const _IOC_SIZESHIFT: c_uint = crate::_IOC_TYPESHIFT + crate::_IOC_TYPEBITS;
pub const _IOC_DIRSHIFT: c_uint = crate::_IOC_SIZESHIFT + crate::_IOC_SIZEBITS;

pub const _IOC_NONE: c_uint = 0;
pub const _IOC_WRITE: c_uint = 1;
pub const _IOC_READ: c_uint = 2;

pub const IOC_IN: c_uint = crate::_IOC_WRITE << crate::_IOC_DIRSHIFT;
pub const IOC_OUT: c_uint = crate::_IOC_READ << crate::_IOC_DIRSHIFT;
pub const IOC_INOUT: c_uint = (crate::_IOC_WRITE | crate::_IOC_READ) << crate::_IOC_DIRSHIFT;
pub const IOCSIZE_MASK: c_uint = crate::_IOC_SIZEMASK << crate::_IOC_SIZESHIFT;
pub const IOCSIZE_SHIFT: c_uint = crate::_IOC_SIZESHIFT;

/// The request number for direction `dir`, type `ty`, number `nr` and an
/// argument of `size` bytes. A size that does not fit the size field stops
/// the build when the number is a constant (C's kernel-side
/// `_IOC_TYPECHECK`).
pub const fn _IOC(dir: c_uint, ty: c_uint, nr: c_uint, size: c_uint) -> c_uint {
    assert!(
        size <= crate::_IOC_SIZEMASK,
        "ioctl argument too large for the size field"
    );
    (dir << crate::_IOC_DIRSHIFT)
        | (ty << crate::_IOC_TYPESHIFT)
        | (nr << crate::_IOC_NRSHIFT)
        | (size << crate::_IOC_SIZESHIFT)
}

/// A request with no argument. musl's `ioctl` takes an `int` request.
pub const fn _IO(ty: u32, nr: u32) -> c_int {
    _IOC(crate::_IOC_NONE, ty, nr, 0) as c_int
}

/// A request whose argument, a `T`, the kernel writes (the caller reads).
pub const fn _IOR<T>(ty: u32, nr: u32) -> c_int {
    _IOC(
        crate::_IOC_READ,
        ty,
        nr,
        core::mem::size_of::<T>() as c_uint,
    ) as c_int
}

/// A request whose argument, a `T`, the kernel reads.
pub const fn _IOW<T>(ty: u32, nr: u32) -> c_int {
    _IOC(
        crate::_IOC_WRITE,
        ty,
        nr,
        core::mem::size_of::<T>() as c_uint,
    ) as c_int
}

/// A request whose argument, a `T`, goes both ways.
pub const fn _IOWR<T>(ty: u32, nr: u32) -> c_int {
    let dir = crate::_IOC_READ | crate::_IOC_WRITE;
    _IOC(dir, ty, nr, core::mem::size_of::<T>() as c_uint) as c_int
}

/// The direction bits of request `nr`.
pub const fn _IOC_DIR(nr: c_uint) -> c_uint {
    (nr >> crate::_IOC_DIRSHIFT) & crate::_IOC_DIRMASK
}

/// The type (magic) byte of request `nr`.
pub const fn _IOC_TYPE(nr: c_uint) -> c_uint {
    (nr >> crate::_IOC_TYPESHIFT) & crate::_IOC_TYPEMASK
}

/// The number byte of request `nr`.
pub const fn _IOC_NR(nr: c_uint) -> c_uint {
    (nr >> crate::_IOC_NRSHIFT) & crate::_IOC_NRMASK
}

/// The argument size of request `nr`.
pub const fn _IOC_SIZE(nr: c_uint) -> c_uint {
    (nr >> crate::_IOC_SIZESHIFT) & crate::_IOC_SIZEMASK
}
