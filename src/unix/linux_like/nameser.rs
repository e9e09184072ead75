// `<arpa/nameser.h>`: the DNS message parser musl provides: `ns_msg`,
// `ns_rr`, the sections and the `ns_*` functions (musl
// `include/arpa/nameser.h`).

pub const NS_MAXDNAME: usize = 1025;

pub type ns_sect = c_uint;
pub const ns_s_qd: ns_sect = 0;
pub const ns_s_zn: ns_sect = 0;
pub const ns_s_an: ns_sect = 1;
pub const ns_s_pr: ns_sect = 1;
pub const ns_s_ns: ns_sect = 2;
pub const ns_s_ud: ns_sect = 2;
pub const ns_s_ar: ns_sect = 3;
pub const ns_s_max: ns_sect = 4;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ns_msg {
    pub _msg: *const c_uchar,
    pub _eom: *const c_uchar,
    pub _id: u16,
    pub _flags: u16,
    pub _counts: [u16; ns_s_max as usize],
    pub _sections: [*const c_uchar; ns_s_max as usize],
    pub _sect: ns_sect,
    pub _rrnum: c_int,
    pub _msg_ptr: *const c_uchar,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ns_rr {
    pub name: [c_char; NS_MAXDNAME],
    pub type_: u16,
    pub rr_class: u16,
    pub ttl: u32,
    pub rdlength: u16,
    pub rdata: *const c_uchar,
}

extern "C" {
    pub fn ns_get16(cp: *const c_uchar) -> c_uint;
    pub fn ns_get32(cp: *const c_uchar) -> c_ulong;
    pub fn ns_put16(s: c_uint, cp: *mut c_uchar);
    pub fn ns_put32(l: c_ulong, cp: *mut c_uchar);
    pub fn ns_initparse(msg: *const c_uchar, msglen: c_int, handle: *mut ns_msg) -> c_int;
    pub fn ns_parserr(handle: *mut ns_msg, section: ns_sect, rrnum: c_int, rr: *mut ns_rr)
        -> c_int;
    pub fn ns_skiprr(
        ptr: *const c_uchar,
        eom: *const c_uchar,
        section: ns_sect,
        count: c_int,
    ) -> c_int;
    pub fn ns_name_uncompress(
        msg: *const c_uchar,
        eom: *const c_uchar,
        src: *const c_uchar,
        dst: *mut c_char,
        dstsiz: size_t,
    ) -> c_int;
}
