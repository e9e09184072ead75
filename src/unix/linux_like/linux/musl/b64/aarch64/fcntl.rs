// `<bits/fcntl.h>`: aarch64 swaps the directory and large-file bits with
// `O_DIRECT` (musl `arch/aarch64/bits/fcntl.h`).

pub const O_DIRECTORY: c_int = 0o40000;
pub const O_NOFOLLOW: c_int = 0o100000;
pub const O_DIRECT: c_int = 0o200000;
#[cfg(target_env = "musl")]
pub const O_LARGEFILE: c_int = 0o400000;
pub const O_TMPFILE: c_int = 0o20040000;
