// `<bits/signal.h>`: the generic signal values, with x86_64's
// `SA_RESTORER` and signal stack sizes (which are also the kernel's
// `asm-generic/signal.h` ones); WALI's host kernel is x86_64's. Its signal
// context (`mcontext_t`, `ucontext_t`) is the host machine's, not the
// module's, so there is none here.

pub const SA_RESTORER: c_int = 0x04000000;

pub const MINSIGSTKSZ: size_t = 2048;
pub const SIGSTKSZ: size_t = 8192;
