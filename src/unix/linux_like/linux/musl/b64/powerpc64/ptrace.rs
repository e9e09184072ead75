// `<sys/ptrace.h>`: powerpc64's own requests (musl `arch/powerpc64/bits/ptrace.h`).

pub const PTRACE_GETVRREGS: c_int = 0x12;
pub const PTRACE_SETVRREGS: c_int = 0x13;
pub const PTRACE_GETEVRREGS: c_int = 0x14;
pub const PTRACE_SETEVRREGS: c_int = 0x15;
pub const PTRACE_GETREGS64: c_int = 0x16;
pub const PTRACE_SETREGS64: c_int = 0x17;
pub const PTRACE_GET_DEBUGREG: c_int = 0x19;
pub const PTRACE_SET_DEBUGREG: c_int = 0x1a;
pub const PTRACE_GETVSRREGS: c_int = 0x1b;
pub const PTRACE_SETVSRREGS: c_int = 0x1c;
pub const PTRACE_SYSEMU: c_int = 0x1d;
pub const PTRACE_SYSEMU_SINGLESTEP: c_int = 0x1e;
pub const PTRACE_SINGLEBLOCK: c_int = 0x100;
pub const PT_GETVRREGS: c_int = PTRACE_GETVRREGS;
pub const PT_SETVRREGS: c_int = PTRACE_SETVRREGS;
pub const PT_GETEVRREGS: c_int = PTRACE_GETEVRREGS;
pub const PT_SETEVRREGS: c_int = PTRACE_SETEVRREGS;
pub const PT_GETREGS64: c_int = PTRACE_GETREGS64;
pub const PT_SETREGS64: c_int = PTRACE_SETREGS64;
pub const PT_GET_DEBUGREG: c_int = PTRACE_GET_DEBUGREG;
pub const PT_SET_DEBUGREG: c_int = PTRACE_SET_DEBUGREG;
pub const PT_GETVSRREGS: c_int = PTRACE_GETVSRREGS;
pub const PT_SETVSRREGS: c_int = PTRACE_SETVSRREGS;
pub const PT_STEPBLOCK: c_int = PTRACE_SINGLEBLOCK;
