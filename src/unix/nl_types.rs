// `<nl_types.h>`: message catalogs: `nl_item`, `nl_catd` and `catopen`
// (musl `include/nl_types.h`).

pub type nl_catd = *mut c_void;

pub type nl_item = c_int;

extern "C" {
    pub fn catclose(catd: nl_catd) -> c_int;
    pub fn catgets(catd: nl_catd, set_id: c_int, msg_id: c_int, s: *const c_char) -> *mut c_char;
    pub fn catopen(name: *const c_char, oflag: c_int) -> nl_catd;
}
