// `<stddef.h>`: `size_t` and `ptrdiff_t` (musl `include/alltypes.h.in`).

pub type size_t = usize;
pub type ptrdiff_t = isize;
