// `<sys/msg.h>`: `struct msqid_ds` (musl `arch/generic/bits/msg.h`; no
// supported architecture overrides it; the `ipc_perm` in it is the
// architecture's). `__msg_cbytes` is <sys/msg.h>'s other name for
// `msg_cbytes`.

// glibc's (`bits/types/struct_msqid_ds.h`) is the same layout, and this
// definition serves it too, in musl's spelling (the published crate's glibc
// shape spells `__msg_cbytes` `u64`, the same type).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct msqid_ds {
    pub msg_perm: ipc_perm,
    pub msg_stime: time_t,
    pub msg_rtime: time_t,
    pub msg_ctime: time_t,
    pub __msg_cbytes: c_ulong,
    pub msg_qnum: msgqnum_t,
    pub msg_qbytes: msglen_t,
    pub msg_lspid: pid_t,
    pub msg_lrpid: pid_t,
    __unused: crate::Padding<[c_ulong; 2]>,
}
