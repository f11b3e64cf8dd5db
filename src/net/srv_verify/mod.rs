//! Verify published SRV records against the two the organisation needs.
//!
//! The admin guide ("WebEx with Other IM Providers", "Third Party XMPP IM
//! Application Support", "IM Federation Settings") tells administrators which
//! records to publish but not how to check them. This reads what they paste —
//! `dig SRV` output (full or `+short`), `host -t SRV`, `nslookup -type=SRV`
//! (Unix and Windows layouts) or zone-file lines — and compares it, record by
//! record, with what `srv::build` says is needed.
//!
//! The reader is hand-written: no crate parses the human-oriented output of
//! dig/nslookup, and zone-file crates expect a whole, well-formed zone while
//! we must report on a pasted fragment line by line. Zone-file rules applied:
//! `;` comments, `$ORIGIN`/`$TTL`, `@`, owner inherited by indented lines,
//! optional TTL (with BIND units) and class before the type, and relative
//! names completed with the origin (RFC 1035 §5.1) — which is exactly how a
//! forgotten trailing dot turns `s2s.acme.com.webexconnect.com` into
//! `s2s.acme.com.webexconnect.com.acme.com.`.

use crate::net::srv::{
    build, generated_data, PublishedRecord, RecordResult, RecordStatus, RecordSyntax, SrvData,
    SrvOptions, SrvRecord, Verification, VerifyData, MAX_TTL,
};
use crate::net::text::{column_of, parse_whole, shorten};
use crate::report::{Finding, Location, Report, Severity};
use crate::rules::Rule;

mod reader;

use reader::{absolute, as_fqdn, Published, Reader, Syntax, Tok};

const SOURCE_FED: &str = "Webex Messenger admin guide, \"WebEx with Other IM Providers\" and \"Third Party XMPP IM Application Support\"";
/// The guide's own example lines omit the dot: the rule rests on the RFC.
const SOURCE_ZONE: &str = "RFC 1035 §5.1 (relative names in master files)";

/// After this many unreadable lines, the rest are counted in one finding.
const MAX_UNPARSED_FINDINGS: usize = 50;

pub const NOT_TEXT: Rule = Rule {
    id: "srv/verify-not-text",
    severity: Severity::Error,
    summary: "The pasted records are not text",
    source: "Best practice",
    help: "Paste the text output of `dig SRV _xmpp-server._tcp.<domain>` or `nslookup -type=SRV …`, or zone-file lines, not a binary file.",
};

pub const NO_RECORDS: Rule = Rule {
    id: "srv/verify-no-records",
    severity: Severity::Error,
    summary: "No SRV record was found in the pasted text",
    source: SOURCE_FED,
    help: "Run `dig SRV _xmpp-server._tcp.<domain>` and `dig SRV _xmpp-client._tcp.<domain>` (or `nslookup -type=SRV …`) and paste the output. An empty answer or NXDOMAIN means the records are not published yet.",
};

pub const UNPARSED_LINE: Rule = Rule {
    id: "srv/verify-unparsed-line",
    severity: Severity::Warning,
    summary: "A line that looks like an SRV record could not be read",
    source: "RFC 2782 (SRV RR format: priority weight port target)",
    help: "An SRV record reads `<name> [TTL] [IN] SRV <priority> <weight> <port> <target>`. Check for missing or extra fields.",
};

pub const MISSING_RECORD: Rule = Rule {
    id: "srv/verify-missing-record",
    severity: Severity::Warning,
    summary: "One of the two XMPP SRV records is not published",
    source: "Webex Messenger admin guide, \"IM Federation Settings\"",
    help: "The _xmpp-server record enables federation with public XMPP networks; the _xmpp-client record lets third-party XMPP applications connect. Publish the one you need (generated above). Reported as an error when neither is among the pasted records.",
};

pub const WRONG_PORT: Rule = Rule {
    id: "srv/verify-wrong-port",
    severity: Severity::Error,
    summary: "A published record has the wrong port",
    source: SOURCE_FED,
    help: "Federation (_xmpp-server) uses TCP 5269 and third-party clients (_xmpp-client) use TCP 5222; fix the port in the record. Each finding's help names its own record's port.",
};

pub const WRONG_TARGET: Rule = Rule {
    id: "srv/verify-wrong-target",
    severity: Severity::Error,
    summary: "A published record points at the wrong host",
    source: SOURCE_FED,
    help: "The targets are s2s.<domain>.webexconnect.com (the _xmpp-server federation record) and c2s.<domain>.webexconnect.com (the _xmpp-client record for third-party clients), as the IM Federation screen shows. Each finding's help names its own record's target.",
};

pub const MISSING_TRAILING_DOT: Rule = Rule {
    id: "srv/verify-missing-trailing-dot",
    severity: Severity::Error,
    summary: "A zone-file name lacks its trailing dot and is completed with the zone origin",
    source: SOURCE_ZONE,
    help: "In a zone file a name without a final dot is relative: add the dot (s2s.<domain>.webexconnect.com. for _xmpp-server, c2s.<domain>.webexconnect.com. for _xmpp-client), or the record points at, e.g., s2s.acme.com.webexconnect.com.acme.com. The guide's own examples omit it. Each finding's help names its own record's name.",
};

pub const TTL_DIFFERS: Rule = Rule {
    id: "srv/verify-ttl-differs",
    severity: Severity::Info,
    summary: "A published record's TTL differs from the one expected",
    source: SOURCE_FED,
    help: "The guide publishes TTL 86400. A lower value in dig output from a caching resolver is the time left before it refreshes and is normal; in a zone file, set the TTL you intend.",
};

pub const PRIORITY_WEIGHT_DIFFERS: Rule = Rule {
    id: "srv/verify-priority-weight-differs",
    severity: Severity::Warning,
    summary: "A published record's priority or weight differs from the one expected",
    source: SOURCE_FED,
    help: "The guide publishes priority 5 and weight 0. Other values work with a single record but change which host is tried first when several records exist.",
};

pub const OTHER_NAME: Rule = Rule {
    id: "srv/verify-other-name",
    severity: Severity::Info,
    summary: "A pasted SRV record is for another name and was not compared",
    source: SOURCE_FED,
    help: "Only _xmpp-server._tcp.<domain> and _xmpp-client._tcp.<domain> matter here; check that the records were published under your organisation domain, not another zone.",
};

pub const RULES: &[Rule] = &[
    NOT_TEXT,
    NO_RECORDS,
    UNPARSED_LINE,
    MISSING_RECORD,
    WRONG_PORT,
    WRONG_TARGET,
    MISSING_TRAILING_DOT,
    TTL_DIFFERS,
    PRIORITY_WEIGHT_DIFFERS,
    OTHER_NAME,
];
/// Decode pasted bytes (UTF-8, or UTF-16 with or without a BOM as
/// PowerShell writes redirected nslookup output) and verify them.
pub fn verify_bytes(domain: &str, opts: &SrvOptions, pasted: &[u8]) -> Report<SrvData> {
    use crate::text::decode::{decode_as, sniff_bom, sniff_unmarked_utf16};
    let unicode = sniff_bom(pasted).or_else(|| sniff_unmarked_utf16(pasted).map(|e| (e, 0)));
    if let Some((enc, bom)) = unicode {
        let (text, had_errors) = decode_as(enc, &pasted[bom..]);
        if !had_errors {
            let mut r = verify(domain, opts, &text);
            r.input_sha256 = crate::report::sha256_hex(pasted);
            return r;
        }
    }
    match std::str::from_utf8(pasted) {
        Ok(text) => verify(domain, opts, text),
        Err(e) => {
            let mut report = Report::with_data("srv", pasted, ());
            let expected = build(domain, opts, &mut report);
            let mut report = report.with_data_value(generated_data(expected.as_ref()));
            let at = e.valid_up_to();
            report.add(
                &NOT_TEXT,
                format!("The pasted input is not UTF-8 text (invalid byte at offset {at})"),
                Location::none().with_span(at, at + 1),
            );
            report
        }
    }
}

/// Compare pasted `dig` / `nslookup` / `host` output or zone-file lines with
/// the records `domain` and `opts` call for.
pub fn verify(domain: &str, opts: &SrvOptions, pasted: &str) -> Report<SrvData> {
    let mut report = Report::with_data("srv", pasted.as_bytes(), ());
    let expected = build(domain, opts, &mut report);
    let mut report = report.with_data_value(generated_data(expected.as_ref()));
    if let Some(nul) = pasted.find('\0') {
        report.add(
            &NOT_TEXT,
            format!(
                "The pasted input holds a NUL byte at offset {nul}; it looks like a binary file"
            ),
            Location::none().with_span(nul, nul + 1),
        );
        return report;
    }
    let Some(expected) = expected else {
        // Nothing to compare with until the domain and options are valid.
        report.data.verify = Some(Verification::NotCompared);
        return report;
    };
    let reader = Reader::new(pasted, &expected.domain.ascii).read();
    let extra = reader.unparsed.len().saturating_sub(MAX_UNPARSED_FINDINGS);
    for (loc, msg) in reader.unparsed.iter().take(MAX_UNPARSED_FINDINGS) {
        report.add(&UNPARSED_LINE, msg.clone(), loc.clone());
    }
    if extra > 0 {
        report.add(
            &UNPARSED_LINE,
            format!("{extra} more lines could not be read (only the first {MAX_UNPARSED_FINDINGS} are listed)"),
            Location::none(),
        );
    }
    if reader.records.is_empty() {
        report.add(
            &NO_RECORDS,
            format!(
                "No SRV record found in the pasted text ({} lines)",
                pasted.lines().count()
            ),
            Location::none(),
        );
        report.data.verify = Some(Verification::Compared(VerifyData {
            published: Vec::new(),
            results: Vec::new(),
        }));
        return report;
    }

    let mut matched = vec![false; expected.records.len()];
    let mut mismatched = vec![false; expected.records.len()];
    let mut published = Vec::new();
    for p in &reader.records {
        let before = report.findings.len();
        let (owner_name, which) = attribute(p, &expected.records, &mut report);
        if let Some(i) = which {
            matched[i] = true;
            compare(p, &expected.records[i], &mut report);
            if report.findings[before..]
                .iter()
                .any(|f| f.severity != Severity::Info)
            {
                mismatched[i] = true;
            }
        }
        published.push(PublishedRecord {
            line: p.line,
            syntax: p.syntax.data(),
            name: owner_name,
            ttl: p.ttl.as_ref().map(|t| t.0),
            priority: p.priority.0,
            weight: p.weight.0,
            port: p.port.0,
            target: p.target.text.clone(),
            record: which.map(|i| expected.records[i].service.clone()),
            ok: which.is_some()
                && report.findings[before..]
                    .iter()
                    .all(|f| f.severity == Severity::Info),
        });
    }
    let mut results = Vec::new();
    // One record missing may be a choice (federation without third-party
    // clients, or the reverse); both missing means nothing is published.
    let severity = if matched.iter().any(|m| *m) {
        MISSING_RECORD.severity
    } else {
        Severity::Error
    };
    for (i, e) in expected.records.iter().enumerate() {
        let status = if !matched[i] {
            report.push(
                Finding::new(
                    &MISSING_RECORD,
                    format!("No {} record found ({})", e.name(), e.purpose),
                    Location::none(),
                )
                .with_severity(severity)
                .with_help(format!(
                    "Publish `{} {} IN SRV {} {} {} {}` ({}) if you need it (generated above). Reported as an error when neither XMPP record is among the pasted records.",
                    e.name(),
                    e.ttl,
                    e.priority,
                    e.weight,
                    e.port,
                    e.target,
                    e.purpose
                )),
            );
            RecordStatus::Missing
        } else if mismatched[i] {
            RecordStatus::Mismatch
        } else {
            RecordStatus::Ok
        };
        results.push(RecordResult {
            name: e.name(),
            status,
        });
    }
    report.data.verify = Some(Verification::Compared(VerifyData { published, results }));
    report
}

/// Which expected record a published one is for, and its owner as read.
/// Reports a missing trailing dot on the owner and names outside the two.
fn attribute<D>(
    p: &Published,
    expected: &[SrvRecord],
    report: &mut Report<D>,
) -> (Option<String>, Option<usize>) {
    let find = |name: &str| expected.iter().position(|e| e.name() == name);
    let Some(owner) = &p.owner else {
        // dig +short carries no name: go by target, then by port.
        let target = as_fqdn(&p.target.text);
        let which = expected
            .iter()
            .position(|e| e.target == target)
            .or_else(|| expected.iter().position(|e| e.port == p.port.0));
        if which.is_none() {
            report.add(
                &OTHER_NAME,
                format!(
                    "Line {}: `{} {} {} {}` (dig +short) matches neither record by target nor port",
                    p.line,
                    p.priority.0,
                    p.weight.0,
                    p.port.0,
                    shorten(&p.target.text)
                ),
                p.target.loc(),
            );
        }
        return (None, which);
    };
    let name = match p.syntax {
        Syntax::Zone => absolute(&owner.text, &p.origin),
        _ => as_fqdn(&owner.text),
    };
    if let Some(i) = find(&name) {
        return (Some(name), Some(i));
    }
    if p.syntax == Syntax::Zone && !owner.text.ends_with('.') {
        let meant = as_fqdn(&owner.text);
        if let Some(i) = find(&meant) {
            let e = &expected[i];
            report.push(
                Finding::new(
                    &MISSING_TRAILING_DOT,
                    format!(
                        "Owner `{}` has no trailing dot, so the zone reads it as `{}`",
                        shorten(&owner.text),
                        shorten(&name)
                    ),
                    owner.loc(),
                )
                .with_help(format!(
                    "In a zone file a name without a final dot is relative: write the {} record's owner as `{}` (with the final dot), or as `{}` relative to the {}. zone.",
                    e.service,
                    e.name(),
                    e.relative_name(),
                    e.domain
                )),
            );
            return (Some(meant), Some(i));
        }
    }
    report.add(
        &OTHER_NAME,
        format!(
            "Line {}: `{}` is neither {} nor {}",
            p.line,
            shorten(&name),
            expected.first().map(SrvRecord::name).unwrap_or_default(),
            expected.get(1).map(SrvRecord::name).unwrap_or_default()
        ),
        owner.loc(),
    );
    (Some(name), None)
}

fn compare<D>(p: &Published, e: &SrvRecord, report: &mut Report<D>) {
    let svc = &e.service;
    if p.port.0 != e.port {
        report.push(
            Finding::new(
                &WRONG_PORT,
                format!(
                    "{svc} record on line {} has port {}; expected {}",
                    p.line, p.port.0, e.port
                ),
                p.port.1.loc(),
            )
            .with_help(format!(
                "The {svc} record ({}) uses TCP port {}; fix the port in the record.",
                e.purpose, e.port
            )),
        );
    }
    let t = &p.target;
    let read = match p.syntax {
        Syntax::Zone => absolute(&t.text, &p.origin),
        _ => as_fqdn(&t.text),
    };
    if read != e.target {
        let relative = p.syntax == Syntax::Zone && !t.text.ends_with('.');
        if relative && as_fqdn(&t.text) == e.target {
            report.push(
                Finding::new(
                    &MISSING_TRAILING_DOT,
                    format!(
                        "{svc} target `{}` has no trailing dot, so the zone reads it as `{}`",
                        shorten(&t.text),
                        shorten(&read)
                    ),
                    t.loc(),
                )
                .with_help(format!(
                    "In a zone file a name without a final dot is relative: write the {svc} target as `{}` (with the final dot), or the record points at `{}`. The guide's own examples omit it.",
                    e.target,
                    shorten(&read)
                )),
            );
        } else {
            let how = if relative {
                format!(" (read as `{}`, it has no trailing dot)", shorten(&read))
            } else {
                String::new()
            };
            report.push(
                Finding::new(
                    &WRONG_TARGET,
                    format!(
                        "{svc} record on line {} points at `{}`{how}; expected `{}`",
                        p.line,
                        shorten(&t.text),
                        e.target
                    ),
                    t.loc(),
                )
                .with_help(format!(
                    "The {svc} record ({}) points at `{}`, as the IM Federation screen shows.",
                    e.purpose, e.target
                )),
            );
        }
    }
    if let Some((ttl, tok)) = &p.ttl {
        if *ttl != e.ttl {
            let loc = tok
                .as_ref()
                .map(Tok::loc)
                .unwrap_or_else(|| Location::line_col(p.line, 1));
            report.add(
                &TTL_DIFFERS,
                format!(
                    "{svc} record on line {} has TTL {ttl}; expected {}",
                    p.line, e.ttl
                ),
                loc,
            );
        }
    }
    for (label, (got, tok), want) in [
        ("priority", &p.priority, e.priority),
        ("weight", &p.weight, e.weight),
    ] {
        if *got != want {
            report.add(
                &PRIORITY_WEIGHT_DIFFERS,
                format!(
                    "{svc} record on line {} has {label} {got}; expected {want}",
                    p.line
                ),
                tok.loc(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::reader::parse_ttl;
    use super::*;

    #[test]
    fn ttl_units() {
        assert_eq!(parse_ttl("86400"), Some(86400));
        assert_eq!(parse_ttl("1d"), Some(86400));
        assert_eq!(parse_ttl("1h30m"), Some(5400));
        assert_eq!(parse_ttl("2W"), Some(1_209_600));
        assert_eq!(parse_ttl("1x"), None);
        assert_eq!(parse_ttl("d"), None);
        assert_eq!(parse_ttl("15"), Some(15));
        assert_eq!(parse_ttl("1h5"), None);
        assert_eq!(parse_ttl("99999999999999999999w"), None);
        assert_eq!(parse_ttl("2147483648"), None);
    }

    #[test]
    fn absolute_names() {
        assert_eq!(absolute("@", "acme.com."), "acme.com.");
        assert_eq!(
            absolute("_xmpp-server._tcp", "acme.com."),
            "_xmpp-server._tcp.acme.com."
        );
        assert_eq!(absolute("S2S.x.", "acme.com."), "s2s.x.");
    }
}
