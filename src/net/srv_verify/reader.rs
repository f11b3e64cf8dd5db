//! Reading what administrators paste: `dig` (full and `+short`), `host`,
//! `nslookup` (Unix and Windows layouts) and zone-file lines, each record
//! with the place of every token, for the comparison in the parent module.

use super::*;

/// Where a record was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Syntax {
    /// Zone-file or `dig` answer line: relative names are completed.
    Zone,
    /// `dig +short`: no owner name.
    DigShort,
    /// `host -t SRV`, `nslookup` (Unix and Windows): names are absolute.
    Tool,
}

impl Syntax {
    pub(super) fn data(self) -> RecordSyntax {
        match self {
            Syntax::Zone => RecordSyntax::Zone,
            Syntax::DigShort => RecordSyntax::DigShort,
            Syntax::Tool => RecordSyntax::LookupTool,
        }
    }
}

/// A token with its place in the pasted text.
#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub(super) text: String,
    pub(super) line: u32,
    pub(super) col: u32,
    pub(super) start: usize,
    pub(super) end: usize,
}

impl Tok {
    pub(super) fn loc(&self) -> Location {
        Location::line_col(self.line, self.col).with_span(self.start, self.end)
    }
}

#[derive(Debug, Clone)]
pub(super) struct Published {
    pub(super) line: u32,
    pub(super) syntax: Syntax,
    pub(super) owner: Option<Tok>,
    /// The origin relative names are completed with (zone syntax).
    pub(super) origin: String,
    pub(super) ttl: Option<(u32, Option<Tok>)>,
    pub(super) priority: (u16, Tok),
    pub(super) weight: (u16, Tok),
    pub(super) port: (u16, Tok),
    pub(super) target: Tok,
}

/// A Windows `nslookup` record being read over several lines.
#[derive(Default)]
pub(super) struct WinPending {
    pub(super) owner: Option<Tok>,
    pub(super) line: u32,
    pub(super) priority: Option<(u16, Tok)>,
    pub(super) weight: Option<(u16, Tok)>,
    pub(super) port: Option<(u16, Tok)>,
}

pub(super) struct Reader<'a> {
    pub(super) text: &'a str,
    pub(super) origin: String,
    pub(super) default_ttl: Option<u32>,
    pub(super) last_owner: Option<Tok>,
    pub(super) records: Vec<Published>,
    pub(super) unparsed: Vec<(Location, String)>,
    pub(super) win: Option<WinPending>,
}

pub(super) fn tokens(line: &str, base: usize, line_no: u32) -> Vec<Tok> {
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

pub(super) fn make_tok(line: &str, s: usize, e: usize, base: usize, line_no: u32) -> Tok {
    Tok {
        text: line[s..e].to_string(),
        line: line_no,
        col: column_of(line, s),
        start: base + s,
        end: base + e,
    }
}

/// A TTL as BIND writes it: seconds, or units (`1d`, `1h30m`, `2W`).
pub(super) fn parse_ttl(s: &str) -> Option<u32> {
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

pub(super) fn is_class(s: &str) -> bool {
    ["IN", "CH", "HS", "CS"]
        .iter()
        .any(|c| c.eq_ignore_ascii_case(s))
}

pub(super) fn u16_field(t: &Tok) -> Option<(u16, Tok)> {
    let n = parse_whole(&t.text).ok()?;
    Some((u16::try_from(n).ok()?, t.clone()))
}

/// Absolute, lower-case form of a name as written (`@` is the origin).
pub(super) fn absolute(name: &str, origin: &str) -> String {
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

pub(super) fn as_fqdn(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with('.') {
        lower
    } else {
        lower + "."
    }
}

impl<'a> Reader<'a> {
    pub(super) fn new(text: &'a str, domain: &str) -> Self {
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

    pub(super) fn unparsed(&mut self, toks: &[Tok], why: &str) {
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

    pub(super) fn read(mut self) -> Self {
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

    pub(super) fn line(&mut self, line: &str, base: usize, line_no: u32) {
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

    pub(super) fn zone_line(&mut self, line: &str, toks: &[Tok], k: usize, line_no: u32) {
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

    pub(super) fn record(
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
    pub(super) fn windows_field(&mut self, toks: &[Tok]) -> bool {
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

    pub(super) fn finish_windows(&mut self) {
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
