//! The kernel's own headers, `<linux/*.h>`: one file per header, at the path
//! the header has under `linux/` (`<linux/netlink.h>` is `netlink.rs`), for
//! what musl's headers do not declare themselves.

mod asm_generic;
mod errqueue;
mod genetlink;
mod r#if;
mod if_addr;
mod if_alg;
mod if_link;
mod if_packet;
mod if_xdp;
mod in6;
mod ipv6;
mod neighbour;
mod net_tstamp;
mod netlink;
mod rtnetlink;
mod sctp;
mod sock_diag;
mod sockios;
mod tls;
mod vm_sockets;

pub use self::asm_generic::*;
pub use self::errqueue::*;
pub use self::genetlink::*;
pub use self::if_addr::*;
pub use self::if_alg::*;
pub use self::if_link::*;
pub use self::if_packet::*;
pub use self::if_xdp::*;
pub use self::in6::*;
pub use self::ipv6::*;
pub use self::neighbour::*;
pub use self::net_tstamp::*;
pub use self::netlink::*;
pub use self::r#if::*;
pub use self::rtnetlink::*;
pub use self::sctp::*;
pub use self::sock_diag::*;
pub use self::sockios::*;
pub use self::tls::*;
pub use self::vm_sockets::*;

mod musl;
pub use self::musl::*;
