// `<bits/mman.h>`: aarch64's branch-target and memory-tagging protections
// (musl `arch/aarch64/bits/mman.h`).

pub const PROT_BTI: c_int = 0x10;
pub const PROT_MTE: c_int = 0x20;
