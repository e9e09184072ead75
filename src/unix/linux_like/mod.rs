//! The Linux kernel ABI and API beyond POSIX, as musl's headers give them:
//! the kernel's values and layouts and the GNU, BSD and Linux functions musl
//! declares, the same on every supported architecture, one file per musl
//! header. A value that some architecture overrides is not here: it is in
//! the 64-bit hub's `generic` module.

mod acct;
mod elf;
mod epoll;
mod errno;
mod eventfd;
mod fanotify;
mod fcntl;
mod fsuid;
mod inotify;
mod ioctl;
mod klog;
mod link;
mod membarrier;
mod mman;
mod mount;
mod personality;
mod prctl;
mod ptrace;
mod quota;
mod reboot;
mod resource;
mod sched;
mod signal;
mod signalfd;
#[path = "stat.rs"]
mod stat_h;
mod swap;
mod time;
mod timerfd;
#[path = "timex.rs"]
mod timex_h;
mod unistd;
#[path = "utsname.rs"]
mod utsname_h;

pub use self::acct::*;
pub use self::elf::*;
pub use self::epoll::*;
pub use self::errno::*;
pub use self::eventfd::*;
pub use self::fanotify::*;
pub use self::fcntl::*;
pub use self::fsuid::*;
pub use self::inotify::*;
pub use self::ioctl::*;
pub use self::klog::*;
pub use self::link::*;
pub use self::membarrier::*;
pub use self::mman::*;
pub use self::mount::*;
pub use self::personality::*;
pub use self::prctl::*;
pub use self::ptrace::*;
pub use self::quota::*;
pub use self::reboot::*;
pub use self::resource::*;
pub use self::sched::*;
pub use self::signal::*;
pub use self::signalfd::*;
pub use self::stat_h::*;
pub use self::swap::*;
pub use self::time::*;
pub use self::timerfd::*;
pub use self::timex_h::*;
pub use self::unistd::*;
pub use self::utsname_h::*;

mod linux;
pub use self::linux::*;
