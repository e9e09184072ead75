//! `<nl_types.h>`: message catalogs: `nl_item`, `nl_catd` and `catopen`
//! (musl `include/nl_types.h`).

use crate::c_int;

pub type nl_item = c_int;
