// `<linux/vm_sockets.h>`: `AF_VSOCK` addresses (kernel `include/uapi/linux/vm_sockets.h`).

pub const VMADDR_CID_ANY: c_uint = 0xffffffff;
pub const VMADDR_PORT_ANY: c_uint = 0xffffffff;
pub const VMADDR_CID_HYPERVISOR: c_uint = 0;
pub const VMADDR_CID_LOCAL: c_uint = 1;
pub const VMADDR_CID_HOST: c_uint = 2;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sockaddr_vm {
    pub svm_family: sa_family_t,
    pub svm_reserved1: c_ushort,
    pub svm_port: c_uint,
    pub svm_cid: c_uint,
    pub svm_zero: [u8; 4],
}
