// `<langinfo.h>`: the `nl_item` values musl gives `nl_langinfo` (musl
// `include/langinfo.h`).

pub const ABDAY_1: nl_item = 0x20000;
pub const ABDAY_2: nl_item = 0x20001;
pub const ABDAY_3: nl_item = 0x20002;
pub const ABDAY_4: nl_item = 0x20003;
pub const ABDAY_5: nl_item = 0x20004;
pub const ABDAY_6: nl_item = 0x20005;
pub const ABDAY_7: nl_item = 0x20006;
pub const DAY_1: nl_item = 0x20007;
pub const DAY_2: nl_item = 0x20008;
pub const DAY_3: nl_item = 0x20009;
pub const DAY_4: nl_item = 0x2000a;
pub const DAY_5: nl_item = 0x2000b;
pub const DAY_6: nl_item = 0x2000c;
pub const DAY_7: nl_item = 0x2000d;
pub const ABMON_1: nl_item = 0x2000e;
pub const ABMON_2: nl_item = 0x2000f;
pub const ABMON_3: nl_item = 0x20010;
pub const ABMON_4: nl_item = 0x20011;
pub const ABMON_5: nl_item = 0x20012;
pub const ABMON_6: nl_item = 0x20013;
pub const ABMON_7: nl_item = 0x20014;
pub const ABMON_8: nl_item = 0x20015;
pub const ABMON_9: nl_item = 0x20016;
pub const ABMON_10: nl_item = 0x20017;
pub const ABMON_11: nl_item = 0x20018;
pub const ABMON_12: nl_item = 0x20019;
pub const MON_1: nl_item = 0x2001a;
pub const MON_2: nl_item = 0x2001b;
pub const MON_3: nl_item = 0x2001c;
pub const MON_4: nl_item = 0x2001d;
pub const MON_5: nl_item = 0x2001e;
pub const MON_6: nl_item = 0x2001f;
pub const MON_7: nl_item = 0x20020;
pub const MON_8: nl_item = 0x20021;
pub const MON_9: nl_item = 0x20022;
pub const MON_10: nl_item = 0x20023;
pub const MON_11: nl_item = 0x20024;
pub const MON_12: nl_item = 0x20025;
pub const AM_STR: nl_item = 0x20026;
pub const PM_STR: nl_item = 0x20027;
pub const D_T_FMT: nl_item = 0x20028;
pub const D_FMT: nl_item = 0x20029;
pub const T_FMT: nl_item = 0x2002a;
pub const T_FMT_AMPM: nl_item = 0x2002b;
pub const ERA: nl_item = 0x2002c;
pub const ERA_D_FMT: nl_item = 0x2002e;
pub const ALT_DIGITS: nl_item = 0x2002f;
pub const ERA_D_T_FMT: nl_item = 0x20030;
pub const ERA_T_FMT: nl_item = 0x20031;
pub const CODESET: nl_item = 14;
pub const CRNCYSTR: nl_item = 0x4000f;
pub const RADIXCHAR: nl_item = 0x10000;
pub const THOUSEP: nl_item = 0x10001;
pub const YESEXPR: nl_item = 0x50000;
pub const NOEXPR: nl_item = 0x50001;

extern "C" {
    pub fn nl_langinfo(item: nl_item) -> *mut c_char;
    pub fn nl_langinfo_l(item: nl_item, loc: locale_t) -> *mut c_char;
}

// `<langinfo.h>`: the `nl_item` values beyond POSIX (musl
// `include/langinfo.h`).

pub const YESSTR: nl_item = 0x50002;
pub const NOSTR: nl_item = 0x50003;
