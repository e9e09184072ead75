// `<sys/statfs.h>`: glibc's `struct statfs` and `struct statfs64`, the
// kernel's layout with glibc's signed `__fsword_t` (glibc `bits/statfs.h`).

pub type __fsword_t = i64;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct statfs {
    pub f_type: __fsword_t,
    pub f_bsize: __fsword_t,
    pub f_blocks: fsblkcnt_t,
    pub f_bfree: fsblkcnt_t,
    pub f_bavail: fsblkcnt_t,
    pub f_files: fsfilcnt_t,
    pub f_ffree: fsfilcnt_t,
    pub f_fsid: fsid_t,
    pub f_namelen: __fsword_t,
    pub f_frsize: __fsword_t,
    f_flags: __fsword_t,
    f_spare: [__fsword_t; 4],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct statfs64 {
    pub f_type: __fsword_t,
    pub f_bsize: __fsword_t,
    pub f_blocks: u64,
    pub f_bfree: u64,
    pub f_bavail: u64,
    pub f_files: u64,
    pub f_ffree: u64,
    pub f_fsid: fsid_t,
    pub f_namelen: __fsword_t,
    pub f_frsize: __fsword_t,
    pub f_flags: __fsword_t,
    pub f_spare: [__fsword_t; 4],
}
