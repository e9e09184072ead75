//! The Linux kernel ABI and API beyond POSIX, as musl's headers give them:
//! the kernel's values and layouts and the GNU, BSD and Linux functions musl
//! declares, the same on every supported architecture, one file per musl
//! header. A value that some architecture overrides is not here: it is in
//! the 64-bit hub's `generic` module.

mod errno;
mod ether;
mod ethernet;
mod fcntl;
mod r#if;
mod if_arp;
mod if_ether;
#[path = "ifaddrs.rs"]
mod ifaddrs_h;
mod r#in;
mod inet;
mod ioctl;
mod ip;
mod mman;
mod nameser;
mod netdb;
mod packet;
mod resolv;
mod resource;
mod route;
mod sched;
mod signal;
mod socket;
mod tcp;
mod time;
mod udp;
mod un;
mod unistd;
#[path = "utsname.rs"]
mod utsname_h;

pub use self::errno::*;
pub use self::ether::*;
pub use self::ethernet::*;
pub use self::fcntl::*;
pub use self::if_arp::*;
pub use self::if_ether::*;
pub use self::ifaddrs_h::*;
pub use self::inet::*;
pub use self::ioctl::*;
pub use self::ip::*;
pub use self::mman::*;
pub use self::nameser::*;
pub use self::netdb::*;
pub use self::packet::*;
pub use self::r#if::*;
pub use self::r#in::*;
pub use self::resolv::*;
pub use self::resource::*;
pub use self::route::*;
pub use self::sched::*;
pub use self::signal::*;
pub use self::socket::*;
pub use self::tcp::*;
pub use self::time::*;
pub use self::udp::*;
pub use self::un::*;
pub use self::unistd::*;
pub use self::utsname_h::*;

mod linux;
pub use self::linux::*;
