//! The Linux kernel ABI and API beyond POSIX, as musl's headers give them:
//! the kernel's values and layouts and the GNU, BSD and Linux functions musl
//! declares, the same on every supported architecture, one file per musl
//! header. A value that some architecture overrides is not here: it is in
//! the 64-bit hub's `generic` module.

mod elf;
mod epoll;
mod errno;
mod eventfd;
mod fcntl;
mod inotify;
mod ioctl;
mod link;
mod mman;
mod resource;
mod sched;
mod signal;
mod signalfd;
mod time;
mod timerfd;
mod unistd;
#[path = "utsname.rs"]
mod utsname_h;

pub use self::elf::*;
pub use self::epoll::*;
pub use self::errno::*;
pub use self::eventfd::*;
pub use self::fcntl::*;
pub use self::inotify::*;
pub use self::ioctl::*;
pub use self::link::*;
pub use self::mman::*;
pub use self::resource::*;
pub use self::sched::*;
pub use self::signal::*;
pub use self::signalfd::*;
pub use self::time::*;
pub use self::timerfd::*;
pub use self::unistd::*;
pub use self::utsname_h::*;

mod linux;
pub use self::linux::*;
