//! `<sys/reg.h>`: the indices of the registers in `elf_gregset_t` (musl
//! `arch/mips64/bits/reg.h`).

use crate::c_int;

pub const EF_R0: c_int = 0;
pub const EF_R1: c_int = 1;
pub const EF_R2: c_int = 2;
pub const EF_R3: c_int = 3;
pub const EF_R4: c_int = 4;
pub const EF_R5: c_int = 5;
pub const EF_R6: c_int = 6;
pub const EF_R7: c_int = 7;
pub const EF_R8: c_int = 8;
pub const EF_R9: c_int = 9;
pub const EF_R10: c_int = 10;
pub const EF_R11: c_int = 11;
pub const EF_R12: c_int = 12;
pub const EF_R13: c_int = 13;
pub const EF_R14: c_int = 14;
pub const EF_R15: c_int = 15;
pub const EF_R16: c_int = 16;
pub const EF_R17: c_int = 17;
pub const EF_R18: c_int = 18;
pub const EF_R19: c_int = 19;
pub const EF_R20: c_int = 20;
pub const EF_R21: c_int = 21;
pub const EF_R22: c_int = 22;
pub const EF_R23: c_int = 23;
pub const EF_R24: c_int = 24;
pub const EF_R25: c_int = 25;
pub const EF_R26: c_int = 26;
pub const EF_R27: c_int = 27;
pub const EF_R28: c_int = 28;
pub const EF_R29: c_int = 29;
pub const EF_R30: c_int = 30;
pub const EF_R31: c_int = 31;
pub const EF_LO: c_int = 32;
pub const EF_HI: c_int = 33;
pub const EF_CP0_EPC: c_int = 34;
pub const EF_CP0_BADVADDR: c_int = 35;
pub const EF_CP0_STATUS: c_int = 36;
pub const EF_CP0_CAUSE: c_int = 37;
pub const EF_UNUSED0: c_int = 38;
pub const EF_SIZE: c_int = 304;
