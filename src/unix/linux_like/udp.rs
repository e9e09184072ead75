// `<netinet/udp.h>`: the `UDP_*` socket options (musl `include/netinet/udp.h`).

pub const UDP_CORK: c_int = 1;
pub const UDP_ENCAP: c_int = 100;
pub const UDP_NO_CHECK6_TX: c_int = 101;
pub const UDP_NO_CHECK6_RX: c_int = 102;
pub const UDP_SEGMENT: c_int = 103;
pub const UDP_GRO: c_int = 104;
pub const SOL_UDP: c_int = 17;

// `UDP_ENCAP`'s encapsulation types.
pub const UDP_ENCAP_ESPINUDP_NON_IKE: c_int = 1;
pub const UDP_ENCAP_ESPINUDP: c_int = 2;
pub const UDP_ENCAP_L2TPINUDP: c_int = 3;
pub const UDP_ENCAP_GTP0: c_int = 4;
pub const UDP_ENCAP_GTP1U: c_int = 5;
#[cfg(target_env = "musl")]
pub const UDP_ENCAP_RXRPC: c_int = 6;
#[cfg(target_env = "musl")]
pub const TCP_ENCAP_ESPINTCP: c_int = 7;
