// `<bits/statfs.h>`: mips64's `struct statfs`, `f_frsize` third and
// `f_bavail` after the file counts (musl `arch/mips64/bits/statfs.h`).

/// mips64's `struct statfs` (musl `arch/mips64/bits/statfs.h`).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct statfs {
    pub f_type: c_ulong,
    pub f_bsize: c_ulong,
    pub f_frsize: c_ulong,
    pub f_blocks: fsblkcnt_t,
    pub f_bfree: fsblkcnt_t,
    pub f_files: fsfilcnt_t,
    pub f_ffree: fsfilcnt_t,
    pub f_bavail: fsblkcnt_t,
    pub f_fsid: fsid_t,
    pub f_namelen: c_ulong,
    pub f_flags: c_ulong,
    pub f_spare: [c_ulong; 5],
}

/// musl's `#define statfs64 statfs`, a struct of its own in the published
/// crate, with the same layout.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct statfs64 {
    pub f_type: c_ulong,
    pub f_bsize: c_ulong,
    pub f_frsize: c_ulong,
    pub f_blocks: fsblkcnt64_t,
    pub f_bfree: fsblkcnt64_t,
    pub f_files: fsfilcnt64_t,
    pub f_ffree: fsfilcnt64_t,
    pub f_bavail: fsblkcnt64_t,
    pub f_fsid: fsid_t,
    pub f_namelen: c_ulong,
    pub f_flags: c_ulong,
    pub f_spare: [c_ulong; 5],
}
