//! `preflight directory` as a script runs it: JSON field names, exit codes,
//! `--fix DIR`.

mod common;

use common::{fixture, preflight, preflight_json};

fn set(dir: &str, date: &str) -> Vec<String> {
    ["userFile", "userInactivation", "groupFile", "groupDeletion"]
        .iter()
        .map(|k| fixture("directory", &format!("{dir}/{k}_{date}_1.csv")))
        .collect()
}

fn args<'a>(files: &'a [String], extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["directory"];
    v.extend(files.iter().map(String::as_str));
    v.extend_from_slice(extra);
    v
}

#[test]
fn a_clean_set_exits_0_with_files_groups_and_summary() {
    let files = set("clean", "2026-03-02");
    let (code, v) = preflight_json(&args(
        &files,
        &["--schedule", "0 0 6 * * ?", "--format", "json"],
    ));
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["tool"], "directory");
    let f = &v["data"]["files"][0];
    assert_eq!(f["name"], files[0].as_str());
    assert_eq!(f["kind"], "userFile");
    assert_eq!(f["date"], "2026-03-02");
    assert_eq!(f["instance"], 1);
    assert_eq!(f["encoding"], "ISO-8859-1");
    assert_eq!(f["delimiter"], ",");
    assert_eq!(f["rows"], 320);
    assert_eq!(v["data"]["summary"]["users_created_or_updated"], 320);
    let org = v["data"]["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["id"] == "ORG")
        .unwrap();
    assert_eq!(org["children"].as_array().unwrap().len(), 4);
    assert_eq!(org["total_members"], 320);
    assert_eq!(v["summary"]["errors"], 0);
}

#[test]
fn findings_carry_file_row_and_column_and_errors_exit_1() {
    let mut files = set("clean", "2026-03-02");
    files[0] = fixture(
        "directory",
        "broken/encoding-utf8/userFile_2026-03-02_1.csv",
    );
    let (code, v) = preflight_json(&args(&files, &["--format", "json"]));
    assert_eq!(code, 1);
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "directory/encoding-utf8" && f["location"]["row"] == 2)
        .unwrap();
    assert_eq!(f["location"]["file"], files[0].as_str());
    assert_eq!(f["location"]["column"], "displayName");
    assert!(f["message"].as_str().unwrap().contains("JosÃ©"));
    assert_eq!(v["data"]["files"][0]["encoding"], "UTF-8");
}

#[test]
fn a_cycle_is_spelled_out() {
    let mut files = set("clean", "2026-03-02");
    files[2] = fixture("directory", "broken/group-cycle/groupFile_2026-03-02_1.csv");
    let (code, v) = preflight_json(&args(&files, &["--format", "json"]));
    assert_eq!(code, 1);
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "directory/group-cycle")
        .unwrap();
    assert!(f["message"]
        .as_str()
        .unwrap()
        .contains("DIV-ENG → DIV-ENG-D2 → DIV-ENG-D2-T1 → DIV-ENG"));
    assert_eq!(f["location"]["row"], 101);
    assert_eq!(f["location"]["column"], "subGroupSSOID");
}

#[test]
fn fix_writes_latin1_files_that_check_clean() {
    let mut files = set("clean", "2026-03-02");
    files[0] = fixture(
        "directory",
        "broken/encoding-utf8/userFile_2026-03-02_1.csv",
    );
    let out = std::env::temp_dir().join(format!("preflight-directory-fix-{}", std::process::id()));
    let out_s = out.to_string_lossy().into_owned();
    let (code, text, _) = preflight(&args(&files, &["--fix", &out_s]), None);
    assert_eq!(code, 1);
    assert!(text.contains("wrote ISO-8859-1 conversion"), "{text}");
    let written = out.join("userFile_2026-03-02_1.csv");
    assert_eq!(
        std::fs::read(&written).unwrap(),
        std::fs::read(fixture("directory", "clean/userFile_2026-03-02_1.csv")).unwrap()
    );
    files[0] = written.to_string_lossy().into_owned();
    let (code, v) = preflight_json(&args(&files, &["--format", "json"]));
    assert_eq!(code, 0, "{v:#}");
    let _ = std::fs::remove_dir_all(out);
}

#[test]
fn text_output_shows_tree_and_summary_and_options_are_checked() {
    let files = set("guide", "2008-07-28");
    let (code, text, _) = preflight(&args(&files, &[]), None);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("▸ groupSSOID1 — Group SSO Name1 (4/"),
        "{text}"
    );
    assert!(text.contains("groups created or updated 5"), "{text}");
    let (code, _, err) = preflight(&args(&files, &["--schedule", "0 0 25 * * ?"]), None);
    assert_eq!(code, 2);
    assert!(err.contains("--schedule"), "{err}");
    let (code, _, err) = preflight(&args(&files, &["--date", "28.07.2008"]), None);
    assert_eq!(code, 2, "{err}");
    let (code, v) = preflight_json(&args(
        &files,
        &["--no-sso", "--date", "2008-07-29", "--format", "json"],
    ));
    assert_eq!(code, 1);
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "directory/date-mismatch"));
}

#[test]
fn a_zip_of_the_set_is_checked_like_the_files() {
    let zip = fixture("directory", "clean.zip");
    let (code, v) = preflight_json(&["directory", &zip, "--format", "json"]);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["data"]["files"].as_array().unwrap().len(), 4);
    assert_eq!(
        v["data"]["files"][3]["name"],
        format!("{zip}/export/userInactivation_2026-03-02_1.csv")
    );
}
