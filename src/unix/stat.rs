// `<sys/stat.h>`: the file type and permission bits, `UTIME_*` and the
// `stat` family (musl `include/sys/stat.h`); `struct stat` itself is each
// architecture's (`bits/stat.h`).

// `stat` is both the struct and a function; the struct is named by its path.

pub const S_IFMT: mode_t = 0o170000;
pub const S_IFDIR: mode_t = 0o040000;
pub const S_IFCHR: mode_t = 0o020000;
pub const S_IFBLK: mode_t = 0o060000;
pub const S_IFREG: mode_t = 0o100000;
pub const S_IFIFO: mode_t = 0o010000;
pub const S_IFLNK: mode_t = 0o120000;
pub const S_IFSOCK: mode_t = 0o140000;

pub const S_ISUID: mode_t = 0o4000;
pub const S_ISGID: mode_t = 0o2000;
pub const S_ISVTX: mode_t = 0o1000;
pub const S_IRUSR: mode_t = 0o400;
pub const S_IWUSR: mode_t = 0o200;
pub const S_IXUSR: mode_t = 0o100;
pub const S_IRWXU: mode_t = 0o700;
pub const S_IRGRP: mode_t = 0o040;
pub const S_IWGRP: mode_t = 0o020;
pub const S_IXGRP: mode_t = 0o010;
pub const S_IRWXG: mode_t = 0o070;
pub const S_IROTH: mode_t = 0o004;
pub const S_IWOTH: mode_t = 0o002;
pub const S_IXOTH: mode_t = 0o001;
pub const S_IRWXO: mode_t = 0o007;

pub const UTIME_NOW: c_long = 0x3fffffff;
pub const UTIME_OMIT: c_long = 0x3ffffffe;

extern "C" {
    pub fn stat(path: *const c_char, buf: *mut crate::stat) -> c_int;
    pub fn fstat(fd: c_int, buf: *mut crate::stat) -> c_int;
    pub fn lstat(path: *const c_char, buf: *mut crate::stat) -> c_int;
    pub fn fstatat(dirfd: c_int, path: *const c_char, buf: *mut crate::stat, flags: c_int)
        -> c_int;
    pub fn mkdir(path: *const c_char, mode: mode_t) -> c_int;
}

extern "C" {
    pub fn chmod(path: *const c_char, mode: mode_t) -> c_int;
    pub fn fchmod(fd: c_int, mode: mode_t) -> c_int;
    pub fn fchmodat(fd: c_int, path: *const c_char, mode: mode_t, flag: c_int) -> c_int;
    pub fn umask(mode: mode_t) -> mode_t;
    pub fn mkfifo(path: *const c_char, mode: mode_t) -> c_int;
    pub fn mkdirat(fd: c_int, path: *const c_char, mode: mode_t) -> c_int;
    pub fn mkfifoat(fd: c_int, path: *const c_char, mode: mode_t) -> c_int;
    pub fn mknod(path: *const c_char, mode: mode_t, dev: dev_t) -> c_int;
    pub fn mknodat(fd: c_int, path: *const c_char, mode: mode_t, dev: dev_t) -> c_int;
    pub fn futimens(fd: c_int, times: *const timespec) -> c_int;
    pub fn utimensat(fd: c_int, path: *const c_char, times: *const timespec, flags: c_int)
        -> c_int;
}
