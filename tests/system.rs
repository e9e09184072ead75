//! Runtime tests of the system API (POSIX and musl's own headers): each
//! header area called through the bindings, with the result checked against
//! what the test did, the kernel or a second route to the same fact.
//!
//! They run natively (`cargo test --test system`) and under qemu-user for the
//! other native targets (`ci/qemu-test.sh`); a test that qemu-user or the
//! sandbox cannot support says why when it skips.

use std::ffi::{CStr, CString};
use std::mem::MaybeUninit;
use std::ptr;
use std::sync::atomic::{AtomicI32, AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use libc::{c_char, c_int, c_void, size_t};

mod common;

fn errno() -> c_int {
    unsafe { *libc::__errno_location() }
}

fn temp_path(tag: &str) -> CString {
    static SEQ: AtomicUsize = AtomicUsize::new(0);
    let pid = unsafe { libc::getpid() };
    let seq = SEQ.fetch_add(1, Ordering::Relaxed);
    CString::new(format!("/tmp/libc-system-{pid}-{seq}-{tag}")).unwrap()
}

/// Taken by each test that changes the process's locale with `setlocale`,
/// which the harness's other threads would otherwise see change under them
/// (glibc's `iswalpha` follows `LC_CTYPE`).
fn global_locale() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

fn cstr(p: *const c_char) -> String {
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// The status a child asked for through the environment, for the
/// `posix_spawn` test: when set, this test binary exits at once with it.
#[test]
fn spawn_child_helper() {
    if let Ok(v) = std::env::var("LIBC_SYSTEM_CHILD_EXIT") {
        unsafe { libc::_exit(v.parse().unwrap()) }
    }
}

#[test]
fn dirent_opendir_readdir_scandir() {
    let dir = temp_path("dir");
    unsafe {
        assert_eq!(libc::mkdir(dir.as_ptr(), 0o700), 0);
        for name in ["b", "a", "c"] {
            let p = CString::new(format!("{}/{name}", dir.to_str().unwrap())).unwrap();
            let fd = libc::open(p.as_ptr(), libc::O_CREAT | libc::O_WRONLY, 0o600);
            assert!(fd >= 0);
            libc::close(fd);
        }
        let d = libc::opendir(dir.as_ptr());
        assert!(!d.is_null());
        let mut names = Vec::new();
        loop {
            let e = libc::readdir(d);
            if e.is_null() {
                break;
            }
            let name = cstr((*e).d_name.as_ptr());
            if name != "." && name != ".." {
                assert_eq!((*e).d_type, libc::DT_REG);
                names.push(name);
            }
        }
        assert!(libc::dirfd(d) >= 0);
        libc::closedir(d);
        names.sort();
        assert_eq!(names, ["a", "b", "c"]);

        // scandir with alphasort and a filter that drops the dot entries.
        extern "C" fn no_dots(e: *const libc::dirent) -> c_int {
            unsafe { ((*e).d_name[0] != b'.' as c_char) as c_int }
        }
        let mut list: *mut *mut libc::dirent = ptr::null_mut();
        let n = libc::scandir(
            dir.as_ptr(),
            &mut list,
            Some(no_dots),
            Some(libc::alphasort),
        );
        assert_eq!(n, 3);
        let sorted: Vec<String> = (0..n as usize)
            .map(|i| cstr((**list.add(i)).d_name.as_ptr()))
            .collect();
        assert_eq!(sorted, ["a", "b", "c"]);
        for i in 0..n as usize {
            libc::free(*list.add(i) as *mut c_void);
        }
        libc::free(list as *mut c_void);

        // The LFS64 names read the same stream, and scan it alike.
        let d = libc::opendir(dir.as_ptr());
        let e = libc::readdir64(d);
        assert!(!e.is_null());
        libc::closedir(d);
        extern "C" fn no_dots64(e: *const libc::dirent64) -> c_int {
            unsafe { ((*e).d_name[0] != b'.' as c_char) as c_int }
        }
        let mut list64: *mut *mut libc::dirent64 = ptr::null_mut();
        let n = libc::scandir64(
            dir.as_ptr(),
            &mut list64,
            Some(no_dots64),
            Some(libc::versionsort64),
        );
        assert_eq!(n, 3);
        assert_eq!(cstr((**list64.add(2)).d_name.as_ptr()), "c");
        for i in 0..n as usize {
            libc::free(*list64.add(i) as *mut c_void);
        }
        libc::free(list64 as *mut c_void);

        for name in ["a", "b", "c"] {
            let p = CString::new(format!("{}/{name}", dir.to_str().unwrap())).unwrap();
            libc::unlink(p.as_ptr());
        }
        assert_eq!(libc::rmdir(dir.as_ptr()), 0);
    }
}

#[test]
fn fork_waitpid_status_macros() {
    unsafe {
        let pid = libc::fork();
        assert!(pid >= 0);
        if pid == 0 {
            libc::_exit(42);
        }
        let mut status = 0;
        assert_eq!(libc::waitpid(pid, &mut status, 0), pid);
        assert!(libc::WIFEXITED(status));
        assert!(!libc::WIFSIGNALED(status));
        assert_eq!(libc::WEXITSTATUS(status), 42);

        let pid = libc::fork();
        if pid == 0 {
            libc::raise(libc::SIGKILL);
            libc::_exit(1);
        }
        assert_eq!(libc::waitpid(pid, &mut status, 0), pid);
        assert!(libc::WIFSIGNALED(status));
        assert_eq!(libc::WTERMSIG(status), libc::SIGKILL);
        assert!(!libc::WCOREDUMP(status));

        let pid = libc::fork();
        if pid == 0 {
            libc::raise(libc::SIGSTOP);
            libc::_exit(3);
        }
        assert_eq!(libc::waitpid(pid, &mut status, libc::WUNTRACED), pid);
        assert!(libc::WIFSTOPPED(status));
        assert_eq!(libc::WSTOPSIG(status), libc::SIGSTOP);
        libc::kill(pid, libc::SIGCONT);
        assert_eq!(libc::waitpid(pid, &mut status, 0), pid);
        assert_eq!(libc::WEXITSTATUS(status), 3);
    }
    assert_eq!(libc::W_EXITCODE(5, 0), 5 << 8);
    assert!(libc::WIFEXITED(libc::W_EXITCODE(5, 0)));
    assert!(libc::WIFSTOPPED(libc::W_STOPCODE(libc::SIGTSTP)));
    assert!(libc::WIFCONTINUED(0xffff));
}

fn spawn_status(path: &CStr, argv: &[&CStr], envp: &[CString]) -> Result<c_int, c_int> {
    let mut argv: Vec<*mut c_char> = argv.iter().map(|a| a.as_ptr() as *mut c_char).collect();
    argv.push(ptr::null_mut());
    let mut envp: Vec<*mut c_char> = envp.iter().map(|a| a.as_ptr() as *mut c_char).collect();
    envp.push(ptr::null_mut());
    unsafe {
        let mut attr = MaybeUninit::<libc::posix_spawnattr_t>::uninit();
        assert_eq!(libc::posix_spawnattr_init(attr.as_mut_ptr()), 0);
        let mut fa = MaybeUninit::<libc::posix_spawn_file_actions_t>::uninit();
        assert_eq!(libc::posix_spawn_file_actions_init(fa.as_mut_ptr()), 0);
        let devnull = c"/dev/null";
        assert_eq!(
            libc::posix_spawn_file_actions_addopen(
                fa.as_mut_ptr(),
                1,
                devnull.as_ptr(),
                libc::O_WRONLY,
                0
            ),
            0
        );
        let mut pid = 0;
        let r = libc::posix_spawn(
            &mut pid,
            path.as_ptr(),
            fa.as_ptr(),
            attr.as_ptr(),
            argv.as_ptr(),
            envp.as_ptr(),
        );
        libc::posix_spawn_file_actions_destroy(fa.as_mut_ptr());
        libc::posix_spawnattr_destroy(attr.as_mut_ptr());
        if r != 0 {
            return Err(r);
        }
        let mut status = 0;
        assert_eq!(libc::waitpid(pid, &mut status, 0), pid);
        assert!(libc::WIFEXITED(status));
        Ok(libc::WEXITSTATUS(status))
    }
}

#[test]
fn posix_spawn_exit_status() {
    // The test binary itself, told by the environment to exit with 7. Under
    // qemu-user without binfmt_misc the kernel cannot exec a foreign binary
    // (ENOEXEC); then spawn the host's /bin/sh, which runs natively.
    let env = [CString::new("LIBC_SYSTEM_CHILD_EXIT=7").unwrap()];
    let args = [c"system", c"--exact", c"spawn_child_helper", c"--nocapture"];
    // glibc's posix_spawn hands the exec's error back through memory it
    // shares with the child; qemu-user runs that clone as a fork, so there
    // the child exits 127 instead, as POSIX allows.
    let glibc_under_qemu = cfg!(target_env = "gnu") && !cfg!(target_arch = "x86_64");
    let exec_failed = match spawn_status(c"/proc/self/exe", &args, &env) {
        Ok(127) if glibc_under_qemu => true,
        Ok(code) => {
            assert_eq!(code, 7);
            false
        }
        Err(e) => {
            assert_eq!(e, libc::ENOEXEC, "posix_spawn(/proc/self/exe) failed: {e}");
            true
        }
    };
    if exec_failed {
        println!("posix_spawn: /proc/self/exe is not executable here (qemu-user without binfmt_misc); spawning /bin/sh");
        let code = spawn_status(c"/bin/sh", &[c"sh", c"-c", c"exit 7"], &[]).unwrap();
        assert_eq!(code, 7);
    }
}

static SIGINFO_PID: AtomicI32 = AtomicI32::new(0);
static SIGINFO_UID: AtomicI32 = AtomicI32::new(-1);
static SIGINFO_VALUE: AtomicUsize = AtomicUsize::new(0);
static SIGINFO_CODE: AtomicI32 = AtomicI32::new(0);

extern "C" fn record_siginfo(_sig: c_int, info: *mut libc::siginfo_t, _ctx: *mut c_void) {
    unsafe {
        SIGINFO_UID.store((*info).si_uid() as i32, Ordering::SeqCst);
        SIGINFO_VALUE.store((*info).si_value().sival_ptr as usize, Ordering::SeqCst);
        SIGINFO_CODE.store((*info).si_code, Ordering::SeqCst);
        SIGINFO_PID.store((*info).si_pid(), Ordering::SeqCst);
    }
}

#[test]
fn signals_sigaction_sigqueue_sigwaitinfo() {
    let sig = libc::SIGRTMIN() + 2;
    assert!(libc::SIGRTMIN() < libc::SIGRTMAX());
    assert!(sig <= libc::SIGRTMAX());
    unsafe {
        // sigqueue to the process, caught by an SA_SIGINFO handler.
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = record_siginfo as *const () as libc::sighandler_t;
        sa.sa_flags = libc::SA_SIGINFO;
        libc::sigemptyset(&mut sa.sa_mask);
        assert_eq!(libc::sigaction(sig, &sa, ptr::null_mut()), 0);
        let value = libc::sigval {
            sival_ptr: 0x1234 as *mut c_void,
        };
        assert_eq!(libc::sigqueue(libc::getpid(), sig, value), 0);
        let start = Instant::now();
        while SIGINFO_PID.load(Ordering::SeqCst) == 0 && start.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(SIGINFO_PID.load(Ordering::SeqCst), libc::getpid());
        assert_eq!(
            SIGINFO_UID.load(Ordering::SeqCst) as libc::uid_t,
            libc::getuid()
        );
        assert_eq!(SIGINFO_VALUE.load(Ordering::SeqCst), 0x1234);
        assert_eq!(SIGINFO_CODE.load(Ordering::SeqCst), libc::SI_QUEUE);

        // Blocked in this thread, sent to this thread, taken by sigwaitinfo.
        let mut set = MaybeUninit::<libc::sigset_t>::uninit();
        libc::sigemptyset(set.as_mut_ptr());
        libc::sigaddset(set.as_mut_ptr(), libc::SIGUSR1);
        let mut old = MaybeUninit::<libc::sigset_t>::uninit();
        assert_eq!(
            libc::pthread_sigmask(libc::SIG_BLOCK, set.as_ptr(), old.as_mut_ptr()),
            0
        );
        assert_eq!(libc::pthread_kill(libc::pthread_self(), libc::SIGUSR1), 0);
        let mut pending = MaybeUninit::<libc::sigset_t>::uninit();
        libc::sigpending(pending.as_mut_ptr());
        assert_eq!(libc::sigismember(pending.as_ptr(), libc::SIGUSR1), 1);
        let mut info = MaybeUninit::<libc::siginfo_t>::zeroed();
        assert_eq!(
            libc::sigwaitinfo(set.as_ptr(), info.as_mut_ptr()),
            libc::SIGUSR1
        );
        let info = info.assume_init();
        assert_eq!(info.si_signo, libc::SIGUSR1);
        // The kernel says SI_TKILL; glibc's sigwaitinfo folds that into
        // SI_USER, musl's passes it on.
        let code = if cfg!(target_env = "musl") {
            libc::SI_TKILL
        } else {
            libc::SI_USER
        };
        assert_eq!(info.si_code, code);
        assert_eq!(info.si_pid(), libc::getpid());
        assert_eq!(
            libc::sigprocmask(libc::SIG_SETMASK, old.as_ptr(), ptr::null_mut()),
            0
        );
    }
}

/// Every `siginfo_t` accessor against the C macro of its name, on the same
/// byte pattern (tests/system/siginfo.c prints C's side).
#[test]
fn siginfo_accessors_match_c() {
    let Some(table) = common::c_table("tests/system/siginfo.c", "siginfo") else {
        return;
    };
    assert!(table.ends_with("end\n"), "C table incomplete: {table}");
    let mut si = MaybeUninit::<libc::siginfo_t>::uninit();
    let bytes = si.as_mut_ptr() as *mut u8;
    for i in 0..size_of::<libc::siginfo_t>() {
        unsafe { *bytes.add(i) = (i * 7 + 1) as u8 };
    }
    let si = unsafe { si.assume_init() };
    let p = |x: *mut c_void| (x as usize).to_string();
    let rust: Vec<(&str, String)> = unsafe {
        vec![
            ("size", size_of::<libc::siginfo_t>().to_string()),
            ("si_signo", si.si_signo.to_string()),
            ("si_errno", si.si_errno.to_string()),
            ("si_code", si.si_code.to_string()),
            ("si_pid", si.si_pid().to_string()),
            ("si_uid", si.si_uid().to_string()),
            ("si_timerid", si.si_timerid().to_string()),
            ("si_overrun", si.si_overrun().to_string()),
            ("si_int", si.si_int().to_string()),
            ("si_ptr", p(si.si_ptr())),
            ("si_value.sival_ptr", p(si.si_value().sival_ptr)),
            ("si_status", si.si_status().to_string()),
            ("si_utime", si.si_utime().to_string()),
            ("si_stime", si.si_stime().to_string()),
            ("si_addr", p(si.si_addr())),
            ("si_addr_lsb", si.si_addr_lsb().to_string()),
            ("si_lower", p(si.si_lower())),
            ("si_upper", p(si.si_upper())),
            ("si_pkey", si.si_pkey().to_string()),
            ("si_band", si.si_band().to_string()),
            ("si_fd", si.si_fd().to_string()),
            ("si_call_addr", p(si.si_call_addr())),
            ("si_syscall", si.si_syscall().to_string()),
            ("si_arch", si.si_arch().to_string()),
        ]
    };
    let c: Vec<(&str, String)> = table
        .lines()
        .filter(|l| *l != "end")
        .map(|l| {
            let (k, v) = l.split_once(' ').unwrap();
            (k, v.to_string())
        })
        .collect();
    assert_eq!(rust, c);
}

/// `<paths.h>`'s strings, which the ABI check cannot read (a pointer
/// constant's value is an address), against C's (tests/system/paths.c).
#[test]
fn paths_strings_match_c() {
    let Some(table) = common::c_table("tests/system/paths.c", "paths") else {
        return;
    };
    let rust = format!(
        "_PATH_DEFPATH {}\n_PATH_BSHELL {}\nend\n",
        cstr(libc::_PATH_DEFPATH),
        cstr(libc::_PATH_BSHELL)
    );
    assert_eq!(rust, table);
}

static TIMER_FIRED: AtomicI32 = AtomicI32::new(0);

extern "C" fn timer_handler(sig: c_int) {
    TIMER_FIRED.store(sig, Ordering::SeqCst);
}

#[test]
fn timer_create_settime_signal() {
    let sig = libc::SIGRTMIN() + 3;
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = timer_handler as *const () as libc::sighandler_t;
        assert_eq!(libc::sigaction(sig, &sa, ptr::null_mut()), 0);
        let mut sev: libc::sigevent = std::mem::zeroed();
        sev.sigev_notify = libc::SIGEV_SIGNAL;
        sev.sigev_signo = sig;
        let mut timer: libc::timer_t = ptr::null_mut();
        assert_eq!(
            libc::timer_create(libc::CLOCK_MONOTONIC, &mut sev, &mut timer),
            0
        );
        let its = libc::itimerspec {
            it_interval: libc::timespec {
                tv_sec: 0,
                tv_nsec: 0,
            },
            it_value: libc::timespec {
                tv_sec: 0,
                tv_nsec: 20_000_000,
            },
        };
        assert_eq!(libc::timer_settime(timer, 0, &its, ptr::null_mut()), 0);
        let start = Instant::now();
        while TIMER_FIRED.load(Ordering::SeqCst) == 0 && start.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(TIMER_FIRED.load(Ordering::SeqCst), sig);
        assert_eq!(libc::timer_delete(timer), 0);
    }
}

#[test]
fn pthread_primitives() {
    unsafe {
        // mutex with attributes, cond with a waiting thread.
        static mut M: libc::pthread_mutex_t = libc::PTHREAD_MUTEX_INITIALIZER;
        static mut C: libc::pthread_cond_t = libc::PTHREAD_COND_INITIALIZER;
        static READY: AtomicI32 = AtomicI32::new(0);
        let m = &raw mut M;
        let c = &raw mut C;
        let mut attr = MaybeUninit::<libc::pthread_mutexattr_t>::uninit();
        libc::pthread_mutexattr_init(attr.as_mut_ptr());
        libc::pthread_mutexattr_settype(attr.as_mut_ptr(), libc::PTHREAD_MUTEX_RECURSIVE);
        let mut rm = MaybeUninit::<libc::pthread_mutex_t>::uninit();
        assert_eq!(libc::pthread_mutex_init(rm.as_mut_ptr(), attr.as_ptr()), 0);
        assert_eq!(libc::pthread_mutex_lock(rm.as_mut_ptr()), 0);
        assert_eq!(libc::pthread_mutex_lock(rm.as_mut_ptr()), 0);
        assert_eq!(libc::pthread_mutex_unlock(rm.as_mut_ptr()), 0);
        assert_eq!(libc::pthread_mutex_unlock(rm.as_mut_ptr()), 0);
        libc::pthread_mutex_destroy(rm.as_mut_ptr());
        libc::pthread_mutexattr_destroy(attr.as_mut_ptr());

        extern "C" fn signaller(_: *mut c_void) -> *mut c_void {
            unsafe {
                libc::pthread_mutex_lock(&raw mut M);
                READY.store(1, Ordering::SeqCst);
                libc::pthread_cond_signal(&raw mut C);
                libc::pthread_mutex_unlock(&raw mut M);
            }
            ptr::null_mut()
        }
        libc::pthread_mutex_lock(m);
        let mut t: libc::pthread_t = std::mem::zeroed();
        assert_eq!(
            libc::pthread_create(&mut t, ptr::null(), signaller, ptr::null_mut()),
            0
        );
        while READY.load(Ordering::SeqCst) == 0 {
            libc::pthread_cond_wait(c, m);
        }
        libc::pthread_mutex_unlock(m);
        assert_eq!(libc::pthread_join(t, ptr::null_mut()), 0);

        // rwlock
        let mut rw = libc::PTHREAD_RWLOCK_INITIALIZER;
        assert_eq!(libc::pthread_rwlock_rdlock(&mut rw), 0);
        assert_eq!(libc::pthread_rwlock_tryrdlock(&mut rw), 0);
        assert_eq!(libc::pthread_rwlock_trywrlock(&mut rw), libc::EBUSY);
        libc::pthread_rwlock_unlock(&mut rw);
        libc::pthread_rwlock_unlock(&mut rw);
        assert_eq!(libc::pthread_rwlock_wrlock(&mut rw), 0);
        libc::pthread_rwlock_unlock(&mut rw);

        // key
        let mut key: libc::pthread_key_t = 0;
        assert_eq!(libc::pthread_key_create(&mut key, None), 0);
        assert_eq!(libc::pthread_setspecific(key, 0x55 as *const c_void), 0);
        assert_eq!(libc::pthread_getspecific(key) as usize, 0x55);
        libc::pthread_key_delete(key);

        // once
        static ONCE_RUNS: AtomicI32 = AtomicI32::new(0);
        extern "C" fn once_fn() {
            ONCE_RUNS.fetch_add(1, Ordering::SeqCst);
        }
        let mut once: libc::pthread_once_t = libc::PTHREAD_ONCE_INIT;
        libc::pthread_once(&mut once, once_fn);
        libc::pthread_once(&mut once, once_fn);
        assert_eq!(ONCE_RUNS.load(Ordering::SeqCst), 1);

        // barrier of two
        static mut B: MaybeUninit<libc::pthread_barrier_t> = MaybeUninit::uninit();
        let b = (&raw mut B).cast::<libc::pthread_barrier_t>();
        assert_eq!(libc::pthread_barrier_init(b, ptr::null(), 2), 0);
        extern "C" fn at_barrier(_: *mut c_void) -> *mut c_void {
            let r = unsafe { libc::pthread_barrier_wait((&raw mut B).cast()) };
            r as usize as *mut c_void
        }
        let mut t: libc::pthread_t = std::mem::zeroed();
        libc::pthread_create(&mut t, ptr::null(), at_barrier, ptr::null_mut());
        let mine = libc::pthread_barrier_wait(b);
        let mut theirs: *mut c_void = ptr::null_mut();
        libc::pthread_join(t, &mut theirs);
        let serial = [mine, theirs as usize as c_int]
            .iter()
            .filter(|&&r| r == libc::PTHREAD_BARRIER_SERIAL_THREAD)
            .count();
        assert_eq!(serial, 1);
        libc::pthread_barrier_destroy(b);

        // name and affinity (GNU)
        let mut name = [0 as c_char; 16];
        assert_eq!(
            libc::pthread_setname_np(libc::pthread_self(), c"sys-test".as_ptr()),
            0
        );
        assert_eq!(
            libc::pthread_getname_np(libc::pthread_self(), name.as_mut_ptr(), 16),
            0
        );
        assert_eq!(cstr(name.as_ptr()), "sys-test");
    }
}

/// musl's C11 `<threads.h>` (the crate binds it on musl only).
#[cfg(target_env = "musl")]
#[test]
fn c11_threads() {
    unsafe {
        let mut m = MaybeUninit::<libc::mtx_t>::uninit();
        assert_eq!(
            libc::mtx_init(m.as_mut_ptr(), libc::mtx_plain),
            libc::thrd_success
        );
        let mut cv = MaybeUninit::<libc::cnd_t>::uninit();
        assert_eq!(libc::cnd_init(cv.as_mut_ptr()), libc::thrd_success);
        let mut key = MaybeUninit::<libc::tss_t>::uninit();
        assert_eq!(libc::tss_create(key.as_mut_ptr(), None), libc::thrd_success);
        let key = key.assume_init();
        assert_eq!(libc::tss_set(key, 7 as *mut c_void), libc::thrd_success);
        assert_eq!(libc::tss_get(key) as usize, 7);

        unsafe extern "C" fn child(arg: *mut c_void) -> c_int {
            arg as usize as c_int * 2
        }
        let mut t = MaybeUninit::<libc::thrd_t>::uninit();
        assert_eq!(
            libc::thrd_create(t.as_mut_ptr(), Some(child), 21 as *mut c_void),
            libc::thrd_success
        );
        let mut res = 0;
        assert_eq!(
            libc::thrd_join(t.assume_init(), &mut res),
            libc::thrd_success
        );
        assert_eq!(res, 42);

        static CALLS: AtomicI32 = AtomicI32::new(0);
        unsafe extern "C" fn once() {
            CALLS.fetch_add(1, Ordering::SeqCst);
        }
        let mut flag = libc::ONCE_FLAG_INIT;
        libc::call_once(&mut flag, Some(once));
        libc::call_once(&mut flag, Some(once));
        assert_eq!(CALLS.load(Ordering::SeqCst), 1);

        assert_eq!(libc::mtx_lock(m.as_mut_ptr()), libc::thrd_success);
        assert_eq!(libc::mtx_unlock(m.as_mut_ptr()), libc::thrd_success);
        libc::tss_delete(key);
        libc::cnd_destroy(cv.as_mut_ptr());
        libc::mtx_destroy(m.as_mut_ptr());
    }
}

#[test]
fn passwd_group_lookups() {
    unsafe {
        let uid = libc::getuid();
        let mut pw = MaybeUninit::<libc::passwd>::uninit();
        let mut buf = vec![0 as c_char; 4096];
        let mut res: *mut libc::passwd = ptr::null_mut();
        let r = libc::getpwuid_r(uid, pw.as_mut_ptr(), buf.as_mut_ptr(), buf.len(), &mut res);
        assert_eq!(r, 0);
        if res.is_null() {
            println!("getpwuid_r: uid {uid} has no /etc/passwd entry here; nothing to compare");
        } else {
            assert_eq!((*res).pw_uid, uid);
            assert!(!cstr((*res).pw_name).is_empty());
        }
        let gid = libc::getgid();
        let mut gr = MaybeUninit::<libc::group>::uninit();
        let mut gres: *mut libc::group = ptr::null_mut();
        let r = libc::getgrgid_r(gid, gr.as_mut_ptr(), buf.as_mut_ptr(), buf.len(), &mut gres);
        assert_eq!(r, 0);
        if !gres.is_null() {
            assert_eq!((*gres).gr_gid, gid);
        }
        // A uid nobody has is "not found", not an error.
        let r = libc::getpwuid_r(
            0x7fff_fff0,
            pw.as_mut_ptr(),
            buf.as_mut_ptr(),
            buf.len(),
            &mut res,
        );
        assert_eq!(r, 0);
        assert!(res.is_null());
    }
}

#[test]
fn locale_and_langinfo() {
    let _locale = global_locale();
    unsafe {
        let cur = libc::setlocale(libc::LC_ALL, c"C".as_ptr());
        assert!(!cur.is_null());
        // The C locale's character set, by each library's name for it.
        let ascii = if cfg!(target_env = "musl") {
            "ASCII"
        } else {
            "ANSI_X3.4-1968"
        };
        assert_eq!(cstr(libc::nl_langinfo(libc::CODESET)), ascii);
        assert_eq!(cstr(libc::nl_langinfo(libc::DAY_1)), "Sunday");
        assert_eq!(cstr(libc::nl_langinfo(libc::ABMON_12)), "Dec");
        let loc = libc::newlocale(libc::LC_ALL_MASK, c"C.UTF-8".as_ptr(), ptr::null_mut());
        assert!(!loc.is_null());
        assert_eq!(cstr(libc::nl_langinfo_l(libc::CODESET, loc)), "UTF-8");
        let old = libc::uselocale(loc);
        let mut wc: libc::wchar_t = 0;
        assert_eq!(libc::mbtowc(&mut wc, c"\u{e9}".as_ptr(), 4), 2);
        libc::uselocale(old);
        libc::freelocale(loc);
        let lc = libc::localeconv();
        assert_eq!(cstr((*lc).decimal_point), ".");
    }
}

#[test]
fn stdio_snprintf_variadic() {
    let mut buf = [0 as c_char; 64];
    let n = unsafe {
        libc::snprintf(
            buf.as_mut_ptr(),
            buf.len(),
            c"%d-%s-%ld-%.2f-%c".as_ptr(),
            42 as c_int,
            c"x".as_ptr(),
            -7 as libc::c_long,
            1.5f64,
            b'z' as c_int,
        )
    };
    assert_eq!(cstr(buf.as_ptr()), "42-x--7-1.50-z");
    assert_eq!(n, 14);
    unsafe {
        // A FILE round trip through a temporary file.
        let f = libc::tmpfile();
        assert!(!f.is_null());
        assert!(libc::fputs(c"hello\n".as_ptr(), f) >= 0);
        libc::rewind(f);
        let mut line = [0 as c_char; 16];
        assert!(!libc::fgets(line.as_mut_ptr(), 16, f).is_null());
        assert_eq!(cstr(line.as_ptr()), "hello\n");
        libc::fclose(f);
    }
}

/// `<sys/cachectl.h>` on mips64: flushing both caches over a buffer.
#[cfg(target_arch = "mips64")]
#[test]
fn mips_cacheflush() {
    let mut buf = vec![0u8; 4096];
    buf[0] = 1;
    let p = buf.as_mut_ptr() as *mut c_void;
    unsafe {
        assert_eq!(libc::cacheflush(p, 4096, libc::BCACHE), 0);
        assert_eq!(libc::_flush_cache(p, 4096, libc::ICACHE), 0);
    }
}

/// musl's `<stdio_ext.h>`'s queries on a stream's buffer and mode (the
/// crate binds them on musl only).
#[cfg(target_env = "musl")]
#[test]
fn stdio_ext_queries() {
    unsafe {
        let f = libc::tmpfile();
        assert!(!f.is_null());
        assert_ne!(libc::__freadable(f), 0);
        assert_ne!(libc::__fwritable(f), 0);
        assert_eq!(
            libc::fwrite(b"abcdef".as_ptr() as *const c_void, 1, 6, f),
            6
        );
        assert_ne!(libc::__fwriting(f), 0);
        assert_eq!(libc::__freading(f), 0);
        assert_eq!(libc::__fpending(f), 6);
        assert!(libc::__fbufsize(f) >= 6);
        assert_eq!(libc::__flbf(f), 0);
        assert_eq!(libc::fflush(f), 0);
        assert_eq!(libc::__fpending(f), 0);
        libc::rewind(f);
        assert_eq!(libc::fgetc(f), b'a' as c_int);
        assert_ne!(libc::__freading(f), 0);
        // The rest of the file is in the buffer: five bytes, readable in place.
        assert_eq!(libc::__freadahead(f), 5);
        let mut n: size_t = 0;
        let p = libc::__freadptr(f, &mut n);
        assert_eq!(n, 5);
        assert_eq!(std::slice::from_raw_parts(p as *const u8, n), b"bcdef");
        libc::__freadptrinc(f, 2);
        assert_eq!(libc::fgetc(f), b'd' as c_int);
        assert_eq!(libc::__fpurge(f), 0);
        assert_eq!(libc::__freadahead(f), 0);
        assert_eq!(libc::ferror(f), 0);
        libc::__fseterr(f);
        assert_ne!(libc::ferror(f), 0);
        // musl keeps its own locking whatever the caller asks, and answers 0.
        assert_eq!(libc::__fsetlocking(f, libc::FSETLOCKING_BYCALLER), 0);
        assert_eq!(libc::__fsetlocking(f, libc::FSETLOCKING_QUERY), 0);
        libc::fclose(f);
    }
}

/// `MB_CUR_MAX`'s function in the C locale and in C.UTF-8.
#[test]
fn mb_cur_max() {
    let _locale = global_locale();
    unsafe {
        // The C locale is byte-based in both; a UTF-8 character takes up to
        // 4 bytes in musl, and glibc's UTF-8 charmap allows 6.
        let utf8_max = if cfg!(target_env = "musl") { 4 } else { 6 };
        libc::uselocale(libc::LC_GLOBAL_LOCALE);
        let old = CStr::from_ptr(libc::setlocale(libc::LC_CTYPE, ptr::null())).to_owned();
        assert!(!libc::setlocale(libc::LC_CTYPE, c"C".as_ptr()).is_null());
        assert_eq!(libc::__ctype_get_mb_cur_max(), 1);
        assert!(!libc::setlocale(libc::LC_CTYPE, c"C.UTF-8".as_ptr()).is_null());
        assert_eq!(libc::__ctype_get_mb_cur_max(), utf8_max);
        libc::setlocale(libc::LC_CTYPE, old.as_ptr());
    }
}

extern "C" fn cmp_int(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = unsafe { (*(a as *const c_int), *(b as *const c_int)) };
    a.cmp(&b) as c_int
}

extern "C" fn cmp_int_rev(a: *const c_void, b: *const c_void, calls: *mut c_void) -> c_int {
    unsafe { *(calls as *mut usize) += 1 };
    -cmp_int(a, b)
}

#[test]
fn qsort_and_qsort_r() {
    let mut v: [c_int; 6] = [5, 3, 9, 1, 7, 2];
    unsafe {
        libc::qsort(
            v.as_mut_ptr() as *mut c_void,
            v.len(),
            size_of::<c_int>(),
            Some(cmp_int),
        );
    }
    assert_eq!(v, [1, 2, 3, 5, 7, 9]);
    let mut calls = 0usize;
    unsafe {
        libc::qsort_r(
            v.as_mut_ptr() as *mut c_void,
            v.len(),
            size_of::<c_int>(),
            Some(cmp_int_rev),
            &mut calls as *mut usize as *mut c_void,
        );
    }
    assert_eq!(v, [9, 7, 5, 3, 2, 1]);
    assert!(calls > 0);
    let key: c_int = 5;
    let mut sorted: [c_int; 6] = [1, 2, 3, 5, 7, 9];
    let hit = unsafe {
        libc::bsearch(
            &key as *const c_int as *const c_void,
            sorted.as_mut_ptr() as *const c_void,
            6,
            size_of::<c_int>(),
            Some(cmp_int),
        )
    };
    assert_eq!(hit as usize, &sorted[3] as *const c_int as usize);
}

#[test]
fn files_statvfs_random_sysinfo() {
    unsafe {
        let mut template = *b"/tmp/libc-system-XXXXXX\0";
        let fd = libc::mkstemp(template.as_mut_ptr() as *mut c_char);
        assert!(fd >= 0);
        let path = template.as_ptr() as *const c_char;
        assert_eq!(libc::write(fd, b"data".as_ptr() as *const c_void, 4), 4);
        let mut st: libc::stat = std::mem::zeroed();
        assert_eq!(libc::fstat(fd, &mut st), 0);
        assert_eq!(st.st_size, 4);
        assert_eq!(st.st_mode & libc::S_IFMT, libc::S_IFREG);
        let mut vfs: libc::statvfs = std::mem::zeroed();
        assert_eq!(libc::fstatvfs(fd, &mut vfs), 0);
        assert!(vfs.f_bsize > 0);
        let mut fs: libc::statfs = std::mem::zeroed();
        assert_eq!(libc::fstatfs(fd, &mut fs), 0);
        assert!(fs.f_bsize > 0);
        libc::close(fd);
        assert_eq!(libc::unlink(path), 0);
        assert_eq!(libc::access(path, libc::F_OK), -1);
        assert_eq!(errno(), libc::ENOENT);

        let mut a = [0u8; 32];
        let mut b = [0u8; 32];
        assert_eq!(libc::getrandom(a.as_mut_ptr() as *mut c_void, 32, 0), 32);
        assert_eq!(libc::getentropy(b.as_mut_ptr() as *mut c_void, 32), 0);
        assert_ne!(a, b);

        let mut si: libc::sysinfo = std::mem::zeroed();
        assert_eq!(libc::sysinfo(&mut si), 0);
        assert!(si.totalram > 0 && si.mem_unit > 0);
        assert!(libc::get_nprocs() >= 1);

        let dev = libc::makedev(8, 17);
        assert_eq!((libc::major(dev), libc::minor(dev)), (8, 17));
        let dev = libc::makedev(0x12345, 0x6789a);
        assert_eq!((libc::major(dev), libc::minor(dev)), (0x12345, 0x6789a));
    }
}

#[test]
fn xattr_on_a_file() {
    let path = temp_path("xattr");
    unsafe {
        let fd = libc::open(path.as_ptr(), libc::O_CREAT | libc::O_RDWR, 0o600);
        assert!(fd >= 0);
        let r = libc::fsetxattr(
            fd,
            c"user.libc".as_ptr(),
            b"v1".as_ptr() as *const c_void,
            2,
            0,
        );
        if r != 0 {
            let e = errno();
            assert!(
                e == libc::ENOTSUP || e == libc::EPERM,
                "fsetxattr: errno {e}"
            );
            println!("xattr: /tmp does not take user.* attributes here (errno {e}); skipped");
        } else {
            let mut buf = [0u8; 8];
            let n = libc::getxattr(
                path.as_ptr(),
                c"user.libc".as_ptr(),
                buf.as_mut_ptr() as *mut c_void,
                8,
            );
            assert_eq!(n, 2);
            assert_eq!(&buf[..2], b"v1");
            let mut list = [0 as c_char; 64];
            assert!(libc::flistxattr(fd, list.as_mut_ptr(), 64) > 0);
            assert_eq!(libc::removexattr(path.as_ptr(), c"user.libc".as_ptr()), 0);
        }
        libc::close(fd);
        libc::unlink(path.as_ptr());
    }
}

#[test]
fn termios_on_a_pty() {
    unsafe {
        let (mut master, mut slave) = (-1, -1);
        let mut ws = libc::winsize {
            ws_row: 24,
            ws_col: 80,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        let r = libc::openpty(
            &mut master,
            &mut slave,
            ptr::null_mut(),
            ptr::null(),
            &mut ws,
        );
        if r != 0 {
            println!(
                "openpty: no pseudo-terminal here (errno {}); skipped",
                errno()
            );
            return;
        }
        assert_eq!(libc::isatty(slave), 1);
        let mut t: libc::termios = std::mem::zeroed();
        assert_eq!(libc::tcgetattr(slave, &mut t), 0);
        assert_ne!(t.c_lflag & libc::ICANON, 0);
        libc::cfmakeraw(&mut t);
        assert_eq!(libc::cfsetspeed(&mut t, libc::B38400), 0);
        assert_eq!(libc::tcsetattr(slave, libc::TCSANOW, &t), 0);
        let mut back: libc::termios = std::mem::zeroed();
        assert_eq!(libc::tcgetattr(slave, &mut back), 0);
        assert_eq!(back.c_lflag & (libc::ICANON | libc::ECHO), 0);
        assert_eq!(libc::cfgetospeed(&back), libc::B38400);
        // The raw ioctls agree with the functions.
        let mut k: libc::termios = std::mem::zeroed();
        assert_eq!(libc::ioctl(slave, libc::TCGETS as _, &mut k), 0);
        assert_eq!(k.c_lflag, back.c_lflag);
        let mut got: libc::winsize = std::mem::zeroed();
        assert_eq!(libc::ioctl(slave, libc::TIOCGWINSZ as _, &mut got), 0);
        assert_eq!((got.ws_row, got.ws_col), (24, 80));
        let mut avail: c_int = -1;
        assert_eq!(libc::ioctl(master, libc::FIONREAD as _, &mut avail), 0);
        assert_eq!(avail, 0);
        libc::close(slave);
        libc::close(master);
    }
}

#[test]
fn sysv_shm_sem_msg() {
    unsafe {
        let shm = libc::shmget(libc::IPC_PRIVATE, 4096, libc::IPC_CREAT | 0o600);
        if shm < 0 {
            println!(
                "shmget: System V IPC unavailable here (errno {}); skipped",
                errno()
            );
            return;
        }
        let p = libc::shmat(shm, ptr::null(), 0);
        assert_ne!(p as isize, -1);
        *(p as *mut u32) = 0xfeed;
        let mut ds: libc::shmid_ds = std::mem::zeroed();
        assert_eq!(libc::shmctl(shm, libc::IPC_STAT, &mut ds), 0);
        assert_eq!(ds.shm_segsz, 4096);
        assert_eq!(ds.shm_nattch, 1);
        libc::shmdt(p);
        assert_eq!(libc::shmctl(shm, libc::IPC_RMID, ptr::null_mut()), 0);

        let sem = libc::semget(libc::IPC_PRIVATE, 1, libc::IPC_CREAT | 0o600);
        assert!(sem >= 0);
        let mut ops = [libc::sembuf {
            sem_num: 0,
            sem_op: 2,
            sem_flg: 0,
        }];
        assert_eq!(libc::semop(sem, ops.as_mut_ptr(), 1), 0);
        assert_eq!(libc::semctl(sem, 0, libc::GETVAL), 2);
        ops[0].sem_op = -1;
        assert_eq!(libc::semop(sem, ops.as_mut_ptr(), 1), 0);
        assert_eq!(libc::semctl(sem, 0, libc::GETVAL), 1);
        assert_eq!(libc::semctl(sem, 0, libc::IPC_RMID), 0);

        #[repr(C)]
        struct Msg {
            mtype: libc::c_long,
            text: [u8; 8],
        }
        let q = libc::msgget(libc::IPC_PRIVATE, libc::IPC_CREAT | 0o600);
        assert!(q >= 0);
        let m = Msg {
            mtype: 3,
            text: *b"message\0",
        };
        assert_eq!(libc::msgsnd(q, &m as *const Msg as *const c_void, 8, 0), 0);
        let mut r = Msg {
            mtype: 0,
            text: [0; 8],
        };
        assert_eq!(
            libc::msgrcv(q, &mut r as *mut Msg as *mut c_void, 8, 3, 0),
            8
        );
        assert_eq!(&r.text, b"message\0");
        let mut qs: libc::msqid_ds = std::mem::zeroed();
        assert_eq!(libc::msgctl(q, libc::IPC_STAT, &mut qs), 0);
        assert_eq!(qs.msg_qnum, 0);
        assert_eq!(libc::msgctl(q, libc::IPC_RMID, ptr::null_mut()), 0);
    }
}

#[test]
fn regex_glob_wordexp_fnmatch() {
    unsafe {
        let mut re = MaybeUninit::<libc::regex_t>::uninit();
        assert_eq!(
            libc::regcomp(
                re.as_mut_ptr(),
                c"([a-z]+)-([0-9]+)".as_ptr(),
                libc::REG_EXTENDED
            ),
            0
        );
        let mut m = [libc::regmatch_t {
            rm_so: -1,
            rm_eo: -1,
        }; 3];
        assert_eq!(
            libc::regexec(re.as_ptr(), c"id: abc-123!".as_ptr(), 3, m.as_mut_ptr(), 0),
            0
        );
        assert_eq!((m[1].rm_so, m[1].rm_eo), (4, 7));
        assert_eq!((m[2].rm_so, m[2].rm_eo), (8, 11));
        assert_eq!(
            libc::regexec(re.as_ptr(), c"nothing".as_ptr(), 0, ptr::null_mut(), 0),
            libc::REG_NOMATCH
        );
        let mut msg = [0 as c_char; 64];
        assert!(libc::regerror(libc::REG_NOMATCH, re.as_ptr(), msg.as_mut_ptr(), 64) > 0);
        libc::regfree(re.as_mut_ptr());

        let dir = temp_path("glob");
        libc::mkdir(dir.as_ptr(), 0o700);
        for n in ["x1.txt", "x2.txt", "y.log"] {
            let p = CString::new(format!("{}/{n}", dir.to_str().unwrap())).unwrap();
            libc::close(libc::creat(p.as_ptr(), 0o600));
        }
        let pat = CString::new(format!("{}/*.txt", dir.to_str().unwrap())).unwrap();
        let mut g: libc::glob_t = std::mem::zeroed();
        assert_eq!(libc::glob(pat.as_ptr(), 0, None, &mut g), 0);
        assert_eq!(g.gl_pathc, 2);
        assert!(cstr(*g.gl_pathv).ends_with("/x1.txt"));
        libc::globfree(&mut g);
        for n in ["x1.txt", "x2.txt", "y.log"] {
            let p = CString::new(format!("{}/{n}", dir.to_str().unwrap())).unwrap();
            libc::unlink(p.as_ptr());
        }
        libc::rmdir(dir.as_ptr());

        let mut we: libc::wordexp_t = std::mem::zeroed();
        let r = libc::wordexp(c"one 'two three' four".as_ptr(), &mut we, libc::WRDE_NOCMD);
        if r == 0 {
            assert_eq!(we.we_wordc, 3);
            assert_eq!(cstr(*we.we_wordv.add(1)), "two three");
            libc::wordfree(&mut we);
        } else {
            // musl's wordexp runs /bin/sh; under qemu-user that is the host's.
            println!("wordexp: returned {r} (it runs /bin/sh); skipped");
        }

        assert_eq!(libc::fnmatch(c"*.rs".as_ptr(), c"lib.rs".as_ptr(), 0), 0);
        assert_eq!(
            libc::fnmatch(c"*.rs".as_ptr(), c"lib.c".as_ptr(), 0),
            libc::FNM_NOMATCH
        );
    }
}

/// `input` converted by iconv from `from` to `to`; `None` when `iconv_open`
/// fails (errno says why).
fn iconv_convert(to: &CStr, from: &CStr, input: &[u8]) -> Option<Vec<u8>> {
    unsafe {
        let cd = libc::iconv_open(to.as_ptr(), from.as_ptr());
        if cd as isize == -1 {
            return None;
        }
        let mut inp = input.as_ptr() as *mut c_char;
        let mut inleft: size_t = input.len();
        let mut out = [0u8; 16];
        let mut outp = out.as_mut_ptr() as *mut c_char;
        let mut outleft: size_t = 16;
        assert_eq!(
            libc::iconv(cd, &mut inp, &mut inleft, &mut outp, &mut outleft),
            0
        );
        assert_eq!(libc::iconv_close(cd), 0);
        Some(out[..16 - outleft].to_vec())
    }
}

#[test]
fn iconv_and_wide_characters() {
    let _locale = global_locale();
    // ISO-8859-1 is built into musl; glibc loads it as a gconv module, which
    // Debian's libc6-*-cross (the glibc under qemu-user) does not ship.
    match iconv_convert(c"UTF-8", c"ISO-8859-1", &[b'c', b'a', b'f', 0xe9]) {
        Some(out) => assert_eq!(out, "café".as_bytes()),
        None if cfg!(target_env = "gnu") && errno() == libc::EINVAL => {
            println!("skip iconv from ISO-8859-1: this glibc has no gconv module for it (EINVAL)")
        }
        None => panic!("iconv_open(UTF-8, ISO-8859-1): errno {}", errno()),
    }
    // UCS-2LE is built into both, under that name (glibc's other names for
    // its built-in conversions, such as UTF-16LE, are in its gconv-modules
    // file, which libc6-*-cross does not ship either).
    let ucs2: Vec<u8> = "café".encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert_eq!(
        iconv_convert(c"UTF-8", c"UCS-2LE", &ucs2).expect("iconv_open(UTF-8, UCS-2LE)"),
        "café".as_bytes()
    );
    unsafe {
        let loc = libc::setlocale(libc::LC_CTYPE, c"C.UTF-8".as_ptr());
        assert!(!loc.is_null());
        let mut wbuf = [0 as libc::wchar_t; 8];
        let n = libc::mbstowcs(wbuf.as_mut_ptr(), c"héllo".as_ptr(), 8);
        assert_eq!(n, 5);
        assert_eq!(wbuf[1] as u32, 'é' as u32);
        assert_eq!(libc::wcslen(wbuf.as_ptr()), 5);
        assert_ne!(libc::iswalpha(wbuf[1] as libc::wint_t), 0);
        assert_eq!(libc::towupper(wbuf[1] as libc::wint_t), 'É' as libc::wint_t);
        let mut mb = [0 as c_char; 8];
        let mut st: libc::mbstate_t = std::mem::zeroed();
        assert_eq!(
            libc::wcrtomb(mb.as_mut_ptr(), 'é' as libc::wchar_t, &mut st),
            2
        );
        assert_eq!(libc::wcwidth('é' as libc::wchar_t), 1);
        libc::setlocale(libc::LC_CTYPE, c"C".as_ptr());
    }
}

#[test]
fn sched_affinity_cpu_helpers() {
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        assert_eq!(
            libc::sched_getaffinity(0, size_of::<libc::cpu_set_t>(), &mut set),
            0
        );
        let n = libc::CPU_COUNT(&set);
        assert!(n >= 1);
        let first = (0..libc::CPU_SETSIZE as usize)
            .find(|&c| libc::CPU_ISSET(c, &set))
            .unwrap();
        let mut one: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_ZERO(&mut one);
        libc::CPU_SET(first, &mut one);
        assert_eq!(libc::CPU_COUNT(&one), 1);
        assert!(libc::CPU_ISSET(first, &one));
        // musl's own count, which C's CPU_COUNT calls, agrees with the Rust one.
        let sz = size_of::<libc::cpu_set_t>();
        assert_eq!(libc::__sched_cpucount(sz, &set), n);
        assert_eq!(libc::__sched_cpucount(sz, &one), 1);
        assert_eq!(
            libc::sched_setaffinity(0, size_of::<libc::cpu_set_t>(), &one),
            0
        );
        let mut back: libc::cpu_set_t = std::mem::zeroed();
        libc::sched_getaffinity(0, size_of::<libc::cpu_set_t>(), &mut back);
        assert!(libc::CPU_EQUAL(&one, &back));
        libc::CPU_CLR(first, &mut one);
        assert_eq!(libc::CPU_COUNT(&one), 0);
        assert_eq!(
            libc::sched_setaffinity(0, size_of::<libc::cpu_set_t>(), &set),
            0
        );
        assert_eq!(libc::CPU_ALLOC_SIZE(1024), 128);
        assert_eq!(libc::CPU_SETSIZE as usize, 8 * size_of::<libc::cpu_set_t>());
        let mut p: libc::sched_param = std::mem::zeroed();
        // musl's sched_getparam is a stub that fails with ENOSYS.
        let r = libc::sched_getparam(0, &mut p);
        assert!(r == 0 || errno() == libc::ENOSYS);
        assert!(libc::sched_get_priority_max(libc::SCHED_FIFO) >= 1);
        assert!(libc::sched_getcpu() >= 0);
    }
}

#[test]
fn select_fd_set_helpers() {
    unsafe {
        let mut fds = [0; 2];
        assert_eq!(libc::pipe(fds.as_mut_ptr()), 0);
        assert_eq!(libc::write(fds[1], b"x".as_ptr() as *const c_void, 1), 1);
        let mut set = MaybeUninit::<libc::fd_set>::uninit();
        libc::FD_ZERO(set.as_mut_ptr());
        libc::FD_SET(fds[0], set.as_mut_ptr());
        assert!(libc::FD_ISSET(fds[0], set.as_ptr()));
        assert!(!libc::FD_ISSET(fds[1], set.as_ptr()));
        let mut tv = libc::timeval {
            tv_sec: 5,
            tv_usec: 0,
        };
        let r = libc::select(
            fds[0] + 1,
            set.as_mut_ptr(),
            ptr::null_mut(),
            ptr::null_mut(),
            &mut tv,
        );
        assert_eq!(r, 1);
        assert!(libc::FD_ISSET(fds[0], set.as_ptr()));
        libc::FD_CLR(fds[0], set.as_mut_ptr());
        assert!(!libc::FD_ISSET(fds[0], set.as_ptr()));
        let mut pfd = libc::pollfd {
            fd: fds[0],
            events: libc::POLLIN,
            revents: 0,
        };
        assert_eq!(libc::poll(&mut pfd, 1, 1000), 1);
        assert_ne!(pfd.revents & libc::POLLIN, 0);
        libc::close(fds[0]);
        libc::close(fds[1]);
    }
}

/// `F_SETOWN_EX`/`F_GETOWN_EX` through `struct f_owner_ex` (the crate
/// binds the struct on musl only).
#[cfg(target_env = "musl")]
#[test]
fn fcntl_owner_ex() {
    unsafe {
        let mut sv = [0 as c_int; 2];
        assert_eq!(
            libc::socketpair(libc::AF_UNIX, libc::SOCK_STREAM, 0, sv.as_mut_ptr()),
            0
        );
        let set = libc::f_owner_ex {
            type_: libc::F_OWNER_TID,
            pid: libc::gettid(),
        };
        assert_eq!(libc::fcntl(sv[0], libc::F_SETOWN_EX, &set), 0);
        let mut got = libc::f_owner_ex { type_: -1, pid: 0 };
        assert_eq!(libc::fcntl(sv[0], libc::F_GETOWN_EX, &mut got), 0);
        assert_eq!((got.type_, got.pid), (libc::F_OWNER_TID, libc::gettid()));
        libc::close(sv[0]);
        libc::close(sv[1]);
    }
}

#[test]
fn lfs64_names_link_and_work() {
    let path = temp_path("lfs64");
    unsafe {
        // open64 keeps open's variadic signature.
        let fd = libc::open64(
            path.as_ptr(),
            libc::O_CREAT | libc::O_RDWR | libc::O_TRUNC,
            0o600,
        );
        assert!(fd >= 0);
        assert_eq!(
            libc::pwrite64(fd, b"0123456789".as_ptr() as *const c_void, 10, 0),
            10
        );
        let mut b = [0u8; 4];
        assert_eq!(libc::pread64(fd, b.as_mut_ptr() as *mut c_void, 4, 3), 4);
        assert_eq!(&b, b"3456");
        assert_eq!(libc::lseek64(fd, 0, libc::SEEK_END), 10);
        assert_eq!(libc::ftruncate64(fd, 6), 0);
        let mut st: libc::stat64 = std::mem::zeroed();
        assert_eq!(libc::fstat64(fd, &mut st), 0);
        assert_eq!(st.st_size, 6);
        let mut st2: libc::stat64 = std::mem::zeroed();
        assert_eq!(libc::stat64(path.as_ptr(), &mut st2), 0);
        assert_eq!(st2.st_ino, st.st_ino);
        assert_eq!(
            libc::fstatat64(libc::AT_FDCWD, path.as_ptr(), &mut st2, 0),
            0
        );
        let mut vfs: libc::statvfs64 = std::mem::zeroed();
        assert_eq!(libc::fstatvfs64(fd, &mut vfs), 0);
        assert!(vfs.f_bsize > 0);
        let p = libc::mmap64(ptr::null_mut(), 6, libc::PROT_READ, libc::MAP_SHARED, fd, 0);
        assert_ne!(p, libc::MAP_FAILED);
        assert_eq!(*(p as *const u8), b'0');
        libc::munmap(p, 6);
        assert_eq!(
            libc::posix_fadvise64(fd, 0, 6, libc::POSIX_FADV_SEQUENTIAL),
            0
        );
        libc::close(fd);

        let fd = libc::openat64(libc::AT_FDCWD, path.as_ptr(), libc::O_RDONLY);
        assert!(fd >= 0);
        libc::close(fd);

        let f = libc::fopen64(path.as_ptr(), c"r".as_ptr());
        assert!(!f.is_null());
        assert_eq!(libc::fseeko64(f, 2, libc::SEEK_SET), 0);
        assert_eq!(libc::ftello64(f), 2);
        libc::fclose(f);

        let mut lim: libc::rlimit64 = std::mem::zeroed();
        assert_eq!(libc::getrlimit64(libc::RLIMIT_NOFILE, &mut lim), 0);
        assert!(lim.rlim_cur > 0);
        libc::unlink(path.as_ptr());

        // mkstemp64 and lockf64 on the file it makes.
        let mut tmpl = *b"/tmp/libc-lfs64-XXXXXX\0";
        let fd = libc::mkstemp64(tmpl.as_mut_ptr() as *mut c_char);
        assert!(fd >= 0);
        assert_eq!(libc::lockf64(fd, libc::F_TLOCK, 0), 0);
        assert_eq!(libc::lockf64(fd, libc::F_ULOCK, 0), 0);
        libc::close(fd);
        libc::unlink(tmpl.as_ptr() as *const c_char);
    }
}

#[test]
fn time_and_strings() {
    unsafe {
        let t: libc::time_t = 86400 * 365;
        let mut tm: libc::tm = std::mem::zeroed();
        assert!(!libc::gmtime_r(&t, &mut tm).is_null());
        assert_eq!((tm.tm_year, tm.tm_mon, tm.tm_mday), (71, 0, 1));
        let mut out = [0 as c_char; 32];
        let n = libc::strftime(out.as_mut_ptr(), 32, c"%Y-%m-%d %H:%M".as_ptr(), &tm);
        assert_eq!(n, 16);
        assert_eq!(cstr(out.as_ptr()), "1971-01-01 00:00");
        assert_eq!(libc::timegm(&mut tm), t);
        let mut ts: libc::tms = std::mem::zeroed();
        assert_ne!(libc::times(&mut ts), -1);

        // strlcpy is glibc 2.38's: a glibc program that names it does not
        // link against an older glibc, so there it is looked up at run time.
        type Strlcpy = unsafe extern "C" fn(*mut c_char, *const c_char, size_t) -> size_t;
        #[cfg(target_env = "musl")]
        let strlcpy: Option<Strlcpy> = Some(libc::strlcpy);
        #[cfg(target_env = "gnu")]
        let strlcpy: Option<Strlcpy> = {
            let p = libc::dlsym(libc::RTLD_DEFAULT, c"strlcpy".as_ptr());
            (!p.is_null()).then(|| std::mem::transmute::<*mut c_void, Strlcpy>(p))
        };
        match strlcpy {
            Some(strlcpy) => {
                let mut dst = [0 as c_char; 8];
                assert_eq!(strlcpy(dst.as_mut_ptr(), c"abcdefghij".as_ptr(), 8), 10);
                assert_eq!(cstr(dst.as_ptr()), "abcdefg");
            }
            None => println!("skip strlcpy: this glibc is older than 2.38, which added it"),
        }
        assert_eq!(libc::strcasecmp(c"HeLLo".as_ptr(), c"hello".as_ptr()), 0);
        let dup = libc::strndup(c"abcdef".as_ptr(), 3);
        assert_eq!(cstr(dup), "abc");
        libc::free(dup as *mut c_void);
        assert_eq!(cstr(libc::strsignal(libc::SIGINT)), "Interrupt");
        assert_ne!(libc::isalpha(b'a' as c_int), 0);
        assert_eq!(libc::isdigit(b'a' as c_int), 0);
    }
}

/// `<dlfcn.h>`: in a statically linked musl program (these tests are:
/// `crt-static`), `dlopen` of a library fails and says why through
/// `dlerror`; `dlopen(NULL)` and `dlsym` of a symbol the program holds are
/// answered as musl's static stubs answer them, which a dynamic program would
/// answer with the symbol's address. On glibc the tests are dynamic programs,
/// and must get the address.
#[test]
fn dlfcn_as_static_musl_allows() {
    unsafe {
        let h = libc::dlopen(c"libdoes-not-exist.so.9".as_ptr(), libc::RTLD_NOW);
        assert!(h.is_null());
        let e = libc::dlerror();
        assert!(!e.is_null(), "dlopen failed without a dlerror message");
        assert!(!cstr(e).is_empty());
        // After dlerror has been read, it is cleared.
        assert!(libc::dlerror().is_null());

        let me = libc::dlopen(std::ptr::null(), libc::RTLD_NOW);
        if me.is_null() {
            let e = libc::dlerror();
            assert!(!e.is_null());
            assert!(cfg!(target_env = "musl"), "dlopen(NULL): {}", cstr(e));
            println!("dlopen(NULL): {} (static musl); dlsym not tried", cstr(e));
        } else {
            let f = libc::dlsym(me, c"getpid".as_ptr());
            if f.is_null() {
                assert!(cfg!(target_env = "musl"), "dlsym(getpid) is null");
                println!(
                    "dlsym(getpid): {} (static musl keeps no dynamic symbol table)",
                    cstr(libc::dlerror())
                );
            } else {
                let getpid: extern "C" fn() -> libc::pid_t = std::mem::transmute(f);
                assert_eq!(getpid(), libc::getpid());
            }
            assert_eq!(libc::dlclose(me), 0);
        }
    }
}

/// `SIGRTMIN`/`SIGRTMAX` are C macros calling musl at run time; the crate's
/// functions must give what musl's own functions give.
#[test]
fn sigrtmin_sigrtmax_are_musls() {
    extern "C" {
        fn __libc_current_sigrtmin() -> c_int;
        fn __libc_current_sigrtmax() -> c_int;
    }
    unsafe {
        assert_eq!(libc::SIGRTMIN(), __libc_current_sigrtmin());
        assert_eq!(libc::SIGRTMAX(), __libc_current_sigrtmax());
        assert_eq!(libc::SIGRTMAX(), libc::_NSIG - 1);
    }
}

/// glibc's `sysctl`, bound at its old symbol version, links on a glibc that
/// keeps it only for old binaries (2.32 and later). Linux 5.5 removed the
/// system call, and glibc 2.32's compatibility `sysctl` fails with ENOSYS;
/// an older kernel and glibc answer `kern.ostype`.
#[cfg(target_env = "gnu")]
#[test]
fn sysctl_links_at_its_symbol_version() {
    let mut name = [libc::CTL_KERN, libc::KERN_OSTYPE];
    let mut buf = [0u8; 64];
    let mut len: size_t = buf.len();
    let r = unsafe {
        libc::sysctl(
            name.as_mut_ptr(),
            name.len() as c_int,
            buf.as_mut_ptr() as *mut c_void,
            &mut len,
            ptr::null_mut(),
            0,
        )
    };
    if r == 0 {
        assert_eq!(&buf[..len.min(5)], b"Linux");
    } else {
        assert_eq!((r, errno()), (-1, libc::ENOSYS));
    }
}
