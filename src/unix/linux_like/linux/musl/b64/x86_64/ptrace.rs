// `<sys/ptrace.h>`: x86_64's own requests (musl `arch/x86_64/bits/ptrace.h`);
// wasm32-wali uses them too (its host kernel is x86_64's).

pub const PTRACE_GET_THREAD_AREA: __ptrace_request = 25;
pub const PTRACE_SET_THREAD_AREA: __ptrace_request = 26;
pub const PTRACE_ARCH_PRCTL: __ptrace_request = 30;
pub const PTRACE_SYSEMU: __ptrace_request = 31;
pub const PTRACE_SYSEMU_SINGLESTEP: __ptrace_request = 32;
pub const PTRACE_SINGLEBLOCK: __ptrace_request = 33;
pub const PT_GET_THREAD_AREA: __ptrace_request = PTRACE_GET_THREAD_AREA;
pub const PT_SET_THREAD_AREA: __ptrace_request = PTRACE_SET_THREAD_AREA;
pub const PT_ARCH_PRCTL: __ptrace_request = PTRACE_ARCH_PRCTL;
pub const PT_SYSEMU: __ptrace_request = PTRACE_SYSEMU;
pub const PT_SYSEMU_SINGLESTEP: __ptrace_request = PTRACE_SYSEMU_SINGLESTEP;
pub const PT_STEPBLOCK: __ptrace_request = PTRACE_SINGLEBLOCK;
