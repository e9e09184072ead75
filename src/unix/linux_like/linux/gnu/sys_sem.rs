// `<sys/sem.h>`: glibc's `struct semid_ds` counts its semaphores in a
// `__syscall_ulong_t` (its layout is the architecture's, in its file), and
// `struct seminfo`, the limits `semctl`'s `IPC_INFO` and `SEM_INFO` report
// (glibc `sysvipc/sys/sem.h`, `bits/sem.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct seminfo {
    pub semmap: c_int,
    pub semmni: c_int,
    pub semmns: c_int,
    pub semmnu: c_int,
    pub semmsl: c_int,
    pub semopm: c_int,
    pub semume: c_int,
    pub semusz: c_int,
    pub semvmx: c_int,
    pub semaem: c_int,
}
