// `<mntent.h>`: `struct mntent` and the mount table functions (musl
// `include/mntent.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct mntent {
    pub mnt_fsname: *mut c_char,
    pub mnt_dir: *mut c_char,
    pub mnt_type: *mut c_char,
    pub mnt_opts: *mut c_char,
    pub mnt_freq: c_int,
    pub mnt_passno: c_int,
}

extern "C" {
    pub fn setmntent(name: *const c_char, mode: *const c_char) -> *mut FILE;
    pub fn endmntent(f: *mut FILE) -> c_int;
    pub fn getmntent(f: *mut FILE) -> *mut mntent;
    pub fn addmntent(f: *mut FILE, mnt: *const mntent) -> c_int;
    pub fn hasmntopt(mnt: *const mntent, opt: *const c_char) -> *mut c_char;
}

extern "C" {
    pub fn getmntent_r(
        f: *mut FILE,
        mnt: *mut mntent,
        linebuf: *mut c_char,
        buflen: c_int,
    ) -> *mut mntent;
}
