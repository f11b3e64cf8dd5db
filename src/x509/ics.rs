//! An iCalendar (RFC 5545) file of certificate expiry dates, with reminders
//! 30 and 7 days ahead, so administrators plan the rollover before expiry
//! (admin guide "Configure WebEx Certificate Management", step 2: "New
//! certificates are typically generated when an existing certificate is about
//! to expire"). Written by hand: the format is a few lines of text and no
//! wasm-friendly crate adds anything but dependencies.

use std::collections::HashSet;

use chrono::{DateTime, Duration, Utc};

use super::details::CertificateInfo;

/// Reminder offsets, in days before expiry.
pub const REMINDER_DAYS: [i64; 2] = [30, 7];

/// One VEVENT per distinct certificate (by SHA-256 fingerprint) on its
/// notAfter date, each with a display alarm 30 and 7 days before. `now` is
/// the DTSTAMP. Lines end with CRLF and are folded at 75 octets.
pub fn expiry_calendar(certs: &[CertificateInfo], now: DateTime<Utc>) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Preflight//Certificate expiry//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "X-WR-CALNAME:Certificate expiry".into(),
    ];
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    let mut seen = HashSet::new();
    for c in certs {
        if !seen.insert(c.sha256_fingerprint.as_str()) {
            continue;
        }
        let Some(expiry) = c.not_after_time() else {
            continue;
        };
        let day = expiry.date_naive();
        // 9999-12-31 (RFC 5280's "no well-defined expiration") has no next day.
        let next = day.checked_add_signed(Duration::days(1)).unwrap_or(day);
        let uid: String = c
            .sha256_fingerprint
            .chars()
            .filter(|ch| *ch != ':')
            .collect::<String>()
            .to_ascii_lowercase();
        let label = c.label();
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:cert-expiry-{uid}@preflight"));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", day.format("%Y%m%d")));
        lines.push(format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
        lines.push(format!(
            "SUMMARY:{}",
            escape(&format!("Certificate expires: {label}"))
        ));
        lines.push(format!(
            "DESCRIPTION:{}",
            escape(&format!(
                "The certificate {} expires at {}.\nIssuer: {}\nSerial: {}\nSHA-256: {}\nImport its successor in Organization Certificate Management (or generate one in WebEx Certificate Management) and make it active before this date.",
                c.subject, c.not_after, c.issuer, c.serial, c.sha256_fingerprint
            ))
        ));
        lines.push("TRANSP:TRANSPARENT".into());
        for days in REMINDER_DAYS {
            lines.push("BEGIN:VALARM".into());
            lines.push("ACTION:DISPLAY".into());
            lines.push(format!("TRIGGER:-P{days}D"));
            lines.push(format!(
                "DESCRIPTION:{}",
                escape(&format!("Certificate {label} expires in {days} days"))
            ));
            lines.push("END:VALARM".into());
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for l in lines {
        out.push_str(&fold(&l));
        out.push_str("\r\n");
    }
    out
}

/// TEXT value escaping (RFC 5545 section 3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Fold a content line at 75 octets (RFC 5545 section 3.1) without splitting
/// a UTF-8 character: continuation lines start with one space.
fn fold(line: &str) -> String {
    const LIMIT: usize = 75;
    if line.len() <= LIMIT {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0usize;
    let mut first = true;
    for ch in line.chars() {
        let n = ch.len_utf8();
        let limit = if first { LIMIT } else { LIMIT - 1 };
        if width + n > limit {
            out.push_str("\r\n ");
            width = 0;
            first = false;
        }
        out.push(ch);
        width += n;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_lines_within_75_octets_and_characters_whole() {
        let long = format!("SUMMARY:{}", "é".repeat(100));
        let folded = fold(&long);
        for l in folded.split("\r\n") {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded, long);
    }

    #[test]
    fn the_last_representable_day_does_not_overflow() {
        let info: CertificateInfo = serde_json::from_value(serde_json::json!({
            "subject": "CN=forever", "issuer": "CN=forever", "serial": "01",
            "not_before": "2020-01-01T00:00:00Z", "not_after": "9999-12-31T23:59:59Z",
            "key_algorithm": "RSA", "key_bits": 2048, "curve": null,
            "signature_algorithm": "sha256WithRSAEncryption",
            "sha1_fingerprint": "00", "sha256_fingerprint": "00", "self_signed": true,
            "days_left": 1, "validity_days": 1, "rsa_exponent": 65537, "version": 3,
            "san": [], "key_usage": [], "extended_key_usage": [], "basic_constraints": null,
            "is_ca": false, "ski": null, "aki": null, "signature_check": "valid",
            "issuer_index": null, "format": null, "file": null, "index": null
        }))
        .unwrap();
        let ics = expiry_calendar(&[info], chrono::DateTime::UNIX_EPOCH);
        assert!(ics.contains("DTSTART;VALUE=DATE:99991231\r\n"));
    }

    #[test]
    fn escaping_follows_rfc5545() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
