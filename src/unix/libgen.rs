// `<libgen.h>`: `basename` and `dirname` (musl `include/libgen.h`).

extern "C" {
    pub fn dirname(s: *mut c_char) -> *mut c_char;
    // glibc's `<libgen.h>` renames `basename` to `__xpg_basename`, and its
    // `basename` symbol is the GNU one of `<string.h>`: there the two are
    // `posix_basename` and `gnu_basename` (`linux/gnu/`).
    #[cfg(target_env = "musl")]
    pub fn basename(s: *mut c_char) -> *mut c_char;
}
