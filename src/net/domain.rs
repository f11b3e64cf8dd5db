//! Domain-name validation for the organisation domain and SRV targets.
//!
//! The admin guide ("WebEx with Other IM Providers", "Third Party XMPP IM
//! Application Support") builds both SRV records from the organisation's
//! domain name; a name DNS will not accept makes the records unpublishable.
//! Host-name syntax follows RFC 1035 §2.3.1 / RFC 1123 §2.1 (labels of
//! letters, digits and hyphens, 1-63 characters, no leading or trailing
//! hyphen, at most 253 characters in all). Internationalised names go through
//! UTS #46 with the `idna` crate (punycode is not something to hand-roll) and
//! are shown both ways.

use std::net::IpAddr;

use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};
use serde::{Deserialize, Serialize};

use crate::net::text::{column_of, push_visible, shorten};
use crate::report::{Column, Location, Report, Severity};
use crate::rules::Rule;

const SOURCE_NAME: &str = "Webex Messenger admin guide, \"WebEx with Other IM Providers\" (SRV Name/Target); RFC 1035 §2.3.1, RFC 1123 §2.1";
const SOURCE_IDN: &str =
    "Webex Messenger admin guide, \"WebEx with Other IM Providers\"; RFC 5891 (IDNA), UTS #46";

/// Longest name DNS carries in text form (RFC 1035 §3.1: 255 octets on the wire).
pub const MAX_NAME: usize = 253;
/// Longest label (RFC 1035 §2.3.4).
pub const MAX_LABEL: usize = 63;
/// Input longer than this is refused before any conversion runs: even with
/// IDNA mapping (which can only drop a few invisible characters) it cannot
/// become a 253-character name, and refusing early keeps a 10 MB paste cheap.
const MAX_INPUT_BYTES: usize = 4 * 1024;

pub const NAME_EMPTY: Rule = Rule {
    id: "srv/name-empty",
    severity: Severity::Error,
    summary: "The domain or target name is empty",
    source: SOURCE_NAME,
    help: "Enter your organisation's domain, e.g. acme.com (the records then point at s2s.acme.com.webexconnect.com and c2s.acme.com.webexconnect.com).",
};

pub const NAME_INVALID_CHARACTER: Rule = Rule {
    id: "srv/name-invalid-character",
    severity: Severity::Error,
    summary: "A host name may only hold letters, digits, hyphens and dots",
    source: SOURCE_NAME,
    help: "Remove spaces, underscores, slashes, quotes, control characters and anything copied along with the name (a URL scheme, an e-mail address, markup). Enter only the domain, e.g. acme.com.",
};

pub const NAME_LABEL_LENGTH: Rule = Rule {
    id: "srv/name-label-length",
    severity: Severity::Error,
    summary: "Each label (the part between dots) must be 1-63 characters",
    source: SOURCE_NAME,
    help: "Remove doubled, leading or stray dots and shorten labels longer than 63 characters (an internationalised label counts in its punycode xn-- form).",
};

pub const NAME_TOO_LONG: Rule = Rule {
    id: "srv/name-too-long",
    severity: Severity::Error,
    summary: "A name may be at most 253 characters",
    source: SOURCE_NAME,
    help: "DNS cannot carry names longer than 253 characters (in punycode form for internationalised names). Check that you entered only the domain.",
};

pub const NAME_HYPHEN: Rule = Rule {
    id: "srv/name-hyphen",
    severity: Severity::Error,
    summary: "A label must not start or end with a hyphen",
    source: SOURCE_NAME,
    help: "Host-name labels start and end with a letter or digit (RFC 1123 §2.1); remove the hyphen at the edge of the label.",
};

pub const NAME_IDN_INVALID: Rule = Rule {
    id: "srv/name-idn-invalid",
    severity: Severity::Error,
    summary: "An internationalised name cannot be converted to punycode",
    source: SOURCE_IDN,
    help: "The name holds characters IDNA does not allow in domain names, or an xn-- label that is not valid punycode. Copy the name from your registrar's control panel.",
};

pub const NAME_IDN_CONVERTED: Rule = Rule {
    id: "srv/name-idn-converted",
    severity: Severity::Info,
    summary: "An internationalised name is published in its punycode form",
    source: SOURCE_IDN,
    help: "DNS records carry the ASCII (xn--) form; the generated records use it. Your DNS provider may show either form.",
};

pub const NAME_SINGLE_LABEL: Rule = Rule {
    id: "srv/name-single-label",
    severity: Severity::Warning,
    summary: "The name has no dot; an organisation domain normally does",
    source: SOURCE_NAME,
    help: "Enter the full domain your users' addresses end with, e.g. acme.com rather than acme.",
};

pub const NAME_IS_IP_ADDRESS: Rule = Rule {
    id: "srv/name-is-ip-address",
    severity: Severity::Error,
    summary: "A domain or SRV target must be a host name, not an IP address",
    source: "Webex Messenger admin guide, \"WebEx with Other IM Providers\"; RFC 2782 (Target is a domain name)",
    help: "SRV targets name a host (e.g. s2s.acme.com.webexconnect.com), never an address, and the organisation domain is a name such as acme.com.",
};

pub const RULES: &[Rule] = &[
    NAME_EMPTY,
    NAME_INVALID_CHARACTER,
    NAME_LABEL_LENGTH,
    NAME_TOO_LONG,
    NAME_HYPHEN,
    NAME_IDN_INVALID,
    NAME_IDN_CONVERTED,
    NAME_SINGLE_LABEL,
    NAME_IS_IP_ADDRESS,
];

/// A checked name, both ways.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainName {
    /// What was typed, shortened and with control characters escaped.
    pub input: String,
    /// The DNS form: lower case, punycode, no trailing dot.
    pub ascii: String,
    /// The readable form.
    pub unicode: String,
}

/// Which form field a name came from, for finding locations.
#[derive(Debug, Clone, Copy)]
pub struct NameField {
    pub index: u32,
    pub name: &'static str,
}

impl NameField {
    fn at(self, raw: &str, start: usize, end: usize) -> Location {
        let mut loc = Location::field(self.index, self.name).with_span(start, end);
        loc.column = Some(Column::Number(column_of(raw, start)));
        loc
    }

    fn whole(self) -> Location {
        Location::field(self.index, self.name)
    }
}

/// Check `raw` as a host name. Findings go to `report`; the name comes back
/// only when it has no error.
pub fn check_name<D>(raw: &str, field: NameField, report: &mut Report<D>) -> Option<DomainName> {
    let errors_before = report.summary.errors;
    let what = field.name;
    let lead = raw.len() - raw.trim_start().len();
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        report.add(&NAME_EMPTY, format!("The {what} is empty"), field.whole());
        return None;
    }
    if trimmed.len() > MAX_INPUT_BYTES {
        report.add(
            &NAME_TOO_LONG,
            format!(
                "The {what} `{}` is {} bytes long; a name may be at most {MAX_NAME} characters",
                shorten(trimmed),
                trimmed.len()
            ),
            field.at(raw, lead, lead + trimmed.len()),
        );
        return None;
    }
    // One trailing dot is the absolute form and means the same name.
    let body = trimmed.strip_suffix('.').unwrap_or(trimmed);
    if body.is_empty() {
        report.add(
            &NAME_EMPTY,
            format!("The {what} is only a dot (in SRV, a target of `.` means \"no service\")"),
            field.at(raw, lead, lead + trimmed.len()),
        );
        return None;
    }

    if looks_like_ip(body) {
        report.add(
            &NAME_IS_IP_ADDRESS,
            format!("The {what} `{}` is an IP address", shorten(body)),
            field.at(raw, lead, lead + body.len()),
        );
        return None;
    }

    if let Some((pos, ch)) = body.char_indices().find(|&(_, c)| !allowed_raw_char(c)) {
        let others = body.chars().filter(|&c| !allowed_raw_char(c)).count() - 1;
        let mut shown = String::new();
        push_visible(&mut shown, ch);
        let more = match others {
            0 => String::new(),
            1 => " and 1 more".to_string(),
            n => format!(" and {n} more"),
        };
        report.add(
            &NAME_INVALID_CHARACTER,
            format!(
                "The {what} `{}` contains `{shown}`{more}; only letters, digits, hyphens and dots are allowed{}",
                shorten(body),
                pasted_host(body)
                    .map(|h| format!("; did you mean `{}`?", shorten(h)))
                    .unwrap_or_default()
            ),
            field.at(raw, lead + pos, lead + pos + ch.len_utf8()),
        );
        return None;
    }

    let is_idn = !body.is_ascii();
    let has_ace = body
        .split('.')
        .any(|l| l.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("xn--")));
    let ascii = if is_idn || has_ace {
        let converted = Uts46::new().to_ascii(
            body.as_bytes(),
            AsciiDenyList::STD3,
            Hyphens::Allow,
            DnsLength::Ignore,
        );
        match converted {
            Ok(a) => a.into_owned(),
            Err(_) => {
                report.add(
                    &NAME_IDN_INVALID,
                    format!(
                        "The {what} `{}` is not a valid internationalised domain name",
                        shorten(body)
                    ),
                    field.at(raw, lead, lead + body.len()),
                );
                return None;
            }
        }
    } else {
        body.to_ascii_lowercase()
    };
    let (unicode, _) =
        Uts46::new().to_unicode(ascii.as_bytes(), AsciiDenyList::EMPTY, Hyphens::Allow);
    let unicode = unicode.into_owned();

    check_labels(raw, lead, body, &ascii, is_idn, field, report);

    if ascii.len() > MAX_NAME {
        report.add(
            &NAME_TOO_LONG,
            format!(
                "The {what} `{}` is {} characters long in DNS form; at most {MAX_NAME} are allowed",
                shorten(&ascii),
                ascii.len()
            ),
            field.at(raw, lead, lead + body.len()),
        );
    }

    if report.summary.errors > errors_before {
        return None;
    }
    if is_idn {
        report.add(
            &NAME_IDN_CONVERTED,
            format!(
                "The {what} `{}` is published in DNS as `{}`",
                shorten(&unicode),
                shorten(&ascii)
            ),
            field.at(raw, lead, lead + body.len()),
        );
    }
    if !ascii.contains('.') {
        report.add(
            &NAME_SINGLE_LABEL,
            format!("The {what} `{}` has no dot", shorten(&ascii)),
            field.at(raw, lead, lead + body.len()),
        );
    }
    Some(DomainName {
        input: shorten(raw),
        ascii,
        unicode,
    })
}

/// Characters that may appear before IDNA mapping: LDH, dots, and non-ASCII
/// characters that are not control or invisible format characters (IDNA then
/// decides whether they are allowed).
fn allowed_raw_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '-' || c == '.'
    } else {
        let mut s = String::new();
        push_visible(&mut s, c);
        s.chars().count() == 1 && !c.is_whitespace()
    }
}

/// An IPv4 or IPv6 address (also in brackets), or a name whose last label is
/// all digits, which no top-level domain is (RFC 3696 §2).
/// The host name inside something pasted in place of a domain: a URL
/// (`https://acme.com/path`), an e-mail address or a wildcard name.
fn pasted_host(s: &str) -> Option<&str> {
    let host = if let Some((_, rest)) = s.split_once("://") {
        let authority = rest.split(['/', '?', '#']).next()?;
        let host = authority.rsplit('@').next()?;
        host.split(':').next()?
    } else if let Some((_, domain)) = s.rsplit_once('@') {
        domain
    } else {
        s.strip_prefix("*.")?
    };
    let ok = !host.is_empty() && host.contains('.') && host.chars().all(allowed_raw_char);
    ok.then_some(host)
}

fn looks_like_ip(body: &str) -> bool {
    let unbracketed = body
        .strip_prefix('[')
        .and_then(|b| b.strip_suffix(']'))
        .unwrap_or(body);
    if unbracketed.parse::<IpAddr>().is_ok() {
        return true;
    }
    let last = body.rsplit('.').next().unwrap_or(body);
    body.contains('.') && !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit())
}

/// Label checks on the DNS form. For ASCII input, positions map one to one;
/// for internationalised input a label is located by its index among the
/// input's labels (IDNA also treats ideographic full stops as dots).
fn check_labels<D>(
    raw: &str,
    lead: usize,
    body: &str,
    ascii: &str,
    is_idn: bool,
    field: NameField,
    report: &mut Report<D>,
) {
    let what = field.name;
    let input_labels = label_spans(body, is_idn);
    let mut offset = 0usize;
    for (i, label) in ascii.split('.').enumerate() {
        let (s, e) = if is_idn {
            input_labels.get(i).copied().unwrap_or((0, body.len()))
        } else {
            (offset, offset + label.len())
        };
        offset += label.len() + 1;
        let loc = field.at(raw, lead + s, lead + e);
        if label.is_empty() {
            report.add(
                &NAME_LABEL_LENGTH,
                format!(
                    "The {what} `{}` has an empty label (label {}): a leading dot or two dots in a row",
                    shorten(body),
                    i + 1
                ),
                loc,
            );
            continue;
        }
        if label.len() > MAX_LABEL {
            report.add(
                &NAME_LABEL_LENGTH,
                format!(
                    "Label {} `{}` of the {what} is {} characters long; at most {MAX_LABEL} are allowed",
                    i + 1,
                    shorten(label),
                    label.len()
                ),
                loc.clone(),
            );
        }
        if label.starts_with('-') || label.ends_with('-') {
            report.add(
                &NAME_HYPHEN,
                format!(
                    "Label {} `{}` of the {what} starts or ends with a hyphen",
                    i + 1,
                    shorten(label)
                ),
                loc,
            );
        }
    }
}

fn label_spans(body: &str, idn_dots: bool) -> Vec<(usize, usize)> {
    let is_dot = |c: char| c == '.' || (idn_dots && matches!(c, '。' | '．' | '｡'));
    let mut spans = Vec::new();
    let mut start = 0usize;
    for (i, c) in body.char_indices() {
        if is_dot(c) {
            spans.push((start, i));
            start = i + c.len_utf8();
        }
    }
    spans.push((start, body.len()));
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{assert_fires, assert_quiet};

    const DOMAIN: NameField = NameField {
        index: 1,
        name: "domain",
    };

    fn run(input: &str) -> (Report, Option<DomainName>) {
        let mut r = Report::new("srv", input.as_bytes());
        let name = check_name(input, DOMAIN, &mut r);
        (r, name)
    }

    #[test]
    fn plain_domain_is_clean_and_lowercased() {
        let (r, n) = run(" Acme.COM. ");
        assert!(r.findings.is_empty(), "{:?}", r.findings);
        let n = n.unwrap();
        assert_eq!(n.ascii, "acme.com");
        assert_eq!(n.unicode, "acme.com");
    }

    #[test]
    fn empty_and_dot() {
        assert_fires(&run("").0, "srv/name-empty");
        assert_fires(&run("  \n").0, "srv/name-empty");
        assert_fires(&run(".").0, "srv/name-empty");
        assert_quiet(&run("acme.com").0, "srv/name-empty");
    }

    #[test]
    fn invalid_characters_are_located() {
        let (r, n) = run("ac me.com");
        assert!(n.is_none());
        assert_fires(&r, "srv/name-invalid-character");
        assert_eq!(r.findings[0].location.span, Some((2, 3)));
        assert_eq!(r.findings[0].location.column, Some(Column::Number(3)));
        for bad in [
            "<script>alert(1)</script>",
            "acme_corp.com",
            "https://acme.com/",
            "user@acme.com",
            "acme.com\u{0}",
            "ac\u{7}me.com",
            "acme\u{202E}moc.com",
            "acme\u{200B}.com",
        ] {
            let (r, _) = run(bad);
            assert_fires(&r, "srv/name-invalid-character");
            assert!(
                !r.findings[0].message.chars().any(|c| c.is_control()),
                "{:?}",
                r.findings[0].message
            );
        }
        assert_quiet(&run("my-acme2.co.uk").0, "srv/name-invalid-character");
    }

    #[test]
    fn label_lengths() {
        let long = format!("{}.com", "a".repeat(64));
        let (r, _) = run(&long);
        assert_fires(&r, "srv/name-label-length");
        assert_eq!(r.findings[0].location.span, Some((0, 64)));
        assert_fires(&run("acme..com").0, "srv/name-label-length");
        assert_fires(&run(".acme.com").0, "srv/name-label-length");
        let ok = run(&format!("{}.com", "a".repeat(63))).0;
        assert_quiet(&ok, "srv/name-label-length");
    }

    #[test]
    fn total_length() {
        let label = "a".repeat(63);
        let ok = format!("{label}.{label}.{label}.{}", "b".repeat(61)); // 253
        assert_eq!(ok.len(), 253);
        assert_quiet(&run(&ok).0, "srv/name-too-long");
        let too = format!("{ok}b");
        assert_fires(&run(&too).0, "srv/name-too-long");
    }

    #[test]
    fn hyphens() {
        assert_fires(&run("-acme.com").0, "srv/name-hyphen");
        assert_fires(&run("acme-.com").0, "srv/name-hyphen");
        assert_quiet(&run("ac-me.com").0, "srv/name-hyphen");
    }

    #[test]
    fn idn_is_converted_both_ways() {
        let (r, n) = run("Bücher.example");
        assert_fires(&r, "srv/name-idn-converted");
        let n = n.unwrap();
        assert_eq!(n.ascii, "xn--bcher-kva.example");
        assert_eq!(n.unicode, "bücher.example");
        // Already-punycode input is shown in Unicode as well, quietly.
        let (r, n) = run("xn--bcher-kva.example");
        assert_quiet(&r, "srv/name-idn-converted");
        assert_eq!(n.unwrap().unicode, "bücher.example");
        // Ideographic full stops separate labels too.
        let (_, n) = run("例え。テスト");
        assert_eq!(n.unwrap().ascii, "xn--r8jz45g.xn--zckzah");
    }

    #[test]
    fn invalid_idn() {
        assert_fires(&run("xn--zz.com").0, "srv/name-idn-invalid");
        // A combining mark cannot start a label.
        assert_fires(&run("\u{301}acme.com").0, "srv/name-idn-invalid");
        assert_quiet(&run("münchen.de").0, "srv/name-idn-invalid");
    }

    #[test]
    fn single_label_warns() {
        let (r, n) = run("acme");
        assert_fires(&r, "srv/name-single-label");
        assert!(n.is_some());
        assert_quiet(&run("acme.com").0, "srv/name-single-label");
    }

    #[test]
    fn ip_addresses() {
        for ip in [
            "192.0.2.10",
            "2001:db8::1",
            "[2001:db8::1]",
            "10.0.0",
            "192.0.2.10.",
        ] {
            assert_fires(&run(ip).0, "srv/name-is-ip-address");
        }
        assert_quiet(&run("3com.com").0, "srv/name-is-ip-address");
    }

    #[test]
    fn hostile_input_never_panics_and_messages_stay_short() {
        let huge = "a".repeat(10 * 1024 * 1024);
        let (r, n) = run(&huge);
        assert!(n.is_none());
        assert_fires(&r, "srv/name-too-long");
        let dots = ".".repeat(5000);
        let mixed = "\u{AD}".repeat(3000);
        let emoji = "😀".repeat(100);
        for input in [
            huge.as_str(),
            dots.as_str(),
            mixed.as_str(),
            emoji.as_str(),
            "\u{0}\u{0}",
            "\u{FFFD}.com",
        ] {
            let (r, _) = run(input);
            assert!(!r.findings.is_empty());
            for f in &r.findings {
                // Bounded: at most 40 echoed characters, each at most a `\u{…}` escape.
                assert!(f.message.len() < 500, "{}", f.message);
                assert!(!f.message.contains('\u{AD}') && !f.message.contains('\0'));
            }
        }
    }
}
