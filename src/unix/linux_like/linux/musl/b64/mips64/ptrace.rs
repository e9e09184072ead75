// `<sys/ptrace.h>`: mips64's own requests (musl `arch/mips64/bits/ptrace.h`).

pub const PTRACE_GET_THREAD_AREA: __ptrace_request = 25;
pub const PTRACE_SET_THREAD_AREA: __ptrace_request = 26;
pub const PTRACE_PEEKTEXT_3264: __ptrace_request = 0xc0;
pub const PTRACE_PEEKDATA_3264: __ptrace_request = 0xc1;
pub const PTRACE_POKETEXT_3264: __ptrace_request = 0xc2;
pub const PTRACE_POKEDATA_3264: __ptrace_request = 0xc3;
pub const PTRACE_GET_THREAD_AREA_3264: __ptrace_request = 0xc4;
pub const PTRACE_GET_WATCH_REGS: __ptrace_request = 0xd0;
pub const PTRACE_SET_WATCH_REGS: __ptrace_request = 0xd1;
