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

/// Where a record was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Syntax {
    /// Zone-file or `dig` answer line: relative names are completed.
    Zone,
    /// `dig +short`: no owner name.
    DigShort,
    /// `host -t SRV`, `nslookup` (Unix and Windows): names are absolute.
    Tool,
}

impl Syntax {
    fn data(self) -> RecordSyntax {
        match self {
            Syntax::Zone => RecordSyntax::Zone,
            Syntax::DigShort => RecordSyntax::DigShort,
            Syntax::Tool => RecordSyntax::LookupTool,
        }
    }
}

/// A token with its place in the pasted text.
#[derive(Debug, Clone)]
struct Tok {
    text: String,
    line: u32,
    col: u32,
    start: usize,
    end: usize,
}

impl Tok {
    fn loc(&self) -> Location {
        Location::line_col(self.line, self.col).with_span(self.start, self.end)
    }
}

#[derive(Debug, Clone)]
struct Published {
    line: u32,
    syntax: Syntax,
    owner: Option<Tok>,
    /// The origin relative names are completed with (zone syntax).
    origin: String,
    ttl: Option<(u32, Option<Tok>)>,
    priority: (u16, Tok),
    weight: (u16, Tok),
    port: (u16, Tok),
    target: Tok,
}

/// A Windows `nslookup` record being read over several lines.
#[derive(Default)]
struct WinPending {
    owner: Option<Tok>,
    line: u32,
    priority: Option<(u16, Tok)>,
    weight: Option<(u16, Tok)>,
    port: Option<(u16, Tok)>,
}

struct Reader<'a> {
    text: &'a str,
    origin: String,
    default_ttl: Option<u32>,
    last_owner: Option<Tok>,
    records: Vec<Published>,
    unparsed: Vec<(Location, String)>,
    win: Option<WinPending>,
}

fn tokens(line: &str, base: usize, line_no: u32) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(make_tok(line, s, i, base, line_no));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(make_tok(line, s, line.len(), base, line_no));
    }
    out
}

fn make_tok(line: &str, s: usize, e: usize, base: usize, line_no: u32) -> Tok {
    Tok {
        text: line[s..e].to_string(),
        line: line_no,
        col: column_of(line, s),
        start: base + s,
        end: base + e,
    }
}

/// A TTL as BIND writes it: seconds, or units (`1d`, `1h30m`, `2W`).
fn parse_ttl(s: &str) -> Option<u32> {
    if let Ok(n) = parse_whole(s) {
        return (n <= MAX_TTL).then(|| u32::try_from(n).ok()).flatten();
    }
    let mut total: u64 = 0;
    let mut num: Option<u64> = None;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            num = Some(
                num.unwrap_or(0)
                    .checked_mul(10)?
                    .checked_add(u64::from(d))?,
            );
        } else {
            let mult = match c.to_ascii_lowercase() {
                's' => 1,
                'm' => 60,
                'h' => 3600,
                'd' => 86400,
                'w' => 604_800,
                _ => return None,
            };
            total = total.checked_add(num.take()?.checked_mul(mult)?)?;
        }
    }
    if num.is_some() {
        return None;
    }
    (total <= MAX_TTL)
        .then(|| u32::try_from(total).ok())
        .flatten()
}

fn is_class(s: &str) -> bool {
    ["IN", "CH", "HS", "CS"]
        .iter()
        .any(|c| c.eq_ignore_ascii_case(s))
}

fn u16_field(t: &Tok) -> Option<(u16, Tok)> {
    let n = parse_whole(&t.text).ok()?;
    Some((u16::try_from(n).ok()?, t.clone()))
}

/// Absolute, lower-case form of a name as written (`@` is the origin).
fn absolute(name: &str, origin: &str) -> String {
    let lower = name.to_ascii_lowercase();
    if lower == "@" {
        origin.to_string()
    } else if lower.ends_with('.') {
        lower
    } else if origin == "." {
        format!("{lower}.")
    } else {
        format!("{lower}.{origin}")
    }
}

fn as_fqdn(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with('.') {
        lower
    } else {
        lower + "."
    }
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, domain: &str) -> Self {
        Self {
            text,
            origin: format!("{domain}."),
            default_ttl: None,
            last_owner: None,
            records: Vec::new(),
            unparsed: Vec::new(),
            win: None,
        }
    }

    fn unparsed(&mut self, toks: &[Tok], why: &str) {
        let (first, last) = match (toks.first(), toks.last()) {
            (Some(f), Some(l)) => (f, l),
            _ => return,
        };
        let loc = Location::line_col(first.line, first.col).with_span(first.start, last.end);
        let raw = self.text.get(first.start..last.end).unwrap_or("");
        self.unparsed.push((
            loc,
            format!("Line {} `{}`: {why}", first.line, shorten(raw)),
        ));
    }

    fn read(mut self) -> Self {
        let mut base = 0usize;
        let text = self.text;
        for (i, raw_line) in text.split('\n').enumerate() {
            let line_no = u32::try_from(i + 1).unwrap_or(u32::MAX);
            let line = raw_line.strip_suffix('\r').unwrap_or(raw_line);
            self.line(line, base, line_no);
            base += raw_line.len() + 1;
        }
        self.finish_windows();
        self
    }

    fn line(&mut self, line: &str, base: usize, line_no: u32) {
        // Everything after `;` is a comment in zone files and dig output.
        let content = match line.find(';') {
            Some(p) => &line[..p],
            None => line,
        };
        let toks = tokens(content, base, line_no);
        if toks.is_empty() {
            return;
        }
        if self.win.is_some() && self.windows_field(&toks) {
            return;
        }
        self.finish_windows();

        let lower: Vec<String> = toks.iter().map(|t| t.text.to_ascii_lowercase()).collect();
        if lower[0] == "$origin" {
            if let Some(o) = toks.get(1) {
                self.origin = absolute(&o.text, &self.origin);
            }
            return;
        }
        if lower[0] == "$ttl" {
            self.default_ttl = toks.get(1).and_then(|t| parse_ttl(&t.text));
            return;
        }
        let has = |w: &str| lower.iter().any(|t| t == w);
        // Lookup failures: the missing records are reported afterwards.
        if content.contains("can't find")
            || content.contains("NXDOMAIN")
            || has("not") && has("found:")
        {
            return;
        }
        // Windows nslookup: `<name>  SRV service location:` then indented fields.
        if lower.len() >= 4
            && lower[1] == "srv"
            && lower[2] == "service"
            && lower[3].starts_with("location")
        {
            self.win = Some(WinPending {
                owner: Some(toks[0].clone()),
                line: line_no,
                ..WinPending::default()
            });
            return;
        }
        // Unix nslookup: `<name>  service = 5 0 5269 target.`
        if lower.len() >= 3 && lower[1] == "service" && lower[2] == "=" {
            self.record(
                Syntax::Tool,
                Some(toks[0].clone()),
                None,
                &toks,
                &toks[3..],
                line_no,
            );
            return;
        }
        // PowerShell Resolve-DnsName table row:
        // `<name> SRV <ttl> Answer <target> <priority> <weight> <port>`.
        if lower.len() == 8
            && lower[1] == "srv"
            && matches!(lower[3].as_str(), "answer" | "authority" | "additional")
        {
            let ttl = parse_ttl(&toks[2].text).map(|t| (t, Some(toks[2].clone())));
            let rdata = [
                toks[5].clone(),
                toks[6].clone(),
                toks[7].clone(),
                toks[4].clone(),
            ];
            self.record(
                Syntax::Tool,
                Some(toks[0].clone()),
                ttl,
                &toks,
                &rdata,
                line_no,
            );
            return;
        }
        // host: `<name> has SRV record 5 0 5269 target.`
        if lower.len() >= 4 && lower[1] == "has" && lower[2] == "srv" && lower[3] == "record" {
            self.record(
                Syntax::Tool,
                Some(toks[0].clone()),
                None,
                &toks,
                &toks[4..],
                line_no,
            );
            return;
        }
        if let Some(k) = lower.iter().position(|t| t == "srv") {
            self.zone_line(line, &toks, k, line_no);
            return;
        }
        // dig +short: `5 0 5269 target.`
        if toks.len() == 4 && toks[..3].iter().all(|t| parse_whole(&t.text).is_ok()) {
            self.record(Syntax::DigShort, None, None, &toks, &toks, line_no);
            return;
        }
        if lower.iter().any(|t| t.contains("_xmpp-")) {
            self.unparsed(
                &toks,
                "mentions an XMPP SRV name but is not a record this tool can read",
            );
        }
    }

    fn zone_line(&mut self, line: &str, toks: &[Tok], k: usize, line_no: u32) {
        let inherits = line.starts_with([' ', '\t']);
        let (owner, middle) = if inherits {
            match &self.last_owner {
                Some(o) => (o.clone(), &toks[..k]),
                None => {
                    self.unparsed(toks, "an indented record with no owner name before it");
                    return;
                }
            }
        } else if k == 0 {
            self.unparsed(toks, "no owner name before SRV");
            return;
        } else {
            (toks[0].clone(), &toks[1..k])
        };
        let mut ttl: Option<(u32, Option<Tok>)> = self.default_ttl.map(|t| (t, None));
        for t in middle {
            if is_class(&t.text) {
                continue;
            }
            match parse_ttl(&t.text) {
                Some(v) => ttl = Some((v, Some(t.clone()))),
                None => {
                    self.unparsed(
                        toks,
                        &format!(
                            "`{}` before SRV is neither a TTL nor a class",
                            shorten(&t.text)
                        ),
                    );
                    return;
                }
            }
        }
        self.last_owner = Some(owner.clone());
        // `( … )` on one line is allowed around the data; a record split
        // over several lines is reported as unreadable rather than guessed.
        let data = &toks[k + 1..];
        let opened = data.iter().filter(|t| t.text == "(").count();
        let closed = data.iter().filter(|t| t.text == ")").count();
        if opened != closed {
            self.unparsed(
                toks,
                "a record continued over several lines in parentheses; put it on one line",
            );
            return;
        }
        let rdata: Vec<Tok> = data
            .iter()
            .filter(|t| t.text != "(" && t.text != ")")
            .cloned()
            .collect();
        self.record(Syntax::Zone, Some(owner), ttl, toks, &rdata, line_no);
    }

    fn record(
        &mut self,
        syntax: Syntax,
        owner: Option<Tok>,
        ttl: Option<(u32, Option<Tok>)>,
        line_toks: &[Tok],
        rdata: &[Tok],
        line_no: u32,
    ) {
        if rdata.len() != 4 {
            self.unparsed(
                line_toks,
                &format!(
                    "an SRV record has 4 fields (priority weight port target), found {}",
                    rdata.len()
                ),
            );
            return;
        }
        let (Some(priority), Some(weight), Some(port)) = (
            u16_field(&rdata[0]),
            u16_field(&rdata[1]),
            u16_field(&rdata[2]),
        ) else {
            self.unparsed(
                line_toks,
                "priority, weight and port must be whole numbers from 0 to 65535",
            );
            return;
        };
        self.records.push(Published {
            line: line_no,
            syntax,
            owner,
            origin: self.origin.clone(),
            ttl,
            priority,
            weight,
            port,
            target: rdata[3].clone(),
        });
    }

    /// Read one `key = value` line of a Windows nslookup record; false when
    /// the line is not one.
    fn windows_field(&mut self, toks: &[Tok]) -> bool {
        let Some(eq) = toks.iter().position(|t| t.text == "=") else {
            return false;
        };
        let key = toks[..eq]
            .iter()
            .map(|t| t.text.to_ascii_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        let Some(value) = toks.get(eq + 1) else {
            return false;
        };
        let Some(w) = self.win.as_mut() else {
            return false;
        };
        match key.as_str() {
            "priority" => w.priority = u16_field(value),
            "weight" => w.weight = u16_field(value),
            "port" => w.port = u16_field(value),
            "svr hostname" => {
                let Some(w) = self.win.take() else {
                    return false;
                };
                match (w.priority, w.weight, w.port) {
                    (Some(priority), Some(weight), Some(port)) => self.records.push(Published {
                        line: w.line,
                        syntax: Syntax::Tool,
                        owner: w.owner,
                        origin: self.origin.clone(),
                        ttl: None,
                        priority,
                        weight,
                        port,
                        target: value.clone(),
                    }),
                    _ => self.unparsed(
                        toks,
                        "the nslookup record before this line lacks a readable priority, weight or port",
                    ),
                }
            }
            _ => return false,
        }
        true
    }

    fn finish_windows(&mut self) {
        if let Some(w) = self.win.take() {
            if let Some(o) = w.owner {
                self.unparsed(
                    std::slice::from_ref(&o),
                    "an nslookup SRV record without its `svr hostname` line",
                );
            }
        }
    }
}

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
