// `<linux/netfilter/nf_tables.h>`: nf_tables over nfnetlink
// (`NFNL_SUBSYS_NFTABLES`): registers, verdicts, the `NFT_MSG_*` messages and
// the `NFTA_*` attributes and values of tables, chains, rules, sets, objects,
// flow tables and every expression (kernel
// `include/uapi/linux/netfilter/nf_tables.h`).

pub const NFT_NAME_MAXLEN: c_int = 256;
pub const NFT_TABLE_MAXNAMELEN: c_int = NFT_NAME_MAXLEN;
pub const NFT_CHAIN_MAXNAMELEN: c_int = NFT_NAME_MAXLEN;
pub const NFT_SET_MAXNAMELEN: c_int = NFT_NAME_MAXLEN;
pub const NFT_OBJ_MAXNAMELEN: c_int = NFT_NAME_MAXLEN;
pub const NFT_USERDATA_MAXLEN: c_int = 256;
pub const NFT_OSF_MAXGENRELEN: c_int = 16;

pub const NFT_REG_VERDICT: c_int = 0;
pub const NFT_REG_1: c_int = 1;
pub const NFT_REG_2: c_int = 2;
pub const NFT_REG_3: c_int = 3;
pub const NFT_REG_4: c_int = 4;
pub const __NFT_REG_MAX: c_int = 5;
pub const NFT_REG32_00: c_int = 8;
pub const NFT_REG32_01: c_int = 9;
pub const NFT_REG32_02: c_int = 10;
pub const NFT_REG32_03: c_int = 11;
pub const NFT_REG32_04: c_int = 12;
pub const NFT_REG32_05: c_int = 13;
pub const NFT_REG32_06: c_int = 14;
pub const NFT_REG32_07: c_int = 15;
pub const NFT_REG32_08: c_int = 16;
pub const NFT_REG32_09: c_int = 17;
pub const NFT_REG32_10: c_int = 18;
pub const NFT_REG32_11: c_int = 19;
pub const NFT_REG32_12: c_int = 20;
pub const NFT_REG32_13: c_int = 21;
pub const NFT_REG32_14: c_int = 22;
pub const NFT_REG32_15: c_int = 23;
pub const NFT_REG_MAX: c_int = __NFT_REG_MAX - 1;

pub const NFT_REG_SIZE: c_int = 16;
pub const NFT_REG32_SIZE: c_int = 4;
pub const NFT_REG32_COUNT: c_int = NFT_REG32_15 - NFT_REG32_00 + 1;

pub const NFT_CONTINUE: c_int = -1;
pub const NFT_BREAK: c_int = -2;
pub const NFT_JUMP: c_int = -3;
pub const NFT_GOTO: c_int = -4;
pub const NFT_RETURN: c_int = -5;

pub const NFT_MSG_NEWTABLE: c_int = 0;
pub const NFT_MSG_GETTABLE: c_int = 1;
pub const NFT_MSG_DELTABLE: c_int = 2;
pub const NFT_MSG_NEWCHAIN: c_int = 3;
pub const NFT_MSG_GETCHAIN: c_int = 4;
pub const NFT_MSG_DELCHAIN: c_int = 5;
pub const NFT_MSG_NEWRULE: c_int = 6;
pub const NFT_MSG_GETRULE: c_int = 7;
pub const NFT_MSG_DELRULE: c_int = 8;
pub const NFT_MSG_NEWSET: c_int = 9;
pub const NFT_MSG_GETSET: c_int = 10;
pub const NFT_MSG_DELSET: c_int = 11;
pub const NFT_MSG_NEWSETELEM: c_int = 12;
pub const NFT_MSG_GETSETELEM: c_int = 13;
pub const NFT_MSG_DELSETELEM: c_int = 14;
pub const NFT_MSG_NEWGEN: c_int = 15;
pub const NFT_MSG_GETGEN: c_int = 16;
pub const NFT_MSG_TRACE: c_int = 17;
pub const NFT_MSG_NEWOBJ: c_int = 18;
pub const NFT_MSG_GETOBJ: c_int = 19;
pub const NFT_MSG_DELOBJ: c_int = 20;
pub const NFT_MSG_GETOBJ_RESET: c_int = 21;
pub const NFT_MSG_NEWFLOWTABLE: c_int = 22;
pub const NFT_MSG_GETFLOWTABLE: c_int = 23;
pub const NFT_MSG_DELFLOWTABLE: c_int = 24;
pub const NFT_MSG_GETRULE_RESET: c_int = 25;
pub const NFT_MSG_DESTROYTABLE: c_int = 26;
pub const NFT_MSG_DESTROYCHAIN: c_int = 27;
pub const NFT_MSG_DESTROYRULE: c_int = 28;
pub const NFT_MSG_DESTROYSET: c_int = 29;
pub const NFT_MSG_DESTROYSETELEM: c_int = 30;
pub const NFT_MSG_DESTROYOBJ: c_int = 31;
pub const NFT_MSG_DESTROYFLOWTABLE: c_int = 32;
pub const NFT_MSG_GETSETELEM_RESET: c_int = 33;
pub const NFT_MSG_MAX: c_int = 34;

pub const NFTA_LIST_UNSPEC: c_int = 0;
pub const NFTA_LIST_ELEM: c_int = 1;
pub const __NFTA_LIST_MAX: c_int = 2;
pub const NFTA_LIST_MAX: c_int = __NFTA_LIST_MAX - 1;

pub const NFTA_HOOK_UNSPEC: c_int = 0;
pub const NFTA_HOOK_HOOKNUM: c_int = 1;
pub const NFTA_HOOK_PRIORITY: c_int = 2;
pub const NFTA_HOOK_DEV: c_int = 3;
pub const NFTA_HOOK_DEVS: c_int = 4;
pub const __NFTA_HOOK_MAX: c_int = 5;
pub const NFTA_HOOK_MAX: c_int = __NFTA_HOOK_MAX - 1;

pub const NFT_TABLE_F_DORMANT: c_int = 1;
pub const NFT_TABLE_F_OWNER: c_int = 2;
pub const NFT_TABLE_F_PERSIST: c_int = 4;
pub const NFT_TABLE_F_MASK: c_int = NFT_TABLE_F_DORMANT | NFT_TABLE_F_OWNER | NFT_TABLE_F_PERSIST;

pub const NFTA_TABLE_UNSPEC: c_int = 0;
pub const NFTA_TABLE_NAME: c_int = 1;
pub const NFTA_TABLE_FLAGS: c_int = 2;
pub const NFTA_TABLE_USE: c_int = 3;
pub const NFTA_TABLE_HANDLE: c_int = 4;
pub const NFTA_TABLE_PAD: c_int = 5;
pub const NFTA_TABLE_USERDATA: c_int = 6;
pub const NFTA_TABLE_OWNER: c_int = 7;
pub const __NFTA_TABLE_MAX: c_int = 8;
pub const NFTA_TABLE_MAX: c_int = __NFTA_TABLE_MAX - 1;

pub const NFT_CHAIN_BASE: c_int = 1;
pub const NFT_CHAIN_HW_OFFLOAD: c_int = 2;
pub const NFT_CHAIN_BINDING: c_int = 4;
pub const NFT_CHAIN_FLAGS: c_int = NFT_CHAIN_BASE | NFT_CHAIN_HW_OFFLOAD | NFT_CHAIN_BINDING;

pub const NFTA_CHAIN_UNSPEC: c_int = 0;
pub const NFTA_CHAIN_TABLE: c_int = 1;
pub const NFTA_CHAIN_HANDLE: c_int = 2;
pub const NFTA_CHAIN_NAME: c_int = 3;
pub const NFTA_CHAIN_HOOK: c_int = 4;
pub const NFTA_CHAIN_POLICY: c_int = 5;
pub const NFTA_CHAIN_USE: c_int = 6;
pub const NFTA_CHAIN_TYPE: c_int = 7;
pub const NFTA_CHAIN_COUNTERS: c_int = 8;
pub const NFTA_CHAIN_PAD: c_int = 9;
pub const NFTA_CHAIN_FLAGS: c_int = 10;
pub const NFTA_CHAIN_ID: c_int = 11;
pub const NFTA_CHAIN_USERDATA: c_int = 12;
pub const __NFTA_CHAIN_MAX: c_int = 13;
pub const NFTA_CHAIN_MAX: c_int = __NFTA_CHAIN_MAX - 1;

pub const NFTA_RULE_UNSPEC: c_int = 0;
pub const NFTA_RULE_TABLE: c_int = 1;
pub const NFTA_RULE_CHAIN: c_int = 2;
pub const NFTA_RULE_HANDLE: c_int = 3;
pub const NFTA_RULE_EXPRESSIONS: c_int = 4;
pub const NFTA_RULE_COMPAT: c_int = 5;
pub const NFTA_RULE_POSITION: c_int = 6;
pub const NFTA_RULE_USERDATA: c_int = 7;
pub const NFTA_RULE_PAD: c_int = 8;
pub const NFTA_RULE_ID: c_int = 9;
pub const NFTA_RULE_POSITION_ID: c_int = 10;
pub const NFTA_RULE_CHAIN_ID: c_int = 11;
pub const __NFTA_RULE_MAX: c_int = 12;
pub const NFTA_RULE_MAX: c_int = __NFTA_RULE_MAX - 1;

pub const NFT_RULE_COMPAT_F_UNUSED: c_int = 1;
pub const NFT_RULE_COMPAT_F_INV: c_int = 2;
pub const NFT_RULE_COMPAT_F_MASK: c_int = 2;

pub const NFTA_RULE_COMPAT_UNSPEC: c_int = 0;
pub const NFTA_RULE_COMPAT_PROTO: c_int = 1;
pub const NFTA_RULE_COMPAT_FLAGS: c_int = 2;
pub const __NFTA_RULE_COMPAT_MAX: c_int = 3;
pub const NFTA_RULE_COMPAT_MAX: c_int = __NFTA_RULE_COMPAT_MAX - 1;

pub const NFT_SET_ANONYMOUS: c_int = 1;
pub const NFT_SET_CONSTANT: c_int = 2;
pub const NFT_SET_INTERVAL: c_int = 4;
pub const NFT_SET_MAP: c_int = 8;
pub const NFT_SET_TIMEOUT: c_int = 16;
pub const NFT_SET_EVAL: c_int = 32;
pub const NFT_SET_OBJECT: c_int = 64;
pub const NFT_SET_CONCAT: c_int = 128;
pub const NFT_SET_EXPR: c_int = 256;

pub const NFT_SET_POL_PERFORMANCE: c_int = 0;
pub const NFT_SET_POL_MEMORY: c_int = 1;

pub const NFTA_SET_DESC_UNSPEC: c_int = 0;
pub const NFTA_SET_DESC_SIZE: c_int = 1;
pub const NFTA_SET_DESC_CONCAT: c_int = 2;
pub const __NFTA_SET_DESC_MAX: c_int = 3;
pub const NFTA_SET_DESC_MAX: c_int = __NFTA_SET_DESC_MAX - 1;

pub const NFTA_SET_FIELD_UNSPEC: c_int = 0;
pub const NFTA_SET_FIELD_LEN: c_int = 1;
pub const __NFTA_SET_FIELD_MAX: c_int = 2;
pub const NFTA_SET_FIELD_MAX: c_int = __NFTA_SET_FIELD_MAX - 1;

pub const NFTA_SET_UNSPEC: c_int = 0;
pub const NFTA_SET_TABLE: c_int = 1;
pub const NFTA_SET_NAME: c_int = 2;
pub const NFTA_SET_FLAGS: c_int = 3;
pub const NFTA_SET_KEY_TYPE: c_int = 4;
pub const NFTA_SET_KEY_LEN: c_int = 5;
pub const NFTA_SET_DATA_TYPE: c_int = 6;
pub const NFTA_SET_DATA_LEN: c_int = 7;
pub const NFTA_SET_POLICY: c_int = 8;
pub const NFTA_SET_DESC: c_int = 9;
pub const NFTA_SET_ID: c_int = 10;
pub const NFTA_SET_TIMEOUT: c_int = 11;
pub const NFTA_SET_GC_INTERVAL: c_int = 12;
pub const NFTA_SET_USERDATA: c_int = 13;
pub const NFTA_SET_PAD: c_int = 14;
pub const NFTA_SET_OBJ_TYPE: c_int = 15;
pub const NFTA_SET_HANDLE: c_int = 16;
pub const NFTA_SET_EXPR: c_int = 17;
pub const NFTA_SET_EXPRESSIONS: c_int = 18;
pub const NFTA_SET_TYPE: c_int = 19;
pub const NFTA_SET_COUNT: c_int = 20;
pub const __NFTA_SET_MAX: c_int = 21;
pub const NFTA_SET_MAX: c_int = __NFTA_SET_MAX - 1;

pub const NFT_SET_ELEM_INTERVAL_END: c_int = 1;
pub const NFT_SET_ELEM_CATCHALL: c_int = 2;

pub const NFTA_SET_ELEM_UNSPEC: c_int = 0;
pub const NFTA_SET_ELEM_KEY: c_int = 1;
pub const NFTA_SET_ELEM_DATA: c_int = 2;
pub const NFTA_SET_ELEM_FLAGS: c_int = 3;
pub const NFTA_SET_ELEM_TIMEOUT: c_int = 4;
pub const NFTA_SET_ELEM_EXPIRATION: c_int = 5;
pub const NFTA_SET_ELEM_USERDATA: c_int = 6;
pub const NFTA_SET_ELEM_EXPR: c_int = 7;
pub const NFTA_SET_ELEM_PAD: c_int = 8;
pub const NFTA_SET_ELEM_OBJREF: c_int = 9;
pub const NFTA_SET_ELEM_KEY_END: c_int = 10;
pub const NFTA_SET_ELEM_EXPRESSIONS: c_int = 11;
pub const __NFTA_SET_ELEM_MAX: c_int = 12;
pub const NFTA_SET_ELEM_MAX: c_int = __NFTA_SET_ELEM_MAX - 1;

pub const NFTA_SET_ELEM_LIST_UNSPEC: c_int = 0;
pub const NFTA_SET_ELEM_LIST_TABLE: c_int = 1;
pub const NFTA_SET_ELEM_LIST_SET: c_int = 2;
pub const NFTA_SET_ELEM_LIST_ELEMENTS: c_int = 3;
pub const NFTA_SET_ELEM_LIST_SET_ID: c_int = 4;
pub const __NFTA_SET_ELEM_LIST_MAX: c_int = 5;
pub const NFTA_SET_ELEM_LIST_MAX: c_int = __NFTA_SET_ELEM_LIST_MAX - 1;

pub const NFT_DATA_VALUE: c_uint = 0;
pub const NFT_DATA_VERDICT: c_uint = 0xffffff00;

pub const NFT_DATA_RESERVED_MASK: c_uint = 0xffffff00;

pub const NFTA_DATA_UNSPEC: c_int = 0;
pub const NFTA_DATA_VALUE: c_int = 1;
pub const NFTA_DATA_VERDICT: c_int = 2;
pub const __NFTA_DATA_MAX: c_int = 3;
pub const NFTA_DATA_MAX: c_int = __NFTA_DATA_MAX - 1;

pub const NFT_DATA_VALUE_MAXLEN: c_int = 64;

pub const NFTA_VERDICT_UNSPEC: c_int = 0;
pub const NFTA_VERDICT_CODE: c_int = 1;
pub const NFTA_VERDICT_CHAIN: c_int = 2;
pub const NFTA_VERDICT_CHAIN_ID: c_int = 3;
pub const __NFTA_VERDICT_MAX: c_int = 4;
pub const NFTA_VERDICT_MAX: c_int = __NFTA_VERDICT_MAX - 1;

pub const NFTA_EXPR_UNSPEC: c_int = 0;
pub const NFTA_EXPR_NAME: c_int = 1;
pub const NFTA_EXPR_DATA: c_int = 2;
pub const __NFTA_EXPR_MAX: c_int = 3;
pub const NFTA_EXPR_MAX: c_int = __NFTA_EXPR_MAX - 1;

pub const NFTA_IMMEDIATE_UNSPEC: c_int = 0;
pub const NFTA_IMMEDIATE_DREG: c_int = 1;
pub const NFTA_IMMEDIATE_DATA: c_int = 2;
pub const __NFTA_IMMEDIATE_MAX: c_int = 3;
pub const NFTA_IMMEDIATE_MAX: c_int = __NFTA_IMMEDIATE_MAX - 1;

pub const NFT_BITWISE_MASK_XOR: c_int = 0;
pub const NFT_BITWISE_LSHIFT: c_int = 1;
pub const NFT_BITWISE_RSHIFT: c_int = 2;
pub const NFT_BITWISE_AND: c_int = 3;
pub const NFT_BITWISE_OR: c_int = 4;
pub const NFT_BITWISE_XOR: c_int = 5;

pub const NFT_BITWISE_BOOL: c_int = NFT_BITWISE_MASK_XOR;

pub const NFTA_BITWISE_UNSPEC: c_int = 0;
pub const NFTA_BITWISE_SREG: c_int = 1;
pub const NFTA_BITWISE_DREG: c_int = 2;
pub const NFTA_BITWISE_LEN: c_int = 3;
pub const NFTA_BITWISE_MASK: c_int = 4;
pub const NFTA_BITWISE_XOR: c_int = 5;
pub const NFTA_BITWISE_OP: c_int = 6;
pub const NFTA_BITWISE_DATA: c_int = 7;
pub const NFTA_BITWISE_SREG2: c_int = 8;
pub const __NFTA_BITWISE_MAX: c_int = 9;
pub const NFTA_BITWISE_MAX: c_int = __NFTA_BITWISE_MAX - 1;

pub const NFT_BYTEORDER_NTOH: c_int = 0;
pub const NFT_BYTEORDER_HTON: c_int = 1;

pub const NFTA_BYTEORDER_UNSPEC: c_int = 0;
pub const NFTA_BYTEORDER_SREG: c_int = 1;
pub const NFTA_BYTEORDER_DREG: c_int = 2;
pub const NFTA_BYTEORDER_OP: c_int = 3;
pub const NFTA_BYTEORDER_LEN: c_int = 4;
pub const NFTA_BYTEORDER_SIZE: c_int = 5;
pub const __NFTA_BYTEORDER_MAX: c_int = 6;
pub const NFTA_BYTEORDER_MAX: c_int = __NFTA_BYTEORDER_MAX - 1;

pub const NFT_CMP_EQ: c_int = 0;
pub const NFT_CMP_NEQ: c_int = 1;
pub const NFT_CMP_LT: c_int = 2;
pub const NFT_CMP_LTE: c_int = 3;
pub const NFT_CMP_GT: c_int = 4;
pub const NFT_CMP_GTE: c_int = 5;

pub const NFTA_CMP_UNSPEC: c_int = 0;
pub const NFTA_CMP_SREG: c_int = 1;
pub const NFTA_CMP_OP: c_int = 2;
pub const NFTA_CMP_DATA: c_int = 3;
pub const __NFTA_CMP_MAX: c_int = 4;
pub const NFTA_CMP_MAX: c_int = __NFTA_CMP_MAX - 1;

pub const NFT_RANGE_EQ: c_int = 0;
pub const NFT_RANGE_NEQ: c_int = 1;

pub const NFTA_RANGE_UNSPEC: c_int = 0;
pub const NFTA_RANGE_SREG: c_int = 1;
pub const NFTA_RANGE_OP: c_int = 2;
pub const NFTA_RANGE_FROM_DATA: c_int = 3;
pub const NFTA_RANGE_TO_DATA: c_int = 4;
pub const __NFTA_RANGE_MAX: c_int = 5;
pub const NFTA_RANGE_MAX: c_int = __NFTA_RANGE_MAX - 1;

pub const NFT_LOOKUP_F_INV: c_int = 1;

pub const NFTA_LOOKUP_UNSPEC: c_int = 0;
pub const NFTA_LOOKUP_SET: c_int = 1;
pub const NFTA_LOOKUP_SREG: c_int = 2;
pub const NFTA_LOOKUP_DREG: c_int = 3;
pub const NFTA_LOOKUP_SET_ID: c_int = 4;
pub const NFTA_LOOKUP_FLAGS: c_int = 5;
pub const __NFTA_LOOKUP_MAX: c_int = 6;
pub const NFTA_LOOKUP_MAX: c_int = __NFTA_LOOKUP_MAX - 1;

pub const NFT_DYNSET_OP_ADD: c_int = 0;
pub const NFT_DYNSET_OP_UPDATE: c_int = 1;
pub const NFT_DYNSET_OP_DELETE: c_int = 2;

pub const NFT_DYNSET_F_INV: c_int = 1;
pub const NFT_DYNSET_F_EXPR: c_int = 2;

pub const NFTA_DYNSET_UNSPEC: c_int = 0;
pub const NFTA_DYNSET_SET_NAME: c_int = 1;
pub const NFTA_DYNSET_SET_ID: c_int = 2;
pub const NFTA_DYNSET_OP: c_int = 3;
pub const NFTA_DYNSET_SREG_KEY: c_int = 4;
pub const NFTA_DYNSET_SREG_DATA: c_int = 5;
pub const NFTA_DYNSET_TIMEOUT: c_int = 6;
pub const NFTA_DYNSET_EXPR: c_int = 7;
pub const NFTA_DYNSET_PAD: c_int = 8;
pub const NFTA_DYNSET_FLAGS: c_int = 9;
pub const NFTA_DYNSET_EXPRESSIONS: c_int = 10;
pub const __NFTA_DYNSET_MAX: c_int = 11;
pub const NFTA_DYNSET_MAX: c_int = __NFTA_DYNSET_MAX - 1;

pub const NFT_PAYLOAD_LL_HEADER: c_int = 0;
pub const NFT_PAYLOAD_NETWORK_HEADER: c_int = 1;
pub const NFT_PAYLOAD_TRANSPORT_HEADER: c_int = 2;
pub const NFT_PAYLOAD_INNER_HEADER: c_int = 3;
pub const NFT_PAYLOAD_TUN_HEADER: c_int = 4;

pub const NFT_PAYLOAD_CSUM_NONE: c_int = 0;
pub const NFT_PAYLOAD_CSUM_INET: c_int = 1;
pub const NFT_PAYLOAD_CSUM_SCTP: c_int = 2;

pub const NFT_PAYLOAD_L4CSUM_PSEUDOHDR: c_int = 1;

pub const NFT_INNER_UNSPEC: c_int = 0;
pub const NFT_INNER_VXLAN: c_int = 1;
pub const NFT_INNER_GENEVE: c_int = 2;

pub const NFT_INNER_HDRSIZE: c_int = 1;
pub const NFT_INNER_LL: c_int = 2;
pub const NFT_INNER_NH: c_int = 4;
pub const NFT_INNER_TH: c_int = 8;
pub const NFT_INNER_MASK: c_int = NFT_INNER_HDRSIZE | NFT_INNER_LL | NFT_INNER_NH | NFT_INNER_TH;

pub const NFTA_INNER_UNSPEC: c_int = 0;
pub const NFTA_INNER_NUM: c_int = 1;
pub const NFTA_INNER_TYPE: c_int = 2;
pub const NFTA_INNER_FLAGS: c_int = 3;
pub const NFTA_INNER_HDRSIZE: c_int = 4;
pub const NFTA_INNER_EXPR: c_int = 5;
pub const __NFTA_INNER_MAX: c_int = 6;
pub const NFTA_INNER_MAX: c_int = __NFTA_INNER_MAX - 1;

pub const NFTA_PAYLOAD_UNSPEC: c_int = 0;
pub const NFTA_PAYLOAD_DREG: c_int = 1;
pub const NFTA_PAYLOAD_BASE: c_int = 2;
pub const NFTA_PAYLOAD_OFFSET: c_int = 3;
pub const NFTA_PAYLOAD_LEN: c_int = 4;
pub const NFTA_PAYLOAD_SREG: c_int = 5;
pub const NFTA_PAYLOAD_CSUM_TYPE: c_int = 6;
pub const NFTA_PAYLOAD_CSUM_OFFSET: c_int = 7;
pub const NFTA_PAYLOAD_CSUM_FLAGS: c_int = 8;
pub const __NFTA_PAYLOAD_MAX: c_int = 9;
pub const NFTA_PAYLOAD_MAX: c_int = __NFTA_PAYLOAD_MAX - 1;

pub const NFT_EXTHDR_F_PRESENT: c_int = 1;

pub const NFT_EXTHDR_OP_IPV6: c_int = 0;
pub const NFT_EXTHDR_OP_TCPOPT: c_int = 1;
pub const NFT_EXTHDR_OP_IPV4: c_int = 2;
pub const NFT_EXTHDR_OP_SCTP: c_int = 3;
pub const NFT_EXTHDR_OP_DCCP: c_int = 4;
pub const __NFT_EXTHDR_OP_MAX: c_int = 5;
pub const NFT_EXTHDR_OP_MAX: c_int = __NFT_EXTHDR_OP_MAX - 1;

pub const NFTA_EXTHDR_UNSPEC: c_int = 0;
pub const NFTA_EXTHDR_DREG: c_int = 1;
pub const NFTA_EXTHDR_TYPE: c_int = 2;
pub const NFTA_EXTHDR_OFFSET: c_int = 3;
pub const NFTA_EXTHDR_LEN: c_int = 4;
pub const NFTA_EXTHDR_FLAGS: c_int = 5;
pub const NFTA_EXTHDR_OP: c_int = 6;
pub const NFTA_EXTHDR_SREG: c_int = 7;
pub const __NFTA_EXTHDR_MAX: c_int = 8;
pub const NFTA_EXTHDR_MAX: c_int = __NFTA_EXTHDR_MAX - 1;

pub const NFT_META_LEN: c_int = 0;
pub const NFT_META_PROTOCOL: c_int = 1;
pub const NFT_META_PRIORITY: c_int = 2;
pub const NFT_META_MARK: c_int = 3;
pub const NFT_META_IIF: c_int = 4;
pub const NFT_META_OIF: c_int = 5;
pub const NFT_META_IIFNAME: c_int = 6;
pub const NFT_META_OIFNAME: c_int = 7;
pub const NFT_META_IFTYPE: c_int = 8;
pub const NFT_META_IIFTYPE: c_int = NFT_META_IFTYPE;
pub const NFT_META_OIFTYPE: c_int = 9;
pub const NFT_META_SKUID: c_int = 10;
pub const NFT_META_SKGID: c_int = 11;
pub const NFT_META_NFTRACE: c_int = 12;
pub const NFT_META_RTCLASSID: c_int = 13;
pub const NFT_META_SECMARK: c_int = 14;
pub const NFT_META_NFPROTO: c_int = 15;
pub const NFT_META_L4PROTO: c_int = 16;
pub const NFT_META_BRI_IIFNAME: c_int = 17;
pub const NFT_META_BRI_OIFNAME: c_int = 18;
pub const NFT_META_PKTTYPE: c_int = 19;
pub const NFT_META_CPU: c_int = 20;
pub const NFT_META_IIFGROUP: c_int = 21;
pub const NFT_META_OIFGROUP: c_int = 22;
pub const NFT_META_CGROUP: c_int = 23;
pub const NFT_META_PRANDOM: c_int = 24;
pub const NFT_META_SECPATH: c_int = 25;
pub const NFT_META_IIFKIND: c_int = 26;
pub const NFT_META_OIFKIND: c_int = 27;
pub const NFT_META_BRI_IIFPVID: c_int = 28;
pub const NFT_META_BRI_IIFVPROTO: c_int = 29;
pub const NFT_META_TIME_NS: c_int = 30;
pub const NFT_META_TIME_DAY: c_int = 31;
pub const NFT_META_TIME_HOUR: c_int = 32;
pub const NFT_META_SDIF: c_int = 33;
pub const NFT_META_SDIFNAME: c_int = 34;
pub const NFT_META_BRI_BROUTE: c_int = 35;
pub const __NFT_META_IIFTYPE: c_int = 36;
pub const NFT_META_BRI_IIFHWADDR: c_int = 37;

pub const NFT_RT_CLASSID: c_int = 0;
pub const NFT_RT_NEXTHOP4: c_int = 1;
pub const NFT_RT_NEXTHOP6: c_int = 2;
pub const NFT_RT_TCPMSS: c_int = 3;
pub const NFT_RT_XFRM: c_int = 4;
pub const __NFT_RT_MAX: c_int = 5;
pub const NFT_RT_MAX: c_int = __NFT_RT_MAX - 1;

pub const NFT_HASH_JENKINS: c_int = 0;
pub const NFT_HASH_SYM: c_int = 1;

pub const NFTA_HASH_UNSPEC: c_int = 0;
pub const NFTA_HASH_SREG: c_int = 1;
pub const NFTA_HASH_DREG: c_int = 2;
pub const NFTA_HASH_LEN: c_int = 3;
pub const NFTA_HASH_MODULUS: c_int = 4;
pub const NFTA_HASH_SEED: c_int = 5;
pub const NFTA_HASH_OFFSET: c_int = 6;
pub const NFTA_HASH_TYPE: c_int = 7;
pub const NFTA_HASH_SET_NAME: c_int = 8;
pub const NFTA_HASH_SET_ID: c_int = 9;
pub const __NFTA_HASH_MAX: c_int = 10;
pub const NFTA_HASH_MAX: c_int = __NFTA_HASH_MAX - 1;

pub const NFTA_META_UNSPEC: c_int = 0;
pub const NFTA_META_DREG: c_int = 1;
pub const NFTA_META_KEY: c_int = 2;
pub const NFTA_META_SREG: c_int = 3;
pub const __NFTA_META_MAX: c_int = 4;
pub const NFTA_META_MAX: c_int = __NFTA_META_MAX - 1;

pub const NFTA_RT_UNSPEC: c_int = 0;
pub const NFTA_RT_DREG: c_int = 1;
pub const NFTA_RT_KEY: c_int = 2;
pub const __NFTA_RT_MAX: c_int = 3;
pub const NFTA_RT_MAX: c_int = __NFTA_RT_MAX - 1;

pub const NFTA_SOCKET_UNSPEC: c_int = 0;
pub const NFTA_SOCKET_KEY: c_int = 1;
pub const NFTA_SOCKET_DREG: c_int = 2;
pub const NFTA_SOCKET_LEVEL: c_int = 3;
pub const __NFTA_SOCKET_MAX: c_int = 4;
pub const NFTA_SOCKET_MAX: c_int = __NFTA_SOCKET_MAX - 1;

pub const NFT_SOCKET_TRANSPARENT: c_int = 0;
pub const NFT_SOCKET_MARK: c_int = 1;
pub const NFT_SOCKET_WILDCARD: c_int = 2;
pub const NFT_SOCKET_CGROUPV2: c_int = 3;
pub const __NFT_SOCKET_MAX: c_int = 4;
pub const NFT_SOCKET_MAX: c_int = __NFT_SOCKET_MAX - 1;

pub const NFT_CT_STATE: c_int = 0;
pub const NFT_CT_DIRECTION: c_int = 1;
pub const NFT_CT_STATUS: c_int = 2;
pub const NFT_CT_MARK: c_int = 3;
pub const NFT_CT_SECMARK: c_int = 4;
pub const NFT_CT_EXPIRATION: c_int = 5;
pub const NFT_CT_HELPER: c_int = 6;
pub const NFT_CT_L3PROTOCOL: c_int = 7;
pub const NFT_CT_SRC: c_int = 8;
pub const NFT_CT_DST: c_int = 9;
pub const NFT_CT_PROTOCOL: c_int = 10;
pub const NFT_CT_PROTO_SRC: c_int = 11;
pub const NFT_CT_PROTO_DST: c_int = 12;
pub const NFT_CT_LABELS: c_int = 13;
pub const NFT_CT_PKTS: c_int = 14;
pub const NFT_CT_BYTES: c_int = 15;
pub const NFT_CT_AVGPKT: c_int = 16;
pub const NFT_CT_ZONE: c_int = 17;
pub const NFT_CT_EVENTMASK: c_int = 18;
pub const NFT_CT_SRC_IP: c_int = 19;
pub const NFT_CT_DST_IP: c_int = 20;
pub const NFT_CT_SRC_IP6: c_int = 21;
pub const NFT_CT_DST_IP6: c_int = 22;
pub const NFT_CT_ID: c_int = 23;
pub const __NFT_CT_MAX: c_int = 24;
pub const NFT_CT_MAX: c_int = __NFT_CT_MAX - 1;

pub const NFTA_CT_UNSPEC: c_int = 0;
pub const NFTA_CT_DREG: c_int = 1;
pub const NFTA_CT_KEY: c_int = 2;
pub const NFTA_CT_DIRECTION: c_int = 3;
pub const NFTA_CT_SREG: c_int = 4;
pub const __NFTA_CT_MAX: c_int = 5;
pub const NFTA_CT_MAX: c_int = __NFTA_CT_MAX - 1;

pub const NFTA_FLOW_UNSPEC: c_int = 0;
pub const NFTA_FLOW_TABLE_NAME: c_int = 1;
pub const __NFTA_FLOW_MAX: c_int = 2;
pub const NFTA_FLOW_MAX: c_int = __NFTA_FLOW_MAX - 1;

pub const NFT_LIMIT_PKTS: c_int = 0;
pub const NFT_LIMIT_PKT_BYTES: c_int = 1;

pub const NFT_LIMIT_F_INV: c_int = 1;

pub const NFTA_LIMIT_UNSPEC: c_int = 0;
pub const NFTA_LIMIT_RATE: c_int = 1;
pub const NFTA_LIMIT_UNIT: c_int = 2;
pub const NFTA_LIMIT_BURST: c_int = 3;
pub const NFTA_LIMIT_TYPE: c_int = 4;
pub const NFTA_LIMIT_FLAGS: c_int = 5;
pub const NFTA_LIMIT_PAD: c_int = 6;
pub const __NFTA_LIMIT_MAX: c_int = 7;
pub const NFTA_LIMIT_MAX: c_int = __NFTA_LIMIT_MAX - 1;

pub const NFT_CONNLIMIT_F_INV: c_int = 1;

pub const NFTA_CONNLIMIT_UNSPEC: c_int = 0;
pub const NFTA_CONNLIMIT_COUNT: c_int = 1;
pub const NFTA_CONNLIMIT_FLAGS: c_int = 2;
pub const __NFTA_CONNLIMIT_MAX: c_int = 3;
pub const NFTA_CONNLIMIT_MAX: c_int = __NFTA_CONNLIMIT_MAX - 1;

pub const NFTA_COUNTER_UNSPEC: c_int = 0;
pub const NFTA_COUNTER_BYTES: c_int = 1;
pub const NFTA_COUNTER_PACKETS: c_int = 2;
pub const NFTA_COUNTER_PAD: c_int = 3;
pub const __NFTA_COUNTER_MAX: c_int = 4;
pub const NFTA_COUNTER_MAX: c_int = __NFTA_COUNTER_MAX - 1;

pub const NFTA_LAST_UNSPEC: c_int = 0;
pub const NFTA_LAST_SET: c_int = 1;
pub const NFTA_LAST_MSECS: c_int = 2;
pub const NFTA_LAST_PAD: c_int = 3;
pub const __NFTA_LAST_MAX: c_int = 4;
pub const NFTA_LAST_MAX: c_int = __NFTA_LAST_MAX - 1;

pub const NFTA_LOG_UNSPEC: c_int = 0;
pub const NFTA_LOG_GROUP: c_int = 1;
pub const NFTA_LOG_PREFIX: c_int = 2;
pub const NFTA_LOG_SNAPLEN: c_int = 3;
pub const NFTA_LOG_QTHRESHOLD: c_int = 4;
pub const NFTA_LOG_LEVEL: c_int = 5;
pub const NFTA_LOG_FLAGS: c_int = 6;
pub const __NFTA_LOG_MAX: c_int = 7;
pub const NFTA_LOG_MAX: c_int = __NFTA_LOG_MAX - 1;

pub const NFT_LOGLEVEL_EMERG: c_int = 0;
pub const NFT_LOGLEVEL_ALERT: c_int = 1;
pub const NFT_LOGLEVEL_CRIT: c_int = 2;
pub const NFT_LOGLEVEL_ERR: c_int = 3;
pub const NFT_LOGLEVEL_WARNING: c_int = 4;
pub const NFT_LOGLEVEL_NOTICE: c_int = 5;
pub const NFT_LOGLEVEL_INFO: c_int = 6;
pub const NFT_LOGLEVEL_DEBUG: c_int = 7;
pub const NFT_LOGLEVEL_AUDIT: c_int = 8;
pub const __NFT_LOGLEVEL_MAX: c_int = 9;
pub const NFT_LOGLEVEL_MAX: c_int = __NFT_LOGLEVEL_MAX - 1;

pub const NFTA_QUEUE_UNSPEC: c_int = 0;
pub const NFTA_QUEUE_NUM: c_int = 1;
pub const NFTA_QUEUE_TOTAL: c_int = 2;
pub const NFTA_QUEUE_FLAGS: c_int = 3;
pub const NFTA_QUEUE_SREG_QNUM: c_int = 4;
pub const __NFTA_QUEUE_MAX: c_int = 5;
pub const NFTA_QUEUE_MAX: c_int = __NFTA_QUEUE_MAX - 1;
pub const NFT_QUEUE_FLAG_BYPASS: c_int = 0x01;
pub const NFT_QUEUE_FLAG_CPU_FANOUT: c_int = 0x02;
pub const NFT_QUEUE_FLAG_MASK: c_int = 0x03;

pub const NFT_QUOTA_F_INV: c_int = 1;
pub const NFT_QUOTA_F_DEPLETED: c_int = 2;

pub const NFTA_QUOTA_UNSPEC: c_int = 0;
pub const NFTA_QUOTA_BYTES: c_int = 1;
pub const NFTA_QUOTA_FLAGS: c_int = 2;
pub const NFTA_QUOTA_PAD: c_int = 3;
pub const NFTA_QUOTA_CONSUMED: c_int = 4;
pub const __NFTA_QUOTA_MAX: c_int = 5;
pub const NFTA_QUOTA_MAX: c_int = __NFTA_QUOTA_MAX - 1;

pub const NFTA_SECMARK_UNSPEC: c_int = 0;
pub const NFTA_SECMARK_CTX: c_int = 1;
pub const __NFTA_SECMARK_MAX: c_int = 2;
pub const NFTA_SECMARK_MAX: c_int = __NFTA_SECMARK_MAX - 1;

pub const NFT_SECMARK_CTX_MAXLEN: c_int = 4096;

pub const NFT_REJECT_ICMP_UNREACH: c_int = 0;
pub const NFT_REJECT_TCP_RST: c_int = 1;
pub const NFT_REJECT_ICMPX_UNREACH: c_int = 2;

pub const NFT_REJECT_ICMPX_NO_ROUTE: c_int = 0;
pub const NFT_REJECT_ICMPX_PORT_UNREACH: c_int = 1;
pub const NFT_REJECT_ICMPX_HOST_UNREACH: c_int = 2;
pub const NFT_REJECT_ICMPX_ADMIN_PROHIBITED: c_int = 3;
pub const __NFT_REJECT_ICMPX_MAX: c_int = 4;
pub const NFT_REJECT_ICMPX_MAX: c_int = __NFT_REJECT_ICMPX_MAX - 1;

pub const NFTA_REJECT_UNSPEC: c_int = 0;
pub const NFTA_REJECT_TYPE: c_int = 1;
pub const NFTA_REJECT_ICMP_CODE: c_int = 2;
pub const __NFTA_REJECT_MAX: c_int = 3;
pub const NFTA_REJECT_MAX: c_int = __NFTA_REJECT_MAX - 1;

pub const NFT_NAT_SNAT: c_int = 0;
pub const NFT_NAT_DNAT: c_int = 1;

pub const NFTA_NAT_UNSPEC: c_int = 0;
pub const NFTA_NAT_TYPE: c_int = 1;
pub const NFTA_NAT_FAMILY: c_int = 2;
pub const NFTA_NAT_REG_ADDR_MIN: c_int = 3;
pub const NFTA_NAT_REG_ADDR_MAX: c_int = 4;
pub const NFTA_NAT_REG_PROTO_MIN: c_int = 5;
pub const NFTA_NAT_REG_PROTO_MAX: c_int = 6;
pub const NFTA_NAT_FLAGS: c_int = 7;
pub const __NFTA_NAT_MAX: c_int = 8;
pub const NFTA_NAT_MAX: c_int = __NFTA_NAT_MAX - 1;

pub const NFTA_TPROXY_UNSPEC: c_int = 0;
pub const NFTA_TPROXY_FAMILY: c_int = 1;
pub const NFTA_TPROXY_REG_ADDR: c_int = 2;
pub const NFTA_TPROXY_REG_PORT: c_int = 3;
pub const __NFTA_TPROXY_MAX: c_int = 4;
pub const NFTA_TPROXY_MAX: c_int = __NFTA_TPROXY_MAX - 1;

pub const NFTA_MASQ_UNSPEC: c_int = 0;
pub const NFTA_MASQ_FLAGS: c_int = 1;
pub const NFTA_MASQ_REG_PROTO_MIN: c_int = 2;
pub const NFTA_MASQ_REG_PROTO_MAX: c_int = 3;
pub const __NFTA_MASQ_MAX: c_int = 4;
pub const NFTA_MASQ_MAX: c_int = __NFTA_MASQ_MAX - 1;

pub const NFTA_REDIR_UNSPEC: c_int = 0;
pub const NFTA_REDIR_REG_PROTO_MIN: c_int = 1;
pub const NFTA_REDIR_REG_PROTO_MAX: c_int = 2;
pub const NFTA_REDIR_FLAGS: c_int = 3;
pub const __NFTA_REDIR_MAX: c_int = 4;
pub const NFTA_REDIR_MAX: c_int = __NFTA_REDIR_MAX - 1;

pub const NFTA_DUP_UNSPEC: c_int = 0;
pub const NFTA_DUP_SREG_ADDR: c_int = 1;
pub const NFTA_DUP_SREG_DEV: c_int = 2;
pub const __NFTA_DUP_MAX: c_int = 3;
pub const NFTA_DUP_MAX: c_int = __NFTA_DUP_MAX - 1;

pub const NFTA_FWD_UNSPEC: c_int = 0;
pub const NFTA_FWD_SREG_DEV: c_int = 1;
pub const NFTA_FWD_SREG_ADDR: c_int = 2;
pub const NFTA_FWD_NFPROTO: c_int = 3;
pub const __NFTA_FWD_MAX: c_int = 4;
pub const NFTA_FWD_MAX: c_int = __NFTA_FWD_MAX - 1;

pub const NFTA_OBJREF_UNSPEC: c_int = 0;
pub const NFTA_OBJREF_IMM_TYPE: c_int = 1;
pub const NFTA_OBJREF_IMM_NAME: c_int = 2;
pub const NFTA_OBJREF_SET_SREG: c_int = 3;
pub const NFTA_OBJREF_SET_NAME: c_int = 4;
pub const NFTA_OBJREF_SET_ID: c_int = 5;
pub const __NFTA_OBJREF_MAX: c_int = 6;
pub const NFTA_OBJREF_MAX: c_int = __NFTA_OBJREF_MAX - 1;

pub const NFTA_GEN_UNSPEC: c_int = 0;
pub const NFTA_GEN_ID: c_int = 1;
pub const NFTA_GEN_PROC_PID: c_int = 2;
pub const NFTA_GEN_PROC_NAME: c_int = 3;
pub const __NFTA_GEN_MAX: c_int = 4;
pub const NFTA_GEN_MAX: c_int = __NFTA_GEN_MAX - 1;

pub const NFTA_FIB_UNSPEC: c_int = 0;
pub const NFTA_FIB_DREG: c_int = 1;
pub const NFTA_FIB_RESULT: c_int = 2;
pub const NFTA_FIB_FLAGS: c_int = 3;
pub const __NFTA_FIB_MAX: c_int = 4;
pub const NFTA_FIB_MAX: c_int = __NFTA_FIB_MAX - 1;

pub const NFT_FIB_RESULT_UNSPEC: c_int = 0;
pub const NFT_FIB_RESULT_OIF: c_int = 1;
pub const NFT_FIB_RESULT_OIFNAME: c_int = 2;
pub const NFT_FIB_RESULT_ADDRTYPE: c_int = 3;
pub const __NFT_FIB_RESULT_MAX: c_int = 4;
pub const NFT_FIB_RESULT_MAX: c_int = __NFT_FIB_RESULT_MAX - 1;

pub const NFTA_FIB_F_SADDR: c_int = 1;
pub const NFTA_FIB_F_DADDR: c_int = 2;
pub const NFTA_FIB_F_MARK: c_int = 4;
pub const NFTA_FIB_F_IIF: c_int = 8;
pub const NFTA_FIB_F_OIF: c_int = 16;
pub const NFTA_FIB_F_PRESENT: c_int = 32;

pub const NFTA_CT_HELPER_UNSPEC: c_int = 0;
pub const NFTA_CT_HELPER_NAME: c_int = 1;
pub const NFTA_CT_HELPER_L3PROTO: c_int = 2;
pub const NFTA_CT_HELPER_L4PROTO: c_int = 3;
pub const __NFTA_CT_HELPER_MAX: c_int = 4;
pub const NFTA_CT_HELPER_MAX: c_int = __NFTA_CT_HELPER_MAX - 1;

pub const NFTA_CT_TIMEOUT_UNSPEC: c_int = 0;
pub const NFTA_CT_TIMEOUT_L3PROTO: c_int = 1;
pub const NFTA_CT_TIMEOUT_L4PROTO: c_int = 2;
pub const NFTA_CT_TIMEOUT_DATA: c_int = 3;
pub const __NFTA_CT_TIMEOUT_MAX: c_int = 4;
pub const NFTA_CT_TIMEOUT_MAX: c_int = __NFTA_CT_TIMEOUT_MAX - 1;

pub const NFTA_CT_EXPECT_UNSPEC: c_int = 0;
pub const NFTA_CT_EXPECT_L3PROTO: c_int = 1;
pub const NFTA_CT_EXPECT_L4PROTO: c_int = 2;
pub const NFTA_CT_EXPECT_DPORT: c_int = 3;
pub const NFTA_CT_EXPECT_TIMEOUT: c_int = 4;
pub const NFTA_CT_EXPECT_SIZE: c_int = 5;
pub const __NFTA_CT_EXPECT_MAX: c_int = 6;
pub const NFTA_CT_EXPECT_MAX: c_int = __NFTA_CT_EXPECT_MAX - 1;
pub const NFT_OBJECT_UNSPEC: c_int = 0;
pub const NFT_OBJECT_COUNTER: c_int = 1;
pub const NFT_OBJECT_QUOTA: c_int = 2;
pub const NFT_OBJECT_CT_HELPER: c_int = 3;
pub const NFT_OBJECT_LIMIT: c_int = 4;
pub const NFT_OBJECT_CONNLIMIT: c_int = 5;
pub const NFT_OBJECT_TUNNEL: c_int = 6;
pub const NFT_OBJECT_CT_TIMEOUT: c_int = 7;
pub const NFT_OBJECT_SECMARK: c_int = 8;
pub const NFT_OBJECT_CT_EXPECT: c_int = 9;
pub const NFT_OBJECT_SYNPROXY: c_int = 10;
pub const __NFT_OBJECT_MAX: c_int = 11;
pub const NFT_OBJECT_MAX: c_int = __NFT_OBJECT_MAX - 1;

pub const NFTA_OBJ_UNSPEC: c_int = 0;
pub const NFTA_OBJ_TABLE: c_int = 1;
pub const NFTA_OBJ_NAME: c_int = 2;
pub const NFTA_OBJ_TYPE: c_int = 3;
pub const NFTA_OBJ_DATA: c_int = 4;
pub const NFTA_OBJ_USE: c_int = 5;
pub const NFTA_OBJ_HANDLE: c_int = 6;
pub const NFTA_OBJ_PAD: c_int = 7;
pub const NFTA_OBJ_USERDATA: c_int = 8;
pub const __NFTA_OBJ_MAX: c_int = 9;
pub const NFTA_OBJ_MAX: c_int = __NFTA_OBJ_MAX - 1;

pub const NFT_FLOWTABLE_HW_OFFLOAD: c_int = 1;
pub const NFT_FLOWTABLE_COUNTER: c_int = 2;
pub const NFT_FLOWTABLE_MASK: c_int = 3;

pub const NFTA_FLOWTABLE_UNSPEC: c_int = 0;
pub const NFTA_FLOWTABLE_TABLE: c_int = 1;
pub const NFTA_FLOWTABLE_NAME: c_int = 2;
pub const NFTA_FLOWTABLE_HOOK: c_int = 3;
pub const NFTA_FLOWTABLE_USE: c_int = 4;
pub const NFTA_FLOWTABLE_HANDLE: c_int = 5;
pub const NFTA_FLOWTABLE_PAD: c_int = 6;
pub const NFTA_FLOWTABLE_FLAGS: c_int = 7;
pub const __NFTA_FLOWTABLE_MAX: c_int = 8;
pub const NFTA_FLOWTABLE_MAX: c_int = __NFTA_FLOWTABLE_MAX - 1;

pub const NFTA_FLOWTABLE_HOOK_UNSPEC: c_int = 0;
pub const NFTA_FLOWTABLE_HOOK_NUM: c_int = 1;
pub const NFTA_FLOWTABLE_HOOK_PRIORITY: c_int = 2;
pub const NFTA_FLOWTABLE_HOOK_DEVS: c_int = 3;
pub const __NFTA_FLOWTABLE_HOOK_MAX: c_int = 4;
pub const NFTA_FLOWTABLE_HOOK_MAX: c_int = __NFTA_FLOWTABLE_HOOK_MAX - 1;

pub const NFTA_OSF_UNSPEC: c_int = 0;
pub const NFTA_OSF_DREG: c_int = 1;
pub const NFTA_OSF_TTL: c_int = 2;
pub const NFTA_OSF_FLAGS: c_int = 3;
pub const __NFTA_OSF_MAX: c_int = 4;
pub const NFTA_OSF_MAX: c_int = __NFTA_OSF_MAX - 1;

pub const NFT_OSF_F_VERSION: c_int = 1;

pub const NFTA_SYNPROXY_UNSPEC: c_int = 0;
pub const NFTA_SYNPROXY_MSS: c_int = 1;
pub const NFTA_SYNPROXY_WSCALE: c_int = 2;
pub const NFTA_SYNPROXY_FLAGS: c_int = 3;
pub const __NFTA_SYNPROXY_MAX: c_int = 4;
pub const NFTA_SYNPROXY_MAX: c_int = __NFTA_SYNPROXY_MAX - 1;

pub const NFTA_DEVICE_UNSPEC: c_int = 0;
pub const NFTA_DEVICE_NAME: c_int = 1;
pub const NFTA_DEVICE_PREFIX: c_int = 2;
pub const __NFTA_DEVICE_MAX: c_int = 3;
pub const NFTA_DEVICE_MAX: c_int = __NFTA_DEVICE_MAX - 1;

pub const NFTA_XFRM_UNSPEC: c_int = 0;
pub const NFTA_XFRM_DREG: c_int = 1;
pub const NFTA_XFRM_KEY: c_int = 2;
pub const NFTA_XFRM_DIR: c_int = 3;
pub const NFTA_XFRM_SPNUM: c_int = 4;
pub const __NFTA_XFRM_MAX: c_int = 5;
pub const NFTA_XFRM_MAX: c_int = __NFTA_XFRM_MAX - 1;

pub const NFT_XFRM_KEY_UNSPEC: c_int = 0;
pub const NFT_XFRM_KEY_DADDR_IP4: c_int = 1;
pub const NFT_XFRM_KEY_DADDR_IP6: c_int = 2;
pub const NFT_XFRM_KEY_SADDR_IP4: c_int = 3;
pub const NFT_XFRM_KEY_SADDR_IP6: c_int = 4;
pub const NFT_XFRM_KEY_REQID: c_int = 5;
pub const NFT_XFRM_KEY_SPI: c_int = 6;
pub const __NFT_XFRM_KEY_MAX: c_int = 7;
pub const NFT_XFRM_KEY_MAX: c_int = __NFT_XFRM_KEY_MAX - 1;

pub const NFTA_TRACE_UNSPEC: c_int = 0;
pub const NFTA_TRACE_TABLE: c_int = 1;
pub const NFTA_TRACE_CHAIN: c_int = 2;
pub const NFTA_TRACE_RULE_HANDLE: c_int = 3;
pub const NFTA_TRACE_TYPE: c_int = 4;
pub const NFTA_TRACE_VERDICT: c_int = 5;
pub const NFTA_TRACE_ID: c_int = 6;
pub const NFTA_TRACE_LL_HEADER: c_int = 7;
pub const NFTA_TRACE_NETWORK_HEADER: c_int = 8;
pub const NFTA_TRACE_TRANSPORT_HEADER: c_int = 9;
pub const NFTA_TRACE_IIF: c_int = 10;
pub const NFTA_TRACE_IIFTYPE: c_int = 11;
pub const NFTA_TRACE_OIF: c_int = 12;
pub const NFTA_TRACE_OIFTYPE: c_int = 13;
pub const NFTA_TRACE_MARK: c_int = 14;
pub const NFTA_TRACE_NFPROTO: c_int = 15;
pub const NFTA_TRACE_POLICY: c_int = 16;
pub const NFTA_TRACE_PAD: c_int = 17;
pub const NFTA_TRACE_CT_ID: c_int = 18;
pub const NFTA_TRACE_CT_DIRECTION: c_int = 19;
pub const NFTA_TRACE_CT_STATUS: c_int = 20;
pub const NFTA_TRACE_CT_STATE: c_int = 21;
pub const __NFTA_TRACE_MAX: c_int = 22;
pub const NFTA_TRACE_MAX: c_int = __NFTA_TRACE_MAX - 1;

pub const NFT_TRACETYPE_UNSPEC: c_int = 0;
pub const NFT_TRACETYPE_POLICY: c_int = 1;
pub const NFT_TRACETYPE_RETURN: c_int = 2;
pub const NFT_TRACETYPE_RULE: c_int = 3;
pub const __NFT_TRACETYPE_MAX: c_int = 4;
pub const NFT_TRACETYPE_MAX: c_int = __NFT_TRACETYPE_MAX - 1;

pub const NFTA_NG_UNSPEC: c_int = 0;
pub const NFTA_NG_DREG: c_int = 1;
pub const NFTA_NG_MODULUS: c_int = 2;
pub const NFTA_NG_TYPE: c_int = 3;
pub const NFTA_NG_OFFSET: c_int = 4;
pub const NFTA_NG_SET_NAME: c_int = 5;
pub const NFTA_NG_SET_ID: c_int = 6;
pub const __NFTA_NG_MAX: c_int = 7;
pub const NFTA_NG_MAX: c_int = __NFTA_NG_MAX - 1;

pub const NFT_NG_INCREMENTAL: c_int = 0;
pub const NFT_NG_RANDOM: c_int = 1;
pub const __NFT_NG_MAX: c_int = 2;
pub const NFT_NG_MAX: c_int = __NFT_NG_MAX - 1;

pub const NFTA_TUNNEL_KEY_IP_UNSPEC: c_int = 0;
pub const NFTA_TUNNEL_KEY_IP_SRC: c_int = 1;
pub const NFTA_TUNNEL_KEY_IP_DST: c_int = 2;
pub const __NFTA_TUNNEL_KEY_IP_MAX: c_int = 3;
pub const NFTA_TUNNEL_KEY_IP_MAX: c_int = __NFTA_TUNNEL_KEY_IP_MAX - 1;

pub const NFTA_TUNNEL_KEY_IP6_UNSPEC: c_int = 0;
pub const NFTA_TUNNEL_KEY_IP6_SRC: c_int = 1;
pub const NFTA_TUNNEL_KEY_IP6_DST: c_int = 2;
pub const NFTA_TUNNEL_KEY_IP6_FLOWLABEL: c_int = 3;
pub const __NFTA_TUNNEL_KEY_IP6_MAX: c_int = 4;
pub const NFTA_TUNNEL_KEY_IP6_MAX: c_int = __NFTA_TUNNEL_KEY_IP6_MAX - 1;

pub const NFTA_TUNNEL_KEY_OPTS_UNSPEC: c_int = 0;
pub const NFTA_TUNNEL_KEY_OPTS_VXLAN: c_int = 1;
pub const NFTA_TUNNEL_KEY_OPTS_ERSPAN: c_int = 2;
pub const NFTA_TUNNEL_KEY_OPTS_GENEVE: c_int = 3;
pub const __NFTA_TUNNEL_KEY_OPTS_MAX: c_int = 4;
pub const NFTA_TUNNEL_KEY_OPTS_MAX: c_int = __NFTA_TUNNEL_KEY_OPTS_MAX - 1;

pub const NFTA_TUNNEL_KEY_VXLAN_UNSPEC: c_int = 0;
pub const NFTA_TUNNEL_KEY_VXLAN_GBP: c_int = 1;
pub const __NFTA_TUNNEL_KEY_VXLAN_MAX: c_int = 2;
pub const NFTA_TUNNEL_KEY_VXLAN_MAX: c_int = __NFTA_TUNNEL_KEY_VXLAN_MAX - 1;

pub const NFTA_TUNNEL_KEY_ERSPAN_UNSPEC: c_int = 0;
pub const NFTA_TUNNEL_KEY_ERSPAN_VERSION: c_int = 1;
pub const NFTA_TUNNEL_KEY_ERSPAN_V1_INDEX: c_int = 2;
pub const NFTA_TUNNEL_KEY_ERSPAN_V2_HWID: c_int = 3;
pub const NFTA_TUNNEL_KEY_ERSPAN_V2_DIR: c_int = 4;
pub const __NFTA_TUNNEL_KEY_ERSPAN_MAX: c_int = 5;
pub const NFTA_TUNNEL_KEY_ERSPAN_MAX: c_int = __NFTA_TUNNEL_KEY_ERSPAN_MAX - 1;

pub const NFTA_TUNNEL_KEY_GENEVE_UNSPEC: c_int = 0;
pub const NFTA_TUNNEL_KEY_GENEVE_CLASS: c_int = 1;
pub const NFTA_TUNNEL_KEY_GENEVE_TYPE: c_int = 2;
pub const NFTA_TUNNEL_KEY_GENEVE_DATA: c_int = 3;
pub const __NFTA_TUNNEL_KEY_GENEVE_MAX: c_int = 4;
pub const NFTA_TUNNEL_KEY_GENEVE_MAX: c_int = __NFTA_TUNNEL_KEY_GENEVE_MAX - 1;

pub const NFT_TUNNEL_F_ZERO_CSUM_TX: c_int = 1;
pub const NFT_TUNNEL_F_DONT_FRAGMENT: c_int = 2;
pub const NFT_TUNNEL_F_SEQ_NUMBER: c_int = 4;
pub const NFT_TUNNEL_F_MASK: c_int =
    NFT_TUNNEL_F_ZERO_CSUM_TX | NFT_TUNNEL_F_DONT_FRAGMENT | NFT_TUNNEL_F_SEQ_NUMBER;

pub const NFTA_TUNNEL_KEY_UNSPEC: c_int = 0;
pub const NFTA_TUNNEL_KEY_ID: c_int = 1;
pub const NFTA_TUNNEL_KEY_IP: c_int = 2;
pub const NFTA_TUNNEL_KEY_IP6: c_int = 3;
pub const NFTA_TUNNEL_KEY_FLAGS: c_int = 4;
pub const NFTA_TUNNEL_KEY_TOS: c_int = 5;
pub const NFTA_TUNNEL_KEY_TTL: c_int = 6;
pub const NFTA_TUNNEL_KEY_SPORT: c_int = 7;
pub const NFTA_TUNNEL_KEY_DPORT: c_int = 8;
pub const NFTA_TUNNEL_KEY_OPTS: c_int = 9;
pub const __NFTA_TUNNEL_KEY_MAX: c_int = 10;
pub const NFTA_TUNNEL_KEY_MAX: c_int = __NFTA_TUNNEL_KEY_MAX - 1;

pub const NFT_TUNNEL_PATH: c_int = 0;
pub const NFT_TUNNEL_ID: c_int = 1;
pub const __NFT_TUNNEL_MAX: c_int = 2;
pub const NFT_TUNNEL_MAX: c_int = __NFT_TUNNEL_MAX - 1;

pub const NFT_TUNNEL_MODE_NONE: c_int = 0;
pub const NFT_TUNNEL_MODE_RX: c_int = 1;
pub const NFT_TUNNEL_MODE_TX: c_int = 2;
pub const __NFT_TUNNEL_MODE_MAX: c_int = 3;
pub const NFT_TUNNEL_MODE_MAX: c_int = __NFT_TUNNEL_MODE_MAX - 1;

pub const NFTA_TUNNEL_UNSPEC: c_int = 0;
pub const NFTA_TUNNEL_KEY: c_int = 1;
pub const NFTA_TUNNEL_DREG: c_int = 2;
pub const NFTA_TUNNEL_MODE: c_int = 3;
pub const __NFTA_TUNNEL_MAX: c_int = 4;
pub const NFTA_TUNNEL_MAX: c_int = __NFTA_TUNNEL_MAX - 1;
