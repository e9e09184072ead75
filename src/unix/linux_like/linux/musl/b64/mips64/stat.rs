// `<bits/stat.h>`: mips64's `struct stat`, and the `nlink_t`/`blksize_t` of
// its `bits/alltypes.h` (musl `arch/mips64/bits/stat.h`).

pub type nlink_t = c_uint;
pub type blksize_t = i64;

// <bits/stat.h>. The `st_atim`/`st_mtim`/`st_ctim` timespecs are spelled
// out as their `tv_sec`/`tv_nsec` halves, under the published crate's names
// (`st_atime` is <sys/stat.h>'s `st_atim.tv_sec`).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct stat {
    pub st_dev: dev_t,
    __pad1: crate::Padding<[c_int; 3]>,
    pub st_ino: ino_t,
    pub st_mode: mode_t,
    pub st_nlink: nlink_t,
    pub st_uid: uid_t,
    pub st_gid: gid_t,
    pub st_rdev: dev_t,
    __pad2: crate::Padding<[c_uint; 2]>,
    pub st_size: off_t,
    __pad3: crate::Padding<c_int>,
    pub st_atime: time_t,
    pub st_atime_nsec: c_long,
    pub st_mtime: time_t,
    pub st_mtime_nsec: c_long,
    pub st_ctime: time_t,
    pub st_ctime_nsec: c_long,
    pub st_blksize: blksize_t,
    __pad4: crate::Padding<c_uint>,
    pub st_blocks: blkcnt_t,
    __pad5: crate::Padding<[c_int; 14]>,
}
