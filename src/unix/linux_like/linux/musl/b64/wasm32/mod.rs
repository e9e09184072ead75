//! wasm32-wali: the WebAssembly Linux Interface runs musl over the host
//! kernel with x86_64's system call numbers and x86_64's `struct stat`
//! (WALI's specification), seen through 4-byte pointers and an 8-byte
//! `long`. Those two files are x86_64's, shared file for file; `wali.rs`
//! holds the system calls as the host functions WALI imports; the generic
//! headers are re-exported whole.
//!
//! WALI's specification is this target's ground truth for layouts, type
//! sizes, system call numbers and import signatures
//! (tests/wali/layout_check.py holds the crate to it). Where it differs from
//! musl's generic headers, it wins: `struct stat` and the `SYS_*` numbers are
//! x86_64's, and the pointer-sized members of `stack_t`, `struct iovec`,
//! `struct msghdr` and `struct sigaction` are 4 bytes, as the hub's C types
//! give them here. Two differences are kept on purpose: the specification
//! types `mode_t`, `uid_t` and `gid_t` as `int` where musl and the kernel
//! have them `unsigned` (the same 4 bytes and wasm `i32`), and it aligns the
//! 128-byte `fd_set` and `cpu_set_t` to 1 where musl's `unsigned long` arrays
//! align them to 8 (which satisfies the specification's).

pub use super::generic::errno::*;
pub use super::generic::fcntl::*;
pub use super::generic::ipc::*;
pub use super::generic::mman::*;
pub use super::generic::resource::*;
pub use super::generic::sem::*;
pub use super::generic::shm::*;

mod signal;
#[path = "../x86_64/stat.rs"]
mod stat_h;
#[path = "../x86_64/syscall.rs"]
mod syscall;
mod wali;

pub use self::signal::*;
pub use self::stat_h::*;
pub use self::syscall::*;
pub use self::wali::*;
