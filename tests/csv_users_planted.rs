//! Ground truth on the anchor workload: the generator
//! (`tests/fixtures/csv/gen_users_csv.py N OUT [SEED]`, deterministic) plants
//! errors of four kinds and lists their rows in `OUT.expected.json`; the
//! validator must find exactly those, at those rows, and nothing else.
//!
//! By default the test generates 20,000 rows (about 100 planted errors) into
//! the target folder, so it runs in every `cargo test`. For the full anchor
//! size: `python3 tests/fixtures/csv/gen_users_csv.py 100000 /tmp/users_100k.csv`,
//! then `USERS_CSV=/tmp/users_100k.csv cargo test --release --test csv_users_planted`.

use std::collections::BTreeSet;
use std::process::Command;

use preflight::csv::{self, Options};
use preflight::report::Column;

/// The file to check: `USERS_CSV`, or a generated 20,000-row file.
fn users_csv() -> String {
    if let Ok(path) = std::env::var("USERS_CSV") {
        return path;
    }
    let out = format!("{}/users_20k.csv", env!("CARGO_TARGET_TMPDIR"));
    let status = Command::new("python3")
        .arg(format!(
            "{}/tests/fixtures/csv/gen_users_csv.py",
            env!("CARGO_MANIFEST_DIR")
        ))
        .args(["20000", &out])
        .stdout(std::process::Stdio::null())
        .status()
        .expect("python3 runs the generator (install python3)");
    assert!(status.success(), "the generator failed");
    out
}

#[test]
fn finds_exactly_the_planted_errors() {
    let path = users_csv();
    let input = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let expected: serde_json::Value = serde_json::from_slice(
        &std::fs::read(format!("{path}.expected.json")).expect("expected.json"),
    )
    .expect("json");
    let opts = Options {
        max_findings_per_rule: 0,
        ..Options::default()
    };
    let report = csv::validate(&input, &opts);
    let kinds = [
        ("bad_email", "csv/email-invalid", "email"),
        ("country_USA", "csv/country-code-invalid", "ISOcountry"),
        ("activeConnect_Y", "csv/yes-no-invalid", "activeConnect"),
        ("storage_lots", "csv/storage-invalid", "storageAllocated"),
    ];
    let mut total = 0;
    for (kind, rule, column) in kinds {
        // The generator numbers data rows from 1; a spreadsheet shows the header as row 1.
        let want: BTreeSet<u64> = expected["planted_rows"][kind]
            .as_array()
            .expect("rows")
            .iter()
            .filter_map(|v| v.as_u64())
            .map(|r| r + 1)
            .collect();
        let got: BTreeSet<u64> = report
            .findings
            .iter()
            .filter(|f| f.rule == rule)
            .inspect(|f| assert_eq!(f.location.column, Some(Column::Name(column.into()))))
            .filter_map(|f| f.location.row)
            .collect();
        assert_eq!(got, want, "{rule}");
        assert_eq!(report.data.by_rule[rule], want.len() as u64);
        total += want.len();
    }
    assert_eq!(report.findings.len(), total, "no other findings");
    assert_eq!(
        total as u64,
        expected["planted_total"].as_u64().unwrap_or(0)
    );
    assert_eq!(Some(report.data.rows), expected["rows"].as_u64());
    eprintln!(
        "{path}: {total} planted errors found exactly, rows {}",
        report.data.rows
    );
}
