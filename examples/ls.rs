//! A small `ls -l`: lists a directory with permissions, link counts, owners
//! and groups resolved through `getpwuid_r`/`getgrgid_r`, sizes and
//! modification times formatted with `localtime_r`/`strftime`.
//!
//! ```sh
//! cargo run --example ls -- /tmp
//! ```

use std::ffi::{CStr, CString};
use std::mem::MaybeUninit;
use std::ptr;

use libc::{c_char, gid_t, uid_t};

/// `drwxr-xr-x` from a `st_mode`.
fn mode_string(mode: libc::mode_t) -> String {
    let kind = match mode & libc::S_IFMT {
        libc::S_IFDIR => 'd',
        libc::S_IFLNK => 'l',
        libc::S_IFCHR => 'c',
        libc::S_IFBLK => 'b',
        libc::S_IFIFO => 'p',
        libc::S_IFSOCK => 's',
        _ => '-',
    };
    let mut s = String::from(kind);
    let bits = [
        (libc::S_IRUSR, 'r'),
        (libc::S_IWUSR, 'w'),
        (libc::S_IXUSR, 'x'),
        (libc::S_IRGRP, 'r'),
        (libc::S_IWGRP, 'w'),
        (libc::S_IXGRP, 'x'),
        (libc::S_IROTH, 'r'),
        (libc::S_IWOTH, 'w'),
        (libc::S_IXOTH, 'x'),
    ];
    for (bit, c) in bits {
        s.push(if mode & bit != 0 { c } else { '-' });
    }
    // setuid, setgid and sticky show in the execute places.
    let mut chars: Vec<char> = s.chars().collect();
    let special = [
        (libc::S_ISUID, 3, 's'),
        (libc::S_ISGID, 6, 's'),
        (libc::S_ISVTX, 9, 't'),
    ];
    for (bit, at, c) in special {
        if mode & bit != 0 {
            chars[at] = if chars[at] == 'x' {
                c
            } else {
                c.to_ascii_uppercase()
            };
        }
    }
    chars.into_iter().collect()
}

/// The user name for `uid`, or the number when the database has none.
fn user_name(uid: uid_t) -> String {
    let mut buf = vec![0 as c_char; 1024];
    let mut pw = MaybeUninit::<libc::passwd>::uninit();
    let mut res: *mut libc::passwd = ptr::null_mut();
    loop {
        let r = unsafe {
            libc::getpwuid_r(uid, pw.as_mut_ptr(), buf.as_mut_ptr(), buf.len(), &mut res)
        };
        if r == libc::ERANGE {
            buf.resize(buf.len() * 2, 0);
            continue;
        }
        if r != 0 || res.is_null() {
            return uid.to_string();
        }
        return unsafe { CStr::from_ptr((*res).pw_name) }
            .to_string_lossy()
            .into_owned();
    }
}

/// The group name for `gid`, or the number when the database has none.
fn group_name(gid: gid_t) -> String {
    let mut buf = vec![0 as c_char; 1024];
    let mut gr = MaybeUninit::<libc::group>::uninit();
    let mut res: *mut libc::group = ptr::null_mut();
    loop {
        let r = unsafe {
            libc::getgrgid_r(gid, gr.as_mut_ptr(), buf.as_mut_ptr(), buf.len(), &mut res)
        };
        if r == libc::ERANGE {
            buf.resize(buf.len() * 2, 0);
            continue;
        }
        if r != 0 || res.is_null() {
            return gid.to_string();
        }
        return unsafe { CStr::from_ptr((*res).gr_name) }
            .to_string_lossy()
            .into_owned();
    }
}

/// `Nov 24 17:03` for this year's times, `Nov 24  2025` for older ones.
fn time_string(t: libc::time_t, now: libc::time_t) -> String {
    let mut tm = MaybeUninit::<libc::tm>::uninit();
    if unsafe { libc::localtime_r(&t, tm.as_mut_ptr()) }.is_null() {
        return t.to_string();
    }
    let six_months = 183 * 24 * 3600;
    let fmt = if (now - t).abs() < six_months {
        &b"%b %e %H:%M\0"[..]
    } else {
        &b"%b %e  %Y\0"[..]
    };
    let mut out = [0 as c_char; 64];
    let n = unsafe {
        libc::strftime(
            out.as_mut_ptr(),
            out.len(),
            fmt.as_ptr().cast(),
            tm.as_ptr(),
        )
    };
    unsafe { CStr::from_ptr(out.as_ptr()) }.to_string_lossy()[..n].to_string()
}

struct Entry {
    name: String,
    st: libc::stat,
    link: Option<String>,
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let cdir = CString::new(dir.clone()).expect("path without NUL");
    unsafe { libc::tzset() };
    let now = unsafe { libc::time(ptr::null_mut()) };

    let d = unsafe { libc::opendir(cdir.as_ptr()) };
    if d.is_null() {
        let msg = unsafe { CStr::from_ptr(libc::strerror(*libc::__errno_location())) };
        eprintln!(
            "ls: cannot open directory '{dir}': {}",
            msg.to_string_lossy()
        );
        std::process::exit(2);
    }
    let fd = unsafe { libc::dirfd(d) };
    let mut entries = Vec::new();
    loop {
        let e = unsafe { libc::readdir(d) };
        if e.is_null() {
            break;
        }
        let name_ptr = unsafe { (*e).d_name.as_ptr() };
        let name = unsafe { CStr::from_ptr(name_ptr) }
            .to_string_lossy()
            .into_owned();
        if name.starts_with('.') {
            continue;
        }
        let mut st = MaybeUninit::<libc::stat>::uninit();
        if unsafe { libc::fstatat(fd, name_ptr, st.as_mut_ptr(), libc::AT_SYMLINK_NOFOLLOW) } != 0 {
            continue;
        }
        let st = unsafe { st.assume_init() };
        let link = if st.st_mode & libc::S_IFMT == libc::S_IFLNK {
            let mut buf = [0 as c_char; 4096];
            let n = unsafe { libc::readlinkat(fd, name_ptr, buf.as_mut_ptr(), buf.len()) };
            (n >= 0).then(|| {
                let bytes: Vec<u8> = buf[..n as usize].iter().map(|&c| c as u8).collect();
                String::from_utf8_lossy(&bytes).into_owned()
            })
        } else {
            None
        };
        entries.push(Entry { name, st, link });
    }
    unsafe { libc::closedir(d) };
    entries.sort_by(|a, b| a.name.cmp(&b.name));

    let rows: Vec<[String; 6]> = entries
        .iter()
        .map(|e| {
            [
                mode_string(e.st.st_mode),
                e.st.st_nlink.to_string(),
                user_name(e.st.st_uid),
                group_name(e.st.st_gid),
                e.st.st_size.to_string(),
                time_string(e.st.st_mtime, now),
            ]
        })
        .collect();
    let blocks: i64 = entries.iter().map(|e| e.st.st_blocks as i64).sum();
    println!("total {}", blocks / 2);
    let width = |i: usize| rows.iter().map(|r| r[i].len()).max().unwrap_or(0);
    let (w1, w2, w3, w4) = (width(1), width(2), width(3), width(4));
    for (e, r) in entries.iter().zip(&rows) {
        let mut line = format!(
            "{} {:>w1$} {:<w2$} {:<w3$} {:>w4$} {} {}",
            r[0], r[1], r[2], r[3], r[4], r[5], e.name
        );
        if let Some(target) = &e.link {
            line.push_str(" -> ");
            line.push_str(target);
        }
        println!("{line}");
    }
}
