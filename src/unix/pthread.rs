// `<pthread.h>`: thread creation, identity and mutexes (musl
// `include/pthread.h`); the object types are the 64-bit hub's.

extern "C" {
    pub fn pthread_create(
        thread: *mut pthread_t,
        attr: *const pthread_attr_t,
        start_routine: extern "C" fn(*mut c_void) -> *mut c_void,
        arg: *mut c_void,
    ) -> c_int;
    pub fn pthread_detach(thread: pthread_t) -> c_int;
    pub fn pthread_exit(retval: *mut c_void) -> !;
    pub fn pthread_join(thread: pthread_t, retval: *mut *mut c_void) -> c_int;
    pub fn pthread_self() -> pthread_t;
    pub fn pthread_equal(t1: pthread_t, t2: pthread_t) -> c_int;
    pub fn pthread_mutex_init(
        mutex: *mut pthread_mutex_t,
        attr: *const pthread_mutexattr_t,
    ) -> c_int;
    pub fn pthread_mutex_lock(mutex: *mut pthread_mutex_t) -> c_int;
    pub fn pthread_mutex_unlock(mutex: *mut pthread_mutex_t) -> c_int;
    pub fn pthread_mutex_trylock(mutex: *mut pthread_mutex_t) -> c_int;
    pub fn pthread_mutex_destroy(mutex: *mut pthread_mutex_t) -> c_int;
}

pub const PTHREAD_CREATE_JOINABLE: c_int = 0;
pub const PTHREAD_SCOPE_SYSTEM: c_int = 0;
pub const PTHREAD_SCOPE_PROCESS: c_int = 1;
pub const PTHREAD_CANCEL_ENABLE: c_int = 0;
pub const PTHREAD_CANCEL_DISABLE: c_int = 1;
pub const PTHREAD_CANCEL_DEFERRED: c_int = 0;
pub const PTHREAD_CANCEL_ASYNCHRONOUS: c_int = 1;
/// What a cancelled thread's `pthread_join` reports, `(void *)-1`.
pub const PTHREAD_CANCELED: *mut c_void = -1_isize as *mut c_void;
pub const PTHREAD_CREATE_DETACHED: c_int = 1;
pub const PTHREAD_MUTEX_NORMAL: c_int = 0;
pub const PTHREAD_MUTEX_DEFAULT: c_int = 0;
pub const PTHREAD_MUTEX_RECURSIVE: c_int = 1;
pub const PTHREAD_MUTEX_ERRORCHECK: c_int = 2;
pub const PTHREAD_MUTEX_STALLED: c_int = 0;
pub const PTHREAD_MUTEX_ROBUST: c_int = 1;
pub const PTHREAD_PRIO_NONE: c_int = 0;
pub const PTHREAD_PRIO_INHERIT: c_int = 1;
pub const PTHREAD_PRIO_PROTECT: c_int = 2;
pub const PTHREAD_INHERIT_SCHED: c_int = 0;
pub const PTHREAD_EXPLICIT_SCHED: c_int = 1;
pub const PTHREAD_PROCESS_PRIVATE: c_int = 0;
pub const PTHREAD_PROCESS_SHARED: c_int = 1;
pub const PTHREAD_ONCE_INIT: pthread_once_t = 0;
pub const PTHREAD_BARRIER_SERIAL_THREAD: c_int = -1;

extern "C" {
    pub fn pthread_cancel(t: pthread_t) -> c_int;
    pub fn pthread_getschedparam(
        t: pthread_t,
        policy: *mut c_int,
        param: *mut sched_param,
    ) -> c_int;
    pub fn pthread_setschedparam(t: pthread_t, policy: c_int, param: *const sched_param) -> c_int;
    pub fn pthread_setschedprio(t: pthread_t, prio: c_int) -> c_int;
    pub fn pthread_once(control: *mut pthread_once_t, init: extern "C" fn()) -> c_int;
    pub fn pthread_mutex_timedlock(m: *mut pthread_mutex_t, at: *const timespec) -> c_int;
    pub fn pthread_mutex_consistent(m: *mut pthread_mutex_t) -> c_int;
    pub fn pthread_cond_init(c: *mut pthread_cond_t, a: *const pthread_condattr_t) -> c_int;
    pub fn pthread_cond_destroy(c: *mut pthread_cond_t) -> c_int;
    pub fn pthread_cond_wait(c: *mut pthread_cond_t, m: *mut pthread_mutex_t) -> c_int;
    pub fn pthread_cond_timedwait(
        c: *mut pthread_cond_t,
        m: *mut pthread_mutex_t,
        ts: *const timespec,
    ) -> c_int;
    pub fn pthread_cond_broadcast(c: *mut pthread_cond_t) -> c_int;
    pub fn pthread_cond_signal(c: *mut pthread_cond_t) -> c_int;
    pub fn pthread_rwlock_init(rw: *mut pthread_rwlock_t, a: *const pthread_rwlockattr_t) -> c_int;
    pub fn pthread_rwlock_destroy(rw: *mut pthread_rwlock_t) -> c_int;
    pub fn pthread_rwlock_rdlock(rw: *mut pthread_rwlock_t) -> c_int;
    pub fn pthread_rwlock_tryrdlock(rw: *mut pthread_rwlock_t) -> c_int;
    pub fn pthread_rwlock_wrlock(rw: *mut pthread_rwlock_t) -> c_int;
    pub fn pthread_rwlock_trywrlock(rw: *mut pthread_rwlock_t) -> c_int;
    pub fn pthread_rwlock_unlock(rw: *mut pthread_rwlock_t) -> c_int;
    pub fn pthread_spin_init(s: *mut pthread_spinlock_t, pshared: c_int) -> c_int;
    pub fn pthread_spin_destroy(s: *mut pthread_spinlock_t) -> c_int;
    pub fn pthread_spin_lock(s: *mut pthread_spinlock_t) -> c_int;
    pub fn pthread_spin_trylock(s: *mut pthread_spinlock_t) -> c_int;
    pub fn pthread_spin_unlock(s: *mut pthread_spinlock_t) -> c_int;
    pub fn pthread_barrier_init(
        b: *mut pthread_barrier_t,
        a: *const pthread_barrierattr_t,
        count: c_uint,
    ) -> c_int;
    pub fn pthread_barrier_destroy(b: *mut pthread_barrier_t) -> c_int;
    pub fn pthread_barrier_wait(b: *mut pthread_barrier_t) -> c_int;
    pub fn pthread_key_create(
        k: *mut pthread_key_t,
        dtor: Option<unsafe extern "C" fn(*mut c_void)>,
    ) -> c_int;
    pub fn pthread_key_delete(k: pthread_key_t) -> c_int;
    pub fn pthread_getspecific(k: pthread_key_t) -> *mut c_void;
    pub fn pthread_setspecific(k: pthread_key_t, x: *const c_void) -> c_int;
    pub fn pthread_attr_init(a: *mut pthread_attr_t) -> c_int;
    pub fn pthread_attr_destroy(a: *mut pthread_attr_t) -> c_int;
    pub fn pthread_attr_getguardsize(a: *const pthread_attr_t, size: *mut size_t) -> c_int;
    pub fn pthread_attr_setguardsize(a: *mut pthread_attr_t, size: size_t) -> c_int;
    pub fn pthread_attr_getstacksize(a: *const pthread_attr_t, size: *mut size_t) -> c_int;
    pub fn pthread_attr_setstacksize(a: *mut pthread_attr_t, size: size_t) -> c_int;
    pub fn pthread_attr_setdetachstate(a: *mut pthread_attr_t, state: c_int) -> c_int;
    pub fn pthread_attr_getstack(
        a: *const pthread_attr_t,
        addr: *mut *mut c_void,
        size: *mut size_t,
    ) -> c_int;
    pub fn pthread_attr_setstack(a: *mut pthread_attr_t, addr: *mut c_void, size: size_t) -> c_int;
    pub fn pthread_attr_getschedpolicy(a: *const pthread_attr_t, policy: *mut c_int) -> c_int;
    pub fn pthread_attr_setschedpolicy(a: *mut pthread_attr_t, policy: c_int) -> c_int;
    pub fn pthread_attr_getschedparam(a: *const pthread_attr_t, param: *mut sched_param) -> c_int;
    pub fn pthread_attr_setschedparam(a: *mut pthread_attr_t, param: *const sched_param) -> c_int;
    pub fn pthread_attr_getinheritsched(a: *const pthread_attr_t, inherit: *mut c_int) -> c_int;
    pub fn pthread_attr_setinheritsched(a: *mut pthread_attr_t, inherit: c_int) -> c_int;
    pub fn pthread_mutexattr_destroy(a: *mut pthread_mutexattr_t) -> c_int;
    pub fn pthread_mutexattr_getprotocol(
        a: *const pthread_mutexattr_t,
        protocol: *mut c_int,
    ) -> c_int;
    pub fn pthread_mutexattr_getpshared(
        a: *const pthread_mutexattr_t,
        pshared: *mut c_int,
    ) -> c_int;
    pub fn pthread_mutexattr_getrobust(a: *const pthread_mutexattr_t, robust: *mut c_int) -> c_int;
    pub fn pthread_mutexattr_init(a: *mut pthread_mutexattr_t) -> c_int;
    pub fn pthread_mutexattr_setprotocol(a: *mut pthread_mutexattr_t, protocol: c_int) -> c_int;
    pub fn pthread_mutexattr_setpshared(a: *mut pthread_mutexattr_t, pshared: c_int) -> c_int;
    pub fn pthread_mutexattr_setrobust(a: *mut pthread_mutexattr_t, robust: c_int) -> c_int;
    pub fn pthread_mutexattr_settype(a: *mut pthread_mutexattr_t, type_: c_int) -> c_int;
    pub fn pthread_condattr_init(a: *mut pthread_condattr_t) -> c_int;
    pub fn pthread_condattr_destroy(a: *mut pthread_condattr_t) -> c_int;
    pub fn pthread_condattr_setclock(a: *mut pthread_condattr_t, clk: clockid_t) -> c_int;
    pub fn pthread_condattr_setpshared(a: *mut pthread_condattr_t, pshared: c_int) -> c_int;
    pub fn pthread_condattr_getclock(a: *const pthread_condattr_t, clk: *mut clockid_t) -> c_int;
    pub fn pthread_condattr_getpshared(a: *const pthread_condattr_t, pshared: *mut c_int) -> c_int;
    pub fn pthread_rwlockattr_init(a: *mut pthread_rwlockattr_t) -> c_int;
    pub fn pthread_rwlockattr_destroy(a: *mut pthread_rwlockattr_t) -> c_int;
    pub fn pthread_rwlockattr_setpshared(a: *mut pthread_rwlockattr_t, pshared: c_int) -> c_int;
    pub fn pthread_rwlockattr_getpshared(
        a: *const pthread_rwlockattr_t,
        pshared: *mut c_int,
    ) -> c_int;
    pub fn pthread_barrierattr_destroy(a: *mut pthread_barrierattr_t) -> c_int;
    pub fn pthread_barrierattr_getpshared(
        a: *const pthread_barrierattr_t,
        pshared: *mut c_int,
    ) -> c_int;
    pub fn pthread_barrierattr_init(a: *mut pthread_barrierattr_t) -> c_int;
    pub fn pthread_barrierattr_setpshared(a: *mut pthread_barrierattr_t, pshared: c_int) -> c_int;
    pub fn pthread_atfork(
        prepare: Option<unsafe extern "C" fn()>,
        parent: Option<unsafe extern "C" fn()>,
        child: Option<unsafe extern "C" fn()>,
    ) -> c_int;
    pub fn pthread_getcpuclockid(t: pthread_t, clockid: *mut clockid_t) -> c_int;
}

extern "C" {
    pub fn pthread_attr_getdetachstate(a: *const pthread_attr_t, state: *mut c_int) -> c_int;
    pub fn pthread_attr_getscope(a: *const pthread_attr_t, scope: *mut c_int) -> c_int;
    pub fn pthread_attr_setscope(a: *mut pthread_attr_t, scope: c_int) -> c_int;
    pub fn pthread_getconcurrency() -> c_int;
    pub fn pthread_mutex_getprioceiling(m: *const pthread_mutex_t, ceiling: *mut c_int) -> c_int;
    pub fn pthread_mutex_setprioceiling(
        m: *mut pthread_mutex_t,
        ceiling: c_int,
        old: *mut c_int,
    ) -> c_int;
    pub fn pthread_mutexattr_gettype(a: *const pthread_mutexattr_t, type_: *mut c_int) -> c_int;
    pub fn pthread_rwlock_timedrdlock(rw: *mut pthread_rwlock_t, at: *const timespec) -> c_int;
    pub fn pthread_rwlock_timedwrlock(rw: *mut pthread_rwlock_t, at: *const timespec) -> c_int;
    pub fn pthread_setcancelstate(new: c_int, old: *mut c_int) -> c_int;
    pub fn pthread_setcanceltype(new: c_int, old: *mut c_int) -> c_int;
    pub fn pthread_setconcurrency(val: c_int) -> c_int;
    pub fn pthread_testcancel();
}

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
