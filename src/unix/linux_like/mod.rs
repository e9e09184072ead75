//! The Linux kernel ABI as every architecture sees it: the values and
//! layouts of `<asm-generic/*.h>` and `<linux/*.h>` that musl passes
//! through unchanged and that are the same on every supported target.

mod linux;
pub use self::linux::*;
