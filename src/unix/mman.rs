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
