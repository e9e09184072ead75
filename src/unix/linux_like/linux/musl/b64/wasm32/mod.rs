//! wasm32-wali: the WebAssembly Linux Interface runs musl on the host's x86_64
//! kernel, seen through 4-byte pointers and an 8-byte `long`. WALI's
//! specification is this target's ground truth for struct layouts, type
//! sizes, system call numbers and import signatures (tests/wali/ holds the
//! crate to it).
//!
//! - x86_64's files, shared file for file, where WALI passes the x86_64
//!   kernel's layout or numbers through: `struct stat` and the `SYS_*` table
//!   (as the specification has them), `struct semid_ds` (not the generic
//!   layout), the packed `struct epoll_event` and the `<sys/ptrace.h>`
//!   requests.
//! - `wali.rs`: the system calls, as the host functions WALI imports.
//! - `signal.rs`: the generic signal values with x86_64's `SA_RESTORER` and
//!   signal stack sizes; no signal context, which is the host machine's.
//! - The generic headers, re-exported whole: among them `<bits/alltypes.h>`'s
//!   `wchar_t` (`int`, as clang has it for this target) and `max_align_t`
//!   (`long double` is 16 bytes aligned to 16 here too) and
//!   `<bits/stdint.h>`'s fast types (`int32_t` on every musl architecture),
//!   but not `<bits/posix.h>`'s programming environment: 4-byte pointers with
//!   an 8-byte `long` are neither LP64 nor ILP32.
//!
//! Where the specification and musl's generic headers differ, it wins
//! (`struct stat`, the `SYS_*` numbers; the pointer-sized members of
//! `stack_t`, `struct iovec`, `struct msghdr` and `struct sigaction` are 4
//! bytes, as the hub's C types give them here). Two differences are kept on
//! purpose: the specification types `mode_t`, `uid_t` and `gid_t` as `int`
//! where musl and the kernel have them `unsigned` (the same 4 bytes and wasm
//! `i32`), and it aligns the 128-byte `fd_set` and `cpu_set_t` to 1 where
//! musl's `unsigned long` arrays align them to 8 (which satisfies its 1).

// Every item here is at the crate root (the hub re-exports this module), and
// this module sees the whole crate.
use crate::*;

// The generic headers this architecture takes; a definition in its own
// files below shadows the generic one of the same name.
pub use super::generic::alltypes::*;
pub use super::generic::errno::*;
pub use super::generic::fcntl::*;
pub use super::generic::fenv::*;
pub use super::generic::ioctl::*;
pub use super::generic::ipc::*;
pub use super::generic::magic::*;
pub use super::generic::mman::*;
pub use super::generic::poll::*;
pub use super::generic::resource::*;
pub use super::generic::sched::*;
pub use super::generic::shm::*;
pub use super::generic::signal::*;
pub use super::generic::socket::*;
pub use super::generic::statfs_h::*;
pub use super::generic::stdint::*;
pub use super::generic::syscall_common::*;
pub use super::generic::termios_h::*;

include!("../x86_64/epoll.rs");
include!("../x86_64/ptrace.rs");
include!("../x86_64/sem.rs");
include!("signal.rs");
include!("../x86_64/stat.rs");
include!("../x86_64/syscall.rs");
include!("wali.rs");
