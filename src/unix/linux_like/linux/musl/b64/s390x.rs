//! musl 1.2.5 `arch/s390x/bits/*.h` and the kernel's `asm/unistd` for s390x.
