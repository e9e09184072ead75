// `<sys/ptrace.h>`: s390x's own requests (musl `arch/s390x/bits/ptrace.h`).

pub const PTRACE_SINGLEBLOCK: c_int = 12;
pub const PTRACE_OLDSETOPTIONS: c_int = 21;
pub const PTRACE_SYSEMU: c_int = 31;
pub const PTRACE_SYSEMU_SINGLESTEP: c_int = 32;
pub const PTRACE_PEEKUSR_AREA: c_int = 0x5000;
pub const PTRACE_POKEUSR_AREA: c_int = 0x5001;
pub const PTRACE_GET_LAST_BREAK: c_int = 0x5006;
pub const PTRACE_ENABLE_TE: c_int = 0x5009;
pub const PTRACE_DISABLE_TE: c_int = 0x5010;
pub const PTRACE_TE_ABORT_RAND: c_int = 0x5011;
pub const PT_STEPBLOCK: c_int = PTRACE_SINGLEBLOCK;
