//! What the CLI test suites share: running the built `preflight` binary the
//! way a script does, and finding fixtures.
// Each test crate uses only some of these.
#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Stdio};

/// Run `preflight args…` with `stdin` (or a closed stdin) and no colour;
/// (exit code, stdout, stderr).
pub fn preflight(args: &[&str], stdin: Option<&[u8]>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_preflight"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run preflight");
    let input = child.stdin.take().expect("stdin");
    if let Some(bytes) = stdin {
        let mut input = input;
        input.write_all(bytes).expect("write stdin");
    }
    let out = child.wait_with_output().expect("wait for preflight");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Run `preflight args…` and parse its stdout as JSON; (exit code, JSON).
pub fn preflight_json(args: &[&str]) -> (i32, serde_json::Value) {
    let (code, out, err) = preflight(args, None);
    let v = serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}{err}"));
    (code, v)
}

/// The path of `tests/fixtures/<dir>/<name>`.
pub fn fixture(dir: &str, name: &str) -> String {
    format!("{}/tests/fixtures/{dir}/{name}", env!("CARGO_MANIFEST_DIR"))
}
