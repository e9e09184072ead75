//! musl's own choices: the layouts and values musl 1.2.5 gives where glibc
//! or the kernel would differ, one file per musl header.

mod aio;
#[path = "dirent.rs"]
mod dirent_h;
mod errno;
mod fcntl;
mod mman;
mod resource;
mod sendfile;
mod signal;
#[path = "stat.rs"]
mod stat_h;
#[path = "statfs.rs"]
mod statfs_h;
#[path = "statvfs.rs"]
mod statvfs_h;
mod stdio;
mod stdlib;
mod types;
mod uio;
mod unistd;
#[path = "utmpx.rs"]
mod utmpx_h;

pub use self::aio::*;
pub use self::dirent_h::*;
pub use self::errno::*;
pub use self::fcntl::*;
pub use self::mman::*;
pub use self::resource::*;
pub use self::sendfile::*;
pub use self::signal::*;
pub use self::stat_h::*;
pub use self::statfs_h::*;
pub use self::statvfs_h::*;
pub use self::stdio::*;
pub use self::stdlib::*;
pub use self::types::*;
pub use self::uio::*;
pub use self::unistd::*;
pub use self::utmpx_h::*;

mod b64;
pub use self::b64::*;
