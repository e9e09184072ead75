// `<linux/net_tstamp.h>`: socket timestamping: `SOF_TIMESTAMPING_*`, hardware timestamp
// configuration and `sock_txtime` (kernel `include/uapi/linux/net_tstamp.h`).

pub const SOF_TIMESTAMPING_TX_HARDWARE: c_uint = 1;
pub const SOF_TIMESTAMPING_TX_SOFTWARE: c_uint = 2;
pub const SOF_TIMESTAMPING_RX_HARDWARE: c_uint = 4;
pub const SOF_TIMESTAMPING_RX_SOFTWARE: c_uint = 8;
pub const SOF_TIMESTAMPING_SOFTWARE: c_uint = 16;
pub const SOF_TIMESTAMPING_SYS_HARDWARE: c_uint = 32;
pub const SOF_TIMESTAMPING_RAW_HARDWARE: c_uint = 64;
pub const SOF_TIMESTAMPING_OPT_ID: c_uint = 128;
pub const SOF_TIMESTAMPING_TX_SCHED: c_uint = 256;
pub const SOF_TIMESTAMPING_TX_ACK: c_uint = 512;
pub const SOF_TIMESTAMPING_OPT_CMSG: c_uint = 1024;
pub const SOF_TIMESTAMPING_OPT_TSONLY: c_uint = 2048;
pub const SOF_TIMESTAMPING_OPT_STATS: c_uint = 4096;
pub const SOF_TIMESTAMPING_OPT_PKTINFO: c_uint = 8192;
pub const SOF_TIMESTAMPING_OPT_TX_SWHW: c_uint = 16384;
pub const SOF_TIMESTAMPING_BIND_PHC: c_uint = 32768;
pub const SOF_TIMESTAMPING_OPT_ID_TCP: c_uint = 0x10000;
pub const SOF_TIMESTAMPING_OPT_RX_FILTER: c_uint = 0x20000;
pub const HWTSTAMP_TX_OFF: c_uint = 0;
pub const HWTSTAMP_TX_ON: c_uint = 1;
pub const HWTSTAMP_TX_ONESTEP_SYNC: c_uint = 2;
pub const HWTSTAMP_TX_ONESTEP_P2P: c_uint = 3;
pub const HWTSTAMP_FILTER_NONE: c_uint = 0;
pub const HWTSTAMP_FILTER_ALL: c_uint = 1;
pub const HWTSTAMP_FILTER_SOME: c_uint = 2;
pub const HWTSTAMP_FILTER_PTP_V1_L4_EVENT: c_uint = 3;
pub const HWTSTAMP_FILTER_PTP_V1_L4_SYNC: c_uint = 4;
pub const HWTSTAMP_FILTER_PTP_V1_L4_DELAY_REQ: c_uint = 5;
pub const HWTSTAMP_FILTER_PTP_V2_L4_EVENT: c_uint = 6;
pub const HWTSTAMP_FILTER_PTP_V2_L4_SYNC: c_uint = 7;
pub const HWTSTAMP_FILTER_PTP_V2_L4_DELAY_REQ: c_uint = 8;
pub const HWTSTAMP_FILTER_PTP_V2_L2_EVENT: c_uint = 9;
pub const HWTSTAMP_FILTER_PTP_V2_L2_SYNC: c_uint = 10;
pub const HWTSTAMP_FILTER_PTP_V2_L2_DELAY_REQ: c_uint = 11;
pub const HWTSTAMP_FILTER_PTP_V2_EVENT: c_uint = 12;
pub const HWTSTAMP_FILTER_PTP_V2_SYNC: c_uint = 13;
pub const HWTSTAMP_FILTER_PTP_V2_DELAY_REQ: c_uint = 14;
pub const HWTSTAMP_FILTER_NTP_ALL: c_uint = 15;
pub const SOF_TXTIME_DEADLINE_MODE: u32 = 1;
pub const SOF_TXTIME_REPORT_ERRORS: u32 = 2;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct hwtstamp_config {
    pub flags: c_int,
    pub tx_type: c_int,
    pub rx_filter: c_int,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sock_txtime {
    pub clockid: clockid_t,
    pub flags: __u32,
}
