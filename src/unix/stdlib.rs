// `<stdlib.h>`: memory allocation, process exit and the environment (musl
// `include/stdlib.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct div_t {
    pub quot: c_int,
    pub rem: c_int,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ldiv_t {
    pub quot: c_long,
    pub rem: c_long,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct lldiv_t {
    pub quot: c_longlong,
    pub rem: c_longlong,
}

extern "C" {
    pub fn malloc(size: size_t) -> *mut c_void;
    pub fn calloc(nmemb: size_t, size: size_t) -> *mut c_void;
    pub fn realloc(ptr: *mut c_void, size: size_t) -> *mut c_void;
    pub fn free(ptr: *mut c_void);
    pub fn abort() -> !;
    pub fn exit(status: c_int) -> !;
    pub fn getenv(name: *const c_char) -> *mut c_char;
}

pub const EXIT_FAILURE: c_int = 1;
pub const EXIT_SUCCESS: c_int = 0;
pub const RAND_MAX: c_int = 0x7fffffff;
pub const WNOHANG: c_int = 1;
pub const WUNTRACED: c_int = 2;

extern "C" {
    pub fn atoi(str: *const c_char) -> c_int;
    pub fn atol(str: *const c_char) -> c_long;
    pub fn atoll(str: *const c_char) -> c_longlong;
    pub fn atof(s: *const c_char) -> c_double;
    pub fn strtof(s: *const c_char, p: *mut *mut c_char) -> c_float;
    pub fn strtod(s: *const c_char, p: *mut *mut c_char) -> c_double;
    pub fn strtol(str: *const c_char, str_end: *mut *mut c_char, base: c_int) -> c_long;
    pub fn strtoul(str: *const c_char, str_end: *mut *mut c_char, base: c_int) -> c_ulong;
    pub fn strtoll(str: *const c_char, str_end: *mut *mut c_char, base: c_int) -> c_longlong;
    pub fn strtoull(str: *const c_char, str_end: *mut *mut c_char, base: c_int) -> c_ulonglong;
    pub fn rand() -> c_int;
    pub fn srand(seed: c_uint);
    pub fn aligned_alloc(alloc_alignment: size_t, n: size_t) -> *mut c_void;
    pub fn atexit(func: extern "C" fn()) -> c_int;
    pub fn system(cmd: *const c_char) -> c_int;
    pub fn bsearch(
        key: *const c_void,
        base: *const c_void,
        n: size_t,
        size: size_t,
        compare: Option<unsafe extern "C" fn(*const c_void, *const c_void) -> c_int>,
    ) -> *mut c_void;
    pub fn qsort(
        base: *mut c_void,
        n: size_t,
        size: size_t,
        compare: Option<unsafe extern "C" fn(*const c_void, *const c_void) -> c_int>,
    );
    pub fn abs(a: c_int) -> c_int;
    pub fn labs(a: c_long) -> c_long;
    pub fn wcstombs(s: *mut c_char, ws: *const wchar_t, n: size_t) -> size_t;
    pub fn posix_memalign(result: *mut *mut c_void, alloc_alignment: size_t, n: size_t) -> c_int;
    pub fn setenv(var: *const c_char, value: *const c_char, overwrite: c_int) -> c_int;
    pub fn unsetenv(name: *const c_char) -> c_int;
    pub fn mkstemp(template: *mut c_char) -> c_int;
    pub fn mkostemp(template: *mut c_char, flags: c_int) -> c_int;
    pub fn mkdtemp(template: *mut c_char) -> *mut c_char;
    pub fn realpath(filename: *const c_char, resolved: *mut c_char) -> *mut c_char;
    pub fn putenv(s: *mut c_char) -> c_int;
    pub fn posix_openpt(flags: c_int) -> c_int;
    pub fn grantpt(fd: c_int) -> c_int;
    pub fn unlockpt(fd: c_int) -> c_int;
    pub fn ptsname(fd: c_int) -> *mut c_char;
    pub fn drand48() -> c_double;
    pub fn erand48(xsubi: *mut c_ushort) -> c_double;
    pub fn lrand48() -> c_long;
    pub fn nrand48(xsubi: *mut c_ushort) -> c_long;
    pub fn mrand48() -> c_long;
    pub fn jrand48(xsubi: *mut c_ushort) -> c_long;
    pub fn srand48(seedval: c_long);
    pub fn seed48(seed16v: *mut c_ushort) -> *mut c_ushort;
    pub fn lcong48(param: *mut c_ushort);
}

extern "C" {
    pub fn _Exit(ec: c_int);
    pub fn __ctype_get_mb_cur_max() -> size_t;
    pub fn a64l(s: *const c_char) -> c_long;
    pub fn at_quick_exit(func: Option<unsafe extern "C" fn()>) -> c_int;
    pub fn div(a: c_int, b: c_int) -> div_t;
    pub fn getsubopt(
        opt: *mut *mut c_char,
        keys: *const *mut c_char,
        val: *mut *mut c_char,
    ) -> c_int;
    pub fn initstate(seed: c_uint, state: *mut c_char, size: size_t) -> *mut c_char;
    pub fn l64a(x0: c_long) -> *mut c_char;
    pub fn ldiv(a: c_long, b: c_long) -> ldiv_t;
    pub fn llabs(a: c_longlong) -> c_longlong;
    pub fn lldiv(a: c_longlong, b: c_longlong) -> lldiv_t;
    pub fn mblen(s: *const c_char, n: size_t) -> c_int;
    pub fn mbstowcs(ws: *mut wchar_t, s: *const c_char, wn: size_t) -> size_t;
    pub fn mbtowc(wc: *mut wchar_t, src: *const c_char, n: size_t) -> c_int;
    pub fn quick_exit(code: c_int) -> !;
    pub fn rand_r(seed: *mut c_uint) -> c_int;
    pub fn random() -> c_long;
    #[cfg(target_env = "musl")]
    pub fn setkey(key: *const c_char);
    pub fn setstate(state: *mut c_char) -> *mut c_char;
    pub fn srandom(seed: c_uint);
    pub fn wctomb(s: *mut c_char, wc: wchar_t) -> c_int;
}

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

// `<stdlib.h>`: musl's large-file `mkstemp64` and friends, macros only
// since musl 1.2.4, as wrappers that call the functions musl has (musl
// `include/stdlib.h`).

/// `mkstemp64`: musl 1.2.4+ has only `mkstemp`.
#[inline]
pub unsafe extern "C" fn mkstemp64(template: *mut c_char) -> c_int {
    mkstemp(template)
}

/// `mkostemp64`: musl 1.2.4+ has only `mkostemp`.
#[inline]
pub unsafe extern "C" fn mkostemp64(template: *mut c_char, flags: c_int) -> c_int {
    mkostemp(template, flags)
}

/// `mkstemps64`: musl 1.2.4+ has only `mkstemps`.
#[inline]
pub unsafe extern "C" fn mkstemps64(template: *mut c_char, len: c_int) -> c_int {
    mkstemps(template, len)
}

/// `mkostemps64`: musl 1.2.4+ has only `mkostemps`.
#[inline]
pub unsafe extern "C" fn mkostemps64(template: *mut c_char, len: c_int, flags: c_int) -> c_int {
    mkostemps(template, len, flags)
}
