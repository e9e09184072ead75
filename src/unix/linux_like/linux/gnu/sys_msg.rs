// `<sys/msg.h>`: glibc's message queue counters (glibc `bits/msq.h`), in
// the published crate's spelling. `struct msqid_ds` is musl's definition,
// which serves glibc too.

pub type msgqnum_t = u64;
pub type msglen_t = u64;
