// `<libgen.h>`: `basename` and `dirname` (musl `include/libgen.h`).

extern "C" {
    pub fn dirname(s: *mut c_char) -> *mut c_char;
    pub fn basename(s: *mut c_char) -> *mut c_char;
}
