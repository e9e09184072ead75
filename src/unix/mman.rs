// `<sys/mman.h>`: the POSIX mapping flags, protections and `msync` flags
// and the mapping functions (musl `include/sys/mman.h`); the flags some
// architecture renumbers are in the hub's `generic::mman`.

pub const MAP_FAILED: *mut c_void = !0usize as *mut c_void;

pub const MAP_SHARED: c_int = 0x01;
pub const MAP_PRIVATE: c_int = 0x02;
pub const MAP_FIXED: c_int = 0x10;

pub const PROT_NONE: c_int = 0;
pub const PROT_READ: c_int = 1;
pub const PROT_WRITE: c_int = 2;
pub const PROT_EXEC: c_int = 4;

pub const MS_ASYNC: c_int = 1;
pub const MS_INVALIDATE: c_int = 2;
pub const MS_SYNC: c_int = 4;

extern "C" {
    pub fn mmap(
        addr: *mut c_void,
        len: size_t,
        prot: c_int,
        flags: c_int,
        fd: c_int,
        offset: off_t,
    ) -> *mut c_void;
    pub fn munmap(addr: *mut c_void, len: size_t) -> c_int;
    pub fn mprotect(addr: *mut c_void, len: size_t, prot: c_int) -> c_int;
    pub fn msync(addr: *mut c_void, len: size_t, flags: c_int) -> c_int;
}

pub const MAP_HUGE_SHIFT: c_int = 26;
pub const MAP_HUGE_MASK: c_int = 0x3f;
pub const MAP_HUGE_64KB: c_int = 0x40000000;
pub const MAP_HUGE_512KB: c_int = 0x4c000000;
pub const MAP_HUGE_1MB: c_int = 0x50000000;
pub const MAP_HUGE_2MB: c_int = 0x54000000;
pub const MAP_HUGE_8MB: c_int = 0x5c000000;
pub const MAP_HUGE_16MB: c_int = 0x60000000;
pub const MAP_HUGE_32MB: c_int = 0x64000000;
pub const MAP_HUGE_256MB: c_int = 0x70000000;
pub const MAP_HUGE_512MB: c_int = 0x74000000;
pub const MAP_HUGE_1GB: c_int = 0x78000000;
pub const MAP_HUGE_2GB: c_int = 0x7c000000;
pub const MAP_HUGE_16GB: c_int = 0x88000000_u32 as c_int;
pub const POSIX_MADV_NORMAL: c_int = 0;
pub const POSIX_MADV_RANDOM: c_int = 1;
pub const POSIX_MADV_SEQUENTIAL: c_int = 2;
pub const POSIX_MADV_WILLNEED: c_int = 3;
pub const POSIX_MADV_DONTNEED: c_int = 4;

extern "C" {
    pub fn posix_madvise(addr: *mut c_void, len: size_t, advice: c_int) -> c_int;
    pub fn mlock(addr: *const c_void, len: size_t) -> c_int;
    pub fn munlock(addr: *const c_void, len: size_t) -> c_int;
    pub fn mlockall(flags: c_int) -> c_int;
    pub fn munlockall() -> c_int;
    pub fn shm_open(name: *const c_char, flag: c_int, mode: mode_t) -> c_int;
    pub fn shm_unlink(name: *const c_char) -> c_int;
}

// `<sys/mman.h>`: the kernel's mapping flags, protections and `madvise`
// advice beyond POSIX that are the same on every supported architecture,
// and `madvise` (musl `include/sys/mman.h`).

pub const MAP_SHARED_VALIDATE: c_int = 0x03;
pub const MAP_TYPE: c_int = 0x0f;
pub const MAP_ANONYMOUS: c_int = crate::MAP_ANON;
pub const MAP_FIXED_NOREPLACE: c_int = 0x100000;
pub const MAP_FILE: c_int = 0;

pub const PROT_GROWSDOWN: c_int = 0x01000000;
pub const PROT_GROWSUP: c_int = 0x02000000;

pub const MADV_NORMAL: c_int = 0;
pub const MADV_RANDOM: c_int = 1;
pub const MADV_SEQUENTIAL: c_int = 2;
pub const MADV_WILLNEED: c_int = 3;
pub const MADV_DONTNEED: c_int = 4;
pub const MADV_FREE: c_int = 8;
pub const MADV_REMOVE: c_int = 9;
pub const MADV_DONTFORK: c_int = 10;
pub const MADV_DOFORK: c_int = 11;
pub const MADV_MERGEABLE: c_int = 12;
pub const MADV_UNMERGEABLE: c_int = 13;
pub const MADV_HUGEPAGE: c_int = 14;
pub const MADV_NOHUGEPAGE: c_int = 15;
pub const MADV_DONTDUMP: c_int = 16;
pub const MADV_DODUMP: c_int = 17;
pub const MADV_WIPEONFORK: c_int = 18;
pub const MADV_KEEPONFORK: c_int = 19;
pub const MADV_COLD: c_int = 20;
pub const MADV_PAGEOUT: c_int = 21;
pub const MADV_HWPOISON: c_int = 100;

extern "C" {
    pub fn madvise(addr: *mut c_void, len: size_t, advice: c_int) -> c_int;
}

pub const MADV_POPULATE_READ: c_int = 22;
pub const MADV_POPULATE_WRITE: c_int = 23;
pub const MADV_DONTNEED_LOCKED: c_int = 24;
pub const MADV_COLLAPSE: c_int = 25;
pub const MREMAP_MAYMOVE: c_int = 1;
pub const MREMAP_FIXED: c_int = 2;
pub const MREMAP_DONTUNMAP: c_int = 4;
pub const MLOCK_ONFAULT: c_uint = 0x1;
pub const MFD_CLOEXEC: c_uint = 0x1;
pub const MFD_ALLOW_SEALING: c_uint = 0x2;
pub const MFD_HUGETLB: c_uint = 0x4;

extern "C" {
    pub fn mremap(
        old_addr: *mut c_void,
        old_len: size_t,
        new_len: size_t,
        flags: c_int,
        ...
    ) -> *mut c_void;
    pub fn remap_file_pages(
        addr: *mut c_void,
        size: size_t,
        prot: c_int,
        pgoff: size_t,
        flags: c_int,
    ) -> c_int;
    pub fn memfd_create(name: *const c_char, flags: c_uint) -> c_int;
    pub fn mlock2(addr: *const c_void, len: size_t, flags: c_uint) -> c_int;
    pub fn mincore(addr: *mut c_void, len: size_t, vec: *mut c_uchar) -> c_int;
}

// `<sys/mman.h>`: `mmap64`, a macro only since musl 1.2.4, as a wrapper of
// `mmap` (musl `include/sys/mman.h`).

/// `mmap64`: musl 1.2.4+ has only `mmap`.
#[inline]
pub unsafe extern "C" fn mmap64(
    addr: *mut c_void,
    len: size_t,
    prot: c_int,
    flags: c_int,
    fd: c_int,
    offset: off64_t,
) -> *mut c_void {
    mmap(addr, len, prot, flags, fd, offset)
}
