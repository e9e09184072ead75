// `<sys/ptrace.h>`: powerpc64's own requests (musl `arch/powerpc64/bits/ptrace.h`).

pub const PTRACE_GETVRREGS: __ptrace_request = 0x12;
pub const PTRACE_SETVRREGS: __ptrace_request = 0x13;
pub const PTRACE_GETEVRREGS: __ptrace_request = 0x14;
pub const PTRACE_SETEVRREGS: __ptrace_request = 0x15;
pub const PTRACE_GETREGS64: __ptrace_request = 0x16;
pub const PTRACE_SETREGS64: __ptrace_request = 0x17;
pub const PTRACE_GET_DEBUGREG: __ptrace_request = 0x19;
pub const PTRACE_SET_DEBUGREG: __ptrace_request = 0x1a;
pub const PTRACE_GETVSRREGS: __ptrace_request = 0x1b;
pub const PTRACE_SETVSRREGS: __ptrace_request = 0x1c;
pub const PTRACE_SYSEMU: __ptrace_request = 0x1d;
pub const PTRACE_SYSEMU_SINGLESTEP: __ptrace_request = 0x1e;
pub const PTRACE_SINGLEBLOCK: __ptrace_request = 0x100;
pub const PT_GETVRREGS: __ptrace_request = PTRACE_GETVRREGS;
pub const PT_SETVRREGS: __ptrace_request = PTRACE_SETVRREGS;
pub const PT_GETEVRREGS: __ptrace_request = PTRACE_GETEVRREGS;
pub const PT_SETEVRREGS: __ptrace_request = PTRACE_SETEVRREGS;
pub const PT_GETREGS64: __ptrace_request = PTRACE_GETREGS64;
pub const PT_SETREGS64: __ptrace_request = PTRACE_SETREGS64;
pub const PT_GET_DEBUGREG: __ptrace_request = PTRACE_GET_DEBUGREG;
pub const PT_SET_DEBUGREG: __ptrace_request = PTRACE_SET_DEBUGREG;
pub const PT_GETVSRREGS: __ptrace_request = PTRACE_GETVSRREGS;
pub const PT_SETVSRREGS: __ptrace_request = PTRACE_SETVSRREGS;
pub const PT_STEPBLOCK: __ptrace_request = PTRACE_SINGLEBLOCK;
