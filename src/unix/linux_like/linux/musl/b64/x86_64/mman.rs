// `<bits/mman.h>`: x86_64's own mapping flag (musl `arch/x86_64/bits/mman.h`).

pub const MAP_32BIT: c_int = 0x40;
