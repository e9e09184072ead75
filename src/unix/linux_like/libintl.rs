// `<libintl.h>`: message translation, `gettext` and friends (musl
// `include/libintl.h`).

extern "C" {
    pub fn bind_textdomain_codeset(
        domainname: *const c_char,
        codeset: *const c_char,
    ) -> *mut c_char;
    pub fn bindtextdomain(domainname: *const c_char, dirname: *const c_char) -> *mut c_char;
    pub fn dcgettext(
        domainname: *const c_char,
        msgid: *const c_char,
        category: c_int,
    ) -> *mut c_char;
    pub fn dcngettext(
        domainname: *const c_char,
        msgid1: *const c_char,
        msgid2: *const c_char,
        n: c_ulong,
        category: c_int,
    ) -> *mut c_char;
    pub fn dgettext(domainname: *const c_char, msgid: *const c_char) -> *mut c_char;
    pub fn dngettext(
        domainname: *const c_char,
        msgid1: *const c_char,
        msgid2: *const c_char,
        n: c_ulong,
    ) -> *mut c_char;
    pub fn gettext(msgid: *const c_char) -> *mut c_char;
    pub fn ngettext(msgid1: *const c_char, msgid2: *const c_char, n: c_ulong) -> *mut c_char;
    pub fn textdomain(domainname: *const c_char) -> *mut c_char;
}
