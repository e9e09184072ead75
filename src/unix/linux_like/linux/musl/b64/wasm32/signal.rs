//! `<bits/signal.h>`: the generic signal values, with `SA_RESTORER` as on
//! x86_64.

use crate::c_int;

pub use super::super::generic::signal::*;

pub const SA_RESTORER: c_int = 0x04000000;
