//! `preflight cert` end to end: the JSON contract, exit codes, stdin and
//! the calendar export.

mod common;

use common::preflight;

const NOW: &str = "2026-06-01T00:00:00Z";

fn fixture(name: &str) -> String {
    common::fixture("x509", name)
}

fn json(args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["cert"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--now", NOW, "--format", "json"]);
    common::preflight_json(&all)
}

#[test]
fn json_contract_and_clean_exit() {
    let (code, v) = json(&[&fixture("rsa2048.pem")]);
    assert_eq!(code, 0);
    assert_eq!(v["tool"], "cert");
    assert_eq!(v["data"]["format"], "pem");
    let c = &v["data"]["certificates"][0];
    assert_eq!(
        c["subject"],
        "CN=rsa2048.example.com, O=Preflight Test, C=US"
    );
    assert_eq!(c["key_algorithm"], "RSA");
    assert_eq!(c["key_bits"], 2048);
    assert!(c["curve"].is_null());
    assert_eq!(c["self_signed"], true);
    assert_eq!(c["not_before"], "2026-01-01T00:00:00Z");
    assert_eq!(c["not_after"], "2028-01-01T00:00:00Z");
    let fp = c["sha256_fingerprint"].as_str().unwrap();
    assert_eq!(fp.len(), 32 * 3 - 1);
    assert_eq!(fp, fp.to_uppercase());
    assert_eq!(v["summary"]["errors"], 0);
}

#[test]
fn error_findings_exit_1() {
    let (code, v) = json(&[&fixture("ec-p256.pem")]);
    assert_eq!(code, 1);
    assert_eq!(v["data"]["certificates"][0]["key_algorithm"], "EC");
    assert_eq!(v["data"]["certificates"][0]["curve"], "P-256");
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "x509/non-rsa-key"));
}

#[test]
fn unreadable_input_is_exit_1_not_2() {
    let dir = std::env::temp_dir().join(format!("pf-x509-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let garbage = dir.join("garbage.crt");
    std::fs::write(&garbage, b"\x00\x01 definitely not a certificate").unwrap();
    let (code, v) = json(&[garbage.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(v["findings"][0]["rule"], "x509/unreadable");
    assert_eq!(v["data"]["certificates"], serde_json::json!([]));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn missing_file_and_bad_now_are_usage_errors() {
    let (code, _, err) = preflight(&["cert", "/nonexistent/x.pem"], None);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"));
    let (code, _, err) = preflight(
        &["cert", &fixture("rsa2048.pem"), "--now", "tomorrow"],
        None,
    );
    assert_eq!(code, 2);
    assert!(err.contains("RFC 3339"));
}

#[test]
fn stdin_and_several_files() {
    let pem = std::fs::read(fixture("rsa2048.pem")).unwrap();
    let (code, out, _) = preflight(
        &[
            "cert",
            "-",
            &fixture("rsa2048.der"),
            "--now",
            NOW,
            "--format",
            "json",
        ],
        Some(&pem),
    );
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let certs = v["data"]["certificates"].as_array().unwrap();
    assert_eq!(certs.len(), 2);
    assert_eq!(certs[0]["file"], "<stdin>");
    assert_eq!(certs[1]["format"], "der");
    assert_eq!(v["data"]["format"], "mixed");
    assert_eq!(v["data"]["distinct_certificates"], 1);
}

#[test]
fn sp_flag_and_expiry_window() {
    let (_, v) = json(&[&fixture("sp-60-days.pem"), "--sp"]);
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "x509/sp-validity-period"));
    let (_, v) = json(&[&fixture("expiring-soon.pem"), "--expiry-warning-days", "7"]);
    assert_eq!(v["summary"]["warnings"], 0);
    let (_, v) = json(&[&fixture("no-digital-signature.pem")]);
    assert_eq!(v["findings"][0]["rule"], "x509/missing-digital-signature");
    let (_, v) = json(&[&fixture("no-digital-signature.pem"), "--encryption"]);
    assert_eq!(v["summary"]["warnings"], 0);
}

#[test]
fn text_mode_prints_details_before_findings() {
    let (code, out, _) = preflight(
        &["cert", &fixture("chain-reversed.pem"), "--now", NOW],
        None,
    );
    assert_eq!(code, 0);
    let details = out.find("SHA-256").unwrap();
    let finding = out.find("x509/chain-order").unwrap();
    assert!(details < finding);
    assert!(out.contains("Certificate #3"));
}

#[test]
fn ics_export_is_written() {
    let dir = std::env::temp_dir().join(format!("pf-x509-ics-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("expiry.ics");
    let (code, _, _) = preflight(
        &[
            "cert",
            &fixture("org-set-3.pem"),
            "--now",
            NOW,
            "--format",
            "json",
            "--ics",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code, 1); // org-c is not valid yet
    let ics = std::fs::read_to_string(&out).unwrap();
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
    assert!(ics.contains("TRIGGER:-P30D\r\n"));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn private_key_is_not_printed() {
    let key = std::fs::read_to_string(fixture("throwaway-key.pem")).unwrap();
    let (code, out, _) = preflight(&["cert", &fixture("cert-and-key.pem"), "--now", NOW], None);
    assert_eq!(code, 0);
    assert!(out.contains("x509/private-key"));
    for line in key.lines().filter(|l| !l.starts_with("-----")) {
        assert!(!out.contains(line));
    }
}
