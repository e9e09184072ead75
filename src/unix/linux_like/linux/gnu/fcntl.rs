// `<fcntl.h>`: glibc's `O_ACCMODE` (musl's also has `O_SEARCH`, which glibc
// lacks), and `O_LARGEFILE`, which is 0 where `off_t` is already 64 bits
// (glibc `bits/fcntl-linux.h`, `__O_LARGEFILE` for `__WORDSIZE == 64`), and
// BSD's `O_FSYNC`, glibc's other name for `O_SYNC`; `readahead` and
// `sync_file_range`, which glibc declares over `__off64_t`.

pub const O_ACCMODE: c_int = 0o3;
pub const O_FSYNC: c_int = O_SYNC;
pub const O_LARGEFILE: c_int = 0;

extern "C" {
    pub fn readahead(fd: c_int, offset: off64_t, count: size_t) -> ssize_t;
    pub fn sync_file_range(fd: c_int, offset: off64_t, count: off64_t, flags: c_uint) -> c_int;
}
