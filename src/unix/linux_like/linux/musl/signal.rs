// `<signal.h>`: musl's `struct sigaction`, its own layout on every
// architecture (musl converts it to the kernel's in `sigaction`; musl
// `include/signal.h`).

// The `si_*` members of `siginfo_t`'s union `__si_fields`, at their offsets
// from the union's start. The union follows three ints and is aligned as a
// `long`, so it starts at twice a `long`'s size on every target. Its members,
// as musl `include/signal.h` nests them:
// - `__si_common`: `si_pid`/`si_timerid` (int) at 0, `si_uid`/`si_overrun`
//   (int) at 4, then at 8 a union of `si_value` (`union sigval`) with
//   `si_status` (int) followed by `si_utime` and `si_stime` (`clock_t`);
// - `__sigfault`: `si_addr` (pointer) at 0, `si_addr_lsb` (short) after it,
//   then a pointer-aligned union of `si_lower`/`si_upper` with `si_pkey`;
// - `__sigpoll`: `si_band` (long) at 0, `si_fd` (int) after it;
// - `__sigsys`: `si_call_addr` (pointer) at 0, `si_syscall` (int) and
//   `si_arch` (unsigned) after it.
// tests/system.rs compares every accessor with C's `offsetof`.
const PTR: usize = core::mem::size_of::<*mut c_void>();
const SIGCHLD_TIMES: usize = 2 * core::mem::size_of::<c_int>();

impl siginfo_t {
    const unsafe fn field<T: Copy>(&self, offset: usize) -> T {
        let base = (self as *const siginfo_t as *const u8).add(2 * core::mem::size_of::<c_long>());
        // Aligned: `siginfo_t` is aligned as a `long`, the union starts at a
        // multiple of that, and each member sits at its natural alignment
        // within it. (A plain read, since `read_unaligned` is not `const`
        // before Rust 1.71.)
        *(base.add(offset) as *const T)
    }

    pub const unsafe fn si_pid(&self) -> pid_t {
        self.field(0)
    }

    pub const unsafe fn si_uid(&self) -> uid_t {
        self.field(core::mem::size_of::<c_int>())
    }

    pub const unsafe fn si_timerid(&self) -> c_int {
        self.field(0)
    }

    pub const unsafe fn si_overrun(&self) -> c_int {
        self.field(core::mem::size_of::<c_int>())
    }

    pub const unsafe fn si_value(&self) -> sigval {
        self.field(SIGCHLD_TIMES)
    }

    pub unsafe fn si_int(&self) -> c_int {
        self.field(SIGCHLD_TIMES)
    }

    pub const unsafe fn si_ptr(&self) -> *mut c_void {
        self.field(SIGCHLD_TIMES)
    }

    pub const unsafe fn si_status(&self) -> c_int {
        self.field(SIGCHLD_TIMES)
    }

    pub const unsafe fn si_utime(&self) -> clock_t {
        self.field(SIGCHLD_TIMES + core::mem::size_of::<clock_t>())
    }

    pub const unsafe fn si_stime(&self) -> clock_t {
        self.field(SIGCHLD_TIMES + 2 * core::mem::size_of::<clock_t>())
    }

    pub const unsafe fn si_addr(&self) -> *mut c_void {
        self.field(0)
    }

    pub const unsafe fn si_addr_lsb(&self) -> c_short {
        self.field(PTR)
    }

    pub const unsafe fn si_lower(&self) -> *mut c_void {
        self.field(2 * PTR)
    }

    pub const unsafe fn si_upper(&self) -> *mut c_void {
        self.field(3 * PTR)
    }

    pub const unsafe fn si_pkey(&self) -> c_uint {
        self.field(2 * PTR)
    }

    pub const unsafe fn si_band(&self) -> c_long {
        self.field(0)
    }

    pub const unsafe fn si_fd(&self) -> c_int {
        self.field(core::mem::size_of::<c_long>())
    }

    pub const unsafe fn si_call_addr(&self) -> *mut c_void {
        self.field(0)
    }

    pub const unsafe fn si_syscall(&self) -> c_int {
        self.field(PTR)
    }

    pub const unsafe fn si_arch(&self) -> c_uint {
        self.field(PTR + core::mem::size_of::<c_int>())
    }
}

/// C's first member is a union of `sa_handler` and `sa_sigaction`; as in the
/// published crate, it is one integer here. With `extra_traits`,
/// `sa_restorer` compares and hashes by address (below).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct sigaction {
    pub sa_sigaction: sighandler_t,
    pub sa_mask: sigset_t,
    pub sa_flags: c_int,
    pub sa_restorer: Option<extern "C" fn()>,
}

#[cfg(feature = "extra_traits")]
impl sigaction {
    fn restorer_addr(&self) -> Option<usize> {
        self.sa_restorer.map(|f| f as usize)
    }
}

#[cfg(feature = "extra_traits")]
impl PartialEq for sigaction {
    fn eq(&self, other: &Self) -> bool {
        self.sa_sigaction == other.sa_sigaction
            && self.sa_mask == other.sa_mask
            && self.sa_flags == other.sa_flags
            && self.restorer_addr() == other.restorer_addr()
    }
}

#[cfg(feature = "extra_traits")]
impl Eq for sigaction {}

#[cfg(feature = "extra_traits")]
impl core::hash::Hash for sigaction {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.sa_sigaction.hash(state);
        self.sa_mask.hash(state);
        self.sa_flags.hash(state);
        self.restorer_addr().hash(state);
    }
}
