// `<iconv.h>`: character set conversion (musl `include/iconv.h`).

pub type iconv_t = *mut c_void;

extern "C" {
    pub fn iconv_open(to: *const c_char, from: *const c_char) -> iconv_t;
    pub fn iconv(
        cd: iconv_t,
        in_: *mut *mut c_char,
        inb: *mut size_t,
        out: *mut *mut c_char,
        outb: *mut size_t,
    ) -> size_t;
    pub fn iconv_close(cd: iconv_t) -> c_int;
}
