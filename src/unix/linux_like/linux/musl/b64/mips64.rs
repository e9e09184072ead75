//! musl 1.2.5 `arch/mips64/bits/*.h` and the kernel's `asm/unistd` for mips64.
