// `<netinet/ip.h>`: IPv4 header values: `IPTOS_*`, `IPOPT_*` and their helpers (musl
// `include/netinet/ip.h`).

pub const IPVERSION: u8 = 4;
pub const IPTOS_ECN_MASK: u8 = 0x03;
pub const IPTOS_ECN_NOT_ECT: u8 = 0x00;
pub const IPTOS_ECN_ECT1: u8 = 0x01;
pub const IPTOS_ECN_ECT0: u8 = 0x02;
pub const IPTOS_ECN_CE: u8 = 0x03;
pub const IPTOS_TOS_MASK: u8 = 0x1E;
pub const IPTOS_LOWDELAY: u8 = 0x10;
pub const IPTOS_THROUGHPUT: u8 = 0x08;
pub const IPTOS_RELIABILITY: u8 = 0x04;
pub const IPTOS_MINCOST: u8 = 2;
pub const IPTOS_LOWCOST: u8 = 0x02;
pub const IPTOS_DSCP_MASK: u8 = 0xfc;
pub const IPTOS_DSCP_AF11: u8 = 0x28;
pub const IPTOS_DSCP_AF12: u8 = 0x30;
pub const IPTOS_DSCP_AF13: u8 = 0x38;
pub const IPTOS_DSCP_AF21: u8 = 0x48;
pub const IPTOS_DSCP_AF22: u8 = 0x50;
pub const IPTOS_DSCP_AF23: u8 = 0x58;
pub const IPTOS_DSCP_AF31: u8 = 0x68;
pub const IPTOS_DSCP_AF32: u8 = 0x70;
pub const IPTOS_DSCP_AF33: u8 = 0x78;
pub const IPTOS_DSCP_AF41: u8 = 0x88;
pub const IPTOS_DSCP_AF42: u8 = 0x90;
pub const IPTOS_DSCP_AF43: u8 = 0x98;
pub const IPTOS_DSCP_EF: u8 = 0xb8;
pub const IPTOS_CLASS_MASK: u8 = 0xe0;
pub const IPTOS_CLASS_CS0: u8 = 0x00;
pub const IPTOS_CLASS_CS1: u8 = 0x20;
pub const IPTOS_CLASS_CS2: u8 = 0x40;
pub const IPTOS_CLASS_CS3: u8 = 0x60;
pub const IPTOS_CLASS_CS4: u8 = 0x80;
pub const IPTOS_CLASS_CS5: u8 = 0xa0;
pub const IPTOS_CLASS_CS6: u8 = 0xc0;
pub const IPTOS_CLASS_CS7: u8 = 0xe0;
pub const IPTOS_CLASS_DEFAULT: u8 = IPTOS_CLASS_CS0;
pub const IPTOS_PREC_MASK: u8 = 0xe0;
pub const IPTOS_PREC_NETCONTROL: u8 = 0xe0;
pub const IPTOS_PREC_INTERNETCONTROL: u8 = 0xc0;
pub const IPTOS_PREC_CRITIC_ECP: u8 = 0xa0;
pub const IPTOS_PREC_FLASHOVERRIDE: u8 = 0x80;
pub const IPTOS_PREC_FLASH: u8 = 0x60;
pub const IPTOS_PREC_IMMEDIATE: u8 = 0x40;
pub const IPTOS_PREC_PRIORITY: u8 = 0x20;
pub const IPTOS_PREC_ROUTINE: u8 = 0x00;
pub const IPOPT_COPY: u8 = 0x80;
pub const IPOPT_CLASS_MASK: u8 = 0x60;
pub const IPOPT_NUMBER_MASK: u8 = 0x1f;
pub const IPOPT_CONTROL: u8 = 0x00;
pub const IPOPT_RESERVED1: u8 = 0x20;
pub const IPOPT_MEASUREMENT: u8 = 64;
pub const IPOPT_RESERVED2: u8 = 0x60;
pub const IPOPT_DEBMEAS: u8 = 0x40;
pub const IPOPT_SECURITY: u8 = 130;
pub const IPOPT_SATID: u8 = 136;
pub const IPOPT_EOL: u8 = 0;
pub const IPOPT_END: u8 = IPOPT_EOL;
pub const IPOPT_NOP: u8 = 1;
pub const IPOPT_NOOP: u8 = IPOPT_NOP;
pub const IPOPT_RR: u8 = 7;
pub const IPOPT_TS: u8 = 68;
pub const IPOPT_TIMESTAMP: u8 = IPOPT_TS;
pub const IPOPT_SEC: u8 = 130;
pub const IPOPT_LSRR: u8 = 131;
pub const IPOPT_SID: u8 = 136;
pub const IPOPT_SSRR: u8 = 137;
pub const IPOPT_RA: u8 = 148;
pub const IPOPT_OPTVAL: u8 = 0;
pub const IPOPT_OLEN: u8 = 1;
pub const IPOPT_OFFSET: u8 = 2;
pub const IPOPT_MINOFF: u8 = 4;
pub const MAX_IPOPTLEN: u8 = 40;
pub const IPOPT_TS_TSONLY: u8 = 0;
pub const IPOPT_TS_TSANDADDR: u8 = 1;
pub const IPOPT_TS_PRESPEC: u8 = 3;
pub const MAXTTL: u8 = 255;
pub const IPDEFTTL: u8 = 64;
pub const IPFRAGTTL: c_int = 60;
pub const IPTTLDEC: c_int = 1;
pub const IP_MSS: c_int = 576;

// `ip_off`'s flags and offset mask, and the largest datagram.
pub const IP_RF: c_int = 0x8000;
pub const IP_DF: c_int = 0x4000;
pub const IP_MF: c_int = 0x2000;
pub const IP_OFFMASK: c_int = 0x1fff;
pub const IP_MAXPACKET: c_int = 65535;

// The `IPOPT_SECURITY` levels.
pub const IPOPT_SECUR_UNCLASS: c_int = 0x0000;
pub const IPOPT_SECUR_CONFID: c_int = 0xf135;
pub const IPOPT_SECUR_EFTO: c_int = 0x789a;
pub const IPOPT_SECUR_MMMM: c_int = 0xbc4d;
pub const IPOPT_SECUR_RESTR: c_int = 0xaf13;
pub const IPOPT_SECUR_SECRET: c_int = 0xd788;
pub const IPOPT_SECUR_TOPSECRET: c_int = 0x6bc5;

#[inline]
pub const extern "C" fn IPTOS_ECN(tos: u8) -> u8 {
    tos & IPTOS_ECN_MASK
}

#[inline]
pub unsafe extern "C" fn IPTOS_TOS(tos: u8) -> u8 {
    tos & IPTOS_TOS_MASK
}

#[inline]
pub unsafe extern "C" fn IPTOS_PREC(tos: u8) -> u8 {
    tos & IPTOS_PREC_MASK
}

#[inline]
pub const extern "C" fn IPOPT_COPIED(o: u8) -> u8 {
    o & IPOPT_COPY
}

#[inline]
pub const extern "C" fn IPOPT_CLASS(o: u8) -> u8 {
    o & IPOPT_CLASS_MASK
}

#[inline]
pub const extern "C" fn IPOPT_NUMBER(o: u8) -> u8 {
    o & IPOPT_NUMBER_MASK
}
