//! `preflight csv-users` as scripts use it: exit status, JSON shape, outputs.

mod common;

fn fixture(name: &str) -> String {
    common::fixture("csv", name)
}

/// `preflight csv-users args…`: (exit code, stdout).
fn run(args: &[&str], stdin: Option<&[u8]>) -> (i32, String) {
    let (code, out, _) = common::preflight(&[&["csv-users"], args].concat(), stdin);
    (code, out)
}

#[test]
fn json_shape_and_exit_codes() {
    let (code, out) = run(&[&fixture("messy_values.csv"), "--format", "json"], None);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["tool"], "csv-users");
    let f = &v["findings"][0];
    assert_eq!(f["rule"], "csv/email-invalid");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["location"]["row"], 3);
    assert_eq!(f["location"]["column"], "email");
    assert!(f["help"].as_str().is_some_and(|h| !h.is_empty()));
    assert_eq!(v["data"]["rows"], 7);
    assert_eq!(v["data"]["dialect"]["delimiter"], ",");
    assert_eq!(v["data"]["dialect"]["encoding"], "UTF-8");
    assert_eq!(v["data"]["dialect"]["bom"], true);
    assert_eq!(v["data"]["dialect"]["line_ending"], "CRLF");
    assert!(v["data"]["by_rule"]["csv/formula-injection"].as_u64() == Some(7));
    assert!(v["summary"]["errors"].as_u64().is_some_and(|n| n > 0));

    let (code, _) = run(&[&fixture("clean_utf8_bom_crlf.csv")], None);
    assert_eq!(code, 0);
    let (code, _) = run(&["/nonexistent/users.csv"], None);
    assert_eq!(code, 2);
    let (code, _) = run(
        &[
            &fixture("clean_utf8_bom_crlf.csv"),
            "--mandatory",
            "jobTitle",
        ],
        None,
    );
    assert_eq!(code, 2);
    let (code, _) = run(
        &[
            &fixture("clean_utf8_bom_crlf.csv"),
            "--sso",
            "--mandatory",
            "city,ISOcountry",
        ],
        None,
    );
    assert_eq!(code, 0);
}

#[test]
fn encoding_errors_are_csv_encoding_findings() {
    let (code, out) = run(&[&fixture("utf16be.csv"), "--format", "json"], None);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert!(v["findings"][0]["rule"]
        .as_str()
        .is_some_and(|r| r.starts_with("csv/encoding")));
    let (_, out) = run(&[&fixture("cp1252_in_utf8.csv"), "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["findings"][0]["location"]["row"], 3);
    assert_eq!(v["findings"][0]["location"]["column"], "firstName");
}

#[test]
fn stdin_fix_and_status_file() {
    let dir = std::env::temp_dir().join(format!("preflight-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let fixed = dir.join("fixed.csv");
    let status = dir.join("status.csv");
    let input = std::fs::read(fixture("excel_unicode_text_utf16le.txt")).expect("fixture");
    let (code, out) = run(
        &[
            "-",
            "--fix",
            fixed.to_str().unwrap_or_default(),
            "--status-file",
            status.to_str().unwrap_or_default(),
            "--utf16",
        ],
        Some(&input),
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("UTF-16LE with BOM, tab-separated"));
    let fixed_bytes = std::fs::read(&fixed).expect("fixed written");
    assert!(fixed_bytes.starts_with(b"\xFF\xFE"));
    let (code, out) = run(
        &[fixed.to_str().unwrap_or_default(), "--format", "json"],
        None,
    );
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["findings"].as_array().map(|a| a.len()), Some(0), "{out}");
    assert!(std::fs::read(&status).expect("status written").len() > 100);
    let converted = dir.join("converted.csv");
    let (_, _) = run(
        &[
            &fixture("meeting_site_export.csv"),
            "--convert-meeting-export",
            converted.to_str().unwrap_or_default(),
        ],
        None,
    );
    let text = std::fs::read_to_string(&converted).expect("converted");
    assert!(text.contains("firstName,lastName,email"));
    let _ = std::fs::remove_dir_all(&dir);
}
