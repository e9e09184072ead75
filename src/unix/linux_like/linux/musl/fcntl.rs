// `<fcntl.h>`: musl's large-file names (`flock64`, `open64`, ...), macros
// only since musl 1.2.4, as types, re-exports and wrappers that call the
// functions musl has (musl `include/fcntl.h`).

/// musl's `#define flock64 flock`, a struct of its own in the published
/// crate, with the same layout.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct flock64 {
    pub l_type: c_short,
    pub l_whence: c_short,
    pub l_start: off64_t,
    pub l_len: off64_t,
    pub l_pid: pid_t,
}

/// musl's `F_GETLK64`, `F_SETLK64` and `F_SETLKW64`: the plain commands.
pub const F_GETLK64: c_int = crate::F_GETLK;
pub const F_SETLK64: c_int = crate::F_SETLK;
pub const F_SETLKW64: c_int = crate::F_SETLKW;

// `open64` and `openat64` are C variadic functions, which stable Rust
// cannot define; re-exporting musl's `open` and `openat` under these names
// keeps C's variadic signature and links to the functions musl has.
pub use crate::open as open64;
pub use crate::openat as openat64;

/// `creat64`: musl 1.2.4+ has only `creat`.
pub unsafe extern "C" fn creat64(path: *const c_char, mode: mode_t) -> c_int {
    creat(path, mode)
}

/// `posix_fadvise64`: musl 1.2.4+ has only `posix_fadvise`.
pub unsafe extern "C" fn posix_fadvise64(
    fd: c_int,
    offset: off64_t,
    len: off64_t,
    advice: c_int,
) -> c_int {
    posix_fadvise(fd, offset, len, advice)
}

/// `posix_fallocate64`: musl 1.2.4+ has only `posix_fallocate`.
pub unsafe extern "C" fn posix_fallocate64(fd: c_int, offset: off64_t, len: off64_t) -> c_int {
    posix_fallocate(fd, offset, len)
}

/// `fallocate64`: musl 1.2.4+ has only `fallocate`.
pub unsafe extern "C" fn fallocate64(
    fd: c_int,
    mode: c_int,
    offset: off64_t,
    len: off64_t,
) -> c_int {
    fallocate(fd, mode, offset, len)
}
