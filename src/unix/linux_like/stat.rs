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

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct statx_timestamp {
    pub tv_sec: i64,
    pub tv_nsec: u32,
    __pad: crate::Padding<u32>,
}

/// What `statx` fills in; 256 bytes.
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
