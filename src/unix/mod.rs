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

mod errno;
mod fcntl;
mod r#if;
mod r#in;
mod inet;
mod mman;
mod msg;
mod netdb;
mod pthread;
mod resource;
mod sched;
mod signal;
mod socket;
#[path = "stat.rs"]
mod stat_h;
mod stddef;
mod stdint;
mod stdlib;
mod string;
mod sys_time;
mod tcp;
mod time;
mod types;
mod uio;
mod un;
mod unistd;
#[path = "utsname.rs"]
mod utsname_h;

pub use self::errno::*;
pub use self::fcntl::*;
pub use self::inet::*;
pub use self::mman::*;
pub use self::msg::*;
pub use self::netdb::*;
pub use self::pthread::*;
pub use self::r#if::*;
pub use self::r#in::*;
pub use self::resource::*;
pub use self::sched::*;
pub use self::signal::*;
pub use self::socket::*;
pub use self::stat_h::*;
pub use self::stddef::*;
pub use self::stdint::*;
pub use self::stdlib::*;
pub use self::string::*;
pub use self::sys_time::*;
pub use self::tcp::*;
pub use self::time::*;
pub use self::types::*;
pub use self::uio::*;
pub use self::un::*;
pub use self::unistd::*;
pub use self::utsname_h::*;

mod linux_like;
pub use self::linux_like::*;
