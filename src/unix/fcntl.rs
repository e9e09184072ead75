// `<fcntl.h>`: the POSIX open flags, commands, locks and `*at` flags that
// are the same on every supported architecture (musl `include/fcntl.h`,
// `arch/generic/bits/fcntl.h`); the ones some architecture renumbers are
// in the hub's `generic::fcntl`.

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct flock {
    pub l_type: c_short,
    pub l_whence: c_short,
    pub l_start: off_t,
    pub l_len: off_t,
    pub l_pid: pid_t,
}

pub const O_RDONLY: c_int = 0o0;
pub const O_WRONLY: c_int = 0o1;
pub const O_RDWR: c_int = 0o2;
#[cfg(target_env = "musl")]
pub const O_ACCMODE: c_int = 0o3 | O_SEARCH;
#[cfg(target_env = "musl")]
pub const O_SEARCH: c_int = crate::O_PATH;
#[cfg(target_env = "musl")]
pub const O_EXEC: c_int = crate::O_PATH;
#[cfg(target_env = "musl")]
pub const O_TTY_INIT: c_int = 0;
pub const O_TRUNC: c_int = 0o1000;
pub const O_CLOEXEC: c_int = 0o2000000;

pub const F_DUPFD: c_int = 0;
pub const F_GETFD: c_int = 1;
pub const F_SETFD: c_int = 2;
pub const F_GETFL: c_int = 3;
pub const F_SETFL: c_int = 4;
pub const F_SETLK: c_int = 6;
pub const F_SETLKW: c_int = 7;
pub const F_DUPFD_CLOEXEC: c_int = 1030;

pub const F_RDLCK: c_int = 0;
pub const F_WRLCK: c_int = 1;
pub const F_UNLCK: c_int = 2;

pub const FD_CLOEXEC: c_int = 1;

pub const AT_FDCWD: c_int = -100;
pub const AT_SYMLINK_NOFOLLOW: c_int = 0x100;
pub const AT_REMOVEDIR: c_int = 0x200;
pub const AT_SYMLINK_FOLLOW: c_int = 0x400;
pub const AT_EACCESS: c_int = 0x200;

extern "C" {
    pub fn fcntl(fd: c_int, cmd: c_int, ...) -> c_int;
    pub fn open(path: *const c_char, oflag: c_int, ...) -> c_int;
    pub fn openat(dirfd: c_int, path: *const c_char, oflag: c_int, ...) -> c_int;
}

pub const POSIX_FADV_NORMAL: c_int = 0;
pub const POSIX_FADV_RANDOM: c_int = 1;
pub const POSIX_FADV_SEQUENTIAL: c_int = 2;
pub const POSIX_FADV_WILLNEED: c_int = 3;
pub const F_ULOCK: c_int = 0;
pub const F_LOCK: c_int = 1;
pub const F_TLOCK: c_int = 2;
pub const F_TEST: c_int = 3;

extern "C" {
    pub fn creat(filename: *const c_char, mode: mode_t) -> c_int;
    pub fn posix_fadvise(fd: c_int, base: off_t, len: off_t, advice: c_int) -> c_int;
    pub fn posix_fallocate(fd: c_int, base: off_t, len: off_t) -> c_int;
    pub fn lockf(fd: c_int, op: c_int, size: off_t) -> c_int;
}

// `<fcntl.h>`: the kernel's open flags, `fcntl` commands, seals and `*at`
// flags beyond POSIX that are the same on every supported architecture
// (musl `include/fcntl.h`, `arch/generic/bits/fcntl.h`).

pub type loff_t = c_longlong;

/// `struct file_handle` with its flexible `f_handle` array.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct file_handle {
    pub handle_bytes: c_uint,
    pub handle_type: c_int,
    pub f_handle: [c_uchar; 0],
}

pub const O_NOATIME: c_int = 0o1000000;
pub const O_PATH: c_int = 0o10000000;
pub const O_NDELAY: c_int = crate::O_NONBLOCK;
pub const FAPPEND: c_int = crate::O_APPEND;
pub const FFSYNC: c_int = crate::O_SYNC;
pub const FASYNC: c_int = crate::O_ASYNC;
pub const FNONBLOCK: c_int = crate::O_NONBLOCK;
pub const FNDELAY: c_int = O_NDELAY;

pub const F_SETSIG: c_int = 10;
pub const F_GETSIG: c_int = 11;
pub const F_SETOWN_EX: c_int = 15;
pub const F_GETOWN_EX: c_int = 16;
pub const F_GETOWNER_UIDS: c_int = 17;
pub const F_OFD_GETLK: c_int = 36;
pub const F_OFD_SETLK: c_int = 37;
pub const F_OFD_SETLKW: c_int = 38;
pub const F_SETLEASE: c_int = 1024;
pub const F_GETLEASE: c_int = 1025;
pub const F_NOTIFY: c_int = 1026;
pub const F_CANCELLK: c_int = 1029;
pub const F_SETPIPE_SZ: c_int = 1031;
pub const F_GETPIPE_SZ: c_int = 1032;
pub const F_ADD_SEALS: c_int = 1033;
pub const F_GET_SEALS: c_int = 1034;
pub const F_GET_RW_HINT: c_int = 1035;
pub const F_SET_RW_HINT: c_int = 1036;
pub const F_GET_FILE_RW_HINT: c_int = 1037;
pub const F_SET_FILE_RW_HINT: c_int = 1038;

// The write-lifetime hints of `F_SET_RW_HINT` (a `uint64_t` in the kernel;
// plain integers in musl's header).
pub const RWF_WRITE_LIFE_NOT_SET: c_int = 0;
pub const RWH_WRITE_LIFE_NONE: c_int = 1;
pub const RWH_WRITE_LIFE_SHORT: c_int = 2;
pub const RWH_WRITE_LIFE_MEDIUM: c_int = 3;
pub const RWH_WRITE_LIFE_LONG: c_int = 4;
pub const RWH_WRITE_LIFE_EXTREME: c_int = 5;

// `F_NOTIFY`'s events.
pub const DN_ACCESS: c_int = 0x00000001;
pub const DN_MODIFY: c_int = 0x00000002;
pub const DN_CREATE: c_int = 0x00000004;
pub const DN_DELETE: c_int = 0x00000008;
pub const DN_RENAME: c_int = 0x00000010;
pub const DN_ATTRIB: c_int = 0x00000020;
pub const DN_MULTISHOT: c_int = 0x80000000_u32 as c_int;

#[cfg(target_env = "musl")]
/// What `F_GETOWN_EX`/`F_SETOWN_EX` take: C's member `type` is `type_`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct f_owner_ex {
    pub type_: c_int,
    pub pid: pid_t,
}

// `struct f_owner_ex`'s `type`.
pub const F_OWNER_TID: c_int = 0;
pub const F_OWNER_PID: c_int = 1;
pub const F_OWNER_PGRP: c_int = 2;
pub const F_OWNER_GID: c_int = 2;

pub const F_SEAL_SEAL: c_int = 0x0001;
pub const F_SEAL_SHRINK: c_int = 0x0002;
pub const F_SEAL_GROW: c_int = 0x0004;
pub const F_SEAL_WRITE: c_int = 0x0008;
pub const F_SEAL_FUTURE_WRITE: c_int = 0x0010;

pub const AT_NO_AUTOMOUNT: c_int = 0x800;
pub const AT_EMPTY_PATH: c_int = 0x1000;
pub const AT_STATX_SYNC_TYPE: c_int = 0x6000;
pub const AT_STATX_SYNC_AS_STAT: c_int = 0x0000;
pub const AT_STATX_FORCE_SYNC: c_int = 0x2000;
pub const AT_STATX_DONT_SYNC: c_int = 0x4000;
pub const AT_RECURSIVE: c_int = 0x8000;

pub const FALLOC_FL_KEEP_SIZE: c_int = 1;
pub const FALLOC_FL_PUNCH_HOLE: c_int = 2;
pub const MAX_HANDLE_SZ: c_int = 128;
pub const SYNC_FILE_RANGE_WAIT_BEFORE: c_uint = 1;
pub const SYNC_FILE_RANGE_WRITE: c_uint = 2;
pub const SYNC_FILE_RANGE_WAIT_AFTER: c_uint = 4;
pub const SPLICE_F_MOVE: c_uint = 1;
pub const SPLICE_F_NONBLOCK: c_uint = 2;
pub const SPLICE_F_MORE: c_uint = 4;
pub const SPLICE_F_GIFT: c_uint = 8;

extern "C" {
    pub fn fallocate(fd: c_int, mode: c_int, offset: off_t, len: off_t) -> c_int;
    pub fn name_to_handle_at(
        dirfd: c_int,
        pathname: *const c_char,
        handle: *mut file_handle,
        mount_id: *mut c_int,
        flags: c_int,
    ) -> c_int;
    pub fn open_by_handle_at(mount_fd: c_int, handle: *mut file_handle, flags: c_int) -> c_int;
    // glibc's, over `off64_t` as the published crate has them, are in
    // `linux::gnu` (`<fcntl.h>`).
    #[cfg(target_env = "musl")]
    pub fn readahead(fd: c_int, pos: off_t, len: size_t) -> ssize_t;
    #[cfg(target_env = "musl")]
    pub fn sync_file_range(fd: c_int, pos: off_t, len: off_t, flags: c_uint) -> c_int;
    pub fn vmsplice(fd: c_int, iov: *const iovec, cnt: size_t, flags: c_uint) -> ssize_t;
    pub fn splice(
        fd_in: c_int,
        off_in: *mut loff_t,
        fd_out: c_int,
        off_out: *mut loff_t,
        len: size_t,
        flags: c_uint,
    ) -> ssize_t;
    pub fn tee(src: c_int, dest: c_int, len: size_t, flags: c_uint) -> ssize_t;
}

// `<fcntl.h>`: musl's large-file names (`flock64`, `open64`, ...), macros
// only since musl 1.2.4, as types, re-exports and wrappers that call the
// functions musl has (musl `include/fcntl.h`).

/// musl's `#define flock64 flock`, a struct of its own in the published
/// crate, with the same layout.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct flock64 {
    pub l_type: c_short,
    pub l_whence: c_short,
    pub l_start: off64_t,
    pub l_len: off64_t,
    pub l_pid: pid_t,
}

/// musl's `F_GETLK64`, `F_SETLK64` and `F_SETLKW64`: the plain commands.
pub const F_GETLK64: c_int = crate::F_GETLK;
pub const F_SETLK64: c_int = crate::F_SETLK;
pub const F_SETLKW64: c_int = crate::F_SETLKW;

// `open64` and `openat64` are C variadic functions, which stable Rust
// cannot define; re-exporting musl's `open` and `openat` under these names
// keeps C's variadic signature and links to the functions musl has.
pub use crate::open as open64;
pub use crate::openat as openat64;

/// `creat64`: musl 1.2.4+ has only `creat`.
#[inline]
pub unsafe extern "C" fn creat64(path: *const c_char, mode: mode_t) -> c_int {
    creat(path, mode)
}

/// `posix_fadvise64`: musl 1.2.4+ has only `posix_fadvise`.
#[inline]
pub unsafe extern "C" fn posix_fadvise64(
    fd: c_int,
    offset: off64_t,
    len: off64_t,
    advice: c_int,
) -> c_int {
    posix_fadvise(fd, offset, len, advice)
}

/// `posix_fallocate64`: musl 1.2.4+ has only `posix_fallocate`.
#[inline]
pub unsafe extern "C" fn posix_fallocate64(fd: c_int, offset: off64_t, len: off64_t) -> c_int {
    posix_fallocate(fd, offset, len)
}

/// `fallocate64`: musl 1.2.4+ has only `fallocate`.
#[inline]
pub unsafe extern "C" fn fallocate64(
    fd: c_int,
    mode: c_int,
    offset: off64_t,
    len: off64_t,
) -> c_int {
    fallocate(fd, mode, offset, len)
}
