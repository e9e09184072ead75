// `<assert.h>`: `__assert_fail`, which musl's `assert()` macro calls when
// an assertion fails (musl `include/assert.h`).

extern "C" {
    #[cfg(target_env = "musl")]
    pub fn __assert_fail(
        expr: *const c_char,
        file: *const c_char,
        line: c_int,
        func: *const c_char,
    ) -> !;
}
