// `<bits/mman.h>`: mips64's mapping flags; musl also leaves `MAP_SYNC` and
// `MADV_SOFT_OFFLINE` undefined here (musl `arch/mips64/bits/mman.h`).

pub const MAP_ANON: c_int = 0x800;
pub const MAP_NORESERVE: c_int = 0x0400;
pub const MAP_GROWSDOWN: c_int = 0x1000;
pub const MAP_DENYWRITE: c_int = 0x2000;
pub const MAP_EXECUTABLE: c_int = 0x4000;
pub const MAP_LOCKED: c_int = 0x8000;
pub const MAP_POPULATE: c_int = 0x10000;
pub const MAP_NONBLOCK: c_int = 0x20000;
pub const MAP_STACK: c_int = 0x40000;
pub const MAP_HUGETLB: c_int = 0x80000;

pub const MCL_CURRENT: c_int = 1;
pub const MCL_FUTURE: c_int = 2;
pub const MCL_ONFAULT: c_int = 4;
