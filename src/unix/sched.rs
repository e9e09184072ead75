// `<sched.h>`: the POSIX scheduling functions (musl `include/sched.h`).

extern "C" {
    pub fn sched_yield() -> c_int;
}

pub const SCHED_OTHER: c_int = 0;
pub const SCHED_FIFO: c_int = 1;
pub const SCHED_RR: c_int = 2;
pub const SCHED_BATCH: c_int = 3;
pub const SCHED_IDLE: c_int = 5;
pub const SCHED_DEADLINE: c_int = 6;
pub const SCHED_RESET_ON_FORK: c_int = 0x40000000;

extern "C" {
    pub fn sched_get_priority_max(policy: c_int) -> c_int;
    pub fn sched_get_priority_min(policy: c_int) -> c_int;
    pub fn sched_getparam(pid: pid_t, param: *mut sched_param) -> c_int;
    pub fn sched_getscheduler(pid: pid_t) -> c_int;
    pub fn sched_rr_get_interval(pid: pid_t, ts: *mut timespec) -> c_int;
    pub fn sched_setparam(pid: pid_t, param: *const sched_param) -> c_int;
    pub fn sched_setscheduler(pid: pid_t, sched: c_int, param: *const sched_param) -> c_int;
}

// `<sched.h>`: `sched_getcpu` (musl `include/sched.h`, `_GNU_SOURCE`).

const ULONG_BITS: usize = c_ulong::BITS as usize;

// The `CPU_*` macros of <sched.h>, over the set's bits as unsigned longs.
#[inline]
fn cpu_words(set: &cpu_set_t) -> &[c_ulong] {
    // SAFETY: cpu_set_t is an array of unsigned longs and nothing else.
    unsafe {
        core::slice::from_raw_parts(
            set as *const cpu_set_t as *const c_ulong,
            core::mem::size_of::<cpu_set_t>() / core::mem::size_of::<c_ulong>(),
        )
    }
}

#[inline]
fn cpu_words_mut(set: &mut cpu_set_t) -> &mut [c_ulong] {
    // SAFETY: as above, and the borrow is exclusive.
    unsafe {
        core::slice::from_raw_parts_mut(
            set as *mut cpu_set_t as *mut c_ulong,
            core::mem::size_of::<cpu_set_t>() / core::mem::size_of::<c_ulong>(),
        )
    }
}

#[cfg(target_env = "musl")]
#[inline]
pub unsafe extern "C" fn CPU_ALLOC_SIZE(count: c_int) -> size_t {
    // As musl's macro rounds up, without overflowing near the type's end.
    let n = count as usize;
    let words = n / ULONG_BITS + (n % ULONG_BITS + ULONG_BITS - 1) / ULONG_BITS;
    words * core::mem::size_of::<c_ulong>()
}

#[inline]
pub unsafe extern "C" fn CPU_ZERO(cpuset: &mut cpu_set_t) {
    cpu_words_mut(cpuset).fill(0);
}

#[inline]
pub unsafe extern "C" fn CPU_SET(cpu: usize, cpuset: &mut cpu_set_t) {
    if let Some(w) = cpu_words_mut(cpuset).get_mut(cpu / ULONG_BITS) {
        *w |= 1 << (cpu % ULONG_BITS);
    }
}

#[inline]
pub unsafe extern "C" fn CPU_CLR(cpu: usize, cpuset: &mut cpu_set_t) {
    if let Some(w) = cpu_words_mut(cpuset).get_mut(cpu / ULONG_BITS) {
        *w &= !(1 << (cpu % ULONG_BITS));
    }
}

#[inline]
pub unsafe extern "C" fn CPU_ISSET(cpu: usize, cpuset: &cpu_set_t) -> bool {
    match cpu_words(cpuset).get(cpu / ULONG_BITS) {
        Some(w) => w & (1 << (cpu % ULONG_BITS)) != 0,
        None => false,
    }
}

#[inline]
pub unsafe extern "C" fn CPU_COUNT_S(size: usize, cpuset: &cpu_set_t) -> c_int {
    let words = cpu_words(cpuset);
    let n = (size / core::mem::size_of::<c_ulong>()).min(words.len());
    words[..n].iter().map(|w| w.count_ones() as c_int).sum()
}

#[inline]
pub unsafe extern "C" fn CPU_COUNT(cpuset: &cpu_set_t) -> c_int {
    CPU_COUNT_S(core::mem::size_of::<cpu_set_t>(), cpuset)
}

#[inline]
pub unsafe extern "C" fn CPU_EQUAL(set1: &cpu_set_t, set2: &cpu_set_t) -> bool {
    cpu_words(set1) == cpu_words(set2)
}

extern "C" {
    pub fn sched_getcpu() -> c_int;
    /// What C's `CPU_COUNT_S` calls (`CPU_COUNT_S` above counts in Rust).
    pub fn __sched_cpucount(size: size_t, set: *const cpu_set_t) -> c_int;
}

pub const CSIGNAL: c_int = 0xff;
pub const CLONE_NEWTIME: c_int = 0x80;
pub const CLONE_VM: c_int = 0x100;
pub const CLONE_FS: c_int = 0x200;
pub const CLONE_FILES: c_int = 0x400;
pub const CLONE_SIGHAND: c_int = 0x800;
pub const CLONE_PIDFD: c_int = 0x1000;
pub const CLONE_PTRACE: c_int = 0x2000;
pub const CLONE_VFORK: c_int = 0x4000;
pub const CLONE_PARENT: c_int = 0x8000;
pub const CLONE_THREAD: c_int = 0x10000;
pub const CLONE_NEWNS: c_int = 0x20000;
pub const CLONE_SYSVSEM: c_int = 0x40000;
pub const CLONE_SETTLS: c_int = 0x80000;
pub const CLONE_PARENT_SETTID: c_int = 0x100000;
pub const CLONE_CHILD_CLEARTID: c_int = 0x200000;
pub const CLONE_DETACHED: c_int = 0x400000;
pub const CLONE_UNTRACED: c_int = 0x800000;
pub const CLONE_CHILD_SETTID: c_int = 0x1000000;
pub const CLONE_NEWCGROUP: c_int = 0x2000000;
pub const CLONE_NEWUTS: c_int = 0x4000000;
pub const CLONE_NEWIPC: c_int = 0x8000000;
pub const CLONE_NEWUSER: c_int = 0x10000000;
pub const CLONE_NEWPID: c_int = 0x20000000;
pub const CLONE_NEWNET: c_int = 0x40000000;
pub const CLONE_IO: c_int = 0x80000000_u32 as c_int;
pub const CPU_SETSIZE: c_int = 1024;

extern "C" {
    pub fn clone(
        func: extern "C" fn(*mut c_void) -> c_int,
        stack: *mut c_void,
        flags: c_int,
        arg: *mut c_void,
        ...
    ) -> c_int;
    pub fn unshare(flags: c_int) -> c_int;
    pub fn setns(fd: c_int, nstype: c_int) -> c_int;
    pub fn sched_getaffinity(tid: pid_t, size: size_t, set: *mut cpu_set_t) -> c_int;
    pub fn sched_setaffinity(tid: pid_t, size: size_t, set: *const cpu_set_t) -> c_int;
}
