// `<sys/stat.h>`: the file type and permission bits, `UTIME_*` and the
// `stat` family (musl `include/sys/stat.h`); `struct stat` itself is each
// architecture's (`bits/stat.h`).

// `stat` is both the struct and a function; the struct is named by its path.

pub const S_IFMT: mode_t = 0o170000;
pub const S_IFDIR: mode_t = 0o040000;
pub const S_IFCHR: mode_t = 0o020000;
pub const S_IFBLK: mode_t = 0o060000;
pub const S_IFREG: mode_t = 0o100000;
pub const S_IFIFO: mode_t = 0o010000;
pub const S_IFLNK: mode_t = 0o120000;
pub const S_IFSOCK: mode_t = 0o140000;

pub const S_ISUID: mode_t = 0o4000;
pub const S_ISGID: mode_t = 0o2000;
pub const S_ISVTX: mode_t = 0o1000;
pub const S_IRUSR: mode_t = 0o400;
pub const S_IWUSR: mode_t = 0o200;
pub const S_IXUSR: mode_t = 0o100;
pub const S_IRWXU: mode_t = 0o700;
pub const S_IRGRP: mode_t = 0o040;
pub const S_IWGRP: mode_t = 0o020;
pub const S_IXGRP: mode_t = 0o010;
pub const S_IRWXG: mode_t = 0o070;
pub const S_IROTH: mode_t = 0o004;
pub const S_IWOTH: mode_t = 0o002;
pub const S_IXOTH: mode_t = 0o001;
pub const S_IRWXO: mode_t = 0o007;

pub const UTIME_NOW: c_long = 0x3fffffff;
pub const UTIME_OMIT: c_long = 0x3ffffffe;

extern "C" {
    pub fn stat(path: *const c_char, buf: *mut crate::stat) -> c_int;
    pub fn fstat(fd: c_int, buf: *mut crate::stat) -> c_int;
    pub fn lstat(path: *const c_char, buf: *mut crate::stat) -> c_int;
    pub fn fstatat(dirfd: c_int, path: *const c_char, buf: *mut crate::stat, flags: c_int)
        -> c_int;
    pub fn mkdir(path: *const c_char, mode: mode_t) -> c_int;
}

extern "C" {
    pub fn chmod(path: *const c_char, mode: mode_t) -> c_int;
    pub fn fchmod(fd: c_int, mode: mode_t) -> c_int;
    pub fn fchmodat(fd: c_int, path: *const c_char, mode: mode_t, flag: c_int) -> c_int;
    pub fn umask(mode: mode_t) -> mode_t;
    pub fn mkfifo(path: *const c_char, mode: mode_t) -> c_int;
    pub fn mkdirat(fd: c_int, path: *const c_char, mode: mode_t) -> c_int;
    pub fn mkfifoat(fd: c_int, path: *const c_char, mode: mode_t) -> c_int;
    pub fn mknod(path: *const c_char, mode: mode_t, dev: dev_t) -> c_int;
    pub fn mknodat(fd: c_int, path: *const c_char, mode: mode_t, dev: dev_t) -> c_int;
    pub fn futimens(fd: c_int, times: *const timespec) -> c_int;
    pub fn utimensat(fd: c_int, path: *const c_char, times: *const timespec, flags: c_int)
        -> c_int;
}

// `<sys/stat.h>`: the Linux part: `UTIME_*`-style extras, the `S_I*`
// old names, `statx` with its mask bits and record (musl exports `statx`;
// the published crate keeps it behind an unstable cfg on musl, here it is
// always there; the record names the fields the kernel has added since
// musl's `__pad1`, the kernel's `include/uapi/linux/stat.h`), and the
// functions beyond POSIX (musl `include/sys/stat.h`, `_GNU_SOURCE`).

pub const S_IREAD: mode_t = 0x100;
pub const S_IWRITE: mode_t = 128;
pub const S_IEXEC: mode_t = 64;
pub const STATX_TYPE: c_uint = 1;
pub const STATX_MODE: c_uint = 2;
pub const STATX_NLINK: c_uint = 4;
pub const STATX_UID: c_uint = 8;
pub const STATX_GID: c_uint = 0x10;
pub const STATX_ATIME: c_uint = 0x20;
pub const STATX_MTIME: c_uint = 0x40;
pub const STATX_CTIME: c_uint = 0x80;
pub const STATX_INO: c_uint = 0x100;
pub const STATX_SIZE: c_uint = 0x200;
pub const STATX_BLOCKS: c_uint = 0x400;
pub const STATX_BASIC_STATS: c_uint = 0x7ff;
pub const STATX_BTIME: c_uint = 0x800;
pub const STATX_ALL: c_uint = 0xfff;

// glibc's `statx_timestamp` and `statx` are the kernel's, in the kernel's
// types, with all of its fields (`linux::gnu`, `<sys/stat.h>`).
#[cfg(target_env = "musl")]
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct statx_timestamp {
    pub tv_sec: i64,
    pub tv_nsec: u32,
    __pad: crate::Padding<u32>,
}

/// What `statx` fills in; 256 bytes.
#[cfg(target_env = "musl")]
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct statx {
    pub stx_mask: u32,
    pub stx_blksize: u32,
    pub stx_attributes: u64,
    pub stx_nlink: u32,
    pub stx_uid: u32,
    pub stx_gid: u32,
    pub stx_mode: u16,
    __pad0: crate::Padding<[u16; 1]>,
    pub stx_ino: u64,
    pub stx_size: u64,
    pub stx_blocks: u64,
    pub stx_attributes_mask: u64,
    pub stx_atime: statx_timestamp,
    pub stx_btime: statx_timestamp,
    pub stx_ctime: statx_timestamp,
    pub stx_mtime: statx_timestamp,
    pub stx_rdev_major: u32,
    pub stx_rdev_minor: u32,
    pub stx_dev_major: u32,
    pub stx_dev_minor: u32,
    pub stx_mnt_id: u64,
    pub stx_dio_mem_align: u32,
    pub stx_dio_offset_align: u32,
    pub stx_subvol: u64,
    pub stx_atomic_write_unit_min: u32,
    pub stx_atomic_write_unit_max: u32,
    pub stx_atomic_write_segments_max: u32,
    __spare1: crate::Padding<[u32; 1]>,
    __spare3: crate::Padding<[u64; 9]>,
}

extern "C" {
    pub fn lchmod(path: *const c_char, mode: mode_t) -> c_int;
    pub fn statx(
        dirfd: c_int,
        path: *const c_char,
        flags: c_int,
        mask: c_uint,
        buf: *mut crate::statx,
    ) -> c_int;
}

// `<sys/stat.h>`: musl's large-file `stat64` family, macros only since musl
// 1.2.4, as wrappers that call the functions musl has (musl
// `include/sys/stat.h`). On glibc, whose `struct stat64` is a struct of its
// own with `struct stat`'s layout on these 64-bit targets, they call the same
// functions.

/// `stat64`: musl 1.2.4+ has only `stat`.
#[inline]
pub unsafe extern "C" fn stat64(path: *const c_char, buf: *mut crate::stat64) -> c_int {
    stat(path, buf.cast())
}

/// `fstat64`: musl 1.2.4+ has only `fstat`.
#[inline]
pub unsafe extern "C" fn fstat64(fd: c_int, buf: *mut crate::stat64) -> c_int {
    fstat(fd, buf.cast())
}

/// `lstat64`: musl 1.2.4+ has only `lstat`.
#[inline]
pub unsafe extern "C" fn lstat64(path: *const c_char, buf: *mut crate::stat64) -> c_int {
    lstat(path, buf.cast())
}

/// `fstatat64`: musl 1.2.4+ has only `fstatat`.
#[inline]
pub unsafe extern "C" fn fstatat64(
    dirfd: c_int,
    path: *const c_char,
    buf: *mut crate::stat64,
    flags: c_int,
) -> c_int {
    fstatat(dirfd, path, buf.cast(), flags)
}
