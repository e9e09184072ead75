//! x86_64: musl 1.2.5's `arch/x86_64/bits/*.h`, one file per header this
//! architecture defines for itself; the generic headers it keeps unchanged are
//! re-exported whole. wasm32-wali shares `ptrace.rs`, `sem.rs`, `stat.rs`
//! and `syscall.rs`.

// Every item here is at the crate root (the hub re-exports this module), and
// this module sees the whole crate.
use crate::*;

// The generic headers this architecture takes; a definition in its own
// files below shadows the generic one of the same name.
pub use super::generic::alltypes::*;
pub use super::generic::errno::*;
pub use super::generic::fcntl::*;
pub use super::generic::ioctl::*;
#[cfg(target_env = "musl")]
pub use super::generic::ipc::*;
pub use super::generic::magic::*;
pub use super::generic::mman::*;
pub use super::generic::poll::*;
pub use super::generic::posix::*;
pub use super::generic::resource::*;
#[cfg(target_env = "musl")]
pub use super::generic::sched::*;
pub use super::generic::shm::*;
pub use super::generic::signal::*;
pub use super::generic::socket::*;
#[cfg(target_env = "musl")]
pub use super::generic::statfs_h::*;
#[cfg(target_env = "musl")]
pub use super::generic::stdint::*;
pub use super::generic::syscall_common::*;
pub use super::generic::termios_h::*;

include!("epoll.rs");
include!("fenv.rs");
include!("io.rs");
include!("mman.rs");
include!("ptrace.rs");
include!("reg.rs");
include!("sem.rs");
include!("signal.rs");
include!("stat.rs");
include!("syscall.rs");
include!("user.rs");
