// The kernel's `asm-generic/` headers, for what musl's own headers leave
// out: one file per header (`<asm-generic/socket.h>` is `socket.rs`,
// `<asm-generic/int-ll64.h>` is `int_ll64.rs`).

include!("hugetlb_encode.rs");
include!("int_ll64.rs");
include!("socket.rs");
