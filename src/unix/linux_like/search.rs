// `<search.h>`: the GNU reentrant hash tables (musl `include/search.h`).

/// The GNU reentrant hash table of `hcreate_r`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct hsearch_data {
    __tab: *mut c_void,
    __unused1: crate::Padding<c_uint>,
    __unused2: crate::Padding<c_uint>,
}

extern "C" {
    pub fn hcreate_r(nel: size_t, htab: *mut hsearch_data) -> c_int;
    pub fn hdestroy_r(htab: *mut hsearch_data);
    pub fn hsearch_r(
        item: ENTRY,
        action: ACTION,
        retval: *mut *mut ENTRY,
        htab: *mut hsearch_data,
    ) -> c_int;
    pub fn tdestroy(root: *mut c_void, freekey: Option<unsafe extern "C" fn(*mut c_void)>);
}
