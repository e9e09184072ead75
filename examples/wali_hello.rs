//! A WALI module written with this crate alone (`no_std`, no C library): it
//! prints its command-line arguments and its environment, read through
//! WALI's auxiliary imports and system calls, then exits with the status that
//! `--exit N` gives (0 without it).
//!
//! Run it under the project's test host (`.cargo/config.toml` names
//! `ci/wali-run.sh` as the runner; `bash ci/setup.sh` installs what it needs):
//!
//! ```sh
//! cargo +nightly run -Zbuild-std=core --target wasm32-wali-linux-musl --example wali_hello -- --exit 3 hello
//! ```
//!
//! On the other targets it only says that.
#![cfg_attr(target_family = "wasm", no_std, no_main)]

#[cfg(not(target_family = "wasm"))]
fn main() {
    println!(
        "wali_hello is a module for wasm32-wali-linux-musl; run it with\n  \
         cargo +nightly run -Zbuild-std=core --target wasm32-wali-linux-musl \
         --example wali_hello -- ARGS"
    );
}

#[cfg(target_family = "wasm")]
mod module {
    use libc::{
        __cl_copy_argv, __cl_get_argc, __cl_get_argv_len, __get_init_envfile, __proc_exit,
        __syscall_SYS_close as close, __syscall_SYS_openat as openat, __syscall_SYS_read as read,
        __syscall_SYS_write as write, c_char, AT_FDCWD, O_CLOEXEC, O_RDONLY, STDOUT_FILENO,
    };

    /// A guest pointer as the `i32` the system call imports take.
    fn addr(p: *const u8) -> i32 {
        p as usize as i32
    }

    fn out(bytes: &[u8]) {
        // SAFETY: the pointer and length describe `bytes`.
        unsafe { write(STDOUT_FILENO, addr(bytes.as_ptr()), bytes.len() as u32) };
    }

    fn out_num(mut n: u32) {
        let mut digits = [0u8; 10];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        out(&digits[i..]);
    }

    fn parse(bytes: &[u8]) -> Option<i32> {
        let mut v: i32 = 0;
        if bytes.is_empty() {
            return None;
        }
        for &b in bytes {
            if !b.is_ascii_digit() {
                return None;
            }
            v = v.checked_mul(10)?.checked_add((b - b'0') as i32)?;
        }
        Some(v)
    }

    /// Prints every argument; returns the status `--exit N` asks for.
    fn arguments() -> i32 {
        let mut status = 0;
        let mut want_status = false;
        let mut buf = [0u8; 4096];
        // SAFETY: WALI's imports; `buf` holds the argument and its NUL, as
        // `__cl_get_argv_len` says.
        unsafe {
            let argc = __cl_get_argc();
            out(b"argc ");
            out_num(argc);
            out(b"\n");
            for i in 0..argc {
                let len = __cl_get_argv_len(i) as usize;
                out(b"arg ");
                out_num(i);
                out(b": ");
                if len >= buf.len() {
                    out(b"(longer than this example's buffer)\n");
                    continue;
                }
                __cl_copy_argv(buf.as_mut_ptr() as *mut c_char, i);
                let arg = &buf[..len];
                out(arg);
                out(b"\n");
                if want_status {
                    status = parse(arg).unwrap_or(status);
                }
                want_status = arg == b"--exit";
            }
        }
        status
    }

    /// Prints the environment: the host writes it to a file, one
    /// `NAME=value` per line, and gives the module its path.
    fn environment() {
        let mut path = [0u8; 512];
        // SAFETY: `path` has the size given.
        let found = unsafe { __get_init_envfile(path.as_mut_ptr() as *mut c_char, 512) };
        if found == 0 || path[0] == 0 {
            out(b"no environment\n");
            return;
        }
        // SAFETY: `path` is NUL-terminated; the buffers are live locals.
        unsafe {
            let fd = openat(AT_FDCWD, addr(path.as_ptr()), O_RDONLY | O_CLOEXEC, 0);
            if fd < 0 {
                out(b"environment file not readable\n");
                return;
            }
            let mut buf = [0u8; 1024];
            let mut line_start = true;
            let mut count = 0;
            loop {
                let n = read(fd as i32, addr(buf.as_mut_ptr()), buf.len() as u32);
                if n <= 0 {
                    break;
                }
                // Each line with an "env " before it, in as few writes as
                // the lines allow.
                let chunk = &buf[..n as usize];
                let mut start = 0;
                for (i, &b) in chunk.iter().enumerate() {
                    if line_start {
                        out(&chunk[start..i]);
                        out(b"env ");
                        count += 1;
                        start = i;
                    }
                    line_start = b == b'\n';
                }
                out(&chunk[start..]);
            }
            close(fd as i32);
            out(b"environment: ");
            out_num(count);
            out(b" variables\n");
        }
    }

    #[no_mangle]
    pub extern "C" fn _start() {
        let status = arguments();
        environment();
        out(b"exit status ");
        out_num(status as u32);
        out(b"\n");
        // SAFETY: ends the module.
        unsafe { __proc_exit(status) }
    }

    #[panic_handler]
    fn panic(_: &core::panic::PanicInfo) -> ! {
        // SAFETY: ends the module.
        unsafe { __proc_exit(101) }
    }
}
