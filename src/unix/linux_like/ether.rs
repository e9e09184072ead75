// `<netinet/ether.h>`: Ethernet address conversions and the `/etc/ethers`
// look-ups (musl `include/netinet/ether.h`).

extern "C" {
    pub fn ether_ntoa(addr: *const ether_addr) -> *mut c_char;
    pub fn ether_aton(asc: *const c_char) -> *mut ether_addr;
    pub fn ether_ntoa_r(addr: *const ether_addr, buf: *mut c_char) -> *mut c_char;
    pub fn ether_aton_r(asc: *const c_char, addr: *mut ether_addr) -> *mut ether_addr;
    pub fn ether_line(line: *const c_char, addr: *mut ether_addr, hostname: *mut c_char) -> c_int;
    pub fn ether_ntohost(hostname: *mut c_char, addr: *const ether_addr) -> c_int;
    pub fn ether_hostton(hostname: *const c_char, addr: *mut ether_addr) -> c_int;
}
