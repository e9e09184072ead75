// `<linux/connector.h>`: the kernel connector over `NETLINK_CONNECTOR`: the
// users' `CN_IDX_*`/`CN_VAL_*` ids and the `cn_msg` header (kernel
// `include/uapi/linux/connector.h`).

pub const CN_IDX_PROC: c_uint = 0x1;
pub const CN_VAL_PROC: c_uint = 0x1;
pub const CN_IDX_CIFS: c_uint = 0x2;
pub const CN_VAL_CIFS: c_uint = 0x1;
pub const CN_W1_IDX: c_uint = 0x3;
pub const CN_W1_VAL: c_uint = 0x1;
pub const CN_IDX_V86D: c_uint = 0x4;
pub const CN_VAL_V86D_UVESAFB: c_uint = 0x1;
pub const CN_IDX_BB: c_uint = 0x5;
pub const CN_DST_IDX: c_uint = 0x6;
pub const CN_DST_VAL: c_uint = 0x1;
pub const CN_IDX_DM: c_uint = 0x7;
pub const CN_VAL_DM_USERSPACE_LOG: c_uint = 0x1;
pub const CN_IDX_DRBD: c_uint = 0x8;
pub const CN_VAL_DRBD: c_uint = 0x1;
pub const CN_KVP_IDX: c_uint = 0x9;
pub const CN_KVP_VAL: c_uint = 0x1;
pub const CN_VSS_IDX: c_uint = 0xa;
pub const CN_VSS_VAL: c_uint = 0x1;

pub const CN_NETLINK_USERS: c_int = 11;

pub const CONNECTOR_MAX_MSG_SIZE: c_int = 16384;

/// A connector user's id: `CN_IDX_*` and `CN_VAL_*`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct cb_id {
    pub idx: u32,
    pub val: u32,
}

/// The header of a connector message, after its `nlmsghdr`; `len` bytes of
/// data follow it.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct cn_msg {
    pub id: cb_id,
    pub seq: u32,
    pub ack: u32,
    pub len: u16,
    pub flags: u16,
    pub data: [u8; 0],
}
