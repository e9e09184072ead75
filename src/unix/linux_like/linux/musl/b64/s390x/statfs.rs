// `<bits/statfs.h>`: s390x's `struct statfs`, of `unsigned` words (musl
// `arch/s390x/bits/statfs.h`).

/// s390x's `struct statfs` has `unsigned` words (musl `arch/s390x/bits/statfs.h`).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct statfs {
    pub f_type: c_uint,
    pub f_bsize: c_uint,
    pub f_blocks: fsblkcnt_t,
    pub f_bfree: fsblkcnt_t,
    pub f_bavail: fsblkcnt_t,
    pub f_files: fsfilcnt_t,
    pub f_ffree: fsfilcnt_t,
    pub f_fsid: fsid_t,
    pub f_namelen: c_uint,
    pub f_frsize: c_uint,
    pub f_flags: c_uint,
    pub f_spare: [c_uint; 4],
}

/// musl's `#define statfs64 statfs`, an alias here as in the published crate.
pub type statfs64 = statfs;
