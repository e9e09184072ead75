// musl: what musl lays out for itself. Its choices for a standard header
// (`struct sigaction`, `struct utmpx`, the large-file names) live in that
// header's file in `unix/` or `linux_like/`; what differs by word size and
// architecture is the 64-bit hub's.

include!("b64/mod.rs");
