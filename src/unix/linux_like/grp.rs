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
