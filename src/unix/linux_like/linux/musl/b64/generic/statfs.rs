//! `<bits/statfs.h>`: `struct statfs` and musl's `statfs64` name for it
//! (musl `arch/generic/bits/statfs.h`); mips64 and s390x have their own.

use crate::{c_ulong, fsblkcnt64_t, fsblkcnt_t, fsfilcnt64_t, fsfilcnt_t, fsid_t};

/// `struct statfs` (musl `arch/generic/bits/statfs.h`).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct statfs {
    pub f_type: c_ulong,
    pub f_bsize: c_ulong,
    pub f_blocks: fsblkcnt_t,
    pub f_bfree: fsblkcnt_t,
    pub f_bavail: fsblkcnt_t,
    pub f_files: fsfilcnt_t,
    pub f_ffree: fsfilcnt_t,
    pub f_fsid: fsid_t,
    pub f_namelen: c_ulong,
    pub f_frsize: c_ulong,
    pub f_flags: c_ulong,
    pub f_spare: [c_ulong; 4],
}

/// musl's `#define statfs64 statfs`, a struct of its own in the published
/// crate, with the same layout.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct statfs64 {
    pub f_type: c_ulong,
    pub f_bsize: c_ulong,
    pub f_blocks: fsblkcnt64_t,
    pub f_bfree: fsblkcnt64_t,
    pub f_bavail: fsblkcnt64_t,
    pub f_files: fsfilcnt64_t,
    pub f_ffree: fsfilcnt64_t,
    pub f_fsid: fsid_t,
    pub f_namelen: c_ulong,
    pub f_frsize: c_ulong,
    pub f_flags: c_ulong,
    pub f_spare: [c_ulong; 4],
}
