//! aarch64: musl 1.2.5's `arch/aarch64/bits/*.h`, one file per header this
//! architecture defines for itself; the generic headers it keeps unchanged are
//! re-exported whole.

// Every item here is at the crate root (the hub re-exports this module), and
// this module sees the whole crate.
use crate::*;

// The generic headers this architecture takes; a definition in its own
// files below shadows the generic one of the same name.
pub use super::generic::alltypes::*;
pub use super::generic::epoll::*;
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
#[cfg(target_env = "musl")]
pub use super::generic::sem::*;
pub use super::generic::shm::*;
pub use super::generic::signal::*;
pub use super::generic::socket::*;
pub use super::generic::stat_h::*;
#[cfg(target_env = "musl")]
pub use super::generic::statfs_h::*;
#[cfg(target_env = "musl")]
pub use super::generic::stdint::*;
pub use super::generic::syscall::*;
pub use super::generic::syscall_common::*;
pub use super::generic::termios_h::*;

include!("alltypes.rs");
include!("fcntl.rs");
include!("fenv.rs");
include!("hwcap.rs");
include!("mman.rs");
include!("signal.rs");
include!("syscall.rs");
include!("user.rs");
