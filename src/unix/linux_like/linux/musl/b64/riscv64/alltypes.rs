// `<bits/alltypes.h>`: what riscv64 changes in it (musl
// `arch/riscv64/bits/alltypes.h.in`); its `wchar_t` is the generic `int`.

/// C's plain `char` is unsigned here (the RISC-V ELF psABI).
pub type c_char = u8;
