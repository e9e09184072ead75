// `<search.h>`: hash tables, binary trees and linear search (musl
// `include/search.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ENTRY {
    pub key: *mut c_char,
    pub data: *mut c_void,
}

// `typedef enum { FIND, ENTER } ACTION;`
pub type ACTION = c_uint;
pub const FIND: ACTION = 0;
pub const ENTER: ACTION = 1;

// `typedef enum { preorder, postorder, endorder, leaf } VISIT;`
pub type VISIT = c_uint;
pub const preorder: VISIT = 0;
pub const postorder: VISIT = 1;
pub const endorder: VISIT = 2;
pub const leaf: VISIT = 3;

extern "C" {
    pub fn hcreate(nel: size_t) -> c_int;
    pub fn hdestroy();
    pub fn hsearch(item: ENTRY, action: ACTION) -> *mut ENTRY;
    pub fn insque(element: *mut c_void, pred: *mut c_void);
    pub fn lfind(
        key: *const c_void,
        base: *const c_void,
        nelp: *mut size_t,
        width: size_t,
        compar: Option<unsafe extern "C" fn(*const c_void, *const c_void) -> c_int>,
    ) -> *mut c_void;
    pub fn lsearch(
        key: *const c_void,
        base: *mut c_void,
        nelp: *mut size_t,
        width: size_t,
        compar: Option<unsafe extern "C" fn(*const c_void, *const c_void) -> c_int>,
    ) -> *mut c_void;
    pub fn remque(element: *mut c_void);
    pub fn tdelete(
        key: *const c_void,
        rootp: *mut *mut c_void,
        cmp: Option<unsafe extern "C" fn(*const c_void, *const c_void) -> c_int>,
    ) -> *mut c_void;
    pub fn tfind(
        key: *const c_void,
        rootp: *const *mut c_void,
        cmp: Option<unsafe extern "C" fn(*const c_void, *const c_void) -> c_int>,
    ) -> *mut c_void;
    pub fn tsearch(
        key: *const c_void,
        rootp: *mut *mut c_void,
        cmp: Option<unsafe extern "C" fn(*const c_void, *const c_void) -> c_int>,
    ) -> *mut c_void;
    pub fn twalk(
        root: *const c_void,
        action: Option<unsafe extern "C" fn(*const c_void, VISIT, c_int)>,
    );
}

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
