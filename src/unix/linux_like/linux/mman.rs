// `<linux/mman.h>`: `mmap` flags newer than musl's `<sys/mman.h>`, and the memory
// calls musl does not wrap (`process_madvise`, `process_mrelease`, `pkey_*`)
// as Rust functions over `syscall` with C's contract (the
// kernel's `include/uapi/linux/mman.h`).

pub const MAP_DROPPABLE: c_int = 0x08;

/// Gives the kernel advice `advice` (`MADV_*`) about the memory of the
/// process `pidfd` refers to, at the `vlen` ranges of `iovec`.
#[inline]
pub unsafe fn process_madvise(
    pidfd: c_int,
    iovec: *const iovec,
    vlen: size_t,
    advice: c_int,
    flags: c_uint,
) -> ssize_t {
    let (fd, adv, fl) = (pidfd as c_long, advice as c_long, flags as c_long);
    syscall(crate::SYS_process_madvise, fd, iovec, vlen, adv, fl) as ssize_t
}

/// Frees the memory of the dying process `pidfd` refers to now.
#[inline]
pub unsafe fn process_mrelease(pidfd: c_int, flags: c_uint) -> c_int {
    syscall(
        crate::SYS_process_mrelease,
        pidfd as c_long,
        flags as c_long,
    ) as c_int
}

/// A new memory protection key with access rights `access_rights`
/// (`PKEY_DISABLE_*`).
#[inline]
pub unsafe fn pkey_alloc(flags: c_uint, access_rights: c_uint) -> c_int {
    syscall(
        crate::SYS_pkey_alloc,
        flags as c_long,
        access_rights as c_long,
    ) as c_int
}

/// Frees protection key `pkey`.
#[inline]
pub unsafe fn pkey_free(pkey: c_int) -> c_int {
    syscall(crate::SYS_pkey_free, pkey as c_long) as c_int
}

/// `mprotect` that also tags the pages with protection key `pkey`.
#[inline]
pub unsafe fn pkey_mprotect(addr: *mut c_void, len: size_t, prot: c_int, pkey: c_int) -> c_int {
    let (prot, pkey) = (prot as c_long, pkey as c_long);
    syscall(crate::SYS_pkey_mprotect, addr, len, prot, pkey) as c_int
}
