//! `<bits/stat.h>`: the kernel's asm-generic `struct stat`, with the
//! `nlink_t` and `blksize_t` of `<bits/alltypes.h>`, as aarch64, riscv64 and
//! loongarch64 give them alike (the other architectures have their own). The
//! `st_atim`/`st_mtim`/`st_ctim` timespecs are spelled out as their
//! `tv_sec`/`tv_nsec` halves, under the published crate's names (`st_atime`
//! is <sys/stat.h>'s `st_atim.tv_sec`).

use crate::{blkcnt_t, c_int, c_long, c_uint, c_ulong, dev_t, gid_t, ino_t, mode_t, off_t};
use crate::{time_t, uid_t};

// glibc's (`linux::gnu`) are spelled `u32` and `i32`, as the published
// crate has them.
#[cfg(target_env = "musl")]
pub type nlink_t = c_uint;
#[cfg(target_env = "musl")]
pub type blksize_t = c_int;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct stat {
    pub st_dev: dev_t,
    pub st_ino: ino_t,
    pub st_mode: mode_t,
    // The architecture's `nlink_t`, which may spell it its own way.
    pub st_nlink: crate::nlink_t,
    pub st_uid: uid_t,
    pub st_gid: gid_t,
    pub st_rdev: dev_t,
    __pad: crate::Padding<c_ulong>,
    pub st_size: off_t,
    pub st_blksize: crate::blksize_t,
    __pad2: crate::Padding<c_int>,
    pub st_blocks: blkcnt_t,
    pub st_atime: time_t,
    pub st_atime_nsec: c_long,
    pub st_mtime: time_t,
    pub st_mtime_nsec: c_long,
    pub st_ctime: time_t,
    pub st_ctime_nsec: c_long,
    __unused: crate::Padding<[c_uint; 2]>,
}
