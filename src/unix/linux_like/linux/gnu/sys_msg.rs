// `<sys/msg.h>`: glibc's message queue counters and `struct msqid_ds`
// (glibc `bits/msq.h`, `bits/types/struct_msqid_ds.h`): musl's layout, in
// the published crate's glibc types.

pub type msgqnum_t = u64;
pub type msglen_t = u64;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct msqid_ds {
    pub msg_perm: ipc_perm,
    pub msg_stime: time_t,
    pub msg_rtime: time_t,
    pub msg_ctime: time_t,
    pub __msg_cbytes: u64,
    pub msg_qnum: msgqnum_t,
    pub msg_qbytes: msglen_t,
    pub msg_lspid: pid_t,
    pub msg_lrpid: pid_t,
    __glibc_reserved: crate::Padding<[c_ulong; 2]>,
}
