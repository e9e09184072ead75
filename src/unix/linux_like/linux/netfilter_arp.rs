// `<linux/netfilter_arp.h>`: ARP's netfilter hooks (kernel
// `include/uapi/linux/netfilter_arp.h`).

pub const NF_ARP: c_int = 0;

pub const NF_ARP_IN: c_int = 0;
pub const NF_ARP_OUT: c_int = 1;
pub const NF_ARP_FORWARD: c_int = 2;
pub const NF_ARP_NUMHOOKS: c_int = 3;
