//! The kernel's own headers, `<linux/*.h>`: one file per header, at the path
//! the header has under `linux/` (`<linux/netlink.h>` is `netlink.rs`), for
//! what musl's headers do not declare themselves.

mod auxvec;
mod bpf_common;
mod close_range;
mod eventpoll;
mod falloc;
mod fanotify;
mod fcntl;
mod filter;
mod fs;
mod futex;
mod input;
#[path = "input-event-codes.rs"]
mod input_event_codes;
mod ioprio;
mod kcmp;
mod kexec;
mod keyctl;
mod landlock;
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
mod ptp_clock;
mod reboot;
mod sched;
mod seccomp;
mod securebits;
#[path = "stat.rs"]
mod stat_h;
mod sysctl;
mod uinput;
mod uio;
mod version;

pub use self::auxvec::*;
pub use self::bpf_common::*;
pub use self::close_range::*;
pub use self::eventpoll::*;
pub use self::falloc::*;
pub use self::fanotify::*;
pub use self::fcntl::*;
pub use self::filter::*;
pub use self::fs::*;
pub use self::futex::*;
pub use self::input::*;
pub use self::input_event_codes::*;
pub use self::ioprio::*;
pub use self::kcmp::*;
pub use self::kexec::*;
pub use self::keyctl::*;
pub use self::landlock::*;
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
pub use self::ptp_clock::*;
pub use self::reboot::*;
pub use self::sched::*;
pub use self::seccomp::*;
pub use self::securebits::*;
pub use self::stat_h::*;
pub use self::sysctl::*;
pub use self::uinput::*;
pub use self::uio::*;
pub use self::version::*;

mod musl;
pub use self::musl::*;
