// `<sys/ptrace.h>`: the requests, options and events every architecture
// shares, and `ptrace` (musl `include/sys/ptrace.h`); each architecture's own
// requests are in its module's `ptrace.rs`.

pub const PTRACE_TRACEME: c_int = 0;
pub const PTRACE_PEEKTEXT: c_int = 1;
pub const PTRACE_PEEKDATA: c_int = 2;
pub const PTRACE_PEEKUSER: c_int = 3;
pub const PTRACE_POKETEXT: c_int = 4;
pub const PTRACE_POKEDATA: c_int = 5;
pub const PTRACE_POKEUSER: c_int = 6;
pub const PTRACE_CONT: c_int = 7;
pub const PTRACE_KILL: c_int = 8;
pub const PTRACE_SINGLESTEP: c_int = 9;
#[cfg(target_env = "musl")]
pub const PTRACE_GETREGS: c_int = 12;
#[cfg(target_env = "musl")]
pub const PTRACE_SETREGS: c_int = 13;
#[cfg(target_env = "musl")]
pub const PTRACE_GETFPREGS: c_int = 14;
#[cfg(target_env = "musl")]
pub const PTRACE_SETFPREGS: c_int = 15;
pub const PTRACE_ATTACH: c_int = 16;
pub const PTRACE_DETACH: c_int = 17;
#[cfg(target_env = "musl")]
pub const PTRACE_GETFPXREGS: c_int = 18;
#[cfg(target_env = "musl")]
pub const PTRACE_SETFPXREGS: c_int = 19;
pub const PTRACE_SYSCALL: c_int = 24;
pub const PTRACE_SETOPTIONS: c_int = 0x4200;
pub const PTRACE_GETEVENTMSG: c_int = 0x4201;
pub const PTRACE_GETSIGINFO: c_int = 0x4202;
pub const PTRACE_SETSIGINFO: c_int = 0x4203;
pub const PTRACE_GETREGSET: c_int = 0x4204;
pub const PTRACE_SETREGSET: c_int = 0x4205;
pub const PTRACE_SEIZE: c_int = 0x4206;
pub const PTRACE_INTERRUPT: c_int = 0x4207;
pub const PTRACE_LISTEN: c_int = 0x4208;
pub const PTRACE_PEEKSIGINFO: c_int = 0x4209;
pub const PTRACE_GETSIGMASK: c_uint = 0x420a;
pub const PTRACE_SETSIGMASK: c_uint = 0x420b;
pub const PTRACE_SECCOMP_GET_FILTER: c_int = 0x420c;
pub const PTRACE_SECCOMP_GET_METADATA: c_int = 0x420d;
pub const PTRACE_GET_SYSCALL_INFO: c_int = 0x420e;
pub const PTRACE_GET_RSEQ_CONFIGURATION: c_int = 0x420f;
/// `PTRACE_PEEKSIGINFO`'s flag for the process-wide queue.
pub const PTRACE_PEEKSIGINFO_SHARED: c_int = 1;
// `PTRACE_GET_SYSCALL_INFO`'s `op`.
pub const PTRACE_SYSCALL_INFO_NONE: c_int = 0;
pub const PTRACE_SYSCALL_INFO_ENTRY: c_int = 1;
pub const PTRACE_SYSCALL_INFO_EXIT: c_int = 2;
pub const PTRACE_SYSCALL_INFO_SECCOMP: c_int = 3;

// The BSD names of the requests.
pub const PT_TRACE_ME: c_int = PTRACE_TRACEME;
pub const PT_READ_I: c_int = PTRACE_PEEKTEXT;
pub const PT_READ_D: c_int = PTRACE_PEEKDATA;
pub const PT_READ_U: c_int = PTRACE_PEEKUSER;
pub const PT_WRITE_I: c_int = PTRACE_POKETEXT;
pub const PT_WRITE_D: c_int = PTRACE_POKEDATA;
pub const PT_WRITE_U: c_int = PTRACE_POKEUSER;
pub const PT_CONTINUE: c_int = PTRACE_CONT;
pub const PT_KILL: c_int = PTRACE_KILL;
pub const PT_STEP: c_int = PTRACE_SINGLESTEP;
#[cfg(target_env = "musl")]
pub const PT_GETREGS: c_int = PTRACE_GETREGS;
#[cfg(target_env = "musl")]
pub const PT_SETREGS: c_int = PTRACE_SETREGS;
#[cfg(target_env = "musl")]
pub const PT_GETFPREGS: c_int = PTRACE_GETFPREGS;
#[cfg(target_env = "musl")]
pub const PT_SETFPREGS: c_int = PTRACE_SETFPREGS;
pub const PT_ATTACH: c_int = PTRACE_ATTACH;
pub const PT_DETACH: c_int = PTRACE_DETACH;
#[cfg(target_env = "musl")]
pub const PT_GETFPXREGS: c_int = PTRACE_GETFPXREGS;
#[cfg(target_env = "musl")]
pub const PT_SETFPXREGS: c_int = PTRACE_SETFPXREGS;
pub const PT_SYSCALL: c_int = PTRACE_SYSCALL;
pub const PT_SETOPTIONS: c_int = PTRACE_SETOPTIONS;
pub const PT_GETEVENTMSG: c_int = PTRACE_GETEVENTMSG;
pub const PT_GETSIGINFO: c_int = PTRACE_GETSIGINFO;
pub const PT_SETSIGINFO: c_int = PTRACE_SETSIGINFO;
pub const PTRACE_O_TRACESYSGOOD: c_int = 0x00000001;
pub const PTRACE_O_TRACEFORK: c_int = 0x00000002;
pub const PTRACE_O_TRACEVFORK: c_int = 0x00000004;
pub const PTRACE_O_TRACECLONE: c_int = 0x00000008;
pub const PTRACE_O_TRACEEXEC: c_int = 0x00000010;
pub const PTRACE_O_TRACEVFORKDONE: c_int = 0x00000020;
pub const PTRACE_O_TRACEEXIT: c_int = 0x00000040;
pub const PTRACE_O_TRACESECCOMP: c_int = 0x00000080;
pub const PTRACE_O_EXITKILL: c_int = 0x00100000;
pub const PTRACE_O_SUSPEND_SECCOMP: c_int = 0x00200000;
pub const PTRACE_O_MASK: c_int = 0x003000ff;
pub const PTRACE_EVENT_FORK: c_int = 1;
pub const PTRACE_EVENT_VFORK: c_int = 2;
pub const PTRACE_EVENT_CLONE: c_int = 3;
pub const PTRACE_EVENT_EXEC: c_int = 4;
pub const PTRACE_EVENT_VFORK_DONE: c_int = 5;
pub const PTRACE_EVENT_EXIT: c_int = 6;
pub const PTRACE_EVENT_SECCOMP: c_int = 7;
pub const PTRACE_EVENT_STOP: c_int = 128;

extern "C" {
    pub fn ptrace(request: c_int, ...) -> c_long;
}
