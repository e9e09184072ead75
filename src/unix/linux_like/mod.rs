//! The Linux kernel ABI and API beyond POSIX, as musl's headers give them:
//! the kernel's values and layouts and the GNU, BSD and Linux functions musl
//! declares, the same on every supported architecture, one file per musl
//! header. A value that some architecture overrides is not here: it is in
//! the 64-bit hub's `generic` module.

#[path = "acct.rs"]
mod acct_h;
mod assert;
mod auxv;
mod crypt;
#[path = "dirent.rs"]
mod dirent_h;
mod dlfcn;
mod elf;
mod epoll;
mod err;
mod errno;
mod ether;
mod ethernet;
mod eventfd;
mod fanotify;
mod fcntl;
mod file;
mod fsuid;
mod getopt;
mod grp;
mod r#if;
mod if_arp;
mod if_ether;
#[path = "ifaddrs.rs"]
mod ifaddrs_h;
mod r#in;
mod inet;
mod inotify;
mod ioctl;
mod ip;
mod klog;
mod langinfo;
mod libintl;
mod link;
mod malloc;
mod membarrier;
mod mman;
#[path = "mntent.rs"]
mod mntent_h;
mod mount;
mod msg;
mod nameser;
mod netdb;
mod packet;
mod paths;
mod personality;
mod poll;
mod prctl;
mod pthread;
mod ptrace;
mod pty;
mod pwd;
mod quota;
mod random;
mod reboot;
mod resolv;
mod resource;
mod route;
mod sched;
mod search;
mod sem;
mod sendfile;
mod shadow;
mod signal;
mod signalfd;
mod socket;
mod spawn;
#[path = "stat.rs"]
mod stat_h;
#[path = "statfs.rs"]
mod statfs_h;
mod stdio;
mod stdio_ext;
mod stdlib;
mod string;
mod strings;
mod swap;
mod sys_time;
#[path = "sysinfo.rs"]
mod sysinfo_h;
mod sysmacros;
mod tcp;
#[path = "termios.rs"]
mod termios_h;
mod time;
#[path = "timeb.rs"]
mod timeb_h;
mod timerfd;
#[path = "timex.rs"]
mod timex_h;
mod udp;
mod uio;
mod un;
mod unistd;
mod utmp;
#[path = "utmpx.rs"]
mod utmpx_h;
#[path = "utsname.rs"]
mod utsname_h;
mod wait;
mod wchar;
mod xattr;

pub use self::acct_h::*;
pub use self::assert::*;
pub use self::auxv::*;
pub use self::crypt::*;
pub use self::dirent_h::*;
pub use self::dlfcn::*;
pub use self::elf::*;
pub use self::epoll::*;
pub use self::err::*;
pub use self::errno::*;
pub use self::ether::*;
pub use self::ethernet::*;
pub use self::eventfd::*;
pub use self::fanotify::*;
pub use self::fcntl::*;
pub use self::file::*;
pub use self::fsuid::*;
pub use self::getopt::*;
pub use self::grp::*;
pub use self::if_arp::*;
pub use self::if_ether::*;
pub use self::ifaddrs_h::*;
pub use self::inet::*;
pub use self::inotify::*;
pub use self::ioctl::*;
pub use self::ip::*;
pub use self::klog::*;
pub use self::langinfo::*;
pub use self::libintl::*;
pub use self::link::*;
pub use self::malloc::*;
pub use self::membarrier::*;
pub use self::mman::*;
pub use self::mntent_h::*;
pub use self::mount::*;
pub use self::msg::*;
pub use self::nameser::*;
pub use self::netdb::*;
pub use self::packet::*;
pub use self::paths::*;
pub use self::personality::*;
pub use self::poll::*;
pub use self::prctl::*;
pub use self::pthread::*;
pub use self::ptrace::*;
pub use self::pty::*;
pub use self::pwd::*;
pub use self::quota::*;
pub use self::r#if::*;
pub use self::r#in::*;
pub use self::random::*;
pub use self::reboot::*;
pub use self::resolv::*;
pub use self::resource::*;
pub use self::route::*;
pub use self::sched::*;
pub use self::search::*;
pub use self::sem::*;
pub use self::sendfile::*;
pub use self::shadow::*;
pub use self::signal::*;
pub use self::signalfd::*;
pub use self::socket::*;
pub use self::spawn::*;
pub use self::stat_h::*;
pub use self::statfs_h::*;
pub use self::stdio::*;
pub use self::stdio_ext::*;
pub use self::stdlib::*;
pub use self::string::*;
pub use self::strings::*;
pub use self::swap::*;
pub use self::sys_time::*;
pub use self::sysinfo_h::*;
pub use self::sysmacros::*;
pub use self::tcp::*;
pub use self::termios_h::*;
pub use self::time::*;
pub use self::timeb_h::*;
pub use self::timerfd::*;
pub use self::timex_h::*;
pub use self::udp::*;
pub use self::uio::*;
pub use self::un::*;
pub use self::unistd::*;
pub use self::utmp::*;
pub use self::utmpx_h::*;
pub use self::utsname_h::*;
pub use self::wait::*;
pub use self::wchar::*;
pub use self::xattr::*;

mod linux;
pub use self::linux::*;
