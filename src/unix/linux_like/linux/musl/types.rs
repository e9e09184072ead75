// `<sys/types.h>`: musl's large-file type names (musl `include/sys/types.h`
// and the headers that repeat them).

// musl's large-file names (`#define off64_t off_t` and so on under
// `_LARGEFILE64_SOURCE`), spelled as the published crate spells them.
pub type off64_t = i64;
pub type ino64_t = u64;
pub type blkcnt64_t = i64;
pub type fsblkcnt64_t = c_ulonglong;
pub type fsfilcnt64_t = c_ulonglong;
