//! The kernel's own headers, `<linux/*.h>`: one file per header, at the path
//! the header has under `linux/` (`<linux/netlink.h>` is `netlink.rs`), for
//! what musl's headers do not declare themselves.

mod auxvec;
mod close_range;
mod eventpoll;
mod falloc;
mod fcntl;
mod fs;
mod kexec;
mod membarrier;
mod memfd;
mod mempolicy;
mod mman;
mod module;
mod mount;
mod msg;
mod nsfs;
mod openat2;
mod pidfd;
mod posix_types;
mod prctl;
mod reboot;
mod sched;
mod securebits;
#[path = "stat.rs"]
mod stat_h;
mod uio;
mod version;

pub use self::auxvec::*;
pub use self::close_range::*;
pub use self::eventpoll::*;
pub use self::falloc::*;
pub use self::fcntl::*;
pub use self::fs::*;
pub use self::kexec::*;
pub use self::membarrier::*;
pub use self::memfd::*;
pub use self::mempolicy::*;
pub use self::mman::*;
pub use self::module::*;
pub use self::mount::*;
pub use self::msg::*;
pub use self::nsfs::*;
pub use self::openat2::*;
pub use self::pidfd::*;
pub use self::posix_types::*;
pub use self::prctl::*;
pub use self::reboot::*;
pub use self::sched::*;
pub use self::securebits::*;
pub use self::stat_h::*;
pub use self::uio::*;
pub use self::version::*;

mod musl;
pub use self::musl::*;
