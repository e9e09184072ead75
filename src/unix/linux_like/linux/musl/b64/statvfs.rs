// `<sys/statvfs.h>`: `struct statvfs` and musl's `statvfs64` name for it
// (musl `include/sys/statvfs.h`). glibc's `struct statvfs` and `struct
// statvfs64` (`bits/statvfs.h`) are the same layout, and these definitions
// serve glibc too, in musl's spelling (the published crate's glibc shape
// spells `statvfs64`'s counts `u64`, the same type).

/// `struct statvfs`. C puts an unnamed padding of `2*sizeof(int)-sizeof(long)`
/// bytes beside `f_fsid` (before it on big-endian targets, after it on
/// little-endian ones); `long` is 8 bytes on every target here, so there is
/// none. `f_type` is private on musl and public on glibc (glibc 2.39 and
/// later fill it; older ones leave it zero), as in the published crate,
/// which has `Default` on glibc's.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct statvfs {
    pub f_bsize: c_ulong,
    pub f_frsize: c_ulong,
    pub f_blocks: fsblkcnt_t,
    pub f_bfree: fsblkcnt_t,
    pub f_bavail: fsblkcnt_t,
    pub f_files: fsfilcnt_t,
    pub f_ffree: fsfilcnt_t,
    pub f_favail: fsfilcnt_t,
    pub f_fsid: c_ulong,
    pub f_flag: c_ulong,
    pub f_namemax: c_ulong,
    #[cfg(target_env = "musl")]
    f_type: c_uint,
    #[cfg(target_env = "gnu")]
    pub f_type: c_uint,
    __f_spare: crate::Padding<[c_int; 5]>,
}

/// musl's `#define statvfs64 statvfs`, a struct of its own in the published
/// crate, with the same layout; glibc's, the same layout with 64-bit
/// counts, which these already are.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct statvfs64 {
    pub f_bsize: c_ulong,
    pub f_frsize: c_ulong,
    pub f_blocks: fsblkcnt64_t,
    pub f_bfree: fsblkcnt64_t,
    pub f_bavail: fsblkcnt64_t,
    pub f_files: fsfilcnt64_t,
    pub f_ffree: fsfilcnt64_t,
    pub f_favail: fsfilcnt64_t,
    pub f_fsid: c_ulong,
    pub f_flag: c_ulong,
    pub f_namemax: c_ulong,
    #[cfg(target_env = "musl")]
    f_type: c_uint,
    #[cfg(target_env = "gnu")]
    pub f_type: c_uint,
    __f_spare: crate::Padding<[c_int; 5]>,
}
