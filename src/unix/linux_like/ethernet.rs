// `<net/ethernet.h>`: `struct ether_addr`, which the `ether_*` conversions
// of `<netinet/ether.h>` take (musl `include/net/ethernet.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ether_addr {
    pub ether_addr_octet: [u8; ETH_ALEN as usize],
}
