//! musl's own choices: the layouts and values musl 1.2.5 gives where glibc
//! or the kernel would differ, one file per musl header.

mod errno;
mod resource;
mod signal;

pub use self::errno::*;
pub use self::resource::*;
pub use self::signal::*;

mod b64;
pub use self::b64::*;
