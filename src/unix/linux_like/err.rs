// `<err.h>`: the BSD `err`/`warn` family (musl `include/err.h`).

extern "C" {
    pub fn err(status: c_int, fmt: *const c_char, ...) -> !;
    pub fn errx(status: c_int, fmt: *const c_char, ...) -> !;
    pub fn warn(fmt: *const c_char, ...);
    pub fn warnx(fmt: *const c_char, ...);
}
