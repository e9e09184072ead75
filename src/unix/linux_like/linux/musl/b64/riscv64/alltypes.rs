// `<bits/alltypes.h>`: `wchar_t` is `int` here too, spelled as the published
// crate spells it on riscv64 (musl `arch/riscv64/bits/alltypes.h.in`).

/// C's plain `char` is unsigned here (the RISC-V ELF psABI).
pub type c_char = u8;

pub type wchar_t = c_int;
