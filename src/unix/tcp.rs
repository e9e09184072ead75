// `<netinet/tcp.h>`: `TCP_NODELAY`, the one option POSIX names (musl `include/netinet/tcp.h`).

pub const TCP_NODELAY: c_int = 1;

// `<netinet/tcp.h>`: the Linux TCP options and `struct tcp_info` (musl `include/netinet/tcp.h`).

pub const TCP_MAXSEG: c_int = 2;
pub const TCP_CORK: c_int = 3;
pub const TCP_KEEPIDLE: c_int = 4;
pub const TCP_KEEPINTVL: c_int = 5;
pub const TCP_KEEPCNT: c_int = 6;
pub const TCP_SYNCNT: c_int = 7;
pub const TCP_LINGER2: c_int = 8;
pub const TCP_DEFER_ACCEPT: c_int = 9;
pub const TCP_WINDOW_CLAMP: c_int = 10;
pub const TCP_INFO: c_int = 11;
pub const TCP_QUICKACK: c_int = 12;
pub const TCP_CONGESTION: c_int = 13;
pub const TCP_MD5SIG: c_int = 14;
// Option 15 of Linux 2.6.33 to 3.9, which the kernel has since dropped and
// musl never defined; kept because code written for glibc names it. The value
// is glibc's `<netinet/tcp.h>` (the ziglang tree's
// `generic-glibc/netinet/tcp.h`), the only header here that still has it.
pub const TCP_COOKIE_TRANSACTIONS: c_int = 15;
pub const TCP_THIN_LINEAR_TIMEOUTS: c_int = 16;
pub const TCP_THIN_DUPACK: c_int = 17;
pub const TCP_USER_TIMEOUT: c_int = 18;
pub const TCP_REPAIR: c_int = 19;
pub const TCP_REPAIR_QUEUE: c_int = 20;
pub const TCP_QUEUE_SEQ: c_int = 21;
pub const TCP_REPAIR_OPTIONS: c_int = 22;
pub const TCP_FASTOPEN: c_int = 23;
pub const TCP_TIMESTAMP: c_int = 24;
pub const TCP_NOTSENT_LOWAT: c_int = 25;
pub const TCP_CC_INFO: c_int = 26;
pub const TCP_SAVE_SYN: c_int = 27;
pub const TCP_SAVED_SYN: c_int = 28;
pub const TCP_REPAIR_WINDOW: c_int = 29;
pub const TCP_FASTOPEN_CONNECT: c_int = 30;
pub const TCP_ULP: c_int = 31;
pub const TCP_MD5SIG_EXT: c_int = 32;
pub const TCP_FASTOPEN_KEY: c_int = 33;
pub const TCP_FASTOPEN_NO_COOKIE: c_int = 34;
pub const TCP_ZEROCOPY_RECEIVE: c_int = 35;
pub const TCP_INQ: c_int = 36;
pub const TCP_TX_DELAY: c_int = 37;
pub const TCP_CM_INQ: c_int = TCP_INQ;

// The connection states, as `tcp_info.tcpi_state` reports them.
pub const TCP_ESTABLISHED: c_int = 1;
pub const TCP_SYN_SENT: c_int = 2;
pub const TCP_SYN_RECV: c_int = 3;
pub const TCP_FIN_WAIT1: c_int = 4;
pub const TCP_FIN_WAIT2: c_int = 5;
pub const TCP_TIME_WAIT: c_int = 6;
pub const TCP_CLOSE: c_int = 7;
pub const TCP_CLOSE_WAIT: c_int = 8;
pub const TCP_LAST_ACK: c_int = 9;
pub const TCP_LISTEN: c_int = 10;
pub const TCP_CLOSING: c_int = 11;

// The attribute types of the statistics TCP attaches to timestamps
// (`SOF_TIMESTAMPING_OPT_STATS`; C's anonymous enum).
pub const TCP_NLA_PAD: c_int = 0;
pub const TCP_NLA_BUSY: c_int = 1;
pub const TCP_NLA_RWND_LIMITED: c_int = 2;
pub const TCP_NLA_SNDBUF_LIMITED: c_int = 3;
pub const TCP_NLA_DATA_SEGS_OUT: c_int = 4;
pub const TCP_NLA_TOTAL_RETRANS: c_int = 5;
pub const TCP_NLA_PACING_RATE: c_int = 6;
pub const TCP_NLA_DELIVERY_RATE: c_int = 7;
pub const TCP_NLA_SND_CWND: c_int = 8;
pub const TCP_NLA_REORDERING: c_int = 9;
pub const TCP_NLA_MIN_RTT: c_int = 10;
pub const TCP_NLA_RECUR_RETRANS: c_int = 11;
pub const TCP_NLA_DELIVERY_RATE_APP_LMT: c_int = 12;
pub const TCP_NLA_SNDQ_SIZE: c_int = 13;
pub const TCP_NLA_CA_STATE: c_int = 14;
pub const TCP_NLA_SND_SSTHRESH: c_int = 15;
pub const TCP_NLA_DELIVERED: c_int = 16;
pub const TCP_NLA_DELIVERED_CE: c_int = 17;
pub const TCP_NLA_BYTES_SENT: c_int = 18;
pub const TCP_NLA_BYTES_RETRANS: c_int = 19;
pub const TCP_NLA_DSACK_DUPS: c_int = 20;
pub const TCP_NLA_REORD_SEEN: c_int = 21;
pub const TCP_NLA_SRTT: c_int = 22;
pub const TCP_NLA_TIMEOUT_REHASH: c_int = 23;
pub const TCP_NLA_BYTES_NOTSENT: c_int = 24;
pub const TCP_NLA_EDT: c_int = 25;
pub const TCP_NLA_TTL: c_int = 26;

// TCP header options and flags.
pub const TCPOPT_EOL: c_int = 0;
pub const TCPOPT_NOP: c_int = 1;
pub const TCPOPT_MAXSEG: c_int = 2;
pub const TCPOPT_WINDOW: c_int = 3;
pub const TCPOPT_SACK_PERMITTED: c_int = 4;
pub const TCPOPT_SACK: c_int = 5;
pub const TCPOPT_TIMESTAMP: c_int = 8;
pub const TCPOLEN_SACK_PERMITTED: c_int = 2;
pub const TCPOLEN_WINDOW: c_int = 3;
pub const TCPOLEN_MAXSEG: c_int = 4;
pub const TCPOLEN_TIMESTAMP: c_int = 10;
pub const TH_FIN: c_int = 0x01;
pub const TH_SYN: c_int = 0x02;
pub const TH_RST: c_int = 0x04;
pub const TH_PUSH: c_int = 0x08;
pub const TH_ACK: c_int = 0x10;
pub const TH_URG: c_int = 0x20;

// `tcp_info.tcpi_options` bits and `tcpi_ca_state` values.
pub const TCPI_OPT_TIMESTAMPS: c_int = 1;
pub const TCPI_OPT_SACK: c_int = 2;
pub const TCPI_OPT_WSCALE: c_int = 4;
pub const TCPI_OPT_ECN: c_int = 8;
pub const TCP_CA_Open: c_int = 0;
pub const TCP_CA_Disorder: c_int = 1;
pub const TCP_CA_CWR: c_int = 2;
pub const TCP_CA_Recovery: c_int = 3;
pub const TCP_CA_Loss: c_int = 4;

// `enum tcp_fastopen_client_fail`, in `tcp_info`'s fastopen bits.
#[cfg(target_env = "musl")]
pub const TFO_STATUS_UNSPEC: c_int = 0;
#[cfg(target_env = "musl")]
pub const TFO_COOKIE_UNAVAILABLE: c_int = 1;
#[cfg(target_env = "musl")]
pub const TFO_DATA_NOT_ACKED: c_int = 2;
#[cfg(target_env = "musl")]
pub const TFO_SYN_RETRANSMITTED: c_int = 3;

pub const TCP_REPAIR_ON: c_int = 1;
pub const TCP_REPAIR_OFF: c_int = 0;
pub const TCP_REPAIR_OFF_NO_WP: c_int = -1;
#[cfg(target_env = "musl")]
pub const TCP_RECEIVE_ZEROCOPY_FLAG_TLB_CLEAN_HINT: c_int = 0x1;
pub const TCP_MD5SIG_FLAG_PREFIX: c_int = 0x1;
pub const TCP_MD5SIG_FLAG_IFINDEX: c_int = 0x2;
pub const SOL_TCP: c_int = 6;
pub const TCP_MD5SIG_MAXKEYLEN: usize = 80;

#[cfg(target_env = "musl")]
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tcp_info {
    pub tcpi_state: u8,
    pub tcpi_ca_state: u8,
    pub tcpi_retransmits: u8,
    pub tcpi_probes: u8,
    pub tcpi_backoff: u8,
    pub tcpi_options: u8,
    pub tcpi_snd_rcv_wscale: u8,
    pub tcpi_delivery_fastopen_bitfields: u8,
    pub tcpi_rto: u32,
    pub tcpi_ato: u32,
    pub tcpi_snd_mss: u32,
    pub tcpi_rcv_mss: u32,
    pub tcpi_unacked: u32,
    pub tcpi_sacked: u32,
    pub tcpi_lost: u32,
    pub tcpi_retrans: u32,
    pub tcpi_fackets: u32,
    pub tcpi_last_data_sent: u32,
    pub tcpi_last_ack_sent: u32,
    pub tcpi_last_data_recv: u32,
    pub tcpi_last_ack_recv: u32,
    pub tcpi_pmtu: u32,
    pub tcpi_rcv_ssthresh: u32,
    pub tcpi_rtt: u32,
    pub tcpi_rttvar: u32,
    pub tcpi_snd_ssthresh: u32,
    pub tcpi_snd_cwnd: u32,
    pub tcpi_advmss: u32,
    pub tcpi_reordering: u32,
    pub tcpi_rcv_rtt: u32,
    pub tcpi_rcv_space: u32,
    pub tcpi_total_retrans: u32,
    pub tcpi_pacing_rate: u64,
    pub tcpi_max_pacing_rate: u64,
    pub tcpi_bytes_acked: u64,
    pub tcpi_bytes_received: u64,
    pub tcpi_segs_out: u32,
    pub tcpi_segs_in: u32,
    pub tcpi_notsent_bytes: u32,
    pub tcpi_min_rtt: u32,
    pub tcpi_data_segs_in: u32,
    pub tcpi_data_segs_out: u32,
    pub tcpi_delivery_rate: u64,
    pub tcpi_busy_time: u64,
    pub tcpi_rwnd_limited: u64,
    pub tcpi_sndbuf_limited: u64,
    pub tcpi_delivered: u32,
    pub tcpi_delivered_ce: u32,
    pub tcpi_bytes_sent: u64,
    pub tcpi_bytes_retrans: u64,
    pub tcpi_dsack_dups: u32,
    pub tcpi_reord_seen: u32,
    pub tcpi_rcv_ooopack: u32,
    pub tcpi_snd_wnd: u32,
}
