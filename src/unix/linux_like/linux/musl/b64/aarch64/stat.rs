// `<bits/stat.h>`: the asm-generic `struct stat`, with `nlink_t` spelled as
// the published crate spells it on aarch64 (musl `arch/aarch64/bits/stat.h`).

pub type nlink_t = u32;
