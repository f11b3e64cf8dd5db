//! Every option of every CLI tool at its extremes: `0`, `-1`, `i64::MAX`,
//! `i64::MIN`, `u64::MAX`, `1e309`, `NaN`, empty, a huge string. Each run
//! ends, within a time bound, in a clear usage error (exit 2) or a report
//! (exit 0 or 1) — never a panic (exit 101) or a hang.
//!
//! The limits themselves live in the core (`preflight::options` and each
//! tool's options constructor); this table proves every face reaches them.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Linux refuses a single argument over 128 KiB (MAX_ARG_STRLEN), so the
/// "huge" argument is just below it; the 10 MB case goes through stdin.
fn huge_arg() -> String {
    "9".repeat(120 * 1024)
}

fn extremes() -> Vec<String> {
    vec![
        "0".into(),
        "-1".into(),
        i64::MAX.to_string(),
        i64::MIN.to_string(),
        u64::MAX.to_string(),
        "1e309".into(),
        "NaN".into(),
        "".into(),
        " ".into(),
        "2026-02-30T25:61:61Z".into(),
        huge_arg(),
        "x".repeat(120 * 1024),
    ]
}

const NOW: &str = "2026-06-01T00:00:00Z";

/// Run with a time bound; (exit code, stderr).
fn run(args: &[String], stdin: Option<&[u8]>) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_preflight"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run preflight");
    {
        let mut input = child.stdin.take().expect("stdin");
        if let Some(b) = stdin {
            // The tool may refuse before reading everything.
            let _ = input.write_all(b);
        }
    }
    // Drained on a thread: a usage error quoting a 120 KB value fills the pipe.
    let mut stderr = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut err = String::new();
        let _ = std::io::Read::read_to_string(&mut stderr, &mut err);
        err
    });
    let start = Instant::now();
    let limit = Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            let err = reader.join().unwrap_or_default();
            return (status.code().unwrap_or(-1), err);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("hung for {limit:?}: {}", shown(args));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn shown(args: &[String]) -> String {
    args.iter()
        .map(|a| {
            if a.len() > 40 {
                format!("<{} bytes>", a.len())
            } else {
                a.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `(base arguments, option)`: each option is given each extreme value.
fn table() -> Vec<(Vec<String>, &'static str)> {
    let f = |dir: &str, name: &str| common::fixture(dir, name);
    let cert = vec![
        "cert".into(),
        f("x509", "rsa2048.pem"),
        "--now".into(),
        NOW.into(),
    ];
    let aggregate = vec![
        "saml-metadata".into(),
        f("saml", "federation-aggregate.xml"),
        "--now".into(),
        NOW.into(),
    ];
    let response = vec![
        "saml-response".into(),
        f("saml-response", "adfs-status-invalid-nameid-policy.xml"),
        "--now".into(),
        NOW.into(),
    ];
    let cron = vec![
        "cron".into(),
        "0 0 12 * * ?".into(),
        "--from".into(),
        NOW.into(),
    ];
    let csv = vec!["csv-users".into(), f("csv", "messy_values.csv")];
    let srv = vec!["srv".into(), "acme.com".into()];
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<String>>();
    vec![
        (cert.clone(), "--expiry-warning-days"),
        (s(&["cert", &f("x509", "rsa2048.pem")]), "--now"),
        (aggregate.clone(), "--expiry-warning-days"),
        (aggregate.clone(), "--entity-id"),
        (s(&["saml-metadata", &f("saml", "okta-idp.xml")]), "--now"),
        (s(&["saml-metadata", "--sp-export"]), "--sp-entity-id"),
        (s(&["saml-metadata", "--sp-export"]), "--acs-url"),
        (s(&["saml-metadata", "--sp-export"]), "--nameid-format"),
        (response.clone(), "--clock-skew"),
        (response.clone(), "--sp-entity-id"),
        (response.clone(), "--nameid-source"),
        (cron.clone(), "--count"),
        (cron.clone(), "--tz"),
        (s(&["cron", "0 0 12 * * ?"]), "--from"),
        (cron.clone(), "--bench"),
        (csv.clone(), "--max-findings"),
        (csv.clone(), "--mandatory"),
        (srv.clone(), "--ttl"),
        (srv.clone(), "--priority"),
        (srv.clone(), "--weight"),
        (srv.clone(), "--server-port"),
        (srv.clone(), "--client-port"),
        (srv.clone(), "--server-target"),
        (srv.clone(), "--client-target"),
        (s(&["srv"]), "<DOMAIN>"),
        (s(&["firewall"]), "--p2p"),
        (s(&["firewall"]), "--domain"),
        (s(&["ports", "1024"]), "<MAX>"),
        (s(&["ports"]), "<MIN>"),
        (s(&["rules"]), "<ID>"),
    ]
}

#[test]
fn every_option_at_its_extremes_ends_cleanly() {
    let mut failures = Vec::new();
    for (base, option) in table() {
        for value in extremes() {
            // `--bench` with a huge count is a (hidden) timing loop, not a check.
            if option == "--bench" && value.len() > 3 && !value.starts_with('-') {
                continue;
            }
            let mut args = base.clone();
            if option.starts_with('<') {
                args.push(value.clone());
                if option == "<MIN>" {
                    args.push("2000".into());
                }
            } else {
                // `--opt=value`, so that `-1` and the empty string are values.
                args.push(format!("{option}={value}"));
            }
            let (code, err) = run(&args, None);
            if !(0..=2).contains(&code) {
                failures.push(format!(
                    "exit {code}: {}\n{}",
                    shown(&args),
                    &err[..err.len().min(400)]
                ));
            } else if code == 2 && err.trim().is_empty() {
                failures.push(format!("exit 2 without a message: {}", shown(&args)));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn day_counts_out_of_range_are_usage_errors() {
    // i64::MAX days once overflowed a date calculation (a panic, exit 101).
    let aggregate = common::fixture("saml", "federation-aggregate.xml");
    let cert = common::fixture("x509", "rsa2048.pem");
    for v in [
        i64::MAX.to_string(),
        i64::MIN.to_string(),
        "-1".into(),
        "36501".into(),
    ] {
        let flag = format!("--expiry-warning-days={v}");
        for args in [
            vec![
                "saml-metadata".to_string(),
                aggregate.clone(),
                flag.clone(),
                format!("--now={NOW}"),
            ],
            vec![
                "cert".to_string(),
                cert.clone(),
                flag.clone(),
                format!("--now={NOW}"),
            ],
        ] {
            let (code, err) = run(&args, None);
            assert_eq!(code, 2, "{args:?}: {err}");
            assert!(
                err.contains("--expiry-warning-days") && err.contains("0 to 36500"),
                "{err}"
            );
        }
    }
    for v in ["0", "36500"] {
        let args = vec![
            "saml-metadata".to_string(),
            aggregate.clone(),
            format!("--expiry-warning-days={v}"),
            format!("--now={NOW}"),
        ];
        let (code, err) = run(&args, None);
        assert!(code == 0 || code == 1, "{err}");
    }
}

#[test]
fn clock_skew_out_of_range_is_a_usage_error_not_a_silent_clamp() {
    let f = common::fixture("saml-response", "adfs-status-invalid-nameid-policy.xml");
    for v in ["-1", "604801", &i64::MAX.to_string()] {
        let args = vec![
            "saml-response".to_string(),
            f.clone(),
            format!("--clock-skew={v}"),
        ];
        let (code, err) = run(&args, None);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("--clock-skew"), "{err}");
    }
    let args = vec![
        "saml-response".to_string(),
        f.clone(),
        format!("--sp-entity-id={}", "a".repeat(2000)),
    ];
    let (code, err) = run(&args, None);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--sp-entity-id") && err.len() < 400, "{err}");
}

#[test]
fn ten_megabyte_inputs_through_stdin() {
    let big = "9".repeat(10 * 1024 * 1024);
    for tool in [
        "cron",
        "saml-response",
        "csv-users",
        "saml-metadata",
        "cert",
    ] {
        let mut args = vec![tool.to_string(), "-".to_string()];
        if tool != "cron" && tool != "csv-users" {
            args.push(format!("--now={NOW}"));
        }
        let (code, err) = run(&args, Some(big.as_bytes()));
        assert!(
            (0..=2).contains(&code),
            "{tool}: exit {code}: {}",
            &err[..err.len().min(400)]
        );
    }
}
