//! Exercises Rust's std built on this crate (ci/std-test.sh builds std from
//! rust-src with this repository as its `libc`): fs, threads, net, process
//! and time, each checked against what the program itself did.

use std::collections::HashSet;
use std::env;
use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream, ToSocketAddrs, UdpSocket};
use std::os::unix::fs::{symlink, PermissionsExt};
use std::os::unix::process::ExitStatusExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn check(ok: bool, what: &str) {
    if !ok {
        eprintln!("std-smoke: FAILED: {what}");
        std::process::exit(1);
    }
    println!("std-smoke: ok: {what}");
}

fn scratch_dir() -> PathBuf {
    let d = env::temp_dir().join(format!("std-smoke-{}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).unwrap();
    d
}

fn test_fs() {
    let d = scratch_dir();
    let a = d.join("a.txt");
    let mut f = fs::File::create(&a).unwrap();
    f.write_all(b"hello, musl\n").unwrap();
    f.sync_all().unwrap();
    drop(f);
    let md = fs::metadata(&a).unwrap();
    check(md.len() == 12 && md.is_file(), "fs: create, write, metadata");
    let mut p = md.permissions();
    p.set_mode(0o640);
    fs::set_permissions(&a, p).unwrap();
    check(
        fs::metadata(&a).unwrap().permissions().mode() & 0o777 == 0o640,
        "fs: permissions",
    );
    let b = d.join("b.txt");
    fs::rename(&a, &b).unwrap();
    check(!a.exists() && b.exists(), "fs: rename");
    let l = d.join("link");
    symlink("b.txt", &l).unwrap();
    check(
        fs::read_link(&l).unwrap() == PathBuf::from("b.txt")
            && fs::read_to_string(&l).unwrap() == "hello, musl\n",
        "fs: symlink",
    );
    fs::create_dir(d.join("sub")).unwrap();
    let names: HashSet<String> = fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    let want: HashSet<String> = ["b.txt", "link", "sub"].iter().map(|s| s.to_string()).collect();
    check(names == want, "fs: read_dir");
    let c = fs::canonicalize(d.join("sub/../link")).unwrap();
    check(c == fs::canonicalize(&b).unwrap(), "fs: canonicalize");
    fs::remove_dir_all(&d).unwrap();
}

fn test_threads() {
    // A mutex-protected counter from several threads.
    let n = Arc::new(Mutex::new(0u32));
    let hs: Vec<_> = (0..4)
        .map(|_| {
            let n = n.clone();
            thread::spawn(move || {
                for _ in 0..1000 {
                    *n.lock().unwrap() += 1;
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    check(*n.lock().unwrap() == 4000, "threads: mutex");

    // Condvar hand-off.
    let pair = Arc::new((Mutex::new(false), Condvar::new()));
    let p2 = pair.clone();
    let h = thread::spawn(move || {
        *p2.0.lock().unwrap() = true;
        p2.1.notify_one();
    });
    let mut ready = pair.0.lock().unwrap();
    while !*ready {
        ready = pair.1.wait(ready).unwrap();
    }
    drop(ready);
    h.join().unwrap();
    check(true, "threads: condvar");

    // RwLock: many readers, one writer.
    let rw = Arc::new(RwLock::new(vec![1, 2, 3]));
    {
        let r1 = rw.read().unwrap();
        let r2 = rw.read().unwrap();
        check(r1.len() == 3 && r2.len() == 3, "threads: rwlock readers");
    }
    rw.write().unwrap().push(4);
    check(rw.read().unwrap().len() == 4, "threads: rwlock writer");

    // Channels.
    let (tx, rx) = mpsc::channel();
    for i in 0..3 {
        let tx = tx.clone();
        thread::spawn(move || tx.send(i).unwrap());
    }
    drop(tx);
    let mut got: Vec<i32> = rx.iter().collect();
    got.sort();
    check(got == vec![0, 1, 2], "threads: channels");

    // A named thread with a set stack size.
    let h = thread::Builder::new()
        .name("smoke-worker".into())
        .stack_size(256 * 1024)
        .spawn(|| thread::current().name().map(|s| s.to_string()))
        .unwrap();
    check(
        h.join().unwrap().as_deref() == Some("smoke-worker"),
        "threads: named, with a stack size",
    );

    // Scoped threads borrowing from the stack.
    let data = [1u64, 2, 3, 4];
    let sum = AtomicUsize::new(0);
    thread::scope(|s| {
        for x in &data {
            let sum = &sum;
            s.spawn(move || {
                sum.fetch_add(*x as usize, Ordering::SeqCst);
            });
        }
    });
    check(sum.load(Ordering::SeqCst) == 10, "threads: scoped");

    // A panic caught at the thread boundary.
    let r = thread::spawn(|| -> u32 { panic!("planned panic") }).join();
    check(r.is_err(), "threads: a caught panic");
}

fn test_net() {
    // TCP echo on 127.0.0.1.
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    let h = thread::spawn(move || {
        let (mut s, _) = l.accept().unwrap();
        let mut buf = [0u8; 5];
        s.read_exact(&mut buf).unwrap();
        s.write_all(&buf).unwrap();
    });
    let mut c = TcpStream::connect(addr).unwrap();
    c.set_nodelay(true).unwrap();
    c.write_all(b"hello").unwrap();
    let mut back = [0u8; 5];
    c.read_exact(&mut back).unwrap();
    h.join().unwrap();
    check(&back == b"hello", "net: TCP on 127.0.0.1");

    // UDP round trip.
    let a = UdpSocket::bind("127.0.0.1:0").unwrap();
    let b = UdpSocket::bind("127.0.0.1:0").unwrap();
    a.send_to(b"ping", b.local_addr().unwrap()).unwrap();
    let mut buf = [0u8; 8];
    let (n, from) = b.recv_from(&mut buf).unwrap();
    check(
        &buf[..n] == b"ping" && from == a.local_addr().unwrap(),
        "net: UDP on 127.0.0.1",
    );

    // Name lookup through musl's resolver (/etc/hosts).
    let addrs: Vec<_> = ("localhost", 80).to_socket_addrs().unwrap().collect();
    check(
        addrs.iter().any(|a| a.ip().is_loopback()),
        "net: localhost lookup",
    );
}

fn test_process() {
    // The host's /bin/sh: under qemu-user the kernel runs it natively, so
    // the same test works on every target.

    // Environment and piped stdin/stdout/stderr.
    let mut child = Command::new("/bin/sh")
        .args(["-c", "printf '%s:' \"$SMOKE_VALUE\"; cat; printf 'to stderr' >&2"])
        .env("SMOKE_VALUE", "forty-two")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"from parent").unwrap();
    let out = child.wait_with_output().unwrap();
    check(
        out.status.success()
            && out.stdout == b"forty-two:from parent"
            && out.stderr == b"to stderr",
        "process: env, piped stdin/stdout/stderr",
    );

    // An exit code.
    let st = Command::new("/bin/sh").args(["-c", "exit 7"]).status().unwrap();
    check(st.code() == Some(7), "process: exit code");

    // Death by a signal.
    let st = Command::new("/bin/sh").args(["-c", "kill -9 $$"]).status().unwrap();
    check(
        st.code().is_none() && st.signal() == Some(9),
        "process: death by signal",
    );
}

fn test_time() {
    let t0 = Instant::now();
    thread::sleep(Duration::from_millis(20));
    let dt = t0.elapsed();
    check(
        dt >= Duration::from_millis(20) && dt < Duration::from_secs(10),
        "time: monotonic clock and sleep",
    );
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    // 2020-01-01 and a bound well in the future.
    check(
        now.as_secs() > 1_577_836_800 && now.as_secs() < 4_102_444_800,
        "time: wall clock",
    );
}

fn main() {
    test_fs();
    test_threads();
    test_net();
    test_process();
    test_time();
    println!("std-smoke: all passed");
}
