// `<string.h>`: the POSIX `strerror_r`, which glibc exports as
// `__xpg_strerror_r` (its `strerror_r` is the GNU one, returning a pointer).

extern "C" {
    #[link_name = "__xpg_strerror_r"]
    pub fn strerror_r(errnum: c_int, buf: *mut c_char, buflen: size_t) -> c_int;
}
