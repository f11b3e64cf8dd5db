//! `preflight check` as a pipeline runs it: the JSON contract, one SARIF run
//! for the whole set, exit codes.

mod common;

use common::{fixture, preflight, preflight_json};

const NOW: &str = "2026-06-01T00:01:00Z";

#[test]
fn json_has_the_files_their_kinds_and_reports_and_the_areas() {
    let kit = fixture("check", "kits/okta");
    let (code, v) = preflight_json(&[
        "check",
        &kit,
        "--now",
        NOW,
        "--date",
        "2026-06-01",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["tool"], "check");
    assert!(v["findings"].is_array());
    let files = v["data"]["files"].as_array().unwrap();
    assert_eq!(files.len(), 10);
    for f in files {
        for key in ["path", "kind", "why", "report"] {
            assert!(f.get(key).is_some(), "{key} missing in {f:#}");
        }
        assert_eq!(f["report"]["tool"], f["kind"], "{f:#}");
    }
    let per_file: u64 = files
        .iter()
        .map(|f| f["report"]["summary"]["infos"].as_u64().unwrap())
        .sum();
    assert_eq!(
        v["summary"]["infos"].as_u64().unwrap(),
        per_file + v["findings"].as_array().unwrap().len() as u64
    );
    for area in ["sso", "users", "directory", "network"] {
        assert!(v["data"]["areas"][area]["verdict"].is_string(), "{area}");
    }
    assert_eq!(v["data"]["areas"]["sso"]["verdict"], "pass");
}

#[test]
fn a_broken_relation_exits_1_and_sarif_is_one_run_over_every_file() {
    let kit = fixture("check", "variants/destination-mismatch");
    let (code, out, err) = preflight(&["check", &kit, "--now", NOW, "--format", "sarif"], None);
    assert_eq!(code, 1, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let runs = v["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let artifacts = runs[0]["artifacts"].as_array().unwrap();
    assert!(artifacts.len() >= 10, "{artifacts:#?}");
    let results = runs[0]["results"].as_array().unwrap();
    let cross: Vec<_> = results
        .iter()
        .filter(|r| r["ruleId"] == "check/destination-not-sp-acs")
        .collect();
    assert_eq!(cross.len(), 2);
    let uri = cross[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert!(uri.ends_with("response.xml"), "{uri}");
    assert!(results
        .iter()
        .any(|r| r["ruleId"].as_str().unwrap().starts_with("saml-response/")));
}

#[test]
fn text_lists_each_file_with_its_kind_and_the_cross_findings() {
    let kit = fixture("check", "variants/unknown-file");
    let (code, out, _) = preflight(&["check", &kit, "--now", NOW], None);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("[unknown] an Office document"), "{out}");
    assert!(out.contains("[saml-metadata]"), "{out}");
    assert!(out.contains("== Across files"), "{out}");
    assert!(out.contains("check/file-not-recognised"), "{out}");
}

#[test]
fn bad_options_and_missing_paths_exit_2() {
    let kit = fixture("check", "kits/okta");
    let empty = EmptyDir::new();
    for args in [
        vec!["check", kit.as_str(), "--domain", "not a domain"],
        vec!["check", kit.as_str(), "--go-live", "2026-13-01"],
        vec!["check", kit.as_str(), "--as", "x=spreadsheet"],
        vec!["check", "/no/such/folder"],
        vec!["check", empty.path().to_str().unwrap()],
    ] {
        let (code, _, err) = preflight(&args, None);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(!err.is_empty());
    }
}

#[test]
fn a_file_can_be_taken_for_another_kind() {
    let kit = fixture("check", "variants/unknown-file");
    let readme = format!("{kit}/README.txt");
    let (_, v) = preflight_json(&[
        "check",
        &kit,
        "--now",
        NOW,
        "--as",
        &format!("{readme}=cron"),
        "--format",
        "json",
    ]);
    let f = v["data"]["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == readme.as_str())
        .unwrap()
        .clone();
    assert_eq!(f["kind"], "cron");
    assert_eq!(f["overridden"], true);
}

/// A fresh empty folder, removed when dropped.
struct EmptyDir(std::path::PathBuf);

impl EmptyDir {
    fn new() -> Self {
        let p = std::env::temp_dir().join(format!("preflight-empty-{}", std::process::id()));
        std::fs::create_dir_all(&p).unwrap();
        Self(p)
    }

    fn path(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for EmptyDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
