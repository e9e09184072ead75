//! `<wchar.h>`: wide characters: `wint_t`, `mbstate_t` and the wide-string
//! and multibyte functions (musl `include/wchar.h`).

use crate::{size_t, wchar_t, FILE};

extern "C" {
    pub fn wcslen(str: *const wchar_t) -> size_t;
    pub fn wmemchr(ptr: *const wchar_t, value: wchar_t, len: size_t) -> *mut wchar_t;
    pub fn open_wmemstream(bufp: *mut *mut wchar_t, sizep: *mut size_t) -> *mut FILE;
}
