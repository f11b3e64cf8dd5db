//! Error-code lookup: by the number a user reads out, or by a fragment of
//! the message they saw (troubleshooting guide, "End User Error Codes" and
//! "Error Codes for Directory Sync").
//!
//! Matching forgives case, punctuation and typographic apostrophes, and the
//! guide's placeholders (`<name of SP offer>`, `{partnerOrgUUID}`, `%s`):
//! the words a user's screen shows in their place are not held against the
//! match. Scores run from 0 to 1; an exact code number scores 1.

use serde::{Deserialize, Serialize};

use crate::broadworks::codes::{self, Code, CODES};
use crate::broadworks::text::shorten;
use crate::report::{Location, Report, Severity};
use crate::rules::Rule;

const SOURCE: &str = "Webex for Cisco BroadWorks Troubleshooting, \"End User Error Codes\" and \"Error Codes for Directory Sync\"";

pub const UNKNOWN_CODE: Rule = Rule {
    id: "broadworks/unknown-code",
    severity: Severity::Error,
    summary: "The code is not in the guide's error-code tables",
    source: SOURCE,
    help: "Check the digits the user read out: the guide lists end-user codes 100006, 2000xx and 300005 and directory-sync codes 6000xx. The nearest known codes are suggested. Codes the guide does not list have no documented action; collect the client log and the tracking id and open a case.",
};

pub const NO_MATCH: Rule = Rule {
    id: "broadworks/no-matching-message",
    severity: Severity::Error,
    summary: "No error message of the guide matches the text",
    source: SOURCE,
    help: "Paste more of the message exactly as the user saw it, or the error code if it was shown. The guide lists only codes for which the Webex app gives no clear direction, so some messages are not in it.",
};

pub const TRANSIENT: Rule = Rule {
    id: "broadworks/code-transient",
    severity: Severity::Info,
    summary: "The best match is a condition that passes by itself: retry later",
    source: SOURCE,
    help: "The message says the service is busy, a sync or provisioning is already in progress, or the user must wait; retry after a few minutes before changing any configuration.",
};

pub const RULES: &[Rule] = &[UNKNOWN_CODE, NO_MATCH, TRANSIENT];

/// How many matches a lookup returns at most.
const MAX_MATCHES: usize = 10;
/// Below this a text match is noise.
const MIN_SCORE: f64 = 0.45;

/// One match, as `data.matches[]` of `preflight broadworks error-code`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Match {
    /// The code as text (`"200039"`), as users and tickets write it.
    pub code: String,
    pub message: String,
    pub action: String,
    /// `end-user` or `directory-sync`.
    pub table: String,
    /// The guide section the code is listed in.
    pub section: String,
    pub transient: bool,
    /// 0..=1, best first.
    pub score: f64,
}

/// `data` of an error-code lookup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lookup {
    pub query: String,
    pub matches: Vec<Match>,
    /// Known codes nearest to an unknown code number.
    pub suggestions: Vec<String>,
}

fn to_match(c: &Code, score: f64) -> Match {
    Match {
        code: c.code.to_string(),
        message: c.message.to_string(),
        action: c.action.to_string(),
        table: c.table.as_str().to_string(),
        section: c.table.section().to_string(),
        transient: c.transient,
        score: (score * 1000.0).round() / 1000.0,
    }
}

/// Lower-case words of `s`: letters and digits, apostrophes dropped
/// (`can't`, `can’t` and `cant` are one word), everything else a separator.
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for ch in s.chars() {
        if ch.is_alphanumeric() {
            cur.extend(ch.to_lowercase());
        } else if matches!(ch, '\'' | '’' | '‘' | '`') {
            continue;
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// A message's words with its placeholders cut out, and how many there were.
fn message_words(message: &str) -> (Vec<String>, usize) {
    let mut plain = String::new();
    let mut holes = 0;
    let mut depth: Option<char> = None;
    let mut chars = message.chars().peekable();
    while let Some(ch) = chars.next() {
        match (depth, ch) {
            (None, '<') => depth = Some('>'),
            (None, '{') => depth = Some('}'),
            (None, '%') if chars.peek() == Some(&'s') => {
                chars.next();
                holes += 1;
                plain.push(' ');
            }
            (Some(close), c) if c == close => {
                depth = None;
                holes += 1;
                plain.push(' ');
            }
            (Some(_), _) => {}
            (None, c) => plain.push(c),
        }
    }
    (words(&plain), holes)
}

/// Words too common to count as evidence on their own.
fn is_filler(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "as"
            | "in"
            | "on"
            | "of"
            | "to"
            | "is"
            | "for"
            | "with"
            | "and"
            | "or"
            | "error"
            | "code"
            | "failed"
            | "please"
            | "your"
    )
}

/// How well `query` words match a message, 0..=1.
fn text_score(query: &[String], message: &str) -> f64 {
    let (mw, holes) = message_words(message);
    if query.is_empty() || mw.is_empty() {
        return 0.0;
    }
    let mut matched = 0usize;
    let mut evidence = 0usize;
    let meaningful = query.iter().filter(|w| !is_filler(w)).count();
    for (i, w) in query.iter().enumerate() {
        // The last word of a fragment may be cut short ("different Or").
        let hit = mw
            .iter()
            .any(|m| m == w || (i + 1 == query.len() && w.len() >= 3 && m.starts_with(w.as_str())));
        if hit {
            matched += 1;
            if !is_filler(w) {
                evidence += 1;
            }
        }
    }
    if evidence == 0 {
        return 0.0;
    }
    // Words a placeholder stood for (an offer or organisation name) are
    // forgiven, but only when most of the query's meaningful words are the
    // message's: otherwise any sentence ending in "try again" would match a
    // message with a placeholder.
    let unmatched = query.len() - matched;
    let forgiven = if evidence * 2 >= meaningful {
        unmatched.min(holes * 4)
    } else {
        0
    };
    let recall = matched as f64 / (query.len() - forgiven) as f64;
    let coverage = (matched as f64 / mw.len() as f64).min(1.0);
    // An in-order run of the query inside the message is a much better sign
    // than the same words scattered.
    let run = longest_run(query, &mw) as f64 / query.len() as f64;
    (0.6 * recall + 0.25 * coverage + 0.15 * run).min(0.999)
}

/// Length of the longest run of consecutive query words found consecutively in the message.
fn longest_run(query: &[String], mw: &[String]) -> usize {
    let mut best = 0;
    for qs in 0..query.len() {
        for ms in 0..mw.len() {
            let mut n = 0;
            while qs + n < query.len() && ms + n < mw.len() && query[qs + n] == mw[ms + n] {
                n += 1;
            }
            best = best.max(n);
        }
    }
    best
}

/// Six-digit numbers in the query (a code may be pasted with its message).
fn numbers(query: &str) -> Vec<u32> {
    query
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| s.len() == 6)
        .filter_map(|s| s.parse().ok())
        .collect()
}

/// Known codes nearest to `code`: fewest differing digits, then numerically closest.
fn nearest(code: &str) -> Vec<String> {
    let n: i64 = code.parse().unwrap_or(0);
    let mut all: Vec<(usize, i64, &Code)> = CODES
        .iter()
        .map(|c| {
            let s = c.code.to_string();
            (
                strsim::levenshtein(code, &s),
                (i64::from(c.code) - n).abs(),
                c,
            )
        })
        .collect();
    all.sort_by_key(|(d, diff, _)| (*d, *diff));
    all.iter()
        .take(3)
        .map(|(_, _, c)| c.code.to_string())
        .collect()
}

/// Why a lookup could not run at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryError {
    Empty,
    TooLong(usize),
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QueryError::Empty => write!(f, "give an error code or a fragment of the message"),
            QueryError::TooLong(n) => {
                write!(
                    f,
                    "the query is {n} characters; paste at most 2000 (one message)"
                )
            }
        }
    }
}

/// Look `query` up in both code tables.
pub fn lookup(query: &str) -> Result<Report<Lookup>, QueryError> {
    let q = query.trim();
    if q.is_empty() {
        return Err(QueryError::Empty);
    }
    let len = q.chars().count();
    if len > 2000 {
        return Err(QueryError::TooLong(len));
    }
    let mut report = Report::new("broadworks", q.as_bytes());
    let mut matches: Vec<Match> = Vec::new();
    let mut suggestions = Vec::new();
    let digits_only = q.chars().all(|c| c.is_ascii_digit());
    if digits_only {
        match q.parse::<u32>().ok().and_then(codes::find) {
            Some(c) => matches.push(to_match(c, 1.0)),
            None => {
                suggestions = nearest(q);
                report.add(
                    &UNKNOWN_CODE,
                    format!(
                        "{} is not an error code of the guide; nearest known codes: {}",
                        shorten(q),
                        suggestions.join(", ")
                    ),
                    Location::field(1, "code"),
                );
            }
        }
    } else {
        let nums = numbers(q);
        for n in &nums {
            if let Some(c) = codes::find(*n) {
                matches.push(to_match(c, 1.0));
            }
        }
        let qw: Vec<String> = words(q)
            .into_iter()
            .filter(|w| !(w.len() == 6 && w.chars().all(|c| c.is_ascii_digit())))
            .collect();
        let mut scored: Vec<(f64, &Code)> = CODES
            .iter()
            .filter(|c| !matches.iter().any(|m| m.code == c.code.to_string()))
            .map(|c| (text_score(&qw, c.message), c))
            .filter(|(s, _)| *s >= MIN_SCORE)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        matches.extend(scored.into_iter().map(|(s, c)| to_match(c, s)));
        if matches.is_empty() {
            if let Some(n) = nums.first() {
                suggestions = nearest(&n.to_string());
                report.add(
                    &UNKNOWN_CODE,
                    format!(
                        "{n} is not an error code of the guide; nearest known codes: {}",
                        suggestions.join(", ")
                    ),
                    Location::field(1, "code"),
                );
            } else {
                report.add(
                    &NO_MATCH,
                    format!("no error message of the guide matches \"{}\"", shorten(q)),
                    Location::field(1, "message"),
                );
            }
        }
    }
    matches.truncate(MAX_MATCHES);
    if let Some(best) = matches.first().filter(|m| m.transient) {
        report.add(
            &TRANSIENT,
            format!("{} is temporary: {}", best.code, best.action),
            Location::field(1, "code"),
        );
    }
    let data = Lookup {
        query: q.to_string(),
        matches,
        suggestions,
    };
    Ok(report.with_data_value(data))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{assert_fires, assert_quiet};

    fn best(q: &str) -> String {
        let r = lookup(q).unwrap();
        r.data
            .matches
            .first()
            .map(|m| m.code.clone())
            .unwrap_or_default()
    }

    #[test]
    fn every_code_is_found_by_number_and_by_its_message() {
        for c in CODES {
            assert_eq!(best(&c.code.to_string()), c.code.to_string());
            // The message alone finds the code (or a code with the very same message).
            let r = lookup(c.message).unwrap();
            let top = &r.data.matches[0].message;
            assert_eq!(top, c.message, "message of {}", c.code);
        }
    }

    #[test]
    fn fragments_placeholders_case_and_punctuation() {
        assert_eq!(best("emailId already in use in a different Org"), "200039");
        assert_eq!(
            best("EMAILID ALREADY IN USE, IN A DIFFERENT ORG!!"),
            "200039"
        );
        assert_eq!(
            best("Sorry you can’t join Acme Voice Plus with Webex right now"),
            "200013"
        );
        assert_eq!(best("contact your Acme Telecom administrator"), "200014");
        assert_eq!(best("user is locked out"), "200018");
        assert_eq!(best("threads are busy or shutting down"), "600006");
        assert_eq!(best("Error 200054: region mismatch"), "200054");
    }

    #[test]
    fn matches_are_ranked_best_first() {
        let r = lookup("already in use on this BroadWorks cluster").unwrap();
        let m = &r.data.matches;
        assert!(m.len() >= 3);
        let scores: Vec<f64> = m.iter().map(|x| x.score).collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
        assert_eq!(m[0].table, "end-user");
    }

    #[test]
    fn unknown_code_suggests_nearest() {
        let r = lookup("200038").unwrap();
        assert_fires(&r, "broadworks/unknown-code");
        assert_eq!(r.data.suggestions[0], "200039");
        assert!(r.data.matches.is_empty());
        // A known code is a near miss that stays quiet.
        assert_quiet(&lookup("200039").unwrap(), "broadworks/unknown-code");
    }

    #[test]
    fn text_that_matches_nothing() {
        let none = lookup("the printer is on fire").unwrap();
        assert_fires(&none, "broadworks/no-matching-message");
        // Sentences that share only "try again" with a message that has a
        // placeholder (200013) match nothing.
        for unrelated in [
            "Check your network connection and try again",
            "The printer on the second floor is out of paper, please try again",
        ] {
            let r = lookup(unrelated).unwrap();
            assert_fires(&r, "broadworks/no-matching-message");
        }
        let locked = lookup("the user is locked out").unwrap();
        assert_quiet(&locked, "broadworks/no-matching-message");
        assert!(lookup("   ").is_err());
        assert!(lookup(&"x".repeat(3000)).is_err());
    }

    #[test]
    fn transient_codes_say_retry_later() {
        assert_fires(&lookup("600006").unwrap(), "broadworks/code-transient");
        assert_quiet(&lookup("600004").unwrap(), "broadworks/code-transient");
    }
}
