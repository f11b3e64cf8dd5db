//! The CLI contract of `preflight broadworks …`: JSON field names and exit
//! codes that scripts and acceptance tests rely on.

mod common;

use common::{preflight, preflight_json as json};

fn fixture(name: &str) -> String {
    common::fixture("broadworks", name)
}

#[test]
fn error_code_by_number() {
    let (code, v) = json(&["broadworks", "error-code", "200039", "--format", "json"]);
    assert_eq!(code, 0);
    assert_eq!(v["tool"], "broadworks");
    let m = &v["data"]["matches"][0];
    assert_eq!(m["code"], "200039");
    assert_eq!(m["table"], "end-user");
    assert!(m["message"]
        .as_str()
        .unwrap()
        .contains("emailId already in use"));
    assert!(m["action"]
        .as_str()
        .unwrap()
        .starts_with("User should try onboarding"));
}

#[test]
fn error_code_by_message_best_first() {
    let (code, v) = json(&[
        "broadworks",
        "error-code",
        "emailId already in use in a different Org",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    assert_eq!(v["data"]["matches"][0]["code"], "200039");
    let (_, v) = json(&[
        "broadworks",
        "error-code",
        "try",
        "again",
        "later",
        "busy",
        "--format",
        "json",
    ]);
    let m = &v["data"]["matches"][0];
    assert_eq!(m["table"], "directory-sync");
    assert!(m["code"].is_string());
}

#[test]
fn unknown_code_exits_1_with_suggestions() {
    let (code, v) = json(&["broadworks", "error-code", "600016", "--format", "json"]);
    assert_eq!(code, 1);
    assert_eq!(v["findings"][0]["rule"], "broadworks/unknown-code");
    assert_eq!(v["findings"][0]["severity"], "error");
    assert!(v["data"]["matches"].as_array().unwrap().is_empty());
    let s: Vec<&str> = v["data"]["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    assert!(s.contains(&"600015") && s.contains(&"600017"), "{s:?}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(preflight(&["broadworks", "error-code", " "], None).0, 2);
    assert_eq!(preflight(&["broadworks"], None).0, 2);
    assert_eq!(
        preflight(&["broadworks", "pslog", "/no/such/file"], None).0,
        2
    );
}

#[test]
fn pslog_json_shape() {
    let (code, v) = json(&[
        "broadworks",
        "pslog",
        &fixture("pslog-409.txt"),
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let req = &v["data"]["requests"][0];
    assert_eq!(req["line"], 2);
    assert_eq!(req["status"], 409);
    assert_eq!(req["diagnosis"], "broadworks/provisioning-conflict");
    assert!(v["data"]["tracking_ids"].is_array());
    let f = &v["findings"][0];
    assert_eq!(f["rule"], "broadworks/provisioning-conflict");
    assert_eq!(f["location"]["line"], 2);
    assert_eq!(f["location"]["column"], 7);
}

#[test]
fn pslog_200_exits_0_and_reads_stdin() {
    let bytes = std::fs::read(fixture("pslog-200-crlf.txt")).unwrap();
    let (code, out, _) = preflight(
        &["broadworks", "pslog", "-", "--format", "json"],
        Some(&bytes),
    );
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["data"]["requests"][0]["status"], 200);
    assert_eq!(
        v["data"]["requests"][0]["diagnosis"],
        "broadworks/provisioning-accepted"
    );
}

#[test]
fn xsp_json_timeline_and_tracking_filter() {
    let (code, v) = json(&[
        "broadworks",
        "xsp",
        &fixture("xsp-signin-401.log"),
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    assert_eq!(v["data"]["timeline"][0]["status"], 401);
    assert_eq!(v["data"]["stopped_after"], "authentication-verify");
    assert!(v["findings"][0]["location"]["line"].is_number());
    let (code, v) = json(&[
        "broadworks",
        "xsp",
        &fixture("xsp-signin-ok.log"),
        "--tracking-id",
        "CLIENT_f3a91c20-77de-4b4c-9a0e-51d2c9e8b7aa_2",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    assert_eq!(v["data"]["timeline"].as_array().unwrap().len(), 4);
    assert_eq!(
        preflight(
            &["broadworks", "xsp", "-", "--tracking-id", "a b"],
            Some(b"")
        )
        .0,
        2
    );
}

#[test]
fn client_log_json() {
    let (code, v) = json(&[
        "broadworks",
        "client-log",
        &fixture("bwc-current_log.txt"),
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        v["findings"][0]["rule"],
        "broadworks/client-device-not-provisioned"
    );
    assert_eq!(v["findings"][0]["location"]["line"], 2);
    assert_eq!(
        v["data"]["tracking_ids"][0],
        "CLIENT_f3a91c20-77de-4b4c-9a0e-51d2c9e8b7aa_3"
    );
}

#[test]
fn redact_writes_the_copy_to_stdout() {
    let (code, out, err) = preflight(&["broadworks", "redact", &fixture("pslog-409.txt")], None);
    assert_eq!(code, 0);
    assert!(!out.contains("alice.smith@acmedental.example"));
    assert!(!out.contains("+14085551234"));
    assert!(out.contains("<email-1>") && out.contains("<phone-1>"));
    assert!(
        out.contains("AS_8d1f2c3e-4b5a-4c6d-8e7f-901234567890"),
        "tracking id kept"
    );
    assert!(err.contains("tracking id(s) kept"));
    let (code, v) = json(&[
        "broadworks",
        "redact",
        &fixture("pslog-409.txt"),
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    assert!(v["data"]["redacted"].as_str().unwrap().contains("<user-1>"));
}

#[test]
fn imp_compare_cli() {
    let dir = std::env::temp_dir().join(format!("bw-imp-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("as.txt");
    let t = dir.join("template.txt");
    std::fs::write(&a, "Messaging Server URL = https://p.example/api\nMessaging Server Username = u\nMessaging Server Password = pw1\n").unwrap();
    std::fs::write(&t, "Provisioning URL: https://p.example/api\nProvisioning Account Name: u\nProvisioning Account Password: pw2\n").unwrap();
    let (code, v) = json(&[
        "broadworks",
        "imp-compare",
        a.to_str().unwrap(),
        t.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    assert_eq!(v["findings"][0]["rule"], "broadworks/imp-setting-mismatch");
    assert!(!v.to_string().contains("pw1") && !v.to_string().contains("pw2"));
    assert_eq!(v["data"]["rows"][0]["equal"], true);
    let _ = std::fs::remove_dir_all(&dir);
}
