// `<grp.h>`: `struct group` and the POSIX group database functions (musl
// `include/grp.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct group {
    pub gr_name: *mut c_char,
    pub gr_passwd: *mut c_char,
    pub gr_gid: gid_t,
    pub gr_mem: *mut *mut c_char,
}

// Written out, not derived: a derive needs `Default` for raw pointers, which
// only recent compilers have; nightly clippy calls the impl derivable.
#[allow(clippy::derivable_impls)]
impl Default for group {
    #[inline]
    fn default() -> group {
        group {
            gr_name: core::ptr::null_mut(),
            gr_passwd: core::ptr::null_mut(),
            gr_gid: 0,
            gr_mem: core::ptr::null_mut(),
        }
    }
}

extern "C" {
    pub fn getgrgid(gid: gid_t) -> *mut group;
    pub fn getgrnam(name: *const c_char) -> *mut group;
    pub fn getgrgid_r(
        gid: gid_t,
        gr: *mut group,
        buf: *mut c_char,
        size: size_t,
        res: *mut *mut group,
    ) -> c_int;
    pub fn getgrnam_r(
        name: *const c_char,
        gr: *mut group,
        buf: *mut c_char,
        size: size_t,
        res: *mut *mut group,
    ) -> c_int;
    pub fn getgrent() -> *mut group;
    pub fn endgrent();
    pub fn setgrent();
}

// `<grp.h>`: the group database functions beyond POSIX (musl `include/grp.h`).

extern "C" {
    pub fn getgrouplist(
        user: *const c_char,
        gid: gid_t,
        groups: *mut gid_t,
        ngroups: *mut c_int,
    ) -> c_int;
    pub fn setgroups(count: size_t, list: *const gid_t) -> c_int;
    pub fn initgroups(user: *const c_char, gid: gid_t) -> c_int;
}

extern "C" {
    pub fn fgetgrent(f: *mut FILE) -> *mut group;
    pub fn putgrent(gr: *const group, f: *mut FILE) -> c_int;
}
