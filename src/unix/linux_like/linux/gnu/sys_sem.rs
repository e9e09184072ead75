// `<sys/sem.h>`: glibc's `struct semid_ds` counts its semaphores in a
// `__syscall_ulong_t` (its layout is the architecture's, in its file).
