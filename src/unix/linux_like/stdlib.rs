// `<stdlib.h>`: the GNU/BSD functions of `<stdlib.h>` (musl
// `include/stdlib.h`).

extern "C" {
    pub fn mkstemps(template: *mut c_char, len: c_int) -> c_int;
    pub fn mkostemps(template: *mut c_char, len: c_int, flags: c_int) -> c_int;
    pub fn getloadavg(a: *mut c_double, n: c_int) -> c_int;
    pub fn clearenv() -> c_int;
    pub fn reallocarray(opt_base: *mut c_void, elems: size_t, len: size_t) -> *mut c_void;
    pub fn ptsname_r(fd: c_int, buf: *mut c_char, len: size_t) -> c_int;
}

extern "C" {
    pub fn ecvt(x: c_double, n: c_int, dp: *mut c_int, sign: *mut c_int) -> *mut c_char;
    pub fn fcvt(x: c_double, n: c_int, dp: *mut c_int, sign: *mut c_int) -> *mut c_char;
    pub fn gcvt(x: c_double, n: c_int, b: *mut c_char) -> *mut c_char;
    pub fn mktemp(template: *mut c_char) -> *mut c_char;
    pub fn qsort_r(
        p: *mut c_void,
        n1: size_t,
        n2: size_t,
        arg: Option<unsafe extern "C" fn(*const c_void, *const c_void, *mut c_void) -> c_int>,
        a4: *mut c_void,
    );
    pub fn secure_getenv(name: *const c_char) -> *mut c_char;
    pub fn strtod_l(s: *const c_char, p: *mut *mut c_char, l: locale_t) -> c_double;
    pub fn strtof_l(s: *const c_char, p: *mut *mut c_char, l: locale_t) -> c_float;
    pub fn valloc(n: size_t) -> *mut c_void;
}
