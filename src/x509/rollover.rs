//! The organisation certificate set and its rollover timeline.
//!
//! Admin guide "Configure Organization Certificate Management" (step 1:
//! "Certificates are limited to a maximum of three and only one can be
//! active at any given time") and "Configure WebEx Certificate Management"
//! (step 2: new certificates are generated when an existing one is about to
//! expire). The set is every distinct certificate that did not issue another
//! one in the input (roots and intermediates of a chain are not candidates).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::catalog::ORG_SET_TOO_MANY;
use super::check::Entry;
use super::details::Validity;
use super::util::{rfc3339, shorten};
use crate::report::{Finding, Location};

pub const MAX_ORG_CERTIFICATES: usize = 3;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RolloverEntry {
    /// Position in `data.certificates[]`.
    pub index: usize,
    pub subject: String,
    pub sha256_fingerprint: String,
    pub not_before: String,
    pub not_after: String,
    pub days_left: i64,
    /// "valid", "expired" or "not-yet-valid" at "now".
    pub status: String,
    /// Valid now and without error findings: Webex would accept it as the active certificate.
    pub could_be_active: bool,
}

impl RolloverEntry {
    /// `status` as the verdict it names.
    pub fn validity(&self) -> Option<Validity> {
        Validity::parse(&self.status)
    }

    pub fn not_before_time(&self) -> Option<DateTime<Utc>> {
        parse_time(&self.not_before)
    }

    pub fn not_after_time(&self) -> Option<DateTime<Utc>> {
        parse_time(&self.not_after)
    }
}

fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// Two consecutive certificates (by expiry) and the window both are valid in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Window {
    pub first: usize,
    pub second: usize,
    pub start: String,
    pub end: String,
    pub days: i64,
}

impl Window {
    pub fn start_time(&self) -> Option<DateTime<Utc>> {
        parse_time(&self.start)
    }

    pub fn end_time(&self) -> Option<DateTime<Utc>> {
        parse_time(&self.end)
    }
}

/// `data.rollover`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rollover {
    pub now: String,
    /// The set, sorted by notAfter (the one that expires first comes first).
    pub certificates: Vec<RolloverEntry>,
    pub expires_first: Option<usize>,
    /// Indices of the certificates that could be the active one now.
    pub could_be_active: Vec<usize>,
    /// Windows where one certificate and its successor are both valid: the
    /// time to switch the active certificate.
    pub overlaps: Vec<Window>,
    /// Periods between one certificate's expiry and its successor's start
    /// where no certificate of the set is valid.
    pub gaps: Vec<Window>,
    /// A small text picture of the timeline.
    pub picture: String,
    /// More distinct certificates than Organization Certificate Management
    /// stores (the verdict behind `x509/org-set-too-many`).
    #[serde(default)]
    pub too_many: bool,
}

/// Build the rollover timeline. `entries` carry their per-certificate error
/// state in `has_errors`. Also returns the `x509/org-set-too-many` finding.
pub fn rollover(entries: &[Entry], now: DateTime<Utc>) -> (Rollover, Vec<Finding>) {
    let mut issuer = vec![false; entries.len()];
    for e in entries {
        if let Some(j) = e.info.issuer_index {
            if let Some(slot) = issuer.get_mut(j) {
                *slot = true;
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut set: Vec<(usize, &Entry, DateTime<Utc>, DateTime<Utc>)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        if issuer[i] || !seen.insert(e.info.sha256_fingerprint.as_str()) {
            continue;
        }
        set.push((i, e, e.not_before, e.not_after));
    }
    set.sort_by_key(|s| (s.3, s.2, s.0));

    let mut findings = Vec::new();
    if set.len() > MAX_ORG_CERTIFICATES {
        findings.push(Finding::new(
                &ORG_SET_TOO_MANY,
                format!(
                    "{} distinct certificates were given; Organization Certificate Management stores at most {MAX_ORG_CERTIFICATES}",
                    set.len()
                ),
                Location::none(),
        ));
    }

    let certificates: Vec<RolloverEntry> = set
        .iter()
        .map(|&(i, e, nb, na)| {
            let status = Validity::at(nb, na, now);
            RolloverEntry {
                index: i,
                subject: e.info.subject.clone(),
                sha256_fingerprint: e.info.sha256_fingerprint.clone(),
                not_before: e.info.not_before.clone(),
                not_after: e.info.not_after.clone(),
                days_left: e.info.days_left,
                status: status.as_str().into(),
                could_be_active: status == Validity::Valid && !e.has_errors,
            }
        })
        .collect();

    let mut overlaps = Vec::new();
    let mut gaps = Vec::new();
    for pair in set.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let start = a.2.max(b.2);
        let end = a.3.min(b.3);
        if start < end {
            overlaps.push(window(a.0, b.0, start, end));
        } else if a.3 < b.2 {
            gaps.push(window(a.0, b.0, a.3, b.2));
        }
    }

    let mut r = Rollover {
        now: rfc3339(now),
        expires_first: certificates.first().map(|c| c.index),
        could_be_active: certificates
            .iter()
            .filter(|c| c.could_be_active)
            .map(|c| c.index)
            .collect(),
        certificates,
        overlaps,
        gaps,
        picture: String::new(),
        too_many: set.len() > MAX_ORG_CERTIFICATES,
    };
    r.picture = picture(&set, now);
    (r, findings)
}

fn window(first: usize, second: usize, start: DateTime<Utc>, end: DateTime<Utc>) -> Window {
    Window {
        first,
        second,
        start: rfc3339(start),
        end: rfc3339(end),
        days: (end - start).num_days(),
    }
}

const PICTURE_ROWS: usize = 12;
const PICTURE_WIDTH: i64 = 48;

/// A text timeline: one bar per certificate between its notBefore and
/// notAfter, `|` marking now. Example:
///
/// ```text
/// org-a.example.com     [=========|=====]
/// org-b.example.com            [==|=================]
/// ```
fn picture(set: &[(usize, &Entry, DateTime<Utc>, DateTime<Utc>)], now: DateTime<Utc>) -> String {
    if set.is_empty() {
        return String::new();
    }
    let shown = &set[..set.len().min(PICTURE_ROWS)];
    // A certificate may carry notBefore after notAfter (it is never valid):
    // the scale spans both ends of every bar, whichever comes first.
    let ends = || shown.iter().flat_map(|s| [s.2, s.3]);
    let lo = ends().min().unwrap_or(now).min(now);
    let hi = ends().max().unwrap_or(now).max(now);
    let span = (hi - lo).num_seconds().max(1);
    let last = PICTURE_WIDTH - 1;
    let col = |t: DateTime<Utc>| ((t - lo).num_seconds() * last / span).clamp(0, last) as usize;
    let now_col = col(now);
    let labels: Vec<String> = shown
        .iter()
        .map(|s| {
            let l = shorten(&s.1.info.label());
            let l: String = l.chars().take(28).collect();
            format!("#{} {l}", s.0 + 1)
        })
        .collect();
    let lw = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let mut out = format!(
        "{:lw$}  {} … {}\n",
        "",
        lo.format("%Y-%m-%d"),
        hi.format("%Y-%m-%d")
    );
    for (s, label) in shown.iter().zip(&labels) {
        // An inverted validity is drawn backwards, `]xxx[`, and never holds now.
        let inverted = s.2 > s.3;
        let (a, b) = (col(s.2.min(s.3)), col(s.2.max(s.3)));
        let mut row: Vec<char> = vec![' '; PICTURE_WIDTH as usize];
        for c in row.iter_mut().take(b + 1).skip(a) {
            *c = if inverted { 'x' } else { '=' };
        }
        row[a] = if inverted { ']' } else { '[' };
        row[b] = if inverted { '[' } else { ']' };
        if let Some(c) = row.get_mut(now_col) {
            *c = if !inverted && (a..=b).contains(&now_col) {
                '|'
            } else {
                ':'
            };
        }
        let bar: String = row.into_iter().collect();
        let never = if inverted {
            ", never valid: notBefore is after notAfter"
        } else {
            ""
        };
        out.push_str(&format!(
            "{label:lw$}  {}  expires {} ({} days{never})\n",
            bar.trim_end(),
            s.3.format("%Y-%m-%d"),
            s.1.info.days_left
        ));
    }
    out.push_str(&format!(
        "{:lw$}  {}^ now {}\n",
        "",
        " ".repeat(now_col),
        now.format("%Y-%m-%d")
    ));
    if set.len() > shown.len() {
        out.push_str(&format!("… and {} more\n", set.len() - shown.len()));
    }
    out
}
