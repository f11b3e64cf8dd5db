//! The guide's own examples go through the tools, and no finding that rests
//! on the guide objects to them: a warning or error that cites the guide on
//! the guide's own example would claim the guide says something it does not.
//!
//! The examples are copied verbatim into `tests/fixtures/guide/`; when the
//! guide itself is at hand (`../shared/seeds/` beside the repository, or
//! `PREFLIGHT_GUIDE`), each copied line is checked against it.

use std::path::PathBuf;

use chrono::{TimeZone, Utc};
use preflight::testkit::guide_backed_objections;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/guide")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The admin guide's text, when it is available on this machine.
fn guide() -> Option<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        std::env::var_os("PREFLIGHT_GUIDE").map(PathBuf::from),
        Some(root.join("../shared/seeds/webex-messenger-admin-guide.txt")),
        Some(root.join("../../shared/seeds/webex-messenger-admin-guide.txt")),
    ];
    candidates
        .into_iter()
        .flatten()
        .find_map(|p| std::fs::read_to_string(p).ok())
}

/// Lines of a fixture that are not comments.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn cron_examples() -> Vec<String> {
    lines(&fixture("cron_examples.tsv"))
        .map(|l| l.split('\t').next().unwrap().to_string())
        .collect()
}

#[test]
fn cron_examples_are_the_guides() {
    let examples = cron_examples();
    assert_eq!(examples.len(), 8);
    let Some(guide) = guide() else {
        eprintln!("admin guide not found; fixture not compared with it");
        return;
    };
    for line in lines(&fixture("cron_examples.tsv")) {
        assert!(guide.contains(line), "not in the guide: {line}");
    }
}

#[test]
fn cron_examples_draw_no_objection_citing_the_guide() {
    let from = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let mut wrong = Vec::new();
    for expr in cron_examples() {
        for zone in [None, Some("Europe/London"), Some("America/New_York")] {
            let report = preflight::cron::check(&expr, from, 10, zone);
            assert!(!report.has_errors(), "{expr}: {:?}", report.findings);
            for o in guide_backed_objections(&report) {
                wrong.push(format!("{expr} ({zone:?}): {o}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "findings citing the guide against its own examples:\n{}",
        wrong.join("\n")
    );
}
