// `<elf.h>`: glibc's `ELFOSABI_ARM_AEABI`, the ABI byte of ARM EABI objects
// (glibc `elf/elf.h`).

pub const ELFOSABI_ARM_AEABI: u8 = 64;
