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
