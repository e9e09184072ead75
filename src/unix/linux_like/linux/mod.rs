// The kernel's own headers, `<linux/*.h>`: one file per header, at the path
// the header has under `linux/` (`<linux/netlink.h>` is `netlink.rs`), for
// what musl's headers do not declare themselves.

include!("aio_abi.rs");
include!("auxvec.rs");
include!("bpf_common.rs");
include!("close_range.rs");
include!("eventpoll.rs");
include!("falloc.rs");
include!("fanotify.rs");
include!("fcntl.rs");
include!("filter.rs");
include!("fs.rs");
include!("futex.rs");
include!("input.rs");
include!("input-event-codes.rs");
include!("ioprio.rs");
include!("kcmp.rs");
include!("kexec.rs");
include!("keyctl.rs");
include!("landlock.rs");
include!("membarrier.rs");
include!("memfd.rs");
include!("mempolicy.rs");
include!("mman.rs");
include!("module.rs");
include!("mount.rs");
include!("msg.rs");
include!("nsfs.rs");
include!("openat2.rs");
include!("pid.rs");
include!("pidfd.rs");
include!("posix_types.rs");
include!("prctl.rs");
include!("ptp_clock.rs");
include!("ptrace.rs");
include!("reboot.rs");
include!("sched.rs");
include!("seccomp.rs");
include!("securebits.rs");
include!("stat.rs");
include!("sysctl.rs");
include!("types.rs");
include!("uinput.rs");
include!("uio.rs");
include!("version.rs");

include!("asm_generic/mod.rs");
include!("errqueue.rs");
include!("genetlink.rs");
include!("if.rs");
include!("if_addr.rs");
include!("if_alg.rs");
include!("if_ether.rs");
include!("if_link.rs");
include!("if_packet.rs");
include!("if_xdp.rs");
include!("in6.rs");
include!("ipv6.rs");
include!("neighbour.rs");
include!("net_tstamp.rs");
include!("netlink.rs");
include!("rtnetlink.rs");
include!("sctp.rs");
include!("sock_diag.rs");
include!("sockios.rs");
include!("tls.rs");
include!("vm_sockets.rs");

include!("can.rs");
include!("cn_proc.rs");
include!("connector.rs");
include!("dccp.rs");
include!("if_tun.rs");
include!("netfilter.rs");
include!("netfilter_arp.rs");
include!("netfilter_bridge.rs");
include!("netfilter_ipv4.rs");
include!("netfilter_ipv6.rs");
include!("wireless.rs");

include!("musl/mod.rs");
#[cfg(target_env = "gnu")]
include!("gnu/mod.rs");
