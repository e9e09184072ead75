// `<threads.h>`: C11 threads: `thrd_t`, `tss_t`, `once_flag`, the result and
// mutex-kind values, and the `thrd_*`/`mtx_*`/`cnd_*`/`tss_*` functions (musl
// `include/threads.h`).

/// musl's `typedef struct __pthread *thrd_t;`.
pub type thrd_t = *mut c_void;
pub type once_flag = c_int;
pub type tss_t = c_uint;
pub type thrd_start_t = Option<unsafe extern "C" fn(*mut c_void) -> c_int>;
pub type tss_dtor_t = Option<unsafe extern "C" fn(*mut c_void)>;

pub const TSS_DTOR_ITERATIONS: c_int = 4;
pub const ONCE_FLAG_INIT: once_flag = 0;

// The unnamed enums of <threads.h>.
pub const thrd_success: c_int = 0;
pub const thrd_busy: c_int = 1;
pub const thrd_error: c_int = 2;
pub const thrd_nomem: c_int = 3;
pub const thrd_timedout: c_int = 4;

pub const mtx_plain: c_int = 0;
pub const mtx_recursive: c_int = 1;
pub const mtx_timed: c_int = 2;

extern "C" {
    pub fn call_once(flag: *mut once_flag, func: Option<unsafe extern "C" fn()>);
    pub fn cnd_broadcast(c: *mut cnd_t) -> c_int;
    pub fn cnd_destroy(c: *mut cnd_t);
    pub fn cnd_init(c: *mut cnd_t) -> c_int;
    pub fn cnd_signal(c: *mut cnd_t) -> c_int;
    pub fn cnd_timedwait(c: *mut cnd_t, m: *mut mtx_t, ts: *const timespec) -> c_int;
    pub fn cnd_wait(c: *mut cnd_t, m: *mut mtx_t) -> c_int;
    pub fn mtx_destroy(mtx: *mut mtx_t);
    pub fn mtx_init(m: *mut mtx_t, type_: c_int) -> c_int;
    pub fn mtx_lock(m: *mut mtx_t) -> c_int;
    pub fn mtx_timedlock(m: *mut mtx_t, ts: *const timespec) -> c_int;
    pub fn mtx_trylock(m: *mut mtx_t) -> c_int;
    pub fn mtx_unlock(mtx: *mut mtx_t) -> c_int;
    pub fn thrd_create(thr: *mut thrd_t, func: thrd_start_t, arg: *mut c_void) -> c_int;
    pub fn thrd_current() -> thrd_t;
    pub fn thrd_detach(t: thrd_t) -> c_int;
    pub fn thrd_equal(a: thrd_t, b: thrd_t) -> c_int;
    pub fn thrd_exit(result: c_int) -> !;
    pub fn thrd_join(t: thrd_t, res: *mut c_int) -> c_int;
    pub fn thrd_sleep(req: *const timespec, rem: *mut timespec) -> c_int;
    pub fn thrd_yield();
    pub fn tss_create(tss: *mut tss_t, dtor: tss_dtor_t) -> c_int;
    pub fn tss_delete(key: tss_t);
    pub fn tss_get(k: tss_t) -> *mut c_void;
    pub fn tss_set(k: tss_t, x: *mut c_void) -> c_int;
}
