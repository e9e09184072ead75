// Runs on the target (musl): what the host side computed, and the same
// calls here.
const MACRO_FACTS: (i32, i64, isize) = host_macro::host_facts!();

fn main() {
    let pid = unsafe { libc::getpid() };
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    let mut buf = [0u8; 16];
    let n = unsafe { libc::getrandom(buf.as_mut_ptr().cast(), buf.len(), 0) };
    assert!(pid > 0 && page >= 4096 && n == buf.len() as isize);
    println!(
        "build script (host): pid {}, page size {}, {} random bytes",
        env!("BUILD_SCRIPT_PID"),
        env!("BUILD_SCRIPT_PAGESIZE"),
        env!("BUILD_SCRIPT_RANDOM_BYTES")
    );
    println!(
        "proc-macro (host): pid {}, page size {}, {} random bytes",
        MACRO_FACTS.0, MACRO_FACTS.1, MACRO_FACTS.2
    );
    println!("program (target): pid {pid}, page size {page}, {n} random bytes");
}
