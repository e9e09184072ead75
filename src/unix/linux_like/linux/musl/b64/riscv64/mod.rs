//! riscv64: musl 1.2.5's `arch/riscv64/bits/*.h`, one file per header this
//! architecture defines for itself; the generic headers it keeps unchanged are
//! re-exported whole.

pub use super::generic::epoll::*;
pub use super::generic::errno::*;
pub use super::generic::fcntl::*;
pub use super::generic::ioctl::*;
pub use super::generic::magic::*;
pub use super::generic::mman::*;
pub use super::generic::poll::*;
pub use super::generic::posix::*;
pub use super::generic::resource::*;
pub use super::generic::sched::*;
pub use super::generic::sem::*;
pub use super::generic::shm::*;
pub use super::generic::socket::*;
pub use super::generic::stat_h::*;
pub use super::generic::statfs_h::*;
pub use super::generic::stdint::*;
pub use super::generic::termios_h::*;

mod alltypes;
mod fenv;
mod ipc;
mod signal;
mod syscall;
#[path = "user.rs"]
mod user_h;

pub use self::alltypes::*;
pub use self::fenv::*;
pub use self::ipc::*;
pub use self::signal::*;
pub use self::syscall::*;
pub use self::user_h::*;
