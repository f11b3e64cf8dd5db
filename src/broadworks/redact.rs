//! A redacted copy of a log, for attaching to a support case.
//!
//! The troubleshooting guide's "Get Calling Environment Data" notes that
//! client logs are redacted to remove personally identifiable information;
//! the PSLog and XSP logs a partner collects are not. This replaces email
//! addresses, phone numbers, user ids, tokens and passwords and IP
//! addresses with placeholders (`<email-1>`, `<phone-2>`, `<user-1>`,
//! `<secret-1>`, `<ip-3>`): the same value always gets the same placeholder,
//! so a redacted log still shows which requests concern the same user.
//! Tracking ids are kept, because they are what TAC correlates logs with
//! ("What Client Information to Collect": record the tracking ID).
//!
//! Hand-written scanners rather than regular expressions: the patterns are
//! few and simple, and this keeps the browser bundle free of a regex engine.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::broadworks::text::{self, find_ci};
use crate::broadworks::tracking;
use crate::report::Report;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Kind {
    Secret,
    User,
    Email,
    Ip,
    Phone,
}

impl Kind {
    fn prefix(self) -> &'static str {
        match self {
            Kind::Secret => "secret",
            Kind::User => "user",
            Kind::Email => "email",
            Kind::Ip => "ip",
            Kind::Phone => "phone",
        }
    }
}

/// How many distinct values of each kind were replaced.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub emails: usize,
    pub phones: usize,
    pub user_ids: usize,
    pub secrets: usize,
    pub ips: usize,
}

/// `data` of the redaction tool.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedactData {
    /// The redacted copy.
    pub redacted: String,
    /// Distinct values replaced, per kind.
    pub distinct: Counts,
    /// Replacements made in total.
    pub replacements: usize,
    /// Tracking ids, kept in the copy.
    pub tracking_ids: Vec<String>,
    /// More distinct tracking ids were met than `tracking_ids` keeps
    /// ([`tracking::MAX_TRACKING_IDS`], the first ones).
    #[serde(default)]
    pub tracking_ids_truncated: bool,
}

/// Keys whose value is a secret.
const SECRET_KEYS: &[&str] = &[
    "authorization",
    "password",
    "passwd",
    "pwd",
    "secret",
    "access_token",
    "refresh_token",
    "token",
    "x-auth-token",
    "cookie",
];

/// Keys whose value is a user id.
const USER_KEYS: &[&str] = &[
    "http_bw_userid",
    "bwuserid",
    "broadworksuserid",
    "userid",
    "user_id",
    "subject",
];

fn is_value_end(b: u8) -> bool {
    b.is_ascii_whitespace()
        || matches!(
            b,
            b'"' | b'\'' | b'<' | b',' | b';' | b'&' | b'}' | b')' | b']'
        )
}

/// Spans of `key <sep> value` on the line (key matched case-insensitively).
fn keyed(line: &str, keys: &[&str], kind: Kind, out: &mut Vec<(usize, usize, Kind)>) {
    let b = line.as_bytes();
    for key in keys {
        let mut from = 0;
        while let Some(rel) = find_ci(&line[from..], key) {
            let at = from + rel;
            from = at + key.len();
            // The key must stand alone: `token` in `/authService/token` or `mytoken` is not it.
            if at > 0 && (b[at - 1].is_ascii_alphanumeric() || b[at - 1] == b'_') {
                continue;
            }
            let mut j = at + key.len();
            if j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                continue;
            }
            while j < b.len() && matches!(b[j], b'"' | b'\'' | b' ' | b'\t') {
                j += 1;
            }
            if j >= b.len() || !matches!(b[j], b'=' | b':' | b'>') {
                continue;
            }
            j += 1;
            while j < b.len() && matches!(b[j], b'"' | b'\'' | b' ' | b'\t') {
                j += 1;
            }
            for scheme in ["basic ", "bearer "] {
                if b.len() >= j + scheme.len()
                    && b[j..j + scheme.len()].eq_ignore_ascii_case(scheme.as_bytes())
                {
                    j += scheme.len();
                }
            }
            let start = j;
            while j < b.len() && !is_value_end(b[j]) {
                j += 1;
            }
            if j > start {
                out.push((start, j, kind));
            }
        }
    }
}

/// Tokens after a bare `Bearer ` or `Basic ` (no header name on the line).
fn schemes(line: &str, out: &mut Vec<(usize, usize, Kind)>) {
    let b = line.as_bytes();
    for scheme in ["bearer ", "basic "] {
        let mut from = 0;
        while let Some(rel) = find_ci(&line[from..], scheme) {
            let start = from + rel + scheme.len();
            let mut j = start;
            while j < b.len() && !is_value_end(b[j]) {
                j += 1;
            }
            // Short words after "basic " are prose ("basic authentication"), not tokens.
            if j - start >= 12 {
                out.push((start, j, Kind::Secret));
            }
            from = start;
        }
    }
}

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-')
}

fn is_domain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
}

/// Email addresses, also URL-encoded (`user%40example.com`).
fn emails(line: &str, out: &mut Vec<(usize, usize, Kind)>) {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let (at, width) = if b[i] == b'@' {
            (i, 1)
        } else if b[i] == b'%' && b.get(i + 1..i + 3) == Some(b"40") {
            (i, 3)
        } else {
            i += 1;
            continue;
        };
        let mut s = at;
        while s > 0 && is_local(b[s - 1]) {
            s -= 1;
        }
        let mut e = at + width;
        while e < b.len() && is_domain(b[e]) {
            e += 1;
        }
        while e > at + width && b[e - 1] == b'.' {
            e -= 1;
        }
        let domain = &line[at + width..e];
        if s < at && domain.contains('.') && !domain.starts_with('.') {
            out.push((s, e, Kind::Email));
            i = e;
        } else {
            i = at + width;
        }
    }
}

/// IPv4 and IPv6 addresses.
fn ips(line: &str, out: &mut Vec<(usize, usize, Kind)>) {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let boundary =
            i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.' || b[i - 1] == b':');
        if !(c.is_ascii_hexdigit() || c == b':') || !boundary {
            i += 1;
            continue;
        }
        let mut e = i;
        while e < b.len() && (b[e].is_ascii_hexdigit() || matches!(b[e], b'.' | b':')) {
            e += 1;
        }
        let mut cand = &line[i..e];
        cand = cand.trim_end_matches(['.', ':']);
        let end = i + cand.len();
        let v4 = cand.parse::<std::net::Ipv4Addr>().is_ok();
        let v6 = cand.contains(':')
            && (cand.contains("::") || cand.matches(':').count() == 7)
            && cand.parse::<std::net::Ipv6Addr>().is_ok();
        let after_ok = end >= b.len() || !b[end].is_ascii_alphanumeric();
        if (v4 || v6) && after_ok {
            out.push((i, end, Kind::Ip));
        }
        i = e.max(i + 1);
    }
}

/// Phone numbers: `+` and 7-15 digits (dashes or spaces between groups
/// allowed), or a bare run of 10-15 digits.
fn phones(line: &str, out: &mut Vec<(usize, usize, Kind)>) {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let plus = b[i] == b'+';
        let boundary = i == 0
            || !(b[i - 1].is_ascii_alphanumeric()
                || matches!(b[i - 1], b'_' | b'-' | b'.' | b'/' | b':'));
        if !(plus || b[i].is_ascii_digit()) || !boundary {
            i += 1;
            continue;
        }
        let mut e = if plus { i + 1 } else { i };
        let mut digits = 0;
        while e < b.len() {
            if b[e].is_ascii_digit() {
                digits += 1;
                e += 1;
            } else if plus
                && matches!(b[e], b'-' | b' ')
                && b.get(e + 1).is_some_and(u8::is_ascii_digit)
            {
                e += 1;
            } else {
                break;
            }
        }
        let after_ok =
            e >= b.len() || !(b[e].is_ascii_alphanumeric() || matches!(b[e], b'_' | b'.' | b':'));
        let ok = if plus {
            (7..=15).contains(&digits)
        } else {
            (10..=15).contains(&digits)
        };
        if ok && after_ok {
            out.push((i, e, Kind::Phone));
        }
        i = e.max(i + 1);
    }
}

/// User ids in Xsi paths: `/user/<id>/`.
fn user_paths(line: &str, out: &mut Vec<(usize, usize, Kind)>) {
    let mut from = 0;
    while let Some(rel) = line[from..].find("/user/") {
        let start = from + rel + "/user/".len();
        let end = line[start..]
            .find(|c: char| c == '/' || c == '?' || c.is_whitespace() || c == '"')
            .map_or(line.len(), |e| start + e);
        if end > start {
            out.push((start, end, Kind::User));
        }
        from = start;
    }
}

struct Redactor {
    names: HashMap<String, String>,
    next: HashMap<Kind, usize>,
    replacements: usize,
}

impl Redactor {
    fn placeholder(&mut self, kind: Kind, value: &str) -> String {
        self.replacements += 1;
        if let Some(p) = self.names.get(value) {
            return p.clone();
        }
        let n = self.next.entry(kind).or_insert(0);
        *n += 1;
        let p = format!("<{}-{}>", kind.prefix(), n);
        self.names.insert(value.to_string(), p.clone());
        p
    }

    fn line(&mut self, line: &str, out: &mut String, ids: &mut tracking::Collector) {
        let protected: Vec<(usize, usize)> = tracking::in_line(line)
            .into_iter()
            .map(|(at, id)| {
                ids.add(id);
                (at, at + id.len())
            })
            .collect();
        let mut spans = Vec::new();
        keyed(line, SECRET_KEYS, Kind::Secret, &mut spans);
        schemes(line, &mut spans);
        keyed(line, USER_KEYS, Kind::User, &mut spans);
        user_paths(line, &mut spans);
        emails(line, &mut spans);
        ips(line, &mut spans);
        phones(line, &mut spans);
        // Earlier kinds win overlaps: a password that looks like a phone number is a secret.
        spans.sort_by_key(|s| (s.2, s.0));
        let mut accepted: Vec<(usize, usize, Kind)> = Vec::new();
        for s in spans {
            let clash = |a: usize, b: usize| s.0 < b && a < s.1;
            // Placeholders already in the log (`<hidden>`) need no replacing.
            if line[s.0..s.1].starts_with('<') {
                continue;
            }
            if protected.iter().any(|&(a, b)| clash(a, b))
                || accepted.iter().any(|&(a, b, _)| clash(a, b))
            {
                continue;
            }
            accepted.push(s);
        }
        accepted.sort_by_key(|s| s.0);
        let mut cursor = 0;
        for (a, b, kind) in accepted {
            out.push_str(&line[cursor..a]);
            let p = self.placeholder(kind, &line[a..b]);
            out.push_str(&p);
            cursor = b;
        }
        out.push_str(&line[cursor..]);
    }
}

/// Redact a log. Line endings are kept as they are.
pub fn redact(input: &[u8]) -> Report<RedactData> {
    let mut report = Report::new("broadworks", input);
    let (text, bad) = text::decode(input);
    if let Some(f) = bad {
        report.push(f);
    }
    let mut r = Redactor {
        names: HashMap::new(),
        next: HashMap::new(),
        replacements: 0,
    };
    let mut ids = tracking::Collector::default();
    let mut out = String::with_capacity(text.len());
    let mut cursor = 0;
    for line in text::lines(&text) {
        out.push_str(&text[cursor..line.start]);
        r.line(line.text, &mut out, &mut ids);
        cursor = line.start + line.text.len();
    }
    out.push_str(&text[cursor..]);
    let count = |k: Kind| r.next.get(&k).copied().unwrap_or(0);
    let data = RedactData {
        redacted: out,
        distinct: Counts {
            emails: count(Kind::Email),
            phones: count(Kind::Phone),
            user_ids: count(Kind::User),
            secrets: count(Kind::Secret),
            ips: count(Kind::Ip),
        },
        replacements: r.replacements,
        tracking_ids_truncated: ids.truncated(),
        tracking_ids: ids.into_vec(),
    };
    report.with_data_value(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn red(s: &str) -> String {
        redact(s.as_bytes()).data.redacted
    }

    #[test]
    fn kinds_are_replaced_consistently() {
        let got = red("POST from 203.0.113.40 for alice@acme.example\n<email>alice@acme.example</email> <primaryPhoneNumber>+1 408 555 1234</primaryPhoneNumber>\r\npassword=S3cret! authorization: Basic YWxpY2U6czNjcmV0\n");
        assert_eq!(
            got,
            "POST from <ip-1> for <email-1>\n<email><email-1></email> <primaryPhoneNumber><phone-1></primaryPhoneNumber>\r\npassword=<secret-1> authorization: Basic <secret-2>\n"
        );
    }

    #[test]
    fn tracking_ids_and_ordinary_numbers_are_kept() {
        let line = "2022.03.16 10:21:03:456 EDT trackingid: CLIENT_f3a91c20-77de-4b4c-9a0e-51d2c9e8b7aa_1 error 200039 rows=2 v42.3.0.1234 GET /authService/token";
        assert_eq!(red(line), line);
    }

    #[test]
    fn user_ids_in_paths_keys_and_encoded_emails() {
        let got = red("GET /com.broadsoft.xsi-actions/v2.0/user/alice.smith%40bw.example.net/profile/device\nhttp_bw_userid: 4085551234@bw\nuserId=4085551234@bw\nsubject: x::1 ip ::1\n");
        assert_eq!(
            got,
            "GET /com.broadsoft.xsi-actions/v2.0/user/<user-1>/profile/device\nhttp_bw_userid: <user-2>\nuserId=<user-2>\nsubject: <user-3> ip <ip-1>\n"
        );
    }
}
