// `<sys/types.h>`: glibc's scalar types that musl's file spells otherwise,
// here in the published crate's spelling (glibc's `bits/typesizes.h` gives
// them as `long` and `unsigned long`, 64 bits on both targets).

pub type fsblkcnt_t = u64;
pub type fsfilcnt_t = u64;
pub type time_t = i64;
pub type suseconds_t = i64;
pub type clock_t = i64;
