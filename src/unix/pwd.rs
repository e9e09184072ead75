// `<pwd.h>`: `struct passwd` and the POSIX user database functions (musl
// `include/pwd.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct passwd {
    pub pw_name: *mut c_char,
    pub pw_passwd: *mut c_char,
    pub pw_uid: uid_t,
    pub pw_gid: gid_t,
    pub pw_gecos: *mut c_char,
    pub pw_dir: *mut c_char,
    pub pw_shell: *mut c_char,
}

extern "C" {
    pub fn setpwent();
    pub fn endpwent();
    pub fn getpwent() -> *mut passwd;
    pub fn getpwuid(uid: uid_t) -> *mut passwd;
    pub fn getpwnam(name: *const c_char) -> *mut passwd;
    pub fn getpwuid_r(
        uid: uid_t,
        pw: *mut passwd,
        buf: *mut c_char,
        size: size_t,
        res: *mut *mut passwd,
    ) -> c_int;
    pub fn getpwnam_r(
        name: *const c_char,
        pw: *mut passwd,
        buf: *mut c_char,
        size: size_t,
        res: *mut *mut passwd,
    ) -> c_int;
}

// `<pwd.h>`: the user database functions beyond POSIX (musl `include/pwd.h`).

extern "C" {
    pub fn fgetpwent(f: *mut FILE) -> *mut passwd;
    pub fn putpwent(pw: *const passwd, f: *mut FILE) -> c_int;
}
