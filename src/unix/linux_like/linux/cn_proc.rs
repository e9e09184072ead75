// `<linux/cn_proc.h>`: the process events connector (`CN_IDX_PROC`): the
// listen/ignore request and `proc_event`, with one struct per kind of event
// (kernel `include/uapi/linux/cn_proc.h`).

/// C's `enum proc_cn_mcast_op`: what a listener asks of the connector.
pub type proc_cn_mcast_op = c_uint;
pub const PROC_CN_MCAST_LISTEN: proc_cn_mcast_op = 1;
pub const PROC_CN_MCAST_IGNORE: proc_cn_mcast_op = 2;

/// C's `enum proc_cn_event`: the kinds of event, as bits.
pub type proc_cn_event = c_uint;
pub const PROC_EVENT_NONE: proc_cn_event = 0x00000000;
pub const PROC_EVENT_FORK: proc_cn_event = 0x00000001;
pub const PROC_EVENT_EXEC: proc_cn_event = 0x00000002;
pub const PROC_EVENT_UID: proc_cn_event = 0x00000004;
pub const PROC_EVENT_GID: proc_cn_event = 0x00000040;
pub const PROC_EVENT_SID: proc_cn_event = 0x00000080;
pub const PROC_EVENT_PTRACE: proc_cn_event = 0x00000100;
pub const PROC_EVENT_COMM: proc_cn_event = 0x00000200;
pub const PROC_EVENT_NONZERO_EXIT: proc_cn_event = 0x20000000;
pub const PROC_EVENT_COREDUMP: proc_cn_event = 0x40000000;
pub const PROC_EVENT_EXIT: proc_cn_event = 0x80000000;

pub const PROC_EVENT_ALL: proc_cn_event = PROC_EVENT_FORK
    | PROC_EVENT_EXEC
    | PROC_EVENT_UID
    | PROC_EVENT_GID
    | PROC_EVENT_SID
    | PROC_EVENT_PTRACE
    | PROC_EVENT_COMM
    | PROC_EVENT_NONZERO_EXIT
    | PROC_EVENT_COREDUMP
    | PROC_EVENT_EXIT;

/// A listener's request with an event filter: the data of a `cn_msg` to
/// `CN_IDX_PROC` (the older request is the `proc_cn_mcast_op` alone).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct proc_input {
    pub mcast_op: proc_cn_mcast_op,
    pub event_type: proc_cn_event,
}

/// The event bits of `ev_type` that are events (C's inline `valid_event`).
#[inline]
pub const fn valid_event(ev_type: proc_cn_event) -> proc_cn_event {
    ev_type & PROC_EVENT_ALL
}

/// An event, the data of a `cn_msg` from `CN_IDX_PROC`: `what` says which of
/// `event_data`'s members holds it.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct proc_event {
    pub what: proc_cn_event,
    pub cpu: u32,
    pub timestamp_ns: u64,
    pub event_data: __c_anonymous_proc_event_event_data,
}

/// `proc_event.event_data`: the event, one member for each kind.
#[repr(C)]
#[derive(Clone, Copy)]
pub union __c_anonymous_proc_event_event_data {
    pub ack: __c_anonymous_proc_event_ack,
    pub fork: fork_proc_event,
    pub exec: exec_proc_event,
    pub id: id_proc_event,
    pub sid: sid_proc_event,
    pub ptrace: ptrace_proc_event,
    pub comm: comm_proc_event,
    pub coredump: coredump_proc_event,
    pub exit: exit_proc_event,
}

impl core::fmt::Debug for __c_anonymous_proc_event_event_data {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("__c_anonymous_proc_event_event_data")
            .finish_non_exhaustive()
    }
}

/// `PROC_EVENT_NONE`: the answer to a listen or ignore request.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __c_anonymous_proc_event_ack {
    pub err: u32,
}

/// `PROC_EVENT_FORK`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fork_proc_event {
    pub parent_pid: pid_t,
    pub parent_tgid: pid_t,
    pub child_pid: pid_t,
    pub child_tgid: pid_t,
}

/// `PROC_EVENT_EXEC`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct exec_proc_event {
    pub process_pid: pid_t,
    pub process_tgid: pid_t,
}

/// `PROC_EVENT_UID` and `PROC_EVENT_GID`: the new real and effective ids.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct id_proc_event {
    pub process_pid: pid_t,
    pub process_tgid: pid_t,
    pub r: __c_anonymous_id_proc_event_r,
    pub e: __c_anonymous_id_proc_event_e,
}

/// `id_proc_event.r`: the real user or group id.
#[repr(C)]
#[derive(Clone, Copy)]
pub union __c_anonymous_id_proc_event_r {
    pub ruid: u32,
    pub rgid: u32,
}

impl core::fmt::Debug for __c_anonymous_id_proc_event_r {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("__c_anonymous_id_proc_event_r")
            .finish_non_exhaustive()
    }
}

/// `id_proc_event.e`: the effective user or group id.
#[repr(C)]
#[derive(Clone, Copy)]
pub union __c_anonymous_id_proc_event_e {
    pub euid: u32,
    pub egid: u32,
}

impl core::fmt::Debug for __c_anonymous_id_proc_event_e {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("__c_anonymous_id_proc_event_e")
            .finish_non_exhaustive()
    }
}

/// `PROC_EVENT_SID`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sid_proc_event {
    pub process_pid: pid_t,
    pub process_tgid: pid_t,
}

/// `PROC_EVENT_PTRACE`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ptrace_proc_event {
    pub process_pid: pid_t,
    pub process_tgid: pid_t,
    pub tracer_pid: pid_t,
    pub tracer_tgid: pid_t,
}

/// `PROC_EVENT_COMM`: the new command name.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct comm_proc_event {
    pub process_pid: pid_t,
    pub process_tgid: pid_t,
    pub comm: [c_char; 16],
}

/// `PROC_EVENT_COREDUMP`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct coredump_proc_event {
    pub process_pid: pid_t,
    pub process_tgid: pid_t,
    pub parent_pid: pid_t,
    pub parent_tgid: pid_t,
}

/// `PROC_EVENT_EXIT` and `PROC_EVENT_NONZERO_EXIT`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct exit_proc_event {
    pub process_pid: pid_t,
    pub process_tgid: pid_t,
    pub exit_code: u32,
    pub exit_signal: u32,
    pub parent_pid: pid_t,
    pub parent_tgid: pid_t,
}
