// `<sys/ptrace.h>`: mips64's own requests (musl `arch/mips64/bits/ptrace.h`).

pub const PTRACE_GET_THREAD_AREA: c_int = 25;
pub const PTRACE_SET_THREAD_AREA: c_int = 26;
pub const PTRACE_PEEKTEXT_3264: c_int = 0xc0;
pub const PTRACE_PEEKDATA_3264: c_int = 0xc1;
pub const PTRACE_POKETEXT_3264: c_int = 0xc2;
pub const PTRACE_POKEDATA_3264: c_int = 0xc3;
pub const PTRACE_GET_THREAD_AREA_3264: c_int = 0xc4;
pub const PTRACE_GET_WATCH_REGS: c_int = 0xd0;
pub const PTRACE_SET_WATCH_REGS: c_int = 0xd1;
