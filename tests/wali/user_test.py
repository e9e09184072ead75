#!/usr/bin/env python3
"""What the README promises a WALI user, done as written.

1. The README's recipe ("## A WALI module"): its files
   (`wali-hello/Cargo.toml`, `wali-hello/.cargo/config.toml`,
   `wali-hello/src/main.rs`, taken from the README itself) are written beside
   a `libc` link to this repository, in target/wali-user/, and its first `sh`
   block runs there with bash, as written. The module must build without a
   warning, print its line and exit with status 2, as the README says.
2. The README's second `sh` block of that section, run as written in the
   repository: `cargo run` of examples/wali_hello.rs through the runner
   `.cargo/config.toml` names (ci/wali-run.sh), which must print the
   arguments, the environment (a variable set here must be there) and exit
   with the status asked for.

Run it with the Python that has the `wasmtime` wheel ($LIBC_CI_PY). Prints
`wali-user: N passed, M failed`; exits 1 on any failure, and skips (exit 0,
saying why) only on a host that is not x86_64 Linux.
"""
import os
import platform
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
from verdicts import Verdicts  # noqa: E402
SECTION = "## A WALI module"


def readme_section():
    text = open(os.path.join(REPO, "README.md")).read()
    start = text.index(SECTION + "\n")
    end = text.find("\n## ", start + len(SECTION))
    return text[start:end if end >= 0 else len(text)]


def run(cmd, cwd, env):
    p = subprocess.run(["bash", "-c", cmd], cwd=cwd, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, timeout=900)
    for line in p.stdout.splitlines():
        print("  | " + line)
    return p.returncode, p.stdout


def main():
    if platform.system() != "Linux" or platform.machine() != "x86_64":
        print("wali-user: skipped: the test host needs x86_64 Linux, and this is %s %s"
              % (platform.system(), platform.machine()))
        return 0
    section = readme_section()
    files = re.findall(r"^`(wali-hello/[^`]+)`:\n\n```[\w,]*\n(.*?)^```$", section, re.M | re.S)
    shells = re.findall(r"^```sh\n(.*?)^```$", section, re.M | re.S)
    verdict = Verdicts("wali-user")

    names = [f for f, _ in files]
    verdict(names == ["wali-hello/Cargo.toml", "wali-hello/.cargo/config.toml",
                      "wali-hello/src/main.rs"] and len(shells) == 2,
            "the README's recipe has its three files and two command blocks (%s; %d)"
            % (", ".join(names), len(shells)))
    if verdict.failed:
        return verdict.summary()

    env = dict(os.environ, CARGO_TERM_COLOR="never", WALI_HELLO_TEST="from-the-host")
    # The recipe's own flags must apply: nothing from the environment
    # replaces them.
    for k in ("RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS", "CARGO_TARGET_DIR", "CARGO_BUILD_TARGET"):
        env.pop(k, None)

    # 1. The recipe, in a directory beside a `libc` that is this repository.
    work = os.path.join(REPO, "target", "wali-user")
    os.makedirs(work, exist_ok=True)
    link = os.path.join(work, "libc")
    if os.path.islink(link) and os.readlink(link) != REPO:
        os.unlink(link)
    if not os.path.islink(link):
        os.symlink(REPO, link)
    for name, body in files:
        path = os.path.join(work, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(body)
    print("the README's recipe, in %s:" % work)
    rc, out = run(shells[0], work, env)
    verdict(rc == 0, "the recipe's commands ran (bash exit status %d)" % rc)
    verdict(not re.search(r"^warning", out, re.M), "no warning while building the recipe's module")
    wasm = os.path.join(work, "wali-hello", "target", "wasm32-wali-linux-musl", "release",
                        "wali-hello.wasm")
    verdict(os.path.exists(wasm), "the module is where the README says (%s)" % os.path.relpath(wasm, work))
    verdict("hello from a WALI module\n" in out, "the module printed its line")
    verdict("exit status 2\n" in out, "the module exited with status 2 (two arguments)")

    # 2. The example, through the runner, from the repository.
    print("the README's example command, in the repository:")
    rc, out = run(shells[1], REPO, env)
    m = re.search(r"--exit (\d+) (\S+)", shells[1])
    status, word = (int(m.group(1)), m.group(2)) if m else (None, None)
    verdict(m is not None and rc == status,
            "examples/wali_hello.rs exited with the status it was given (%s, got %d)" % (status, rc))
    verdict(not re.search(r"^warning", out, re.M), "no warning while building the example")
    verdict(("argc 4\n" in out) and ("arg 3: %s\n" % word) in out,
            "the example printed its four arguments, %r last" % word)
    verdict("env WALI_HELLO_TEST=from-the-host\n" in out,
            "the example printed a variable of the environment it was run in")
    verdict("exit status %s\n" % status in out, "the example printed its exit status")

    return verdict.summary()


if __name__ == "__main__":
    sys.exit(main())
