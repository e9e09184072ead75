// `<linux/errqueue.h>`: the socket error queue's `sock_extended_err` (kernel
// `include/uapi/linux/errqueue.h`).

pub const SO_EE_ORIGIN_NONE: u8 = 0;
pub const SO_EE_ORIGIN_LOCAL: u8 = 1;
pub const SO_EE_ORIGIN_ICMP: u8 = 2;
pub const SO_EE_ORIGIN_ICMP6: u8 = 3;
pub const SO_EE_ORIGIN_TXSTATUS: u8 = 4;
pub const SO_EE_ORIGIN_TIMESTAMPING: u8 = SO_EE_ORIGIN_TXSTATUS;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sock_extended_err {
    pub ee_errno: u32,
    pub ee_origin: u8,
    pub ee_type: u8,
    pub ee_code: u8,
    pub ee_pad: u8,
    pub ee_info: u32,
    pub ee_data: u32,
}

/// `SO_EE_OFFENDER(ee)`: the address that follows the error in its control message.
#[inline]
pub unsafe extern "C" fn SO_EE_OFFENDER(ee: *const sock_extended_err) -> *mut sockaddr {
    ee.wrapping_add(1) as *mut sockaddr
}
