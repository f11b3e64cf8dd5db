//! The JSON contract: what every tool printed for a corpus of realistic
//! inputs stays what it prints. The reports under `tests/golden/` were
//! written by the release before the tools' data became typed; each run
//! compares today's report with them:
//! - every field they have is still there, under the same name, with the
//!   same value (fields may be added, never renamed or dropped);
//! - arrays keep their length and order;
//! - only a finding's `message` (prose, reworded freely) is not compared.
//!
//! After a deliberate change of a value, rewrite the files with
//! `PREFLIGHT_BLESS=1 cargo test --test json_contract` and review the diff.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

fn read(path: &str) -> Vec<u8> {
    std::fs::read(fixture(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn text(path: &str) -> String {
    String::from_utf8(read(path)).unwrap()
}

/// Every file of a fixture folder, as a set (sorted by name).
fn set(dir: &str) -> Vec<u8> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(fixture(dir))
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    preflight::check::bundle::encode(&files)
}

/// One case: a name (its golden file), the tool, the input and the options.
struct Case {
    name: &'static str,
    tool: &'static str,
    input: Vec<u8>,
    options: Value,
}

fn case(name: &'static str, tool: &'static str, input: Vec<u8>, options: Value) -> Case {
    Case {
        name,
        tool,
        input,
        options,
    }
}

/// When the SAML fixtures were issued (their certificates and conditions
/// are valid then).
const NOW: &str = "2026-11-20T10:00:30Z";

fn corpus() -> Vec<Case> {
    let none = Value::Null;
    vec![
        // SAML metadata, as five IdPs publish it, and a signed aggregate.
        case(
            "saml-metadata-okta",
            "saml-metadata",
            read("saml/okta-idp.xml"),
            json!({"now": NOW}),
        ),
        case(
            "saml-metadata-adfs",
            "saml-metadata",
            read("saml/adfs-federationmetadata.xml"),
            json!({"now": NOW}),
        ),
        case(
            "saml-metadata-entra",
            "saml-metadata",
            read("saml/entra-id-federationmetadata.xml"),
            json!({"now": NOW}),
        ),
        case(
            "saml-metadata-shibboleth",
            "saml-metadata",
            read("saml/shibboleth-idp-metadata.xml"),
            json!({"now": NOW}),
        ),
        case(
            "saml-metadata-pingfederate",
            "saml-metadata",
            read("saml/pingfederate-idp.xml"),
            json!({"now": NOW}),
        ),
        case(
            "saml-metadata-aggregate-signed",
            "saml-metadata",
            read("xmldsig/metadata-aggregate-signed.xml"),
            json!({"now": NOW}),
        ),
        // SAML responses in their bindings, signed and not.
        case(
            "saml-response-okta",
            "saml-response",
            read("saml-response/okta.xml"),
            json!({"now": NOW}),
        ),
        case(
            "saml-response-adfs",
            "saml-response",
            read("saml-response/adfs.xml"),
            json!({"now": NOW}),
        ),
        case(
            "saml-response-entra-redirect",
            "saml-response",
            read("saml-response/entra-id.deflate.b64"),
            json!({"now": NOW}),
        ),
        case(
            "saml-response-okta-post-form",
            "saml-response",
            read("saml-response/okta.post-form.html"),
            json!({"now": NOW}),
        ),
        case(
            "saml-response-shibboleth-encrypted",
            "saml-response",
            read("saml-response/shibboleth-encrypted.xml"),
            json!({"now": NOW}),
        ),
        case(
            "saml-response-status",
            "saml-response",
            read("saml-response/adfs-status-invalid-nameid-policy.xml"),
            json!({"now": NOW}),
        ),
        case(
            "saml-response-okta-with-metadata",
            "saml-response",
            read("saml-response/okta.xml"),
            json!({"now": NOW, "idp_metadata": text("saml-response/okta-idp-metadata.xml")}),
        ),
        // Certificates: one, a chain, PKCS#7, with a key, weak, expired.
        case(
            "cert-rsa2048",
            "cert",
            read("x509/rsa2048.pem"),
            none.clone(),
        ),
        case("cert-chain", "cert", read("x509/chain.pem"), none.clone()),
        case("cert-p7b", "cert", read("x509/chain.p7b"), none.clone()),
        case(
            "cert-with-key",
            "cert",
            read("x509/cert-and-key.pem"),
            none.clone(),
        ),
        case("cert-sha1", "cert", read("x509/sha1.pem"), none.clone()),
        case(
            "cert-expired-sp",
            "cert",
            read("x509/expired.pem"),
            json!({"sp": true}),
        ),
        case(
            "cert-ec-p256",
            "cert",
            read("x509/ec-p256.pem"),
            none.clone(),
        ),
        // CRON.
        case("cron-daily", "cron", b"0 0 2 * * ?".to_vec(), none.clone()),
        case(
            "cron-tz",
            "cron",
            b"0 30 1 ? * SUN".to_vec(),
            json!({"tz": "Europe/Berlin", "count": 3}),
        ),
        case("cron-unix", "cron", b"*/15 * * * *".to_vec(), none.clone()),
        case("cron-never", "cron", b"0 0 0 30 2 ?".to_vec(), none.clone()),
        // User CSV as exported and as edited.
        case(
            "csv-clean-bom",
            "csv-users",
            read("csv/clean_utf8_bom_crlf.csv"),
            none.clone(),
        ),
        case(
            "csv-messy",
            "csv-users",
            read("csv/messy_values.csv"),
            none.clone(),
        ),
        case(
            "csv-header-problems",
            "csv-users",
            read("csv/header_problems.csv"),
            none.clone(),
        ),
        case(
            "csv-excel-utf16",
            "csv-users",
            read("csv/excel_unicode_text_utf16le.txt"),
            none.clone(),
        ),
        case(
            "csv-ragged",
            "csv-users",
            read("csv/ragged.csv"),
            none.clone(),
        ),
        // Directory files.
        case(
            "directory-clean",
            "directory",
            set("directory/clean"),
            none.clone(),
        ),
        case(
            "directory-utf16",
            "directory",
            set("directory/broken/encoding-utf16"),
            none.clone(),
        ),
        // SRV, ports, firewall.
        case("srv-generate", "srv", b"acme.com".to_vec(), none.clone()),
        case(
            "srv-zone",
            "srv",
            read("net/zone_ok.zone"),
            json!({"domain": "acme.com"}),
        ),
        case(
            "srv-dig",
            "srv",
            read("net/dig_ok.txt"),
            json!({"domain": "acme.com"}),
        ),
        case(
            "srv-nslookup",
            "srv",
            read("net/nslookup_windows.txt"),
            json!({"domain": "acme.com"}),
        ),
        case(
            "ports-default",
            "ports",
            b"50000 52499".to_vec(),
            none.clone(),
        ),
        case("ports-bad", "ports", b"1000 99999".to_vec(), none.clone()),
        case("firewall-default", "firewall", Vec::new(), none.clone()),
        case(
            "firewall-options",
            "firewall",
            Vec::new(),
            json!({"p2p": "40000-41999", "federation": true}),
        ),
        // BroadWorks.
        case(
            "broadworks-lookup",
            "broadworks",
            b"403".to_vec(),
            none.clone(),
        ),
        case(
            "broadworks-pslog",
            "broadworks",
            read("broadworks/pslog-400.txt"),
            json!({"tool": "pslog"}),
        ),
        case(
            "broadworks-xsp",
            "broadworks",
            read("broadworks/xsp-signin-401.log"),
            json!({"tool": "xsp"}),
        ),
        case(
            "broadworks-client-log",
            "broadworks",
            read("broadworks/bwc-current_log.txt"),
            json!({"tool": "client-log"}),
        ),
        case(
            "broadworks-redact",
            "broadworks",
            read("broadworks/helpdesk-user.txt"),
            json!({"tool": "redact"}),
        ),
        // The whole setup.
        case(
            "check-okta-kit",
            "check",
            set("check/kits/okta"),
            none.clone(),
        ),
        case("check-adfs-kit", "check", set("check/kits/adfs"), none),
    ]
}

/// Where `now` differs from `golden`, one line each (see the module doc).
fn differences(golden: &Value, now: &Value, path: &str, key: &str, out: &mut Vec<String>) {
    match (golden, now) {
        (Value::Object(g), Value::Object(n)) => {
            for (k, gv) in g {
                match n.get(k) {
                    Some(nv) => differences(gv, nv, &format!("{path}.{k}"), k, out),
                    None => out.push(format!("{path}.{k}: field is gone")),
                }
            }
        }
        (Value::Array(g), Value::Array(n)) => {
            if g.len() != n.len() {
                out.push(format!("{path}: {} items, was {}", n.len(), g.len()));
            }
            for (i, (gv, nv)) in g.iter().zip(n).enumerate() {
                differences(gv, nv, &format!("{path}[{i}]"), key, out);
            }
        }
        (Value::String(_), Value::String(_)) if key == "message" => {}
        (g, n) if g == n => {}
        (g, n) => {
            let cut = |v: &Value| v.to_string().chars().take(120).collect::<String>();
            out.push(format!("{path}: {} , was {}", cut(n), cut(g)));
        }
    }
}

#[test]
fn every_tool_keeps_its_json_for_the_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bless = std::env::var_os("PREFLIGHT_BLESS").is_some();
    let mut failures = Vec::new();
    let corpus = corpus();
    let tools: std::collections::BTreeSet<&str> = corpus.iter().map(|c| c.tool).collect();
    for tool in preflight::tools::TOOLS.iter().filter(|t| t.available) {
        assert!(
            tools.contains(tool.id),
            "the corpus has no case for the {} tool",
            tool.id
        );
    }
    for c in corpus {
        let report = preflight::run::run(c.tool, &c.input, &c.options)
            .unwrap_or_else(|e| panic!("{}: {e}", c.name));
        let now = serde_json::to_value(&report).unwrap();
        let file = dir.join(format!("{}.json", c.name));
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            let mut text = serde_json::to_string_pretty(&now).unwrap();
            text.push('\n');
            std::fs::write(&file, text).unwrap();
            continue;
        }
        let golden: Value = match std::fs::read_to_string(&file) {
            Ok(t) => serde_json::from_str(&t).unwrap(),
            Err(_) => {
                failures.push(format!(
                    "{}: no golden file (PREFLIGHT_BLESS=1 writes it)",
                    c.name
                ));
                continue;
            }
        };
        let mut diff = Vec::new();
        differences(&golden, &now, "", "", &mut diff);
        if !diff.is_empty() {
            let shown = diff
                .iter()
                .take(12)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n    ");
            failures.push(format!(
                "{} ({} differences):\n    {shown}",
                c.name,
                diff.len()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "the JSON contract changed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_comparison_allows_additions_and_prose_only() {
    let golden = json!({"a": 1, "findings": [{"message": "old", "rule": "x/y"}]});
    let mut diff = Vec::new();
    differences(
        &golden,
        &json!({"a": 1, "b": 2, "findings": [{"message": "new", "rule": "x/y"}]}),
        "",
        "",
        &mut diff,
    );
    assert!(diff.is_empty(), "{diff:?}");
    differences(&golden, &json!({"A": 1, "findings": []}), "", "", &mut diff);
    assert_eq!(diff.len(), 2, "{diff:?}");
    diff.clear();
    differences(&json!({"v": "a"}), &json!({"v": 1}), "", "", &mut diff);
    assert_eq!(diff, [".v: 1 , was \"a\""]);
}
