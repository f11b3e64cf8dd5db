//! Assertions shared by every rule test.
//!
//! Tests name the rule they expect with `assert_fires(&report, "id")` and the
//! rule they expect to stay silent with `assert_quiet(&report, "id")`; both
//! refuse an id that is not in the catalog. (What every rule must have — an
//! example that fires and a near miss — is declared with the rule and run by
//! `tests/catalog.rs`.)

use crate::report::Report;
use crate::rules;

fn listing<D>(report: &Report<D>) -> String {
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
pub fn assert_fires<D>(report: &Report<D>, rule_id: &str) {
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
pub fn assert_quiet<D>(report: &Report<D>, rule_id: &str) {
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

/// Whether a rule's verdict rests on an admin guide: its source cites one and
/// does not open with "Best practice" (a best-practice rule may name a guide
/// section for context, but the limit it applies is not the guide's).
pub fn rests_on_guide(rule: &rules::Rule) -> bool {
    let source = rule.source.to_ascii_lowercase();
    source.contains("admin guide") && !source.starts_with("best practice")
}

/// The warning and error findings of `report` whose rule rests on an admin
/// guide, one line each. On an example taken from the guide itself such a
/// finding would claim the guide rejects its own example.
pub fn guide_backed_objections<D>(report: &Report<D>) -> Vec<String> {
    report
        .findings
        .iter()
        .filter(|f| f.severity != crate::report::Severity::Info)
        .filter(|f| rules::find(&f.rule).is_some_and(rests_on_guide))
        .map(|f| format!("{} [{}] {}", f.rule, f.severity.as_str(), f.message))
        .collect()
}
