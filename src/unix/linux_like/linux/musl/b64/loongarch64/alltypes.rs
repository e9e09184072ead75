// `<bits/alltypes.h>`: `wchar_t` is `int` here too, spelled as the published
// crate spells it on loongarch64 (musl `arch/loongarch64/bits/alltypes.h.in`).

pub type wchar_t = c_int;
