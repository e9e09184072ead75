//! wasm32-wali: the WebAssembly Linux Interface runs musl over the host
//! kernel with x86_64's system call numbers and x86_64's `struct stat`
//! (WALI's own ABI description), seen through 4-byte pointers and an
//! 8-byte `long`. Both are shared with the x86_64 module, file for file.

#[path = "x86_64/bits_stat.rs"]
mod bits_stat;
pub use self::bits_stat::*;
#[path = "x86_64/syscalls.rs"]
mod syscalls;
pub use self::syscalls::*;
