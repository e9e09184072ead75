// `<errno.h>`: musl's `errno` is `(*__errno_location())` (musl
// `include/errno.h`).

extern "C" {
    pub fn __errno_location() -> *mut c_int;
}
