//! The `preflight cron` command line: output shapes and exit codes.

mod common;

/// `preflight cron args…`: (exit code, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    common::preflight(&[&["cron"], args].concat(), None)
}

const FROM: &[&str] = &["--from", "2026-01-01T00:00:00Z"];

#[test]
fn json_data_has_description_fields_and_next() {
    let (code, out, _) = run(&["0 0 12 * * ?", FROM[0], FROM[1], "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["tool"], "cron");
    assert_eq!(v["data"]["description"], "At 12:00:00 GMT, every day");
    assert_eq!(v["data"]["next"][0], "2026-01-01T12:00:00Z");
    assert_eq!(v["data"]["next"].as_array().unwrap().len(), 10);
    assert_eq!(v["data"]["fields"].as_array().unwrap().len(), 6);
    assert_eq!(v["summary"]["errors"], 0);
}

#[test]
fn count_and_tz() {
    let (code, out, _) = run(&[
        "0 30 1 * * ?",
        FROM[0],
        FROM[1],
        "--count",
        "3",
        "--tz",
        "Europe/Paris",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["data"]["next"].as_array().unwrap().len(), 3);
    assert_eq!(v["data"]["next_local"][0], "2026-01-01T02:30:00+01:00");
    assert_eq!(v["data"]["time_zone"], "Europe/Paris");
}

#[test]
fn text_prints_description_and_runs_before_findings() {
    let (code, out, _) = run(&["0 15 10 ? * 5L", FROM[0], FROM[1], "--count", "2"]);
    assert_eq!(code, 0);
    let desc = out.find("last Thursday").unwrap();
    let run1 = out.find("2026-01-29T10:15:00Z").unwrap();
    let finding = out.find("cron/dow-5l-thursday").unwrap();
    assert!(desc < run1 && run1 < finding, "{out}");
}

#[test]
fn errors_exit_1() {
    let (code, out, _) = run(&["0 0 12 32 * ?", "--format", "json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["findings"][0]["rule"], "cron/out-of-range");
    assert_eq!(v["findings"][0]["location"]["field"], 4);
    assert_eq!(v["findings"][0]["location"]["field_name"], "day-of-month");
    assert_eq!(
        v["findings"][0]["location"]["span"],
        serde_json::json!([7, 9])
    );
    let (code, out, _) = run(&["*/5 * * * *", "--format", "json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["data"]["quartz_equivalent"]["expression"],
        "0 */5 * * * ?"
    );
}

#[test]
fn sarif_output() {
    let (code, out, _) = run(&["0 0 12 * * *", "--format", "sarif"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], "2.1.0");
}

#[test]
fn usage_errors_exit_2() {
    let (code, _, err) = run(&["0 0 12 * * ?", "--from", "yesterday"]);
    assert_eq!(code, 2);
    assert!(err.contains("RFC 3339"), "{err}");
    let (code, _, _) = run(&[]);
    assert_eq!(code, 2);
}

#[test]
fn reads_stdin() {
    let args = ["cron", "-", FROM[0], FROM[1], "--format", "json"];
    let (code, out, _) = common::preflight(&args, Some(b"0 0 0 LW * ?\n"));
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["data"]["next"][0], "2026-01-30T00:00:00Z");
}

#[test]
fn hidden_bench_mode() {
    let (code, out, _) = run(&[
        "0 0 12 * * ?;0 0 0 LW * ?",
        FROM[0],
        FROM[1],
        "--bench",
        "3",
    ]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 2, "{out}");
}
