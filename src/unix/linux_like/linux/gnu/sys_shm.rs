// `<sys/shm.h>`: glibc's `shmatt_t` (glibc `bits/shm.h`), in the published
// crate's spelling. `struct shmid_ds` is musl's generic definition, which
// serves glibc too.

pub type shmatt_t = u64;
