//! musl 1.2.5 `arch/loongarch64/bits/*.h` and the kernel's `asm/unistd` for loongarch64.
