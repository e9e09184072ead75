// `<syslog.h>`: the priorities, facilities, options and functions of the
// system logger (musl `include/syslog.h`).

pub const LOG_EMERG: c_int = 0;
pub const LOG_ALERT: c_int = 1;
pub const LOG_CRIT: c_int = 2;
pub const LOG_ERR: c_int = 3;
pub const LOG_WARNING: c_int = 4;
pub const LOG_NOTICE: c_int = 5;
pub const LOG_INFO: c_int = 6;
pub const LOG_DEBUG: c_int = 7;
pub const LOG_PRIMASK: c_int = 7;
pub const LOG_KERN: c_int = 0;
pub const LOG_USER: c_int = 8;
pub const LOG_MAIL: c_int = 16;
pub const LOG_DAEMON: c_int = 24;
pub const LOG_AUTH: c_int = 32;
pub const LOG_SYSLOG: c_int = 40;
pub const LOG_LPR: c_int = 48;
pub const LOG_NEWS: c_int = 56;
pub const LOG_UUCP: c_int = 64;
pub const LOG_CRON: c_int = 72;
pub const LOG_AUTHPRIV: c_int = 80;
pub const LOG_FTP: c_int = 88;
pub const LOG_LOCAL0: c_int = 128;
pub const LOG_LOCAL1: c_int = 136;
pub const LOG_LOCAL2: c_int = 144;
pub const LOG_LOCAL3: c_int = 152;
pub const LOG_LOCAL4: c_int = 160;
pub const LOG_LOCAL5: c_int = 168;
pub const LOG_LOCAL6: c_int = 176;
pub const LOG_LOCAL7: c_int = 184;
pub const LOG_NFACILITIES: c_int = 24;
pub const LOG_FACMASK: c_int = 0x3f8;
pub const LOG_PID: c_int = 0x1;
pub const LOG_CONS: c_int = 0x2;
pub const LOG_ODELAY: c_int = 0x4;
pub const LOG_NDELAY: c_int = 0x8;
pub const LOG_NOWAIT: c_int = 0x10;
pub const LOG_PERROR: c_int = 0x20;

extern "C" {
    pub fn closelog();
    pub fn openlog(ident: *const c_char, opt: c_int, facility: c_int);
    pub fn setlogmask(maskpri: c_int) -> c_int;
    pub fn syslog(priority: c_int, message: *const c_char, ...);
}
