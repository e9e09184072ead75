//! musl 1.2.5 `arch/riscv64/bits/*.h` and the kernel's `asm/unistd` for riscv64.
