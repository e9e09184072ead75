//! A small event loop, as a program would write one on Linux: one epoll
//! instance watching a timerfd (a tick every 200 ms) and a signalfd (SIGINT
//! and SIGTERM, blocked so that they queue there instead of killing the
//! process). It ticks until a signal arrives, then reports and exits.
//!
//! `cargo run --example eventloop` runs until Ctrl-C;
//! `cargo run --example eventloop -- --ticks 3` sends itself SIGINT after
//! three ticks (`--self-test` is `--ticks 3`).

use std::io::Error;
use std::mem::{size_of, zeroed};
use std::ptr::null_mut;

use libc::{c_int, c_void};

const TIMER: u64 = 1;
const SIGNALS: u64 = 2;

fn ok(ret: c_int, what: &str) -> c_int {
    if ret < 0 {
        eprintln!("{what}: {}", Error::last_os_error());
        std::process::exit(1);
    }
    ret
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut self_signal_after: Option<u64> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--ticks" => self_signal_after = args.next().and_then(|n| n.parse().ok()),
            "--self-test" => self_signal_after = Some(3),
            _ => {
                eprintln!("usage: eventloop [--ticks N | --self-test]");
                std::process::exit(2);
            }
        }
    }

    unsafe {
        // The signals this loop handles go to the signalfd, not to a handler.
        let mut mask: libc::sigset_t = zeroed();
        libc::sigemptyset(&mut mask);
        libc::sigaddset(&mut mask, libc::SIGINT);
        libc::sigaddset(&mut mask, libc::SIGTERM);
        ok(
            libc::sigprocmask(libc::SIG_BLOCK, &mask, null_mut()),
            "sigprocmask",
        );
        let sfd = ok(libc::signalfd(-1, &mask, libc::SFD_CLOEXEC), "signalfd");

        // A periodic timer: first expiry after 200 ms, then every 200 ms.
        let tfd = ok(
            libc::timerfd_create(libc::CLOCK_MONOTONIC, libc::TFD_CLOEXEC),
            "timerfd_create",
        );
        let mut period: libc::itimerspec = zeroed();
        period.it_value.tv_nsec = 200_000_000;
        period.it_interval.tv_nsec = 200_000_000;
        ok(
            libc::timerfd_settime(tfd, 0, &period, null_mut()),
            "timerfd_settime",
        );

        let ep = ok(libc::epoll_create1(libc::EPOLL_CLOEXEC), "epoll_create1");
        for (fd, token) in [(tfd, TIMER), (sfd, SIGNALS)] {
            let mut ev = libc::epoll_event {
                events: libc::EPOLLIN as u32,
                u64: token,
            };
            ok(
                libc::epoll_ctl(ep, libc::EPOLL_CTL_ADD, fd, &mut ev),
                "epoll_ctl",
            );
        }

        let mut ticks = 0u64;
        let mut events: [libc::epoll_event; 4] = zeroed();
        'run: loop {
            let n = libc::epoll_wait(ep, events.as_mut_ptr(), events.len() as c_int, -1);
            if n < 0 && Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            ok(n, "epoll_wait");
            for ev in &events[..n as usize] {
                match ev.u64 {
                    TIMER => {
                        // How many periods passed since the last read.
                        let mut expirations = 0u64;
                        let buf = &mut expirations as *mut u64 as *mut c_void;
                        if libc::read(tfd, buf, size_of::<u64>()) == size_of::<u64>() as isize {
                            ticks += expirations;
                            println!("tick {ticks}");
                            if self_signal_after.map_or(false, |n| ticks >= n) {
                                self_signal_after = None;
                                println!("sending myself SIGINT");
                                libc::kill(libc::getpid(), libc::SIGINT);
                            }
                        }
                    }
                    SIGNALS => {
                        let mut si: libc::signalfd_siginfo = zeroed();
                        let buf = &mut si as *mut libc::signalfd_siginfo as *mut c_void;
                        let len = size_of::<libc::signalfd_siginfo>();
                        if libc::read(sfd, buf, len) == len as isize {
                            println!(
                                "signal {} from pid {} after {ticks} ticks: stopping",
                                si.ssi_signo, si.ssi_pid
                            );
                            break 'run;
                        }
                    }
                    _ => unreachable!(),
                }
            }
        }

        for fd in [ep, tfd, sfd] {
            libc::close(fd);
        }
    }
}
