//! POSIX: the items of the POSIX headers that are the same on every supported
//! target, one file per header. A POSIX value that some architecture's musl
//! `arch/<arch>/bits/*.h` overrides is not here: it is in the 64-bit hub's
//! `generic` module, which each architecture module takes or overrides.

use cfg_if::cfg_if;

// musl is linked as `libc`; inside Rust's std build, the static/dynamic
// choice follows `crt-static` as std's own musl targets expect.
cfg_if! {
    if #[cfg(feature = "rustc-dep-of-std")] {
        #[link(
            name = "c",
            kind = "static",
            modifiers = "-bundle",
            cfg(target_feature = "crt-static")
        )]
        #[link(name = "c", cfg(not(target_feature = "crt-static")))]
        extern "C" {}
    } else {
        #[link(name = "c")]
        extern "C" {}
    }
}

mod aio;
mod ctype;
#[path = "dirent.rs"]
mod dirent_h;
mod dlfcn;
mod errno;
mod fcntl;
mod fenv;
mod fmtmsg;
mod fnmatch;
mod ftw;
mod getopt;
mod glob;
mod grp;
mod iconv;
mod r#if;
mod r#in;
mod inet;
mod inttypes;
mod ipc;
mod langinfo;
mod libgen;
mod limits;
mod locale;
mod mman;
mod monetary;
mod mqueue;
mod msg;
mod netdb;
mod nl_types;
mod poll;
mod pthread;
mod pwd;
mod regex;
mod resource;
mod sched;
mod search;
mod select;
mod sem;
mod semaphore;
mod shm;
mod signal;
mod socket;
mod spawn;
#[path = "stat.rs"]
mod stat_h;
#[path = "statvfs.rs"]
mod statvfs_h;
mod stddef;
mod stdint;
mod stdio;
mod stdlib;
mod string;
mod strings;
mod sys_time;
mod syslog;
mod tcp;
#[path = "termios.rs"]
mod termios_h;
mod threads;
mod time;
mod times;
mod types;
mod uchar;
mod uio;
mod ulimit;
mod un;
mod unistd;
mod utime;
#[path = "utmpx.rs"]
mod utmpx_h;
#[path = "utsname.rs"]
mod utsname_h;
mod wait;
mod wchar;
mod wctype;
mod wordexp;

pub use self::aio::*;
pub use self::ctype::*;
pub use self::dirent_h::*;
pub use self::dlfcn::*;
pub use self::errno::*;
pub use self::fcntl::*;
pub use self::fenv::*;
pub use self::fmtmsg::*;
pub use self::fnmatch::*;
pub use self::ftw::*;
pub use self::getopt::*;
pub use self::glob::*;
pub use self::grp::*;
pub use self::iconv::*;
pub use self::inet::*;
pub use self::inttypes::*;
pub use self::ipc::*;
pub use self::langinfo::*;
pub use self::libgen::*;
pub use self::limits::*;
pub use self::locale::*;
pub use self::mman::*;
pub use self::monetary::*;
pub use self::mqueue::*;
pub use self::msg::*;
pub use self::netdb::*;
pub use self::nl_types::*;
pub use self::poll::*;
pub use self::pthread::*;
pub use self::pwd::*;
pub use self::r#if::*;
pub use self::r#in::*;
pub use self::regex::*;
pub use self::resource::*;
pub use self::sched::*;
pub use self::search::*;
pub use self::select::*;
pub use self::sem::*;
pub use self::semaphore::*;
pub use self::shm::*;
pub use self::signal::*;
pub use self::socket::*;
pub use self::spawn::*;
pub use self::stat_h::*;
pub use self::statvfs_h::*;
pub use self::stddef::*;
pub use self::stdint::*;
pub use self::stdio::*;
pub use self::stdlib::*;
pub use self::string::*;
pub use self::strings::*;
pub use self::sys_time::*;
pub use self::syslog::*;
pub use self::tcp::*;
pub use self::termios_h::*;
pub use self::threads::*;
pub use self::time::*;
pub use self::times::*;
pub use self::types::*;
pub use self::uchar::*;
pub use self::uio::*;
pub use self::ulimit::*;
pub use self::un::*;
pub use self::unistd::*;
pub use self::utime::*;
pub use self::utmpx_h::*;
pub use self::utsname_h::*;
pub use self::wait::*;
pub use self::wchar::*;
pub use self::wctype::*;
pub use self::wordexp::*;

mod linux_like;
pub use self::linux_like::*;
