// `<linux/if_ether.h>`: the kernel's Ethernet frame header (the kernel's
// `include/uapi/linux/if_ether.h`); its `ETH_*` values are musl's
// `<netinet/if_ether.h>`, in `if_ether.rs` of the layer above.

/// The kernel's `struct ethhdr`, packed (14 bytes, alignment 1), as glibc's
/// `<netinet/if_ether.h>` takes it. musl's `<netinet/if_ether.h>` sets
/// `__UAPI_DEF_ETHHDR` to 0, which hides this one, and defines its own.
#[cfg(target_env = "gnu")]
#[repr(C, packed)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ethhdr {
    pub h_dest: [c_uchar; 6],
    pub h_source: [c_uchar; 6],
    pub h_proto: __be16,
}
