// `<sys/ptrace.h>`: x86_64's own requests (musl `arch/x86_64/bits/ptrace.h`);
// wasm32-wali uses them too (its host kernel is x86_64's).

pub const PTRACE_GET_THREAD_AREA: c_int = 25;
pub const PTRACE_SET_THREAD_AREA: c_int = 26;
pub const PTRACE_ARCH_PRCTL: c_int = 30;
pub const PTRACE_SYSEMU: c_int = 31;
pub const PTRACE_SYSEMU_SINGLESTEP: c_int = 32;
pub const PTRACE_SINGLEBLOCK: c_int = 33;
pub const PT_GET_THREAD_AREA: c_int = PTRACE_GET_THREAD_AREA;
pub const PT_SET_THREAD_AREA: c_int = PTRACE_SET_THREAD_AREA;
pub const PT_ARCH_PRCTL: c_int = PTRACE_ARCH_PRCTL;
pub const PT_SYSEMU: c_int = PTRACE_SYSEMU;
pub const PT_SYSEMU_SINGLESTEP: c_int = PTRACE_SYSEMU_SINGLESTEP;
pub const PT_STEPBLOCK: c_int = PTRACE_SINGLEBLOCK;
