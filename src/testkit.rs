//! Assertions shared by every rule test.
//!
//! Tests name the rule they expect with `assert_fires(&report, "id")` and the
//! rule they expect to stay silent with `assert_quiet(&report, "id")`. The
//! catalog test (`tests/catalog.rs`) reads these calls to prove that every
//! rule has a triggering and a non-triggering test, so keep the id a string
//! literal in the call.

use crate::report::Report;
use crate::rules;

fn listing(report: &Report) -> String {
    report
        .findings
        .iter()
        .map(|f| {
            format!(
                "  {} [{}] {} @ {}",
                f.rule,
                f.severity.as_str(),
                f.message,
                f.location.describe()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Panics unless `report` has a finding of `rule_id` (which must be registered).
#[track_caller]
pub fn assert_fires(report: &Report, rule_id: &str) {
    assert!(
        rules::find(rule_id).is_some(),
        "rule {rule_id} is not in the catalog"
    );
    assert!(
        report.fired(rule_id),
        "expected {rule_id} to fire; findings were:\n{}",
        listing(report)
    );
}

/// Panics if `report` has a finding of `rule_id` (which must be registered).
#[track_caller]
pub fn assert_quiet(report: &Report, rule_id: &str) {
    assert!(
        rules::find(rule_id).is_some(),
        "rule {rule_id} is not in the catalog"
    );
    assert!(
        !report.fired(rule_id),
        "expected {rule_id} to stay quiet; findings were:\n{}",
        listing(report)
    );
}
