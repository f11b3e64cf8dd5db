//! `preflight saml-response` as scripts and the acceptance tests call it.

mod common;

use std::process::{Command, Output};

fn fixture(name: &str) -> String {
    common::fixture("saml-response", name)
}

fn preflight(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_preflight"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run preflight")
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

const NOW: &str = "2026-11-20T10:00:30Z";

/// The Okta fixtures' DigestValue and SignatureValue are illustrative, not
/// computed, so verification fails them (exit 1); nothing else may be an
/// error. Real signatures are checked in tests/xmldsig.rs.
fn only_placeholder_signatures_fail(out: &Output) {
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(out);
    let errors: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(!errors.is_empty());
    assert!(
        errors
            .iter()
            .all(|r| *r == "saml-response/signature-invalid"),
        "{errors:?}"
    );
}

#[test]
fn json_contract_for_a_base64_post_response() {
    let f = fixture("okta.post.b64");
    let out = preflight(&["saml-response", &f, "--now", NOW, "--format", "json"]);
    only_placeholder_signatures_fail(&out);
    let v = json(&out);
    assert_eq!(v["tool"], "saml-response");
    let d = &v["data"];
    assert_eq!(d["kind"], "Response");
    assert_eq!(d["encoding"], "base64");
    assert_eq!(d["issuer"], "http://www.okta.com/exk1a2b3c4d5E6f7g8h9");
    assert_eq!(d["name_id"]["value"], "jane.doe@example.com");
    assert!(d["name_id"]["format"].is_string());
    assert!(d["attributes"]["email"].is_array());
    assert!(d["conditions"]["audiences"].is_array());
    assert!(d["conditions"]["not_before"].is_string());
    assert!(d["conditions"]["not_on_or_after"].is_string());
    assert!(d["signatures"].is_array());
    assert!(d["attribute_table"].is_array());
    assert!(d["xml_pretty"]
        .as_str()
        .unwrap()
        .contains("<saml2:Assertion"));
}

#[test]
fn errors_exit_1_and_options_apply() {
    let f = fixture("okta.xml");
    let out = preflight(&[
        "saml-response",
        &f,
        "--now",
        "2026-11-21T00:00:00Z",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let out = preflight(&[
        "saml-response",
        &f,
        "--now",
        NOW,
        "--sp-entity-id",
        "https://sp.example/other",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let rules: Vec<String> = json(&out)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect();
    assert!(
        rules.contains(&"saml-response/audience-mismatch".to_string()),
        "{rules:?}"
    );
    // Ten minutes of skew rescues a response checked eight minutes late.
    let out = preflight(&[
        "saml-response",
        &f,
        "--now",
        "2026-11-20T10:13:00Z",
        "--clock-skew",
        "600",
        "--format",
        "json",
    ]);
    only_placeholder_signatures_fail(&out);
    let md = fixture("other-idp-metadata.xml");
    let out = preflight(&[
        "saml-response",
        &f,
        "--now",
        NOW,
        "--idp-metadata",
        &md,
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let out = preflight(&[
        "saml-response",
        &fixture("adfs.xml"),
        "--now",
        NOW,
        "--nameid-source",
        "email",
        "--format",
        "json",
    ]);
    let v = json(&out);
    assert_eq!(v["data"]["nameid_source"], "email");
}

#[test]
fn usage_and_io_errors_exit_2() {
    assert_eq!(
        preflight(&["saml-response", "/nonexistent/response.xml"])
            .status
            .code(),
        Some(2)
    );
    let f = fixture("okta.xml");
    assert_eq!(
        preflight(&["saml-response", &f, "--now", "yesterday"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        preflight(&["saml-response", &f, "--idp-metadata", "/nonexistent/md.xml"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        preflight(&["saml-response", &f, "--nameid-source", "phone"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn garbage_is_a_finding_not_a_crash() {
    let dir = std::env::temp_dir().join(format!("preflight-saml-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("garbage.bin");
    std::fs::write(&p, [0u8, 159, 146, 150, 255, 0, 1, 2]).unwrap();
    let out = preflight(&["saml-response", p.to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        json(&out)["findings"][0]["rule"],
        "saml-response/not-decodable"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn redact_prints_xml_and_text_mode_shows_the_decoded_message() {
    let out = preflight(&["saml-response", &fixture("adfs.post-form.txt"), "--redact"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("<samlp:Response"), "{text}");
    assert!(!text.contains("jdoe") && !text.contains("John"));
    // Hostile input is not redacted; the findings say why.
    let out = preflight(&[
        "saml-response",
        &fixture("xxe.xml"),
        "--redact",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        json(&out)["findings"][0]["rule"],
        "saml-response/xml-dtd-forbidden"
    );
    let out = preflight(&[
        "saml-response",
        &fixture("authn-request.redirect-url.txt"),
        "--now",
        NOW,
    ]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("AuthnRequest (base64-deflate, URL-encoded)"),
        "{text}"
    );
    assert!(text.contains("<samlp:NameIDPolicy"), "{text}");
}

#[test]
fn schema_problems_in_a_response_and_no_schema() {
    let f = common::fixture("saml-schema", "resp-missing-version.xml");
    let (_, v) = common::preflight_json(&["saml-response", &f, "--format", "json"]);
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "saml-response/schema-missing-attribute"));
    assert_eq!(v["data"]["schema"]["valid"], false);
    let (_, v) = common::preflight_json(&["saml-response", &f, "--no-schema", "--format", "json"]);
    assert_eq!(v["data"]["schema"]["checked"], false);
}
