// `<pthread.h>`: the GNU thread functions: affinity, names, `tryjoin`/
// `timedjoin`, `getattr_np` (musl `include/pthread.h`).

extern "C" {
    pub fn pthread_getaffinity_np(td: pthread_t, size: size_t, set: *mut cpu_set_t) -> c_int;
    pub fn pthread_setaffinity_np(td: pthread_t, size: size_t, set: *const cpu_set_t) -> c_int;
    pub fn pthread_getattr_np(t: pthread_t, a: *mut pthread_attr_t) -> c_int;
    pub fn pthread_setname_np(thread: pthread_t, name: *const c_char) -> c_int;
    pub fn pthread_getname_np(thread: pthread_t, name: *mut c_char, len: size_t) -> c_int;
    pub fn pthread_tryjoin_np(t: pthread_t, res: *mut *mut c_void) -> c_int;
    pub fn pthread_timedjoin_np(t: pthread_t, res: *mut *mut c_void, at: *const timespec) -> c_int;
}

extern "C" {
    pub fn pthread_getattr_default_np(attrp: *mut pthread_attr_t) -> c_int;
    pub fn pthread_setattr_default_np(attrp: *const pthread_attr_t) -> c_int;
}
