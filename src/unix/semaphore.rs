// `<semaphore.h>`: POSIX semaphores (musl `include/semaphore.h`).

pub const SEM_FAILED: *mut sem_t = core::ptr::null_mut();

extern "C" {
    pub fn sem_close(sem: *mut sem_t) -> c_int;
    pub fn sem_destroy(sem: *mut sem_t) -> c_int;
    pub fn sem_getvalue(sem: *mut sem_t, valp: *mut c_int) -> c_int;
    pub fn sem_init(sem: *mut sem_t, pshared: c_int, value: c_uint) -> c_int;
    pub fn sem_open(name: *const c_char, flags: c_int, ...) -> *mut sem_t;
    pub fn sem_post(sem: *mut sem_t) -> c_int;
    pub fn sem_timedwait(sem: *mut sem_t, at: *const timespec) -> c_int;
    pub fn sem_trywait(sem: *mut sem_t) -> c_int;
    pub fn sem_unlink(name: *const c_char) -> c_int;
    pub fn sem_wait(sem: *mut sem_t) -> c_int;
}
