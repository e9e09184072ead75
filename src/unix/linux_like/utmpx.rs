// `<utmpx.h>`: the GNU utmpx functions (musl `include/utmpx.h`).

extern "C" {
    pub fn utmpxname(f: *const c_char) -> c_int;
}

extern "C" {
    pub fn updwtmpx(f: *const c_char, u: *const utmpx);
}
