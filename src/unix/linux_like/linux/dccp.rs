// `<linux/dccp.h>`: the Datagram Congestion Control Protocol: packet header
// parts, packet types, reset codes, options, features and the `SOL_DCCP`
// socket options (kernel `include/uapi/linux/dccp.h`).

/// The extended sequence number's low bits (after the generic header when
/// its `dccph_x` bit is set).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct dccp_hdr_ext {
    pub dccph_seq_low: u32,
}

/// The service code of a Request packet.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct dccp_hdr_request {
    pub dccph_req_service: u32,
}

/// The acknowledgement number of the packets that carry one.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct dccp_hdr_ack_bits {
    pub dccph_reserved1: u16,
    pub dccph_ack_nr_high: u16,
    pub dccph_ack_nr_low: u32,
}

/// A Response packet's acknowledgement and service code.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct dccp_hdr_response {
    pub dccph_resp_ack: dccp_hdr_ack_bits,
    pub dccph_resp_service: u32,
}

/// A Reset packet's acknowledgement, code and data.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct dccp_hdr_reset {
    pub dccph_reset_ack: dccp_hdr_ack_bits,
    pub dccph_reset_code: u8,
    pub dccph_reset_data: [u8; 3],
}

pub const DCCP_PKT_REQUEST: c_int = 0;
pub const DCCP_PKT_RESPONSE: c_int = 1;
pub const DCCP_PKT_DATA: c_int = 2;
pub const DCCP_PKT_ACK: c_int = 3;
pub const DCCP_PKT_DATAACK: c_int = 4;
pub const DCCP_PKT_CLOSEREQ: c_int = 5;
pub const DCCP_PKT_CLOSE: c_int = 6;
pub const DCCP_PKT_RESET: c_int = 7;
pub const DCCP_PKT_SYNC: c_int = 8;
pub const DCCP_PKT_SYNCACK: c_int = 9;
pub const DCCP_PKT_INVALID: c_int = 10;

pub const DCCP_NR_PKT_TYPES: c_int = DCCP_PKT_INVALID;

/// The length of the header part that follows the generic header (and
/// `dccp_hdr_ext`) in a packet of type `type_` (C's inline
/// `dccp_packet_hdr_len`).
#[inline]
pub const fn dccp_packet_hdr_len(type_: u8) -> c_uint {
    let t = type_ as c_int;
    if t == DCCP_PKT_DATA {
        return 0;
    }
    if t == DCCP_PKT_DATAACK
        || t == DCCP_PKT_ACK
        || t == DCCP_PKT_SYNC
        || t == DCCP_PKT_SYNCACK
        || t == DCCP_PKT_CLOSE
        || t == DCCP_PKT_CLOSEREQ
    {
        return size_of::<dccp_hdr_ack_bits>() as c_uint;
    }
    if t == DCCP_PKT_REQUEST {
        return size_of::<dccp_hdr_request>() as c_uint;
    }
    if t == DCCP_PKT_RESPONSE {
        return size_of::<dccp_hdr_response>() as c_uint;
    }
    size_of::<dccp_hdr_reset>() as c_uint
}

pub const DCCP_RESET_CODE_UNSPECIFIED: c_int = 0;
pub const DCCP_RESET_CODE_CLOSED: c_int = 1;
pub const DCCP_RESET_CODE_ABORTED: c_int = 2;
pub const DCCP_RESET_CODE_NO_CONNECTION: c_int = 3;
pub const DCCP_RESET_CODE_PACKET_ERROR: c_int = 4;
pub const DCCP_RESET_CODE_OPTION_ERROR: c_int = 5;
pub const DCCP_RESET_CODE_MANDATORY_ERROR: c_int = 6;
pub const DCCP_RESET_CODE_CONNECTION_REFUSED: c_int = 7;
pub const DCCP_RESET_CODE_BAD_SERVICE_CODE: c_int = 8;
pub const DCCP_RESET_CODE_TOO_BUSY: c_int = 9;
pub const DCCP_RESET_CODE_BAD_INIT_COOKIE: c_int = 10;
pub const DCCP_RESET_CODE_AGGRESSION_PENALTY: c_int = 11;
pub const DCCP_MAX_RESET_CODES: c_int = 12;

pub const DCCPO_PADDING: c_int = 0;
pub const DCCPO_MANDATORY: c_int = 1;
pub const DCCPO_MIN_RESERVED: c_int = 3;
pub const DCCPO_MAX_RESERVED: c_int = 31;
pub const DCCPO_CHANGE_L: c_int = 32;
pub const DCCPO_CONFIRM_L: c_int = 33;
pub const DCCPO_CHANGE_R: c_int = 34;
pub const DCCPO_CONFIRM_R: c_int = 35;
pub const DCCPO_NDP_COUNT: c_int = 37;
pub const DCCPO_ACK_VECTOR_0: c_int = 38;
pub const DCCPO_ACK_VECTOR_1: c_int = 39;
pub const DCCPO_TIMESTAMP: c_int = 41;
pub const DCCPO_TIMESTAMP_ECHO: c_int = 42;
pub const DCCPO_ELAPSED_TIME: c_int = 43;
pub const DCCPO_MAX: c_int = 45;
pub const DCCPO_MIN_RX_CCID_SPECIFIC: c_int = 128;
pub const DCCPO_MAX_RX_CCID_SPECIFIC: c_int = 191;
pub const DCCPO_MIN_TX_CCID_SPECIFIC: c_int = 192;
pub const DCCPO_MAX_TX_CCID_SPECIFIC: c_int = 255;

pub const DCCP_SINGLE_OPT_MAXLEN: c_int = 253;

pub const DCCPC_CCID2: c_int = 2;
pub const DCCPC_CCID3: c_int = 3;

pub const DCCPF_RESERVED: c_int = 0;
pub const DCCPF_CCID: c_int = 1;
pub const DCCPF_SHORT_SEQNOS: c_int = 2;
pub const DCCPF_SEQUENCE_WINDOW: c_int = 3;
pub const DCCPF_ECN_INCAPABLE: c_int = 4;
pub const DCCPF_ACK_RATIO: c_int = 5;
pub const DCCPF_SEND_ACK_VECTOR: c_int = 6;
pub const DCCPF_SEND_NDP_COUNT: c_int = 7;
pub const DCCPF_MIN_CSUM_COVER: c_int = 8;
pub const DCCPF_DATA_CHECKSUM: c_int = 9;
pub const DCCPF_MIN_CCID_SPECIFIC: c_int = 128;
pub const DCCPF_SEND_LEV_RATE: c_int = 192;
pub const DCCPF_MAX_CCID_SPECIFIC: c_int = 255;

pub const DCCP_SCM_PRIORITY: c_int = 1;
pub const DCCP_SCM_QPOLICY_MAX: c_int = 65535;
pub const DCCP_SCM_MAX: c_int = 65536;

pub const DCCPQ_POLICY_SIMPLE: c_int = 0;
pub const DCCPQ_POLICY_PRIO: c_int = 1;
pub const DCCPQ_POLICY_MAX: c_int = 2;

pub const DCCP_SOCKOPT_PACKET_SIZE: c_int = 1;
pub const DCCP_SOCKOPT_SERVICE: c_int = 2;
pub const DCCP_SOCKOPT_CHANGE_L: c_int = 3;
pub const DCCP_SOCKOPT_CHANGE_R: c_int = 4;
pub const DCCP_SOCKOPT_GET_CUR_MPS: c_int = 5;
pub const DCCP_SOCKOPT_SERVER_TIMEWAIT: c_int = 6;
pub const DCCP_SOCKOPT_SEND_CSCOV: c_int = 10;
pub const DCCP_SOCKOPT_RECV_CSCOV: c_int = 11;
pub const DCCP_SOCKOPT_AVAILABLE_CCIDS: c_int = 12;
pub const DCCP_SOCKOPT_CCID: c_int = 13;
pub const DCCP_SOCKOPT_TX_CCID: c_int = 14;
pub const DCCP_SOCKOPT_RX_CCID: c_int = 15;
pub const DCCP_SOCKOPT_QPOLICY_ID: c_int = 16;
pub const DCCP_SOCKOPT_QPOLICY_TXQLEN: c_int = 17;
pub const DCCP_SOCKOPT_CCID_RX_INFO: c_int = 128;
pub const DCCP_SOCKOPT_CCID_TX_INFO: c_int = 192;

pub const DCCP_SERVICE_LIST_MAX_LEN: c_int = 32;
