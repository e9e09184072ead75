// `<libgen.h>`: glibc's POSIX `basename`, which its header renames to
// `__xpg_basename` (`#define basename __xpg_basename`), under the published
// crate's name for it (glibc `misc/libgen.h`).

extern "C" {
    #[link_name = "__xpg_basename"]
    pub fn posix_basename(path: *mut c_char) -> *mut c_char;
}
