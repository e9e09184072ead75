//! The kernel's own headers, `<linux/*.h>`: one file per header, at the path
//! the header has under `linux/` (`<linux/netlink.h>` is `netlink.rs`), for
//! what musl's headers do not declare themselves.

mod posix_types;

pub use self::posix_types::*;

mod musl;
pub use self::musl::*;
