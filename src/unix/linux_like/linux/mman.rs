//! `<linux/mman.h>`: `mmap` flags newer than musl's `<sys/mman.h>` (the
//! kernel's `include/uapi/linux/mman.h`).

use crate::c_int;

pub const MAP_DROPPABLE: c_int = 0x08;
