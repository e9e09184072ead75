//! x86_64: musl 1.2.5's `arch/x86_64/bits/*.h`, one file per header this
//! architecture defines for itself; the generic headers it keeps unchanged are
//! re-exported whole. wasm32-wali shares `ptrace.rs`, `sem.rs`, `stat.rs`
//! and `syscall.rs`.

pub use super::generic::alltypes::*;
pub use super::generic::errno::*;
pub use super::generic::fcntl::*;
pub use super::generic::ioctl::*;
pub use super::generic::ipc::*;
pub use super::generic::magic::*;
pub use super::generic::poll::*;
pub use super::generic::posix::*;
pub use super::generic::resource::*;
pub use super::generic::sched::*;
pub use super::generic::shm::*;
pub use super::generic::socket::*;
pub use super::generic::statfs_h::*;
pub use super::generic::stdint::*;
pub use super::generic::termios_h::*;

mod epoll;
mod fenv;
mod io;
mod mman;
mod ptrace;
mod reg;
mod sem;
mod signal;
#[path = "stat.rs"]
mod stat_h;
mod syscall;
#[path = "user.rs"]
mod user_h;

pub use self::epoll::*;
pub use self::fenv::*;
pub use self::io::*;
pub use self::mman::*;
pub use self::ptrace::*;
pub use self::reg::*;
pub use self::sem::*;
pub use self::signal::*;
pub use self::stat_h::*;
pub use self::syscall::*;
pub use self::user_h::*;
