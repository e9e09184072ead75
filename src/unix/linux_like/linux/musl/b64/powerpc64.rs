//! musl 1.2.5 `arch/powerpc64/bits/*.h` and the kernel's `asm/unistd` for powerpc64.
