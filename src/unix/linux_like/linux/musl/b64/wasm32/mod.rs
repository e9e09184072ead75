//! wasm32-wali: the WebAssembly Linux Interface runs musl over the host
//! kernel with x86_64's system call numbers and x86_64's `struct stat`
//! (WALI's own ABI description), seen through 4-byte pointers and an 8-byte
//! `long`. Those two files are x86_64's, shared file for file; the generic
//! headers are re-exported whole.

pub use super::generic::errno::*;
pub use super::generic::fcntl::*;
pub use super::generic::ipc::*;
pub use super::generic::mman::*;
pub use super::generic::resource::*;
pub use super::generic::sem::*;
pub use super::generic::shm::*;
pub use super::generic::socket::*;

mod signal;
#[path = "../x86_64/stat.rs"]
mod stat_h;
#[path = "../x86_64/syscall.rs"]
mod syscall;

pub use self::signal::*;
pub use self::stat_h::*;
pub use self::syscall::*;
