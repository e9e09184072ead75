//! musl 1.2.5 `arch/aarch64/bits/*.h` and the kernel's `asm/unistd` for aarch64.
