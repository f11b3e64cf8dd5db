//! The Directory Integration file-set checker on realistic sets
//! (`tests/fixtures/directory/`): a clean 320-user run in ISO-8859-1, the
//! guide's own group example, and one broken variant per rule.

use std::fs;

use preflight::directory::{self, Input, Options};
use preflight::testkit::{assert_fires, assert_quiet};
use preflight::Report;

/// A directory report.
type DirReport = Report<directory::Data>;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/directory");

/// The files of `tests/fixtures/directory/<dir>`, sorted by name.
fn files(dir: &str) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = fs::read_dir(format!("{DIR}/{dir}"))
        .unwrap()
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

fn kind_of(name: &str) -> String {
    name.split('_')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// The clean set with the files of `broken/<rule>` in place of the clean
/// file of the same kind.
fn broken(rule: &str) -> Vec<(String, Vec<u8>)> {
    let replacements = files(&format!("broken/{rule}"));
    let mut set: Vec<(String, Vec<u8>)> = files("clean")
        .into_iter()
        .filter(|(n, _)| !replacements.iter().any(|(r, _)| kind_of(r) == kind_of(n)))
        .collect();
    set.extend(replacements);
    set
}

fn check_with(set: &[(String, Vec<u8>)], options: &Options) -> DirReport {
    let inputs: Vec<Input> = set
        .iter()
        .map(|(name, bytes)| Input { name, bytes })
        .collect();
    directory::check(&inputs, options)
}

fn check(set: &[(String, Vec<u8>)]) -> DirReport {
    check_with(set, &Options::default())
}

fn clean() -> DirReport {
    check(&files("clean"))
}

fn messages(report: &DirReport, rule: &str) -> Vec<String> {
    report
        .findings
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.message.clone())
        .collect()
}

#[test]
fn the_clean_set_has_no_errors_and_its_picture() {
    let r = clean();
    assert_eq!(r.summary.errors, 0, "{:#?}", r.findings);
    assert_eq!(r.summary.warnings, 0, "{:#?}", r.findings);
    let d = &r.data;
    assert_eq!(d.files.len(), 4);
    let uf = d
        .files
        .iter()
        .find(|f| f.name.starts_with("userFile"))
        .unwrap();
    assert_eq!(uf.encoding, "ISO-8859-1");
    assert!(d.files.iter().all(|f| f.job_reads_as_is && !f.convertible));
    assert_eq!(uf.rows, 320);
    assert_eq!(uf.delimiter.as_deref(), Some(","));
    assert_eq!(uf.date.as_deref(), Some("2026-03-02"));
    assert_eq!(uf.instance, Some(1));
    assert_eq!(d.summary.users_created_or_updated, 320);
    assert_eq!(d.summary.users_inactivated, 12);
    assert_eq!(d.summary.groups_deleted, 2);
    assert_eq!(d.summary.groups_created_or_updated, 50);
    // ORG > 4 divisions > departments > teams, and the presence group.
    let org = d.groups.iter().find(|g| g.id == "ORG").unwrap();
    assert_eq!(org.children.len(), 4);
    assert_eq!(
        org.children[0].children[0].children[0].members,
        org.children[0].children[0].children[0].users.len()
    );
    assert_eq!(org.total_members, 320);
    assert!(d
        .groups
        .iter()
        .any(|g| g.id == "JABBER-SEARCH" && g.group_type == 4));
    let names: Vec<&str> = org.children.iter().map(|c| c.name.as_str()).collect();
    assert!(names.contains(&"Ingénierie"), "{names:?}");
}

fn finding<'a>(report: &'a DirReport, rule: &str) -> &'a preflight::Finding {
    report
        .findings
        .iter()
        .find(|f| f.rule == rule)
        .unwrap_or_else(|| panic!("no {rule} in {:#?}", report.findings))
}

fn loc(f: &preflight::Finding) -> (Option<&str>, Option<u64>, Option<String>) {
    let col = match &f.location.column {
        Some(preflight::report::Column::Name(n)) => Some(n.clone()),
        _ => None,
    };
    (f.location.file.as_deref(), f.location.row, col)
}

#[test]
fn file_names() {
    let r = check(&broken("file-name"));
    assert_fires(&r, "directory/file-name");
    assert!(finding(&r, "directory/file-name")
        .message
        .contains("`userFile_2026-03-02_1.csv`"));
    let r = check(&broken("file-name-date"));
    assert_fires(&r, "directory/file-name-date");
    let c = clean();
    assert_quiet(&c, "directory/file-name");
    assert_quiet(&c, "directory/file-name-date");
    // A folder in front of the name is fine; `.CSV` is not.
    let mut set = files("clean");
    set[0].0 = format!("out/Input/{}", set[0].0);
    assert_quiet(&check(&set), "directory/file-name");
    set[1].0 = set[1].0.replace(".csv", ".CSV");
    assert_fires(&check(&set), "directory/file-name");
}

#[test]
fn the_set_of_four() {
    let mut set = files("clean");
    set.retain(|(n, _)| !n.starts_with("groupDeletion"));
    let r = check(&set);
    assert_fires(&r, "directory/missing-file");
    assert!(finding(&r, "directory/missing-file")
        .message
        .contains("groupDeletion_2026-03-02_1.csv"));
    let mut twice = files("clean");
    twice.push((format!("again/{}", twice[0].0), twice[0].1.clone()));
    assert_fires(&check(&twice), "directory/duplicate-file");
    let r = check(&broken("set-mismatch"));
    assert_fires(&r, "directory/set-mismatch");
    assert_quiet(&r, "directory/missing-file");
    let c = clean();
    assert_quiet(&c, "directory/missing-file");
    assert_quiet(&c, "directory/duplicate-file");
    assert_quiet(&c, "directory/set-mismatch");
    // The guide: empty files are uploaded too.
    let g = check(&files("guide"));
    assert_quiet(&g, "directory/missing-file");
}

#[test]
fn several_instances_of_one_day_are_separate_sets() {
    let mut set = files("clean");
    for (n, b) in files("clean") {
        set.push((n.replace("_1.csv", "_2.csv"), b));
    }
    let r = check(&set);
    assert_quiet(&r, "directory/set-mismatch");
    assert_quiet(&r, "directory/duplicate-file");
    let d = &r.data;
    assert_eq!(d.sets.len(), 2);
    assert_eq!(d.sets[1].instance, Some(2));
    assert_eq!(d.sets[1].files.len(), 4);
    // A second run with a file missing is reported for that run only.
    set.retain(|(n, _)| n != "groupFile_2026-03-02_2.csv");
    let r = check(&set);
    assert_fires(&r, "directory/missing-file");
    assert!(finding(&r, "directory/missing-file")
        .message
        .contains("groupFile_2026-03-02_2.csv"));
}

#[test]
fn utf8_is_flagged_with_the_name_the_job_would_store() {
    let r = check(&broken("encoding-utf8"));
    assert_fires(&r, "directory/encoding-utf8");
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "directory/encoding-utf8" && f.location.row == Some(2))
        .unwrap();
    let (file, row, col) = loc(f);
    assert_eq!(file, Some("userFile_2026-03-02_1.csv"));
    assert_eq!(row, Some(2));
    assert_eq!(col.as_deref(), Some("displayName"));
    // The soft hyphen the misreading produces is invisible, so the one text
    // layer shows it escaped.
    assert!(f.message.contains("JosÃ© MartÃ\\xadn"), "{}", f.message);
    // A quoted display name with a comma is one field.
    let first = finding(&r, "directory/encoding-utf8");
    assert!(
        first.message.starts_with("`Müller, François`"),
        "{}",
        first.message
    );
    assert_eq!(loc(first).2.as_deref(), Some("displayName"));
    let d = &r.data;
    let uf = &d
        .files
        .iter()
        .find(|f| f.name.starts_with("userFile"))
        .unwrap();
    assert_eq!(uf.encoding, "UTF-8");
    assert!(uf.convertible);
    // Decoded as meant, the rest of the file still checks clean.
    assert_eq!(r.summary.warnings, 0);
    assert_quiet(&clean(), "directory/encoding-utf8");
}

#[test]
fn bom_and_utf16() {
    let r = check(&broken("encoding-bom"));
    assert_fires(&r, "directory/encoding-bom");
    assert_quiet(&r, "directory/header-row");
    let r = check(&broken("encoding-utf16"));
    assert_fires(&r, "directory/encoding-utf16");
    let uf = r.data.files.iter().find(|f| f.name.starts_with("userFile"));
    assert!(uf.is_some_and(|f| !f.job_reads_as_is && f.convertible));
    assert_quiet(&r, "directory/binary-file");
    assert_quiet(&r, "directory/user-field-count");
    let c = clean();
    assert_quiet(&c, "directory/encoding-bom");
    assert_quiet(&c, "directory/encoding-utf16");
}

#[test]
fn characters_latin1_cannot_hold() {
    let r = check(&broken("encoding-not-latin1"));
    assert_fires(&r, "directory/encoding-not-latin1");
    let f = finding(&r, "directory/encoding-not-latin1");
    assert!(f.message.contains("`Ł` (U+0141)"), "{}", f.message);
    assert_eq!(f.location.row, Some(8));
    let d = &r.data;
    assert!(
        !d.files
            .iter()
            .find(|f| f.name.starts_with("userFile"))
            .unwrap()
            .convertible
    );
    // é, ß, ø, Å all fit: the UTF-8 file is convertible.
    let fits = check(&broken("encoding-utf8"));
    assert_quiet(&fits, "directory/encoding-not-latin1");
}

#[test]
fn windows_1252_punctuation() {
    let r = check(&broken("encoding-windows-1252"));
    assert_fires(&r, "directory/encoding-windows-1252");
    let f = finding(&r, "directory/encoding-windows-1252");
    assert!(
        f.message.contains("0x92") && f.message.contains('’'),
        "{}",
        f.message
    );
    assert_eq!(loc(f).2.as_deref(), Some("jobTitle"));
    // Accented Latin-1 letters are 0xC0–0xFF, not 0x80–0x9F.
    assert_quiet(&clean(), "directory/encoding-windows-1252");
}

#[test]
fn encrypted_and_binary_files() {
    let r = check(&broken("encrypted"));
    assert_fires(&r, "directory/encrypted");
    assert_eq!(
        r.findings
            .iter()
            .filter(|f| f.rule == "directory/encrypted")
            .count(),
        2,
        "binary and armoured"
    );
    assert_quiet(&r, "directory/binary-file");
    assert_quiet(&r, "directory/encoding-windows-1252");
    let r = check(&broken("binary-file"));
    assert_fires(&r, "directory/binary-file");
    let c = clean();
    assert_quiet(&c, "directory/encrypted");
    assert_quiet(&c, "directory/binary-file");
}

#[test]
fn dialect_rules() {
    let r = check(&broken("mixed-delimiters"));
    assert_fires(&r, "directory/mixed-delimiters");
    assert_eq!(
        finding(&r, "directory/mixed-delimiters").location.row,
        Some(6)
    );
    // The tab-separated line is still read: its group is in the tree.
    assert!(r.data.groups.iter().any(|g| g.id == "DIV-NEW"));
    let r = check(&broken("header-row"));
    assert_fires(&r, "directory/header-row");
    assert_eq!(finding(&r, "directory/header-row").location.row, Some(1));
    assert_quiet(&r, "directory/user-field-count");
    let r = check(&broken("blank-line"));
    assert_fires(&r, "directory/blank-line");
    let r = check(&broken("field-spaces"));
    assert_fires(&r, "directory/field-spaces");
    let r = check(&broken("unbalanced-quote"));
    assert_fires(&r, "directory/unbalanced-quote");
    // The clean set has quoted display names with commas ("Müller, François").
    let c = clean();
    for id in [
        "directory/mixed-delimiters",
        "directory/header-row",
        "directory/blank-line",
        "directory/field-spaces",
        "directory/unbalanced-quote",
    ] {
        assert!(!c.fired(id), "{id}");
    }
    assert_quiet(&c, "directory/mixed-delimiters");
    assert_quiet(&c, "directory/header-row");
    assert_quiet(&c, "directory/blank-line");
    assert_quiet(&c, "directory/field-spaces");
    assert_quiet(&c, "directory/unbalanced-quote");
}

#[test]
fn the_guides_group_example() {
    let r = check(&files("guide"));
    assert_fires(&r, "directory/field-spaces");
    let f = finding(&r, "directory/field-spaces");
    assert!(f.message.contains("leading space"), "{}", f.message);
    assert!(f.message.contains("groupSSOID1"), "{}", f.message);
    assert_fires(&r, "directory/subgroup-not-defined");
    assert!(messages(&r, "directory/subgroup-not-defined")
        .iter()
        .any(|m| m.contains("`groupSSOID10`")));
    assert_fires(&r, "directory/member-not-provisioned");
    assert_quiet(&r, "directory/group-cycle");
    assert_quiet(&r, "directory/group-unknown-record");
    // groupSSOID3 sits under groupSSOID1 and under groupSSOID2 (inside 1).
    let d = &r.data;
    let g1 = d.groups.iter().find(|g| g.id == "groupSSOID1").unwrap();
    assert_eq!(g1.children.len(), 4);
    assert_eq!(g1.members, 4);
    let g2 = &g1.children[0];
    assert_eq!(g2.id, "groupSSOID2");
    assert_eq!(g2.members, 2);
    assert!(g2.children.iter().any(|c| c.id == "groupSSOID3"));
    assert_eq!(d.summary.groups_created_or_updated, 5);
    assert_eq!(d.summary.memberships, 6);
}

#[test]
fn user_file_rows() {
    let r = check(&broken("user-field-count"));
    assert_fires(&r, "directory/user-field-count");
    let f = finding(&r, "directory/user-field-count");
    assert_eq!(f.location.row, Some(6));
    assert!(f.message.contains("33 fields"), "{}", f.message);
    let d = &r.data;
    assert_eq!(d.field_tables.len(), 1);
    assert_eq!(d.field_tables[0].fields[6].0, "address1");
    assert_eq!(d.field_tables[0].fields.len(), 33);
    let r = check(&broken("user-mandatory"));
    assert_fires(&r, "directory/user-mandatory");
    assert_eq!(
        loc(finding(&r, "directory/user-mandatory")).2.as_deref(),
        Some("lastName")
    );
    let c = clean();
    assert_quiet(&c, "directory/user-field-count");
    assert_quiet(&c, "directory/user-mandatory");
}

#[test]
fn user_values() {
    let r = check(&broken("user-email"));
    assert_fires(&r, "directory/user-email");
    assert_eq!(finding(&r, "directory/user-email").location.row, Some(12));
    let r = check(&broken("user-email-duplicate"));
    assert_fires(&r, "directory/user-email-duplicate");
    assert!(finding(&r, "directory/user-email-duplicate")
        .message
        .contains("row 3"));
    let r = check(&broken("user-id-duplicate"));
    assert_fires(&r, "directory/user-id-duplicate");
    let r = check(&broken("user-im-logging"));
    assert_fires(&r, "directory/user-im-logging");
    let r = check(&broken("user-storage"));
    assert_fires(&r, "directory/user-storage");
    let r = check(&broken("user-photo-url"));
    assert_fires(&r, "directory/user-photo-url");
    // The clean file has True, False and empty IMLoggingEnable, 1024.5 MB,
    // https photo URLs, and O'Brien-style names.
    let c = clean();
    assert_quiet(&c, "directory/user-email");
    assert_quiet(&c, "directory/user-email-duplicate");
    assert_quiet(&c, "directory/user-id-duplicate");
    assert_quiet(&c, "directory/user-im-logging");
    assert_quiet(&c, "directory/user-storage");
    assert_quiet(&c, "directory/user-photo-url");
}

#[test]
fn id_lists_and_sso() {
    let r = check(&broken("id-list-fields"));
    assert_fires(&r, "directory/id-list-fields");
    assert_quiet(&clean(), "directory/id-list-fields");
    let no_sso = Options::new(false, None, None).unwrap();
    let r = check_with(&broken("inactivation-email"), &no_sso);
    assert_fires(&r, "directory/inactivation-email");
    assert_eq!(messages(&r, "directory/inactivation-email").len(), 1);
    // With SSO the same ids are SSO ids, not emails.
    let with_sso = check(&broken("inactivation-email"));
    assert_quiet(&with_sso, "directory/inactivation-email");
    // Without SSO the inactivated email of a provisioned user is found.
    let mut set = broken("inactivation-email");
    for (n, b) in set.iter_mut() {
        if n.starts_with("userInactivation") {
            *b = b"jose.martin001@example.com\r\n".to_vec();
        }
    }
    let r = check_with(&set, &no_sso);
    assert_quiet(&r, "directory/inactivation-email");
    assert_fires(&r, "directory/user-provisioned-and-inactivated");
}

#[test]
fn group_records() {
    let r = check(&broken("group-unknown-record"));
    assert_fires(&r, "directory/group-unknown-record");
    assert!(finding(&r, "directory/group-unknown-record")
        .message
        .contains("`G`"));
    let r = check(&broken("group-record-short"));
    assert_fires(&r, "directory/group-record-short");
    let r = check(&broken("group-type"));
    assert_fires(&r, "directory/group-type");
    let r = check(&broken("group-redefined"));
    assert_fires(&r, "directory/group-redefined");
    // The clean file has a presence group (type 4) and member records before
    // the g records they use.
    let c = clean();
    assert_quiet(&c, "directory/group-unknown-record");
    assert_quiet(&c, "directory/group-record-short");
    assert_quiet(&c, "directory/group-type");
    assert_quiet(&c, "directory/group-redefined");
}

#[test]
fn cycles_are_spelled_out() {
    let r = check(&broken("group-cycle"));
    assert_fires(&r, "directory/group-cycle");
    let f = finding(&r, "directory/group-cycle");
    assert!(
        f.message
            .contains("DIV-ENG → DIV-ENG-D2 → DIV-ENG-D2-T1 → DIV-ENG"),
        "{}",
        f.message
    );
    assert_eq!(
        loc(f),
        (
            Some("groupFile_2026-03-02_1.csv"),
            Some(101),
            Some("subGroupSSOID".into())
        )
    );
    // The tree still renders, the link back marked as a cycle.
    let d = &r.data;
    let org = d.groups.iter().find(|g| g.id == "ORG").unwrap();
    let eng = org.children.iter().find(|g| g.id == "DIV-ENG").unwrap();
    let t1 = &eng
        .children
        .iter()
        .find(|g| g.id == "DIV-ENG-D2")
        .unwrap()
        .children[0];
    assert!(t1.children.iter().any(|c| c.id == "DIV-ENG" && c.cycle));
    // A diamond (one group under two parents) is not a cycle.
    assert_quiet(&check(&files("guide")), "directory/group-cycle");
    assert_quiet(&clean(), "directory/group-cycle");
}

#[test]
fn cross_file_references() {
    let r = check(&broken("member-not-provisioned"));
    assert_fires(&r, "directory/member-not-provisioned");
    let f = finding(&r, "directory/member-not-provisioned");
    assert!(f.message.contains("`ghost001`") && f.message.contains("`DIV-FIN-D1-T1`"));
    let r = check(&broken("subgroup-not-defined"));
    assert_fires(&r, "directory/subgroup-not-defined");
    let r = check(&broken("user-provisioned-and-inactivated"));
    assert_fires(&r, "directory/user-provisioned-and-inactivated");
    assert!(finding(&r, "directory/user-provisioned-and-inactivated")
        .message
        .contains("`jobrien042`"));
    let r = check(&broken("group-defined-and-deleted"));
    assert_fires(&r, "directory/group-defined-and-deleted");
    let r = check(&broken("home-group-undefined"));
    assert_fires(&r, "directory/home-group-undefined");
    assert_quiet(&r, "directory/home-group-deleted");
    let d = &r.data;
    let legacy = d.groups.iter().find(|g| g.id == "TEAM-LEGACY").unwrap();
    assert_eq!(legacy.name, "Équipe historique");
    assert!(!legacy.defined);
    assert_eq!(d.summary.home_groups_without_record, 1);
    let r = check(&broken("home-group-deleted"));
    assert_fires(&r, "directory/home-group-deleted");
    assert!(finding(&r, "directory/home-group-deleted")
        .message
        .contains("`sleroy020`"));
    // The clean set inactivates and deletes ids that it does not provision.
    let c = clean();
    assert_quiet(&c, "directory/member-not-provisioned");
    assert_quiet(&c, "directory/subgroup-not-defined");
    assert_quiet(&c, "directory/user-provisioned-and-inactivated");
    assert_quiet(&c, "directory/group-defined-and-deleted");
    assert_quiet(&c, "directory/home-group-undefined");
    assert_quiet(&c, "directory/home-group-deleted");
}

#[test]
fn the_schedule() {
    // 2026-03-02 is a Monday.
    let daily = Options::new(true, Some("2026-03-02"), Some("0 0 6 * * ?")).unwrap();
    let r = check_with(&files("clean"), &daily);
    assert_quiet(&r, "directory/schedule-no-run");
    assert_quiet(&r, "directory/date-mismatch");
    let d = &r.data;
    assert_eq!(d.sets[0].run_time.as_deref(), Some("2026-03-02T06:00:00Z"));
    let weekends = Options::new(true, None, Some("0 0 6 ? * SAT,SUN")).unwrap();
    let r = check_with(&files("clean"), &weekends);
    assert_fires(&r, "directory/schedule-no-run");
    // Two runs a day: there is a _2 but no _3.
    let twice = Options::new(true, None, Some("0 0 6,18 * * ?")).unwrap();
    let mut set = files("clean");
    for (n, _) in set.iter_mut() {
        *n = n.replace("_1.csv", "_3.csv");
    }
    let r = check_with(&set, &twice);
    assert_fires(&r, "directory/schedule-no-run");
    assert!(finding(&r, "directory/schedule-no-run")
        .message
        .contains("runs 2 times"));
    let next_day = Options::new(true, Some("2026-03-03"), None).unwrap();
    let r = check_with(&files("clean"), &next_day);
    assert_fires(&r, "directory/date-mismatch");
    assert!(finding(&r, "directory/date-mismatch")
        .message
        .contains("userFile_2026-03-03_1.csv"));
    assert!(Options::new(true, Some("2026-3-3"), None).is_err());
    assert!(Options::new(true, None, Some("0 0 25 * * ?")).is_err());
}

#[test]
fn conversion_to_latin1_revalidates_clean() {
    let set = broken("encoding-utf8");
    let converted: Vec<(String, Vec<u8>)> = set
        .iter()
        .map(|(n, b)| {
            (
                n.clone(),
                directory::convert(b).unwrap_or_else(|| b.clone()),
            )
        })
        .collect();
    let r = check(&converted);
    assert_eq!(
        r.summary.errors + r.summary.warnings,
        0,
        "{:#?}",
        r.findings
    );
    // Byte for byte the file the generator wrote in ISO-8859-1.
    let clean_user = files("clean")
        .into_iter()
        .find(|(n, _)| n.starts_with("userFile"))
        .unwrap();
    let conv_user = converted
        .into_iter()
        .find(|(n, _)| n.starts_with("userFile"))
        .unwrap();
    assert_eq!(clean_user.1, conv_user.1);
    // UTF-16 converts too; a file with Ł does not; a Latin-1 file needs nothing.
    let utf16 = broken("encoding-utf16")
        .into_iter()
        .find(|(n, _)| n.starts_with("userFile"))
        .unwrap();
    assert!(directory::convert(&utf16.1).is_some());
    let l = broken("encoding-not-latin1")
        .into_iter()
        .find(|(n, _)| n.starts_with("userFile"))
        .unwrap();
    assert!(directory::convert(&l.1).is_none());
    assert!(directory::convert(&clean_user.1).is_none());
}

#[test]
fn hostile_inputs_do_not_panic() {
    let inputs: Vec<Vec<u8>> = vec![
        vec![],
        b"\xFF\xFE".to_vec(),
        b"\xFE\xFF\x00".to_vec(),
        b"\"".to_vec(),
        b",,,,\r\n\t\t\n\n".to_vec(),
        b"gg,a,a\ngg,b,c\ngg,c,b\n".to_vec(),
        vec![0xC3; 5000],
        b"g,\"x\"\"y\",\"\n".to_vec(),
        "é,\u{202E}x\n".as_bytes().to_vec(),
    ];
    for b in &inputs {
        for name in [
            "groupFile_2026-03-02_1.csv",
            "userFile_2026-03-02_1.csv",
            "userInactivation_2026-03-02_4294967295.csv",
            "x_y_z",
        ] {
            let r = check(&[(name.to_string(), b.clone())]);
            assert!(r.summary.errors + r.summary.warnings + r.summary.infos > 0 || b.is_empty());
        }
    }
    // A self-loop and a two-cycle are both spelled out.
    let r = check(&[(
        "groupFile_2026-03-02_1.csv".into(),
        b"gg,a,a\ngg,b,c\ngg,c,b\n".to_vec(),
    )]);
    let m = messages(&r, "directory/group-cycle");
    assert!(m.iter().any(|m| m.ends_with("a → a")), "{m:?}");
    assert!(m.iter().any(|m| m.ends_with("b → c → b")), "{m:?}");
}

/// What the fuzz target (`fuzz/fuzz_targets/directory.rs`) does, on a fixed
/// stream of pseudo-random mutations of the real fixtures, so that it runs
/// with every `cargo test`.
#[test]
fn mutated_sets_never_panic() {
    let mut seed: u64 = 0x2026_0302;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let base = files("clean");
    let alphabet = b",\t\r\n\" gG_u\xC3\xA9\xE9\x92\x00\xFF\xFE\x8C\xEF\xBB\xBF";
    for _ in 0..300 {
        let mut set = base.clone();
        for (_, bytes) in set.iter_mut() {
            // Keep the files small so the loop stays fast in debug builds.
            bytes.truncate(600 + (next() % 600) as usize);
            for _ in 0..(next() % 12) {
                if bytes.is_empty() {
                    break;
                }
                let at = (next() as usize) % bytes.len();
                bytes[at] = alphabet[(next() as usize) % alphabet.len()];
            }
        }
        let sso = next() % 2 == 0;
        let options = Options::new(sso, Some("2026-03-02"), Some("0 0 6 * * ?")).unwrap();
        let r = check_with(&set, &options);
        // The JSON form reads back as the same data.
        let json = r.clone().into_json();
        assert_eq!(json.typed::<directory::Data>().unwrap().data, r.data);
        for (_, b) in &set {
            let _ = directory::convert(b);
        }
    }
}

#[test]
fn the_report_is_stamped_with_the_hash_of_the_files_in_order() {
    let set = files("clean");
    let mut all = Vec::new();
    for (_, b) in &set {
        all.extend_from_slice(b);
    }
    assert_eq!(
        check(&set).input_sha256,
        preflight::report::sha256_hex(&all)
    );
}

#[test]
fn a_chain_of_diamonds_does_not_explode_the_tree() {
    // 40 levels, each group the child of both groups of the level above:
    // 2^40 paths, but the tree is expanded within its node budget.
    let mut g = String::new();
    for level in 0..40 {
        for side in ["a", "b"] {
            g.push_str(&format!("g,L{level}{side},Level {level} {side}\n"));
        }
        if level > 0 {
            for side in ["a", "b"] {
                g.push_str(&format!("gg,L{}{side},L{level}a,L{level}b\n", level - 1));
            }
        }
    }
    let r = check(&[("groupFile_2026-03-02_1.csv".into(), g.into_bytes())]);
    assert_quiet(&r, "directory/group-cycle");
    let d = &r.data;
    fn count(n: &directory::GroupNode) -> usize {
        1 + n.children.iter().map(count).sum::<usize>()
    }
    let nodes: usize = d.groups.iter().map(count).sum();
    assert!(nodes <= directory::tree::MAX_NODES + 100, "{nodes}");
    assert!(
        d.groups
            .iter()
            .any(|g| g.truncated || g.children.iter().any(|c| c.truncated))
            || nodes > 1000
    );
}

#[test]
fn a_zip_of_the_set_is_opened() {
    let zip = fs::read(format!("{DIR}/clean.zip")).unwrap();
    let (set, notes) = directory::archive::expand(vec![("export.zip".into(), zip.clone())]);
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(set.len(), 4, "folders and __MACOSX entries are left out");
    assert_eq!(set[0].0, "export.zip/export/groupDeletion_2026-03-02_1.csv");
    let r = check(&set);
    assert_eq!(
        r.summary.errors + r.summary.warnings,
        0,
        "{:#?}",
        r.findings
    );
    assert_quiet(&r, "directory/file-name");
    // A damaged archive stays as it is and is reported as not CSV text.
    let cut = zip[..zip.len() / 2].to_vec();
    let (set, notes) = directory::archive::expand(vec![("userFile_2026-03-02_1.zip".into(), cut)]);
    assert_eq!(notes.len(), 1);
    let r = check(&set);
    assert_fires(&r, "directory/binary-file");
    // Four bytes of an end record are no archive.
    assert!(directory::archive::unzip(b"PK\x05\x06").is_err());
}

/// A groupFile alone, from its records.
fn group_file(records: impl Iterator<Item = String>) -> Vec<(String, Vec<u8>)> {
    let mut text = String::new();
    for r in records {
        text.push_str(&r);
        text.push_str("\r\n");
    }
    vec![("groupFile_2026-03-02_1.csv".to_string(), text.into_bytes())]
}

fn tree_of(report: &DirReport) -> directory::Data {
    report.data.clone()
}

fn depth(g: &directory::GroupNode) -> usize {
    1 + g.children.iter().map(depth).max().unwrap_or(0)
}

#[test]
fn a_chain_thousands_of_groups_deep_is_drawn_to_the_depth_limit() {
    let n = 10_000;
    let set = group_file(
        (0..n)
            .map(|i| format!("g,G{i},Group {i}"))
            .chain((0..n - 1).map(|i| format!("gg,G{i},G{}", i + 1))),
    );
    let report = check(&set);
    // It serializes (the JSON writer recurses too) and is one tree.
    serde_json::to_string(&report).expect("serializable");
    let data = tree_of(&report);
    assert_eq!(
        data.groups.len(),
        1,
        "one top-level group, not the rest of the chain"
    );
    assert_eq!(depth(&data.groups[0]), directory::tree::MAX_DEPTH);
    let mut deepest = &data.groups[0];
    while let Some(c) = deepest.children.first() {
        deepest = c;
    }
    assert!(deepest.truncated, "the cut is marked");
    assert_eq!(data.groups_omitted, 0);
}

#[test]
fn a_group_with_a_hundred_thousand_children_is_cut_at_the_budget_and_says_so() {
    let n = 100_000;
    let set = group_file(
        std::iter::once("g,ROOT,Root".to_string())
            .chain((0..n).map(|i| format!("g,C{i},Child {i}")))
            .chain((0..n).map(|i| format!("gg,ROOT,C{i}"))),
    );
    let data = tree_of(&check(&set));
    // Children under their parent only: no child shows up as a top-level group.
    assert_eq!(data.groups.len(), 1);
    let root = &data.groups[0];
    assert!(root.truncated);
    assert!(root.children.len() < directory::tree::MAX_NODES);
    assert_eq!(data.summary.groups_moved, n);
}

#[test]
fn more_top_level_groups_than_the_budget_are_counted_not_dropped() {
    let n = directory::tree::MAX_NODES + 5_000;
    let set = group_file((0..n).map(|i| format!("g,T{i},Team {i}")));
    let data = tree_of(&check(&set));
    assert_eq!(data.groups.len() + data.groups_omitted, n);
    assert_eq!(data.groups_omitted, 5_000);
}

#[test]
fn thousands_of_cycles_give_a_bounded_list_with_a_note() {
    // A chain, and a link from every group back to the first: n cycles.
    let n = 3_000;
    let set = group_file(
        (0..n)
            .map(|i| format!("g,G{i},Group {i}"))
            .chain((0..n - 1).map(|i| format!("gg,G{i},G{}", i + 1)))
            .chain((1..n).map(|i| format!("gg,G{i},G0"))),
    );
    let report = check(&set);
    let cycles = messages(&report, "directory/group-cycle");
    assert_eq!(cycles.len(), directory::cross::MAX_CYCLES + 1);
    assert!(cycles
        .last()
        .unwrap()
        .contains("more cycles than the 100 listed"));
    // A long cycle is named by its first groups and its length.
    assert!(
        cycles.iter().all(|m| m.len() < 400),
        "{:?}",
        cycles.iter().map(String::len).max()
    );
    assert!(
        cycles[0].ends_with("G9 → … (3000 groups in all) → G2999 → G0"),
        "{}",
        cycles[0]
    );
}
