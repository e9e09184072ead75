// `<elf.h>`: the one value glibc's `<elf.h>` has beyond musl's (glibc
// `elf/elf.h`); the rest of the header is `elf.rs` of the Linux layer.

pub const ELFOSABI_ARM_AEABI: u8 = 64;
