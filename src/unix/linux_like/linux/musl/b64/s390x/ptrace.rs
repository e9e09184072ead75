// `<sys/ptrace.h>`: s390x's own requests (musl `arch/s390x/bits/ptrace.h`).

pub const PTRACE_SINGLEBLOCK: __ptrace_request = 12;
pub const PTRACE_OLDSETOPTIONS: __ptrace_request = 21;
pub const PTRACE_SYSEMU: __ptrace_request = 31;
pub const PTRACE_SYSEMU_SINGLESTEP: __ptrace_request = 32;
pub const PTRACE_PEEKUSR_AREA: __ptrace_request = 0x5000;
pub const PTRACE_POKEUSR_AREA: __ptrace_request = 0x5001;
pub const PTRACE_GET_LAST_BREAK: __ptrace_request = 0x5006;
pub const PTRACE_ENABLE_TE: __ptrace_request = 0x5009;
pub const PTRACE_DISABLE_TE: __ptrace_request = 0x5010;
pub const PTRACE_TE_ABORT_RAND: __ptrace_request = 0x5011;
pub const PT_STEPBLOCK: __ptrace_request = PTRACE_SINGLEBLOCK;
