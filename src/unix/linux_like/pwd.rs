// `<pwd.h>`: the user database functions beyond POSIX (musl `include/pwd.h`).

extern "C" {
    pub fn fgetpwent(f: *mut FILE) -> *mut passwd;
    pub fn putpwent(pw: *const passwd, f: *mut FILE) -> c_int;
}
