// `<linux/falloc.h>`: `fallocate` modes beyond musl's `<fcntl.h>` (the
// kernel's `include/uapi/linux/falloc.h`).

pub const FALLOC_FL_COLLAPSE_RANGE: c_int = 0x08;
pub const FALLOC_FL_ZERO_RANGE: c_int = 0x10;
pub const FALLOC_FL_INSERT_RANGE: c_int = 0x20;
pub const FALLOC_FL_UNSHARE_RANGE: c_int = 0x40;
