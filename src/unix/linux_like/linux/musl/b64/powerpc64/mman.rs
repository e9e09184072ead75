// `<bits/mman.h>`: powerpc64's own protection and renumbered mapping flags
// (musl `arch/powerpc64/bits/mman.h`).

pub const PROT_SAO: c_int = 0x10;
pub const MAP_NORESERVE: c_int = 0x40;
pub const MAP_LOCKED: c_int = 0x80;

pub const MCL_CURRENT: c_int = 0x2000;
pub const MCL_FUTURE: c_int = 0x4000;
pub const MCL_ONFAULT: c_int = 0x8000;
