// `<wchar.h>`: wide characters: `wint_t`, `mbstate_t` and the wide-string
// and multibyte functions (musl `include/wchar.h`).

pub type wint_t = c_uint;

/// `mbstate_t`: `struct __mbstate_t { unsigned __opaque1, __opaque2; }`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct mbstate_t {
    __opaque1: c_uint,
    __opaque2: c_uint,
}

pub const WEOF: wint_t = 0xffffffff;

extern "C" {
    pub fn wcslen(str: *const wchar_t) -> size_t;
    pub fn wmemchr(ptr: *const wchar_t, value: wchar_t, len: size_t) -> *mut wchar_t;
    pub fn open_wmemstream(bufp: *mut *mut wchar_t, sizep: *mut size_t) -> *mut FILE;
}

extern "C" {
    pub fn btowc(c: c_int) -> wint_t;
    pub fn fgetwc(f: *mut FILE) -> wint_t;
    pub fn fgetws(s: *mut wchar_t, n: c_int, f: *mut FILE) -> *mut wchar_t;
    pub fn fputwc(c: wchar_t, f: *mut FILE) -> wint_t;
    pub fn fputws(ws: *const wchar_t, f: *mut FILE) -> c_int;
    pub fn fwide(f: *mut FILE, mode: c_int) -> c_int;
    pub fn fwprintf(f: *mut FILE, fmt: *const wchar_t, ...) -> c_int;
    pub fn fwscanf(f: *mut FILE, fmt: *const wchar_t, ...) -> c_int;
    pub fn getwc(f: *mut FILE) -> wint_t;
    pub fn getwchar() -> wint_t;
    pub fn iswalnum(wc: wint_t) -> c_int;
    pub fn iswalpha(wc: wint_t) -> c_int;
    pub fn iswblank(wc: wint_t) -> c_int;
    pub fn iswcntrl(wc: wint_t) -> c_int;
    pub fn iswctype(wc: wint_t, type_: wctype_t) -> c_int;
    pub fn iswdigit(wc: wint_t) -> c_int;
    pub fn iswgraph(wc: wint_t) -> c_int;
    pub fn iswlower(wc: wint_t) -> c_int;
    pub fn iswprint(wc: wint_t) -> c_int;
    pub fn iswpunct(wc: wint_t) -> c_int;
    pub fn iswspace(wc: wint_t) -> c_int;
    pub fn iswupper(wc: wint_t) -> c_int;
    pub fn iswxdigit(wc: wint_t) -> c_int;
    pub fn mbrlen(s: *const c_char, n: size_t, st: *mut mbstate_t) -> size_t;
    pub fn mbrtowc(wc: *mut wchar_t, src: *const c_char, n: size_t, st: *mut mbstate_t) -> size_t;
    pub fn mbsinit(st: *const mbstate_t) -> c_int;
    pub fn mbsnrtowcs(
        wcs: *mut wchar_t,
        src: *mut *const c_char,
        n: size_t,
        wn: size_t,
        st: *mut mbstate_t,
    ) -> size_t;
    pub fn mbsrtowcs(
        ws: *mut wchar_t,
        src: *mut *const c_char,
        wn: size_t,
        st: *mut mbstate_t,
    ) -> size_t;
    pub fn putwc(c: wchar_t, f: *mut FILE) -> wint_t;
    pub fn putwchar(c: wchar_t) -> wint_t;
    pub fn swprintf(s: *mut wchar_t, n: size_t, fmt: *const wchar_t, ...) -> c_int;
    pub fn swscanf(s: *const wchar_t, fmt: *const wchar_t, ...) -> c_int;
    pub fn towlower(wc: wint_t) -> wint_t;
    pub fn towupper(wc: wint_t) -> wint_t;
    pub fn ungetwc(c: wint_t, f: *mut FILE) -> wint_t;
    pub fn wcpcpy(dst: *mut wchar_t, src: *const wchar_t) -> *mut wchar_t;
    pub fn wcpncpy(dst: *mut wchar_t, src: *const wchar_t, max: size_t) -> *mut wchar_t;
    pub fn wcrtomb(s: *mut c_char, wc: wchar_t, st: *mut mbstate_t) -> size_t;
    pub fn wcscasecmp(l: *const wchar_t, r: *const wchar_t) -> c_int;
    pub fn wcscasecmp_l(l: *const wchar_t, r: *const wchar_t, locale: locale_t) -> c_int;
    pub fn wcscat(dst: *mut wchar_t, src: *const wchar_t) -> *mut wchar_t;
    pub fn wcschr(ws: *const wchar_t, wc: wchar_t) -> *mut wchar_t;
    pub fn wcscmp(a: *const wchar_t, b: *const wchar_t) -> c_int;
    pub fn wcscoll(l: *const wchar_t, r: *const wchar_t) -> c_int;
    pub fn wcscoll_l(l: *const wchar_t, r: *const wchar_t, locale: locale_t) -> c_int;
    pub fn wcscpy(dst: *mut wchar_t, src: *const wchar_t) -> *mut wchar_t;
    pub fn wcscspn(dst: *const wchar_t, values: *const wchar_t) -> size_t;
    pub fn wcsdup(str: *const wchar_t) -> *mut wchar_t;
    pub fn wcsftime(wcs: *mut wchar_t, n: size_t, f: *const wchar_t, tm: *const tm) -> size_t;
    pub fn wcsncasecmp(l: *const wchar_t, r: *const wchar_t, n: size_t) -> c_int;
    pub fn wcsncasecmp_l(
        l: *const wchar_t,
        r: *const wchar_t,
        n: size_t,
        locale: locale_t,
    ) -> c_int;
    pub fn wcsncat(dst: *mut wchar_t, src: *const wchar_t, max: size_t) -> *mut wchar_t;
    pub fn wcsncmp(a: *const wchar_t, b: *const wchar_t, max: size_t) -> c_int;
    pub fn wcsncpy(dst: *mut wchar_t, src: *const wchar_t, max: size_t) -> *mut wchar_t;
    pub fn wcsnlen(str: *const wchar_t, max: size_t) -> size_t;
    pub fn wcsnrtombs(
        dst: *mut c_char,
        wcs: *mut *const wchar_t,
        wn: size_t,
        n: size_t,
        st: *mut mbstate_t,
    ) -> size_t;
    pub fn wcspbrk(haystack: *const wchar_t, needle: *const wchar_t) -> *mut wchar_t;
    pub fn wcsrchr(str: *const wchar_t, value: wchar_t) -> *mut wchar_t;
    pub fn wcsrtombs(
        s: *mut c_char,
        ws: *mut *const wchar_t,
        n: size_t,
        st: *mut mbstate_t,
    ) -> size_t;
    pub fn wcsspn(dst: *const wchar_t, values: *const wchar_t) -> size_t;
    pub fn wcsstr(haystack: *const wchar_t, needle: *const wchar_t) -> *mut wchar_t;
    pub fn wcstod(s: *const wchar_t, p: *mut *mut wchar_t) -> c_double;
    pub fn wcstof(s: *const wchar_t, p: *mut *mut wchar_t) -> c_float;
    pub fn wcstok(
        maybe_str: *mut wchar_t,
        values: *const wchar_t,
        state: *mut *mut wchar_t,
    ) -> *mut wchar_t;
    pub fn wcstol(s: *const wchar_t, p: *mut *mut wchar_t, base: c_int) -> c_long;
    pub fn wcstoll(s: *const wchar_t, p: *mut *mut wchar_t, base: c_int) -> c_longlong;
    pub fn wcstoul(s: *const wchar_t, p: *mut *mut wchar_t, base: c_int) -> c_ulong;
    pub fn wcstoull(s: *const wchar_t, p: *mut *mut wchar_t, base: c_int) -> c_ulonglong;
    pub fn wcswcs(haystack: *const wchar_t, needle: *const wchar_t) -> *mut wchar_t;
    pub fn wcswidth(wcs: *const wchar_t, n: size_t) -> c_int;
    pub fn wcsxfrm(dest: *mut wchar_t, src: *const wchar_t, n: size_t) -> size_t;
    pub fn wcsxfrm_l(dest: *mut wchar_t, src: *const wchar_t, n: size_t, loc: locale_t) -> size_t;
    pub fn wctob(c: wint_t) -> c_int;
    pub fn wctype(s: *const c_char) -> wctype_t;
    pub fn wcwidth(wc: wchar_t) -> c_int;
    pub fn wmemcmp(a: *const wchar_t, b: *const wchar_t, len: size_t) -> c_int;
    pub fn wmemcpy(dest: *mut wchar_t, src: *const wchar_t, len: size_t) -> *mut wchar_t;
    pub fn wmemmove(dest: *mut wchar_t, src: *const wchar_t, len: size_t) -> *mut wchar_t;
    pub fn wmemset(dest: *mut wchar_t, elem: wchar_t, len: size_t) -> *mut wchar_t;
    pub fn wprintf(fmt: *const wchar_t, ...) -> c_int;
    pub fn wscanf(fmt: *const wchar_t, ...) -> c_int;
}

// `<wchar.h>`: the wide-character functions beyond ISO C and POSIX (musl
// `include/wchar.h`).

extern "C" {
    pub fn fgetwc_unlocked(f: *mut FILE) -> wint_t;
    pub fn fgetws_unlocked(s: *mut wchar_t, n: c_int, f: *mut FILE) -> *mut wchar_t;
    pub fn fputwc_unlocked(c: wchar_t, f: *mut FILE) -> wint_t;
    pub fn fputws_unlocked(ws: *const wchar_t, f: *mut FILE) -> c_int;
    pub fn getwc_unlocked(f: *mut FILE) -> wint_t;
    pub fn getwchar_unlocked() -> wint_t;
    pub fn putwc_unlocked(c: wchar_t, f: *mut FILE) -> wint_t;
    pub fn putwchar_unlocked(c: wchar_t) -> wint_t;
    pub fn wcsftime_l(
        s: *mut wchar_t,
        n: size_t,
        f: *const wchar_t,
        tm: *const tm,
        loc: locale_t,
    ) -> size_t;
}
