//! Cross-check against an independent implementation: croner 11 (npm),
//! run once outside the repository (see the fixture's `about`). Where croner
//! agrees with us the fixture's `expected` is croner's own answer; where it
//! departs from Quartz the fixture says why (`departure`): croner rejects
//! `L-n`, wrapping ranges (`22-2`) and `L` alone in day-of-week, needs
//! `sloppyRanges` for Quartz's `0/5` steps, and keeps firing after 2099.
//! Also compared: the first fire times croner produced for the six anchor
//! expressions of the shared performance measurements.

use chrono::{DateTime, Utc};
use preflight::cron::parse;
use serde_json::Value;

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn next(expr: &str, from: &str, n: usize) -> Vec<String> {
    parse(expr)
        .expr
        .unwrap_or_else(|| panic!("{expr} did not parse"))
        .upcoming(at(from), n)
        .iter()
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .collect()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn agrees_with_croner_except_where_croner_departs_from_quartz() {
    let fx: Value =
        serde_json::from_str(include_str!("fixtures/cron/croner_crosscheck.json")).unwrap();
    let cases = fx["cases"].as_array().unwrap();
    assert!(cases.len() >= 100);
    let mut agreed = 0;
    for c in cases {
        let expr = c["expr"].as_str().unwrap();
        let from = c["from"].as_str().unwrap();
        let expected = strings(&c["expected"]);
        let ours = next(expr, from, 5);
        assert_eq!(ours, expected, "{expr} from {from}");
        if c["agree"] == true {
            assert_eq!(ours, strings(&c["croner"]), "{expr} from {from}");
            agreed += 1;
        } else {
            let why = c["departure"].as_str().unwrap_or("");
            assert!(!why.is_empty(), "{expr}: a difference needs an explanation");
            // Where croner fires at all, it agrees up to 2099.
            let theirs: Vec<String> = strings(&c["croner"])
                .into_iter()
                .filter(|t| t.as_str() < "2100")
                .collect();
            if !theirs.is_empty() {
                assert_eq!(ours, theirs, "{expr} from {from}");
            }
        }
    }
    assert!(agreed >= 100, "only {agreed} cases agree");
}

#[test]
fn anchor_expressions_match_croner() {
    let fx: Value =
        serde_json::from_str(include_str!("fixtures/cron/anchor_croner_runs.json")).unwrap();
    let start = fx["start"].as_str().unwrap();
    let results = fx["results"].as_array().unwrap();
    assert_eq!(results.len(), 6);
    for r in results {
        let expr = r["expr"].as_str().unwrap();
        let first = strings(&r["first"]);
        assert_eq!(next(expr, start, first.len()), first, "{expr}");
    }
}

#[test]
fn anchor_counts_up_to_2099() {
    // croner found only 70 fire times for the year-bounded anchor, as do we;
    // for the last-Friday anchor croner ran on to 2109 while Quartz stops in
    // December 2099 (74 years × 12 months = 888 fire times from 2026).
    assert_eq!(
        next("0 11 11 11 11 ? 2030-2099", "2026-01-01T00:00:00Z", 1000).len(),
        70
    );
    let last_fridays = next("0 15 10 ? * 6L", "2026-01-01T00:00:00Z", 1000);
    assert_eq!(last_fridays.len(), 888);
    assert_eq!(last_fridays.last().unwrap(), "2099-12-25T10:15:00Z");
    assert_eq!(
        next("0 0 12 * * ?", "2026-01-01T00:00:00Z", 1000)
            .last()
            .unwrap(),
        "2028-09-26T12:00:00Z"
    );
    assert_eq!(
        next("0 0/5 14,18 * * ?", "2026-01-01T00:00:00Z", 1000)
            .last()
            .unwrap(),
        "2026-02-11T18:15:00Z"
    );
}
