// `<sys/klog.h>`: the kernel log buffer, `klogctl` (musl `include/sys/klog.h`).

extern "C" {
    pub fn klogctl(syslog_type: c_int, buf: *mut c_char, len: c_int) -> c_int;
}
