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
