// `<dirent.h>`: the POSIX directory stream interface: `DIR`, `struct dirent`
// and the `opendir` family (musl `include/dirent.h`).

/// musl's directory stream, `struct __dirstream`: opaque.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct DIR {
    _opaque: [u8; 0],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct dirent {
    pub d_ino: ino_t,
    pub d_off: off_t,
    pub d_reclen: c_ushort,
    pub d_type: c_uchar,
    pub d_name: [c_char; 256],
}

extern "C" {
    pub fn closedir(dir: *mut DIR) -> c_int;
    pub fn fdopendir(fd: c_int) -> *mut DIR;
    pub fn opendir(name: *const c_char) -> *mut DIR;
    pub fn readdir(dir: *mut DIR) -> *mut dirent;
    pub fn readdir_r(dir: *mut DIR, buf: *mut dirent, result: *mut *mut dirent) -> c_int;
    pub fn rewinddir(dir: *mut DIR);
    pub fn dirfd(d: *mut DIR) -> c_int;
    pub fn seekdir(dir: *mut DIR, off: c_long);
    pub fn telldir(dir: *mut DIR) -> c_long;
}

extern "C" {
    pub fn alphasort(a: *mut *const dirent, b: *mut *const dirent) -> c_int;
    pub fn scandir(
        path: *const c_char,
        res: *mut *mut *mut dirent,
        sel: Option<unsafe extern "C" fn(*const dirent) -> c_int>,
        cmp: Option<unsafe extern "C" fn(*mut *const dirent, *mut *const dirent) -> c_int>,
    ) -> c_int;
}

// `<dirent.h>`: the `DT_*` file types and the GNU/BSD directory functions
// (musl `include/dirent.h`).

pub const DT_UNKNOWN: u8 = 0;
pub const DT_FIFO: u8 = 1;
pub const DT_CHR: u8 = 2;
pub const DT_DIR: u8 = 4;
pub const DT_BLK: u8 = 6;
pub const DT_REG: u8 = 8;
pub const DT_LNK: u8 = 10;
pub const DT_SOCK: u8 = 12;
pub const DT_WHT: u8 = 14;

extern "C" {
    #[cfg(target_env = "musl")]
    pub fn getdents(fd: c_int, buf: *mut dirent, len: size_t) -> c_int;
    pub fn versionsort(a: *mut *const dirent, b: *mut *const dirent) -> c_int;
}

// `<dirent.h>`: musl's large-file names (`dirent64`, `readdir64`,
// `scandir64`, ...), which musl 1.2.4+ keeps only as macros for the plain
// names (musl `include/dirent.h`).

/// musl's `#define dirent64 dirent`, a struct of its own in the published
/// crate, with the same layout.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct dirent64 {
    pub d_ino: ino64_t,
    pub d_off: off64_t,
    pub d_reclen: c_ushort,
    pub d_type: c_uchar,
    pub d_name: [c_char; 256],
}

/// `readdir64`, which musl 1.2.4+ only has as a macro for `readdir`.
#[inline]
pub unsafe extern "C" fn readdir64(dirp: *mut DIR) -> *mut dirent64 {
    readdir(dirp) as *mut dirent64
}

/// `readdir64_r`, which musl 1.2.4+ only has as a macro for `readdir_r`.
#[inline]
pub unsafe extern "C" fn readdir64_r(
    dirp: *mut DIR,
    entry: *mut dirent64,
    result: *mut *mut dirent64,
) -> c_int {
    readdir_r(dirp, entry as *mut dirent, result as *mut *mut dirent)
}

/// `scandir64`, which musl 1.2.4+ only has as a macro for `scandir`; the
/// callbacks see `dirent64`, which has `dirent`'s layout.
#[inline]
pub unsafe extern "C" fn scandir64(
    path: *const c_char,
    res: *mut *mut *mut dirent64,
    sel: Option<unsafe extern "C" fn(*const dirent64) -> c_int>,
    cmp: Option<unsafe extern "C" fn(*mut *const dirent64, *mut *const dirent64) -> c_int>,
) -> c_int {
    scandir(
        path,
        res as *mut *mut *mut dirent,
        core::mem::transmute::<
            Option<unsafe extern "C" fn(*const dirent64) -> c_int>,
            Option<unsafe extern "C" fn(*const dirent) -> c_int>,
        >(sel),
        core::mem::transmute::<
            Option<unsafe extern "C" fn(*mut *const dirent64, *mut *const dirent64) -> c_int>,
            Option<unsafe extern "C" fn(*mut *const dirent, *mut *const dirent) -> c_int>,
        >(cmp),
    )
}

/// `alphasort64`, which musl 1.2.4+ only has as a macro for `alphasort`.
#[inline]
pub unsafe extern "C" fn alphasort64(a: *mut *const dirent64, b: *mut *const dirent64) -> c_int {
    alphasort(a as *mut *const dirent, b as *mut *const dirent)
}

/// `versionsort64`, which musl 1.2.4+ only has as a macro for `versionsort`.
#[inline]
pub unsafe extern "C" fn versionsort64(a: *mut *const dirent64, b: *mut *const dirent64) -> c_int {
    versionsort(a as *mut *const dirent, b as *mut *const dirent)
}

#[cfg(target_env = "musl")]
/// `getdents64`, which musl 1.2.4+ only has as a macro for `getdents`.
#[inline]
pub unsafe extern "C" fn getdents64(fd: c_int, buf: *mut dirent64, len: size_t) -> c_int {
    getdents(fd, buf as *mut dirent, len)
}
