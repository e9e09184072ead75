// Runs on the build host (glibc): libc's getpid, sysconf and getrandom there.
fn main() {
    let pid = unsafe { libc::getpid() };
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    let mut buf = [0u8; 16];
    let n = unsafe { libc::getrandom(buf.as_mut_ptr().cast(), buf.len(), 0) };
    assert!(pid > 0, "getpid() in the build script: {pid}");
    assert!(
        page >= 4096,
        "sysconf(_SC_PAGESIZE) in the build script: {page}"
    );
    assert_eq!(n, buf.len() as isize, "getrandom() in the build script");
    println!("cargo:rustc-env=BUILD_SCRIPT_PID={pid}");
    println!("cargo:rustc-env=BUILD_SCRIPT_PAGESIZE={page}");
    println!("cargo:rustc-env=BUILD_SCRIPT_RANDOM_BYTES={n}");
    println!("cargo:rerun-if-changed=build.rs");
}
