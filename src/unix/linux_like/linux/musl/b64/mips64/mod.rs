//! mips64 (n64 ABI, big and little endian): musl 1.2.5's `arch/mips64/bits/*.h`,
//! one file per header this architecture defines for itself; the generic headers
//! it keeps unchanged are re-exported whole.

pub use super::generic::alltypes::*;
pub use super::generic::epoll::*;
pub use super::generic::magic::*;
pub use super::generic::sched::*;
pub use super::generic::sem::*;
pub use super::generic::shm::*;
pub use super::generic::stdint::*;

mod cachectl;
mod errno;
mod fcntl;
mod fenv;
mod ioctl;
mod ipc;
mod mman;
mod poll;
mod posix;
mod ptrace;
mod reg;
mod resource;
mod signal;
mod socket;
#[path = "stat.rs"]
mod stat_h;
#[path = "statfs.rs"]
mod statfs_h;
mod syscall;
#[path = "termios.rs"]
mod termios_h;
#[path = "user.rs"]
mod user_h;

pub use self::cachectl::*;
pub use self::errno::*;
pub use self::fcntl::*;
pub use self::fenv::*;
pub use self::ioctl::*;
pub use self::ipc::*;
pub use self::mman::*;
pub use self::poll::*;
pub use self::posix::*;
pub use self::ptrace::*;
pub use self::reg::*;
pub use self::resource::*;
pub use self::signal::*;
pub use self::socket::*;
pub use self::stat_h::*;
pub use self::statfs_h::*;
pub use self::syscall::*;
pub use self::termios_h::*;
pub use self::user_h::*;
