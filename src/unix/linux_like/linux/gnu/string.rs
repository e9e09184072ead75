// `<string.h>`: the POSIX `strerror_r`, which glibc exports as
// `__xpg_strerror_r` (its `strerror_r` is the GNU one, returning a pointer),
// and the GNU `basename`, which leaves its argument alone, under the
// published crate's name for it (its `<libgen.h>` renames `basename` to the
// POSIX one).

extern "C" {
    #[link_name = "__xpg_strerror_r"]
    pub fn strerror_r(errnum: c_int, buf: *mut c_char, buflen: size_t) -> c_int;
    #[link_name = "basename"]
    pub fn gnu_basename(path: *const c_char) -> *mut c_char;
}
