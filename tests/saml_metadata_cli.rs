//! `preflight saml-metadata`: exit status and the JSON contract.

mod common;

use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_preflight"))
}

fn fixture(name: &str) -> String {
    common::fixture("saml", name)
}

use common::preflight_json as run_json;

const NOW: &str = "2026-11-22T12:00:00Z";

#[test]
fn clean_metadata_exits_0_with_the_json_contract() {
    let f = fixture("okta-idp.xml");
    let (code, v) = run_json(&["saml-metadata", &f, "--now", NOW, "--format", "json"]);
    assert_eq!(code, 0);
    assert_eq!(v["tool"], "saml-metadata");
    assert_eq!(v["summary"]["errors"], 0);
    let e = &v["data"]["entities"][0];
    for k in [
        "entity_id",
        "roles",
        "sso_services",
        "acs_services",
        "nameid_formats",
        "valid_until",
        "certificates",
        "webex_import",
    ] {
        assert!(e.get(k).is_some(), "entity lacks {k}");
    }
    assert!(v["data"]["signatures"].is_array());
    assert!(e["sso_services"][0]["location"]
        .as_str()
        .unwrap()
        .starts_with("https://"));
}

#[test]
fn errors_exit_1() {
    let f = fixture("shibboleth-idp-metadata.xml");
    let (code, v) = run_json(&["saml-metadata", &f, "--now", NOW, "--format", "json"]);
    assert_eq!(code, 1);
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "saml/nameid-format-none-supported"));
}

#[test]
fn now_moves_validity() {
    let f = fixture("shibboleth-idp-metadata.xml");
    let (_, v) = run_json(&[
        "saml-metadata",
        &f,
        "--now",
        "2027-07-01T00:00:00Z",
        "--format",
        "json",
    ]);
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "saml/valid-until-expired"));
}

#[test]
fn content_problems_exit_1_and_io_or_usage_exit_2() {
    let mut child = bin()
        .args(["saml-metadata", "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdin.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "empty input is a finding");
    let missing = bin()
        .args(["saml-metadata", "/nonexistent/metadata.xml"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    let bad_now = bin()
        .args([
            "saml-metadata",
            &fixture("okta-idp.xml"),
            "--now",
            "yesterday",
        ])
        .output()
        .unwrap();
    assert_eq!(bad_now.status.code(), Some(2));
}

#[test]
fn text_mode_shows_the_webex_import_table() {
    let out = bin()
        .args(["saml-metadata", &fixture("okta-idp.xml"), "--now", NOW])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Issuer for SAML (IdP ID)"), "{text}");
    assert!(text.contains("Customer SSO Service Login URL"));
    assert!(text.contains("AuthnRequest Signed Destination"));
}

#[test]
fn sp_export_writes_metadata_that_validates() {
    let out = bin()
        .args([
            "saml-metadata",
            "--sp-export",
            "--acs-url",
            "https://sp.example.com/acs",
            "--certificate",
            &fixture("certs/webex-sp.pem"),
            "--authn-requests-signed",
            "--now",
            NOW,
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let xml = String::from_utf8(out.stdout).unwrap();
    assert!(xml.contains("entityID=\"http://www.webex.com\""));
    assert!(xml.contains("AuthnRequestsSigned=\"true\""));
}

#[test]
fn entity_id_narrows_an_aggregate_and_exits_1_when_missing() {
    let f = fixture("federation-aggregate.xml");
    let gamma = "https://idp.gamma.example.org/idp/shibboleth";
    let args = |id: &'static str| {
        vec![
            "saml-metadata".to_string(),
            f.clone(),
            "--now".into(),
            "2026-01-15T00:00:00Z".into(),
            "--entity-id".into(),
            id.into(),
            "--format".into(),
            "json".into(),
        ]
    };
    let run = |id: &'static str| {
        let a = args(id);
        run_json(&a.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let (_, v) = run(gamma);
    assert_eq!(v["data"]["focus"]["entity_id"], gamma);
    assert_eq!(v["data"]["focus"]["matched"], 1);
    assert_eq!(v["data"]["entities"].as_array().unwrap().len(), 1);
    assert_eq!(v["data"]["entities"][0]["entity_id"], gamma);
    let (code, v) = run("https://nowhere.example.org/idp");
    assert_eq!(code, 1);
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "saml/entity-not-found"));
}

#[test]
fn schema_problems_exit_1_and_no_schema_skips_them() {
    let f = common::fixture("saml-schema", "md-order-slo-after-sso.xml");
    let (code, v) = run_json(&["saml-metadata", &f, "--now", NOW, "--format", "json"]);
    assert_eq!(code, 1);
    assert_eq!(v["data"]["schema"]["valid"], false);
    assert_eq!(v["data"]["schema"]["problems"], 1);
    let f0 = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "saml/schema-unexpected-element")
        .expect("the schema finding");
    assert_eq!(f0["location"]["line"], 19);
    let (code, v) = run_json(&[
        "saml-metadata",
        &f,
        "--now",
        NOW,
        "--no-schema",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["data"]["schema"]["checked"], false);
}

/// The CLI writes an aggregate's entities as they are checked; the document
/// it prints must equal the report the core builds whole (same fields, same
/// values), for every metadata fixture and in text mode too.
#[test]
fn the_streamed_json_equals_the_whole_report_for_every_fixture() {
    let now = chrono::DateTime::parse_from_rfc3339(NOW)
        .unwrap()
        .with_timezone(&chrono::Utc);
    let opts = preflight::saml::MetadataOptions::new(now, 30).unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let files = ["saml", "saml-schema"]
        .iter()
        .flat_map(|d| std::fs::read_dir(root.join(d)).unwrap())
        .map(|e| e.unwrap().path());
    let mut compared = 0;
    for path in files {
        if path.extension().and_then(|e| e.to_str()) != Some("xml") {
            continue;
        }
        let file = path.to_str().unwrap();
        let whole = preflight::saml::check_metadata(&std::fs::read(&path).unwrap(), &opts);
        let (code, streamed) = run_json(&["saml-metadata", file, "--now", NOW, "--format", "json"]);
        assert_eq!(streamed, serde_json::to_value(&whole).unwrap(), "{file}");
        assert_eq!(code, i32::from(whole.has_errors()), "{file}");
        compared += 1;
    }
    assert!(compared >= 10, "only {compared} fixtures");
}

#[test]
fn text_mode_shows_three_idp_blocks_of_an_aggregate_and_counts_the_rest() {
    let entity = |i: usize| {
        format!(
            r#"<md:EntityDescriptor entityID="https://idp{i}.example.org/idp"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp{i}.example.org/sso"/></md:IDPSSODescriptor></md:EntityDescriptor>"#
        )
    };
    let body: String = (0..5).map(entity).collect();
    let xml = format!(
        r#"<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">{body}</md:EntitiesDescriptor>"#
    );
    let dir = std::env::temp_dir().join(format!("pf-md-text-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("aggregate.xml");
    std::fs::write(&file, xml).unwrap();
    let out = bin()
        .args(["saml-metadata", file.to_str().unwrap(), "--now", NOW])
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("5 entities (5 IdP, 0 SP)"), "{text}");
    assert_eq!(text.matches("\nWebex import\n").count(), 3, "{text}");
    assert!(text.contains("https://idp2.example.org/sso"), "{text}");
    assert!(!text.contains("https://idp3.example.org/sso"), "{text}");
    assert!(text.contains("… and 2 more IdP entities"), "{text}");
    std::fs::remove_dir_all(&dir).ok();
}
