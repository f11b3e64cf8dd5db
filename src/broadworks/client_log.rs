//! Webex app log signatures (`current_log.txt`, `bwc/current_log.txt`).
//!
//! Implements the troubleshooting guide's "Specific Issues": the signature
//! of "Desktop Device not Provisioned for User" (`the device profile
//! 'Business Communicator - PC' is not found`), "Single Sign On failed",
//! the entitlements of "Verify that Webex Should Register to BroadWorks"
//! (broadworks-connector required, bc-sp-standard not wanted), the
//! healthy-registration sign "SSO Session: You're signed in" of "Expected
//! Signs of Successful Client Registration", and the codes of "End User
//! Error Codes" when the log carries one. Tracking ids (`trackingid`,
//! `X-BROADSOFT-CORRELATION-ID`) are collected to correlate with XSP logs.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::{Deserialize, Serialize};

use crate::broadworks::codes;
use crate::broadworks::text::{self, find_ci, shorten};
use crate::broadworks::tracking;
use crate::report::{Location, Report, Severity};
use crate::rules::Rule;

const GUIDE: &str = "Webex for Cisco BroadWorks Troubleshooting";

pub const DEVICE_NOT_PROVISIONED: Rule = Rule {
    id: "broadworks/client-device-not-provisioned",
    severity: Severity::Error,
    summary: "The device profile the app looks for is not provisioned for the user",
    source: "Webex for Cisco BroadWorks Troubleshooting, \"Desktop Device not Provisioned for User\"",
    help: "The client found no device of the type it needs (e.g. 'Business Communicator - PC' for the desktop app) in the user's access device list. In BroadWorks, assign the user the device types for the Webex app (Device Profiles in the Solution Guide's \"Prepare Your Environment\").",
};

pub const SSO_FAILED: Rule = Rule {
    id: "broadworks/client-sso-failed",
    severity: Severity::Error,
    summary: "The client reports \"Single Sign On failed\"",
    source: "Webex for Cisco BroadWorks Troubleshooting, \"Users Sign in Issues\" / \"Single Sign On failed\"",
    help: "Check in BroadWorks that the user has the device types for the Webex app, and that the user enters the BroadWorks \"Web Access\" password (and the BroadWorks User ID if the email is not an Alternate User ID), with upper and lower case exactly right.",
};

pub const ERROR_CODE: Rule = Rule {
    id: "broadworks/client-error-code",
    severity: Severity::Warning,
    summary: "The log carries an error code of the guide's tables",
    source: "Webex for Cisco BroadWorks Troubleshooting, \"End User Error Codes\" and \"Error Codes for Directory Sync\"",
    help: "The message gives the code's meaning and the guide's suggested action.",
};

pub const BC_SP_STANDARD: Rule = Rule {
    id: "broadworks/client-bc-sp-standard",
    severity: Severity::Error,
    summary: "The user's entitlements include bc-sp-standard (Webex Calling, Broadcloud)",
    source: "Webex for Cisco BroadWorks Troubleshooting, \"Verify that Webex Should Register to BroadWorks\"",
    help: "A Webex for Cisco BroadWorks user should not have bc-sp-standard: with it the app calls through the Cisco-managed cloud calling service. If several calling services were tried with the same client, reset the Webex database (Help > Health Checker > Reset Database) after fixing the entitlements.",
};

pub const NO_CONNECTOR: Rule = Rule {
    id: "broadworks/client-no-connector-entitlement",
    severity: Severity::Warning,
    summary: "The entitlements the client logged do not include broadworks-connector",
    source: "Webex for Cisco BroadWorks Troubleshooting, \"Verify that Webex Should Register to BroadWorks\"",
    help: "The Webex app registers to BroadWorks only for users entitled to broadworks-connector; check the user's entitlements in Help Desk.",
};

pub const NO_SIGNATURE: Rule = Rule {
    id: "broadworks/client-no-signature",
    severity: Severity::Info,
    summary: "No known issue signature was found in the log",
    source: GUIDE,
    help: "The guide lists only some issues. Collect the client information of \"What Client Information to Collect\" (user, organization, time frame, client version, logs, tracking id) and open a case.",
};

pub const RULES: &[Rule] = &[
    DEVICE_NOT_PROVISIONED,
    SSO_FAILED,
    ERROR_CODE,
    BC_SP_STANDARD,
    NO_CONNECTOR,
    NO_SIGNATURE,
];

/// Findings per diagnosis with the same message; a client retrying every
/// few seconds repeats a line thousands of times, and the further ones are
/// summed up in one finding (first and last line, how many).
pub const MAX_REPEATED_FINDINGS: usize = 10;
/// Entries of `data.signatures[]` kept (the count of the rest is in
/// `signatures_omitted`).
pub const MAX_SIGNATURES: usize = 10_000;

/// One recognised signature, as `data.signatures[]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signature {
    pub line: u32,
    pub column: u32,
    /// The rule id of the diagnosis.
    pub rule: String,
    /// The issue of the guide's "Specific Issues" it signals.
    pub issue: String,
    /// The matched text (shortened).
    pub excerpt: String,
}

/// `data` of the client-log tool.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientLogData {
    pub signatures: Vec<Signature>,
    /// Signatures recognised beyond [`MAX_SIGNATURES`].
    #[serde(default)]
    pub signatures_omitted: usize,
    pub tracking_ids: Vec<String>,
    /// More distinct tracking ids were met than `tracking_ids` keeps
    /// ([`tracking::MAX_TRACKING_IDS`], the first ones).
    #[serde(default)]
    pub tracking_ids_truncated: bool,
    /// The log shows "SSO Session: You're signed in" (registered to BroadWorks).
    pub signed_in: bool,
    pub lines: u32,
}

/// A known code in `line` that the line presents as an error code: the
/// number follows "error", "error code" or "errorCode" directly (with at
/// most a few separators, as in `errorCode":200039` or `error: 200039`).
/// A byte count, a dialled number or a "QR code 300005" is not one.
fn error_code_in(line: &str) -> Option<(usize, &'static codes::Code)> {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i - start != 6 || (start > 0 && b[start - 1].is_ascii_alphanumeric()) {
            continue;
        }
        if i < b.len() && b[i].is_ascii_alphanumeric() {
            continue;
        }
        if !introduced_as_error_code(&line[..start]) {
            continue;
        }
        if let Some(code) = line[start..i].parse().ok().and_then(codes::find) {
            return Some((start, code));
        }
    }
    None
}

/// Whether `before` ends with an error-code label and separators.
fn introduced_as_error_code(before: &str) -> bool {
    let label = before.trim_end_matches([' ', '\t', ':', '=', '#', '"', '\'', '(', '[']);
    if before.len() - label.len() > 4 {
        return false;
    }
    // Bytes, not chars: the label is ASCII, and a byte offset found next to
    // a multi-byte character would not be a char boundary.
    let lb = label.as_bytes();
    let word_start = lb
        .iter()
        .rposition(|&c| !(c.is_ascii_alphanumeric() || c == b'_' || c == b'-'))
        .map_or(0, |p| p + 1);
    let word = lb[word_start..]
        .iter()
        .position(|&c| c != b'_' && c != b'-')
        .map_or(&[][..], |p| &lb[word_start + p..]);
    let is = |w: &[u8], s: &str| w.eq_ignore_ascii_case(s.as_bytes());
    if ["error", "errorcode", "error_code", "error-code", "err"]
        .iter()
        .any(|s| is(word, s))
    {
        return true;
    }
    // "error code 200039": "code" counts only after "error".
    if is(word, "code") {
        let rest = label[..word_start].trim_end().as_bytes();
        return rest.len() >= 5 && is(&rest[rest.len() - 5..], "error");
    }
    false
}

/// The diagnoses of one log, with repeats of the same finding summed up.
#[derive(Default)]
struct Diagnoses {
    data: ClientLogData,
    /// (rule, message) → times met, and the line of the last one past the cap.
    seen: std::collections::HashMap<(&'static str, String), (usize, Option<u32>)>,
    /// The first repeat of each group past the cap, in order met.
    repeated: Vec<(&'static Rule, String)>,
}

impl Diagnoses {
    /// Keep one signature: in `data` and, up to [`MAX_REPEATED_FINDINGS`]
    /// times per message, as a finding.
    fn push(
        &mut self,
        report: &mut Report,
        rule: &'static Rule,
        issue: &str,
        msg: String,
        line: &text::Line<'_>,
        at: usize,
    ) {
        if self.data.signatures.len() < MAX_SIGNATURES {
            self.data.signatures.push(Signature {
                line: line.no,
                column: text::column_of(line.text, at),
                rule: rule.id.to_string(),
                issue: issue.to_string(),
                excerpt: shorten(line.text[at..].trim()),
            });
        } else {
            self.data.signatures_omitted += 1;
        }
        let entry = self.seen.entry((rule.id, msg.clone())).or_insert((0, None));
        entry.0 += 1;
        if entry.0 <= MAX_REPEATED_FINDINGS {
            report.add(rule, msg, line.at(at));
        } else {
            if entry.1.is_none() {
                self.repeated.push((rule, msg));
            }
            entry.1 = Some(line.no);
        }
    }

    /// One finding per message that was met more often than shown.
    fn finish(mut self, report: &mut Report) -> ClientLogData {
        for (rule, msg) in std::mem::take(&mut self.repeated) {
            let Some(&(times, Some(last))) = self.seen.get(&(rule.id, msg.clone())) else {
                continue;
            };
            report.add(
                rule,
                format!(
                    "{msg} — met {times} times in all; the {} after the first {MAX_REPEATED_FINDINGS} are not listed, the last at line {last}",
                    times - MAX_REPEATED_FINDINGS
                ),
                Location::line_col(last, 1),
            );
        }
        self.data
    }
}

/// Text that every line the scan reacts to contains: each signature, every
/// error-code label ("err…"), the tracking-id keys and the entitlement and
/// sign-in markers. A log is mostly noise; finding these in the whole text
/// in one vectorised pass and looking closely only at the lines they are on
/// keeps the scan near the speed of `grep` instead of running every check
/// on every line.
const TRIGGER_TEXTS: [&str; 9] = [
    // The tracking-id keys first (see TRACKING_TRIGGERS).
    "tracking",
    "x-broadsoft-correlation-id",
    "the device profile '",
    "single sign",
    "err",
    "sso session",
    "entitlement",
    "broadworks-connector",
    "bc-sp-standard",
];
static TRIGGERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(TRIGGER_TEXTS)
        .expect("fixed patterns build")
});
/// The first patterns of [`TRIGGER_TEXTS`]: a tracking-id key, read where
/// it is found; the others make their line worth a closer look.
const TRACKING_TRIGGERS: usize = 2;

/// Scan a Webex app log.
pub fn analyse(input: &[u8]) -> Report<ClientLogData> {
    let mut report = Report::new("broadworks", input);
    let (text, bad) = text::decode(input);
    if let Some(f) = bad {
        report.push(f);
    }
    let mut found = Diagnoses::default();
    let mut lines = 0;
    let mut signed_in = false;
    let mut ids = tracking::Collector::default();
    let mut entitlements: Option<Location> = None;
    let mut connector = false;
    let mut bc_reported = false;
    // Tracking ids are read where their key is found (half the lines of a
    // busy log carry one); a line is examined only for the other triggers.
    let mut candidates = Vec::new();
    let longest = TRIGGER_TEXTS.iter().map(|t| t.len()).max().unwrap_or(1);
    text::for_each_match_ci(text.as_bytes(), &TRIGGERS, longest, |pattern, at| {
        if pattern >= TRACKING_TRIGGERS {
            candidates.push(at);
        } else if !ids.truncated() {
            // Past the cap a new id is only counted, an old one changes nothing.
            if let (Some((_, id)), _) = tracking::at_key(&text, at) {
                ids.add(id);
            }
        }
    });
    let mut candidates = candidates.into_iter().peekable();
    for line in text::lines(&text) {
        lines = line.no;
        let t = line.text;
        // No pattern spans a line break, so a trigger belongs to one line.
        while candidates.next_if(|&at| at < line.start).is_some() {}
        if candidates
            .peek()
            .is_none_or(|&at| at >= line.start + t.len())
        {
            continue;
        }
        if let Some(at) = find_ci(t, "the device profile '") {
            let rest = &t[at + "the device profile '".len()..];
            let name = rest.split('\'').next().unwrap_or(rest);
            if find_ci(rest, "not found").is_some() {
                found.push(
                    &mut report,
                    &DEVICE_NOT_PROVISIONED,
                    "Desktop Device not Provisioned for User",
                    format!("the device profile '{}' is not found: the device is not provisioned for the user", shorten(name)),
                    &line,
                    at,
                );
            }
        }
        if let Some(at) =
            find_ci(t, "single sign on failed").or_else(|| find_ci(t, "single sign-on failed"))
        {
            found.push(
                &mut report,
                &SSO_FAILED,
                "Single Sign On failed",
                "the client reports Single Sign On failed".to_string(),
                &line,
                at,
            );
        }
        if let Some((at, code)) = error_code_in(t) {
            found.push(
                &mut report,
                &ERROR_CODE,
                code.table.section(),
                format!("error {}: {} — {}", code.code, code.message, code.action),
                &line,
                at,
            );
        }
        if find_ci(t, "sso session").is_some() && find_ci(t, "signed in").is_some() {
            signed_in = true;
        }
        if find_ci(t, "entitlement").is_some() && entitlements.is_none() {
            entitlements = Some(line.at(0));
        }
        if find_ci(t, "broadworks-connector").is_some() {
            connector = true;
        }
        if let Some(at) = find_ci(t, "bc-sp-standard") {
            if !bc_reported {
                bc_reported = true;
                found.push(
                    &mut report,
                    &BC_SP_STANDARD,
                    "Multiple Calling Services Being Tested with Same Clients",
                    "the user is entitled to bc-sp-standard (Webex Calling, Broadcloud)"
                        .to_string(),
                    &line,
                    at,
                );
            }
        }
    }
    if let (Some(loc), false) = (entitlements, connector) {
        report.add(
            &NO_CONNECTOR,
            "the client logged entitlements without broadworks-connector",
            loc,
        );
    }
    let mut data = found.finish(&mut report);
    data.lines = lines;
    data.signed_in = signed_in;
    if report.findings.iter().all(|f| f.rule == text::NOT_UTF8.id) {
        report.add(
            &NO_SIGNATURE,
            format!(
                "no known signature in {} line(s){}",
                data.lines,
                if data.signed_in {
                    "; the log shows a signed-in SSO session"
                } else {
                    ""
                }
            ),
            Location::none(),
        );
    }
    data.tracking_ids_truncated = ids.truncated();
    data.tracking_ids = ids.into_vec();
    report.with_data_value(data)
}
