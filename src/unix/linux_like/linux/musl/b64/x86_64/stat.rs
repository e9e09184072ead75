// `<bits/stat.h>`: x86_64's `struct stat`, and the `nlink_t`/`blksize_t` of
// its `bits/alltypes.h` (musl `arch/x86_64/bits/stat.h`). wasm32-wali uses
// this same layout (WALI passes x86_64's `struct stat` through unchanged).

pub type nlink_t = u64;
// glibc's (`linux::gnu`) is spelled `i64`, as the published crate has it.
#[cfg(target_env = "musl")]
pub type blksize_t = c_long;

// The `st_atim`/`st_mtim`/`st_ctim` timespecs are spelled
// out as their `tv_sec`/`tv_nsec` halves, under the published crate's names
// (`st_atime` is <sys/stat.h>'s `st_atim.tv_sec`). glibc's x86_64 `struct
// stat` (`bits/struct_stat.h`) is this same layout, and this definition
// serves it too, in musl's spelling (the published crate's glibc shape spells
// the nanoseconds `i64`, the same type); glibc's `struct stat64`, a struct of
// its own, is in `linux::gnu`'s `x86_64.rs`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct stat {
    pub st_dev: dev_t,
    pub st_ino: ino_t,
    pub st_nlink: nlink_t,
    pub st_mode: mode_t,
    pub st_uid: uid_t,
    pub st_gid: gid_t,
    __pad0: crate::Padding<c_uint>,
    pub st_rdev: dev_t,
    pub st_size: off_t,
    pub st_blksize: blksize_t,
    pub st_blocks: blkcnt_t,
    pub st_atime: time_t,
    pub st_atime_nsec: c_long,
    pub st_mtime: time_t,
    pub st_mtime_nsec: c_long,
    pub st_ctime: time_t,
    pub st_ctime_nsec: c_long,
    __unused: crate::Padding<[c_long; 3]>,
}
