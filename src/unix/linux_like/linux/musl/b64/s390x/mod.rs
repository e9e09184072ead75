//! s390x: musl 1.2.5's `arch/s390x/bits/*.h`, one file per header this
//! architecture defines for itself; the generic headers it keeps unchanged are
//! re-exported whole.

pub use super::generic::epoll::*;
pub use super::generic::errno::*;
pub use super::generic::ipc::*;
pub use super::generic::mman::*;
pub use super::generic::poll::*;
pub use super::generic::posix::*;
pub use super::generic::resource::*;
pub use super::generic::sched::*;
pub use super::generic::sem::*;
pub use super::generic::shm::*;
pub use super::generic::socket::*;
pub use super::generic::stdint::*;

mod alltypes;
mod fcntl;
mod fenv;
mod ioctl;
mod magic;
mod ptrace;
mod signal;
#[path = "stat.rs"]
mod stat_h;
#[path = "statfs.rs"]
mod statfs_h;
mod syscall;
#[path = "termios.rs"]
mod termios_h;
#[path = "user.rs"]
mod user_h;

pub use self::alltypes::*;
pub use self::fcntl::*;
pub use self::fenv::*;
pub use self::ioctl::*;
pub use self::magic::*;
pub use self::ptrace::*;
pub use self::signal::*;
pub use self::stat_h::*;
pub use self::statfs_h::*;
pub use self::syscall::*;
pub use self::termios_h::*;
pub use self::user_h::*;
