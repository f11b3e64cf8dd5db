//! The checks themselves, fed record by record by the engine: the header
//! against the "CSV Fields" table, then every cell against its field's rules,
//! then the row-level rules (duplicates, phone country code, ragged rows).
//!
//! Hot path notes (a million rows must go at 100 MB/s and more): cells are
//! byte slices borrowed from the parser; nothing is allocated unless a
//! finding is produced; duplicate detection keeps a 64-bit hash and the first
//! row per address, not the addresses themselves.

use std::collections::HashMap;
use std::hash::Hasher;

use super::decode::{Issue, IssueKind};
use super::dialect::Dialect;
use super::engine::{Handler, Rec};
use super::rules::*;
use super::schema::{self, FieldSpec, Kind, Need};
use super::values::{self, show, trim};
use super::{country, Options};
use crate::report::{Finding, Location, Severity};
use crate::rules::Rule;

/// Where findings go: a report (with per-rule caps) or a per-row collector
/// for the status file.
pub trait Sink {
    /// Count one finding of `rule`; true when the sink wants its details
    /// (a capped report only counts the rest, so nothing is built for them).
    fn count(&mut self, _rule: &'static Rule, _severity: Severity) -> bool {
        true
    }
    fn add(&mut self, finding: Finding);
}

/// One header column.
#[derive(Debug, Clone)]
pub struct Col {
    pub name: String,
    pub spec: Option<&'static FieldSpec>,
    pub mandatory: bool,
    /// The field an unknown name most likely means.
    pub suggestion: Option<&'static str>,
}

/// Case-insensitive 64-bit key of an address (foldhash of the lower-cased
/// bytes, fixed seed so that runs are reproducible). A collision would need
/// two distinct addresses with the same 64-bit hash: about 1 in 10^7 for a
/// file of a million users.
fn key(v: &[u8]) -> u64 {
    use std::hash::BuildHasher;
    let mut h = foldhash::quality::FixedState::with_seed(0x5eed_c5b0_0000_0001).build_hasher();
    let mut buf = [0u8; 128];
    for chunk in v.chunks(128) {
        let n = chunk.len();
        buf[..n].copy_from_slice(chunk);
        buf[..n].make_ascii_lowercase();
        h.write(&buf[..n]);
    }
    h.finish()
}

/// Indices of the columns the row-level rules look at.
#[derive(Default, Clone, Copy)]
struct Special {
    email: Option<usize>,
    user: Option<usize>,
    biz_phone: Option<usize>,
    biz_iso: Option<usize>,
    biz_dial: Option<usize>,
    mob_phone: Option<usize>,
    mob_iso: Option<usize>,
    mob_dial: Option<usize>,
}

pub struct Checker<S: Sink> {
    pub sink: S,
    sso: bool,
    org_mandatory: Vec<String>,
    pub cols: Vec<Col>,
    pub header_row: Option<u64>,
    pub dialect: Option<Dialect>,
    /// Data records after the header (empty ones included).
    pub data_rows: u64,
    pub empty_rows: u64,
    empty_run: Option<(u64, u64)>,
    seen: super::seen::Seen,
    special: Special,
    pub meeting_export: bool,
    row_severity: Option<Severity>,
    current_row: u64,
    pub rows_with_errors: u64,
    pub rows_with_warnings: u64,
    /// This row's email and whether it is valid (reused for userName).
    email_ok: Option<bool>,
    email_buf: Vec<u8>,
    /// The input is a workbook or other binary file: reported once, then ignored.
    binary: bool,
    /// The row that looks like the real header, below a title row.
    header_later: Option<u64>,
    doubled_line_ends_reported: bool,
}

/// How far below row 1 a header pushed down by title lines is looked for.
pub(super) const HEADER_SEARCH_ROWS: u64 = 10;
/// Known field names that make a row below a title line the header.
pub(super) const HEADER_MIN_FIELDS: usize = 3;

impl<S: Sink> Checker<S> {
    /// `input_len`: the file size if known, to size the duplicate table once.
    pub fn with_size_hint(sink: S, opts: &Options, input_len: u64) -> Self {
        // Real user rows are 100-250 bytes; 128 errs on the side of room.
        let rows = usize::try_from(input_len / 128).unwrap_or(0).min(1 << 24);
        Self {
            sink,
            sso: opts.sso,
            // Either spelling the guide uses names the same field.
            org_mandatory: opts
                .mandatory
                .iter()
                .map(|m| schema::lookup(m).map_or_else(|| m.clone(), |s| s.name.to_string()))
                .collect(),
            cols: Vec::new(),
            header_row: None,
            dialect: None,
            data_rows: 0,
            empty_rows: 0,
            empty_run: None,
            seen: super::seen::Seen::with_capacity(rows),
            special: Special::default(),
            meeting_export: false,
            row_severity: None,
            current_row: 0,
            rows_with_errors: 0,
            rows_with_warnings: 0,
            email_ok: None,
            email_buf: Vec::new(),
            binary: false,
            header_later: None,
            doubled_line_ends_reported: false,
        }
    }

    /// Track the row's worst severity and ask the sink whether it wants details.
    fn note(&mut self, rule: &'static Rule, severity: Severity, row: Option<u64>) -> bool {
        if row == Some(self.current_row) && self.header_row.is_some_and(|h| h < self.current_row) {
            self.row_severity = Some(match self.row_severity {
                Some(s) => s.min(severity),
                None => severity,
            });
        }
        self.sink.count(rule, severity)
    }

    fn add(&mut self, rule: &'static Rule, message: String, loc: Location) {
        if self.note(rule, rule.severity, loc.row) {
            self.sink.add(Finding::new(rule, message, loc));
        }
    }

    /// A finding at another severity than the rule's default.
    fn add_sev(&mut self, rule: &'static Rule, sev: Severity, message: String, loc: Location) {
        if self.note(rule, sev, loc.row) {
            self.sink
                .add(Finding::new(rule, message, loc).with_severity(sev));
        }
    }

    fn cell(&mut self, rule: &'static Rule, message: String, row: u64, col: usize) {
        if self.note(rule, rule.severity, Some(row)) {
            let name = self.col_name(col);
            self.sink
                .add(Finding::new(rule, message, Location::cell(row, name)));
        }
    }

    fn col_name(&self, i: usize) -> String {
        match self.cols.get(i) {
            Some(c) if !c.name.is_empty() => c.name.clone(),
            _ => format!("#{}", i + 1),
        }
    }

    /// Called once the input ended.
    pub fn finish(&mut self) {
        self.flush_empty();
        self.end_row();
        if self.binary {
            return;
        }
        match self.header_row {
            None => self.add(
                &EMPTY_FILE,
                "the file has no header row (it is empty or contains only blank lines)".into(),
                Location::none(),
            ),
            Some(h) if self.data_rows == 0 => self.add(
                &NO_DATA_ROWS,
                "the file has a header row but no user rows".into(),
                Location {
                    row: Some(h),
                    ..Location::default()
                },
            ),
            Some(_) => {}
        }
    }

    fn end_row(&mut self) {
        match self.row_severity.take() {
            Some(Severity::Error) => self.rows_with_errors += 1,
            Some(Severity::Warning) => self.rows_with_warnings += 1,
            _ => {}
        }
    }

    fn flush_empty(&mut self) {
        if let Some((first, last)) = self.empty_run.take() {
            let msg = if first == last {
                format!("row {first} is empty")
            } else {
                format!("rows {first}-{last} are empty ({} rows)", last - first + 1)
            };
            self.add(
                &EMPTY_ROW,
                msg,
                Location {
                    row: Some(first),
                    ..Location::default()
                },
            );
        }
    }

    fn extend_empty(&mut self, first: u64, last: u64) {
        self.empty_rows += last - first + 1;
        self.empty_run = match self.empty_run {
            Some((f, l)) if l + 1 == first => Some((f, last)),
            Some(_) => {
                self.flush_empty();
                Some((first, last))
            }
            None => Some((first, last)),
        };
    }

    fn too_wide(&mut self, row: u64, rec: &Rec<'_>) {
        if rec.extra_cells > 0 {
            let total = rec.len() as u64 + rec.extra_cells;
            self.add(
                &RAGGED_ROW,
                format!(
                    "row {row} has {total} cells; only the first {} are read (the field table has 28 columns)",
                    rec.len()
                ),
                Location {
                    row: Some(row),
                    ..Location::default()
                },
            );
        }
    }

    fn header(&mut self, row: u64, rec: &Rec<'_>) {
        self.header_row = Some(row);
        self.too_wide(row, rec);
        let mut seen: HashMap<&'static str, usize> = HashMap::new();
        for (i, raw) in rec.iter().enumerate() {
            let name = String::from_utf8_lossy(raw).into_owned();
            let spec = schema::lookup(&name);
            let mandatory = spec.is_some_and(|s| {
                s.need == Need::Mandatory
                    || (s.need == Need::Sso && self.sso)
                    || self.org_mandatory.iter().any(|m| m == s.name)
            });
            let suggestion = if spec.is_none() {
                schema::suggest(&name)
            } else {
                None
            };
            self.cols.push(Col {
                name,
                spec,
                mandatory,
                suggestion,
            });
            if let Some(s) = spec {
                if s.kind == Kind::Text && s.name == "TC" {
                    continue;
                }
                if let Some(&first) = seen.get(s.name) {
                    self.cell(
                        &DUPLICATE_COLUMN,
                        format!(
                            "column {} appears twice (columns {} and {})",
                            s.name,
                            first + 1,
                            i + 1
                        ),
                        row,
                        i,
                    );
                } else {
                    seen.insert(s.name, i);
                }
            }
        }
        let meeting = is_meeting_header(&self.cols);
        for i in 0..self.cols.len() {
            if self.cols[i].spec.is_some() {
                continue;
            }
            // One csv/meeting-site-export finding covers the export's own
            // columns; listing each of them again would bury the rest.
            let name = self.cols[i].name.as_str();
            if meeting
                && (schema::MEETING_RENAMES
                    .iter()
                    .any(|(from, _)| *from == name)
                    || schema::is_tracking_code_source(name))
            {
                continue;
            }
            let c = &self.cols[i];
            if let Some(s) = c
                .suggestion
                .filter(|s| schema::differs_only_in_case(&c.name, s))
            {
                let msg = format!(
                    "column \"{}\" differs from the CSV Fields table's {s} only in case; use the exact name {s}",
                    show(c.name.as_bytes())
                );
                self.cell(&COLUMN_NAME_CASE, msg, row, i);
                continue;
            }
            let msg = match (c.name.trim().is_empty(), c.suggestion) {
                (true, _) => format!("column {} has no name; it will be skipped", i + 1),
                (false, Some(s)) => format!(
                    "unknown column \"{}\" will be skipped; did you mean {s}?",
                    show(c.name.as_bytes())
                ),
                (false, None) => format!(
                    "unknown column \"{}\" is not in the CSV Fields table and will be skipped",
                    show(c.name.as_bytes())
                ),
            };
            self.cell(&UNKNOWN_COLUMN, msg, row, i);
        }
        let mut required: Vec<&'static str> = schema::FIELDS
            .iter()
            .filter(|s| s.need == Need::Mandatory || (s.need == Need::Sso && self.sso))
            .map(|s| s.name)
            .collect();
        for m in &self.org_mandatory {
            if let Some(s) = schema::FIELDS.iter().find(|s| s.name == m) {
                if !required.contains(&s.name) {
                    required.push(s.name);
                }
            }
        }
        for name in required {
            if !seen.contains_key(name) {
                let why = match schema::FIELDS
                    .iter()
                    .find(|s| s.name == name)
                    .map(|s| s.need)
                {
                    Some(Need::Sso) => " (mandatory when SSO is enabled)",
                    Some(Need::OrgConfigurable) => " (made mandatory by the organization)",
                    _ => "",
                };
                let near = self
                    .cols
                    .iter()
                    .find(|c| c.suggestion == Some(name))
                    .map(|c| format!("; column \"{}\" looks like it", show(c.name.as_bytes())))
                    .unwrap_or_default();
                self.add(
                    &MISSING_COLUMN,
                    format!("mandatory column {name} is missing{why}{near}"),
                    Location::cell(row, name),
                );
            }
        }
        self.meeting_export = meeting;
        if self.meeting_export {
            self.add(
                &MEETING_SITE_EXPORT,
                "the header (UserName, FirstName, Email ...) is a Webex Meetings site export; convert it before importing".into(),
                Location {
                    row: Some(row),
                    ..Location::default()
                },
            );
        }
        let find = |n: &str| {
            self.cols
                .iter()
                .position(|c| c.spec.is_some_and(|s| s.name == n))
        };
        self.special = Special {
            email: find("email"),
            user: find("userName"),
            biz_phone: find("phoneBusinessNumber"),
            biz_iso: find("phoneBusinessISOCountry"),
            biz_dial: find("phoneBusinessCountryCode"),
            mob_phone: find("phoneMobileNumber"),
            mob_iso: find("phoneMobileISOCountry"),
            mob_dial: find("phoneMobileCountryCode"),
        };
    }

    /// Whether the header row names at least one field of the table.
    fn header_named_fields(&self) -> bool {
        self.cols.iter().any(|c| c.spec.is_some())
    }

    fn row(&mut self, row: u64, rec: &Rec<'_>) {
        self.data_rows += 1;
        if rec.bytes().iter().all(|&b| b == b' ' || b == b'\t') {
            self.extend_empty(row, row);
            return;
        }
        self.flush_empty();
        self.too_wide(row, rec);
        if row <= HEADER_SEARCH_ROWS && !self.header_named_fields() && self.header_later.is_none() {
            let known = schema::known_field_count(rec.iter());
            if known >= HEADER_MIN_FIELDS {
                self.header_later = Some(row);
                let first = self.header_row.unwrap_or(1);
                self.add(
                    &HEADER_NOT_FIRST,
                    format!(
                        "row {row} looks like the header ({known} known column names), but the import reads row {first} as the header; delete the rows above it"
                    ),
                    Location {
                        row: Some(row),
                        ..Location::default()
                    },
                );
            }
        }
        let n = self.cols.len();
        if rec.odd_quotes {
            let lines = rec.bytes().iter().filter(|&&b| b == b'\n').count();
            let more = if lines > 0 {
                format!(
                    "; a cell spans {} lines, so following rows may have been swallowed into it",
                    lines + 1
                )
            } else {
                String::new()
            };
            let col = rec
                .iter()
                .position(|c| c.contains(&b'"') || c.contains(&b'\n'))
                .unwrap_or(0);
            self.cell(
                &UNBALANCED_QUOTE,
                format!("row {row} has an unclosed or undoubled quote character{more}"),
                row,
                col,
            );
        } else if rec.stray_quote {
            let col = rec.iter().position(|c| c.contains(&b'"')).unwrap_or(0);
            self.cell(
                &UNBALANCED_QUOTE,
                format!(
                    "row {row} has a quote inside a quoted cell that is not doubled (write \"\" for a quote inside quotes); the cell reads as \"{}\"",
                    crate::text::shorten(&String::from_utf8_lossy(rec.get(col)), 60)
                ),
                row,
                col,
            );
        }
        if rec.len() != n && n > 0 && !self.ragged(row, rec) {
            // Misaligned cells: checking them against their headers would
            // only produce noise.
            return;
        }
        // Control characters: one branch-free pass over the record; the
        // careful per-cell look happens only when something is there.
        if rec.bytes().iter().copied().min().is_some_and(|m| m < 0x20) {
            for i in 0..rec.len().min(n) {
                let v = rec.get(i);
                if let Some(&b) = v
                    .iter()
                    .find(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\r' | b'\n'))
                {
                    self.cell(
                        &CONTROL_CHARACTER,
                        format!(
                            "cell contains the control character 0x{b:02X}: \"{}\"",
                            show(v)
                        ),
                        row,
                        i,
                    );
                }
            }
        }
        self.email_ok = None;
        for i in 0..n.min(rec.len()) {
            self.value(row, i, rec.get(i));
        }
        self.row_rules(row, rec);
    }

    /// Report a row whose cell count differs from the header's; true when the
    /// cells are still aligned (only empty cells were added at the end).
    fn ragged(&mut self, row: u64, rec: &Rec<'_>) -> bool {
        let n = self.cols.len();
        let got = rec.len();
        let other = match self.dialect.as_ref().map(|d| d.delimiter) {
            Some(b'\t') => b',',
            _ => b'\t',
        };
        let others: usize = rec
            .iter()
            .map(|c| c.iter().filter(|&&b| b == other).count())
            .sum();
        if got < n && others > 0 && got + others >= n {
            let (this, that) = if other == b',' {
                ("tabs", "commas")
            } else {
                ("commas", "tabs")
            };
            self.cell(
                &MIXED_DELIMITERS,
                format!("row {row} is separated by {that} while the header uses {this}"),
                row,
                got.saturating_sub(1),
            );
            return false;
        }
        if got > n && (n..got).all(|i| trim(rec.get(i)).is_empty()) {
            let loc = Location::cell(row, self.col_name(n - 1));
            self.add_sev(
                &RAGGED_ROW,
                Severity::Warning,
                format!(
                    "row {row} has {got} cells, the header {n}; the {} extra cells are empty",
                    got - n
                ),
                loc,
            );
            return true;
        }
        let col = if got < n { got } else { n - 1 };
        self.cell(
            &RAGGED_ROW,
            format!(
                "row {row} has {got} cells but the header has {n}; values may be in the wrong columns"
            ),
            row,
            col,
        );
        false
    }

    fn value(&mut self, row: u64, i: usize, v: &[u8]) {
        let col = &self.cols[i];
        let (spec, mandatory) = (col.spec, col.mandatory);
        let kind = spec.map(|s| s.kind);
        if v.is_empty() {
            if mandatory {
                let name = col.name.clone();
                self.cell(
                    &MANDATORY_EMPTY,
                    format!("mandatory field {name} is empty"),
                    row,
                    i,
                );
            }
            return;
        }
        let b0 = v[0];
        let is_phone_kind = matches!(kind, Some(Kind::Phone | Kind::Fax));
        let phone_ok = is_phone_kind && values::is_phone(trim(v));
        // A phone number in a column that will be renamed to a phone field
        // (`Mobile` → phoneMobileNumber) is not a formula either.
        let phone_like_column = col
            .suggestion
            .and_then(schema::lookup)
            .is_some_and(|s| matches!(s.kind, Kind::Phone | Kind::Fax));
        let phone_value = phone_ok || (phone_like_column && values::is_phone(trim(v)));
        if matches!(b0, b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
            && v != b"-"
            && !(phone_value && b0 == b'+')
        {
            self.cell(
                &FORMULA_INJECTION,
                format!(
                    "\"{}\" starts with {} and would run as a formula when the file is opened in a spreadsheet",
                    show(v),
                    match b0 {
                        b'\t' => "a tab".to_string(),
                        b'\r' => "a carriage return".to_string(),
                        c => format!("'{}'", c as char),
                    }
                ),
                row,
                i,
            );
        }
        let Some(spec) = spec else { return };
        let t = trim(v);
        if t.len() != v.len() {
            if t.is_empty() {
                if mandatory {
                    self.cell(
                        &MANDATORY_EMPTY,
                        format!("mandatory field {} contains only spaces", spec.name),
                        row,
                        i,
                    );
                }
                return;
            }
            self.cell(
                &SURROUNDING_WHITESPACE,
                format!("\"{}\" has leading or trailing spaces", show(v)),
                row,
                i,
            );
        }
        if t == b"-" {
            if mandatory {
                self.cell(
                    &DASH_IN_MANDATORY,
                    format!(
                        "\"-\" (empty) is not allowed in the mandatory field {}",
                        spec.name
                    ),
                    row,
                    i,
                );
            }
            return;
        }
        if t.len() == 3 && t.eq_ignore_ascii_case(b"N/A") {
            let msg = format!("do not use the value \"{}\" in {}", show(t), spec.name);
            let loc = Location::cell(row, self.col_name(i));
            if mandatory {
                // N/A in a mandatory field fails the row, like any missing value.
                self.add_sev(
                    &NOT_APPLICABLE,
                    Severity::Error,
                    format!("{msg} (a mandatory field)"),
                    loc,
                );
            } else {
                self.add(
                    &NOT_APPLICABLE,
                    format!("{msg}; use \"-\" to leave it empty"),
                    loc,
                );
            }
            // A field with a type cannot store N/A either (not a country
            // code, not Yes/No, not a number): it also gets its own error.
            if spec.kind == Kind::Text {
                return;
            }
        }
        match spec.kind {
            Kind::Text | Kind::Phone | Kind::Fax => {}
            Kind::Email => {
                let ok = values::is_email(t);
                self.email_ok = Some(ok);
                self.email_buf.clear();
                self.email_buf.extend_from_slice(t);
                if !ok {
                    self.cell(
                        &EMAIL_INVALID,
                        format!("\"{}\" is not a valid email address", show(t)),
                        row,
                        i,
                    );
                }
            }
            Kind::UserName => {
                // userName usually repeats the email: validate the bytes once.
                let ok = match self.email_ok {
                    Some(ok) if self.email_buf == t => ok,
                    _ => values::is_email(t),
                };
                if !ok {
                    self.cell(
                        &USERNAME_INVALID,
                        format!("userName \"{}\" is not in the user@domain form", show(t)),
                        row,
                        i,
                    );
                }
            }
            Kind::Country => self.country(row, i, t, spec.name),
            Kind::YesNo => self.one_of(&YES_NO_INVALID, ("Yes", "No"), t, spec.name, row, i),
            Kind::TrueFalse => {
                self.one_of(&TRUE_FALSE_INVALID, ("True", "False"), t, spec.name, row, i)
            }
            Kind::Storage => match values::storage(t) {
                values::Storage::Ok => {}
                values::Storage::Negative => self.cell(
                    &STORAGE_INVALID,
                    format!("storageAllocated \"{}\" is negative", show(t)),
                    row,
                    i,
                ),
                values::Storage::NotANumber => self.cell(
                    &STORAGE_INVALID,
                    format!(
                        "storageAllocated \"{}\" is not a number of megabytes{}",
                        show(t),
                        if t.contains(&b',') {
                            " (write it without a thousands separator, e.g. 1000)"
                        } else {
                            ""
                        }
                    ),
                    row,
                    i,
                ),
            },
            Kind::Url => {
                if !values::is_http_url(t) {
                    self.cell(
                        &PHOTO_URL_INVALID,
                        format!("\"{}\" is not an absolute http(s) URL", show(t)),
                        row,
                        i,
                    );
                }
            }
            Kind::DialCode => {
                if !values::is_dial_code(t) {
                    self.cell(
                        &PHONE_INVALID,
                        format!(
                            "{} \"{}\" is not a dialing code (1 to 4 digits)",
                            spec.name,
                            show(t)
                        ),
                        row,
                        i,
                    );
                }
            }
        }
        if is_phone_kind && !phone_ok {
            let why = if values::is_scientific_notation(t) {
                ": Excel turned it into scientific notation and its last digits are lost; format the column as Text and enter the numbers again"
            } else {
                ""
            };
            self.cell(
                &PHONE_INVALID,
                format!("{} \"{}\" is not a phone number{why}", spec.name, show(t)),
                row,
                i,
            );
        }
    }

    /// A field that takes one of two words (Yes/No, True/False). Another
    /// value is an error; the right word in another case only a warning,
    /// since the guide does not say whether the import ignores case.
    fn one_of(
        &mut self,
        rule: &'static Rule,
        (a, b): (&str, &str),
        t: &[u8],
        name: &str,
        row: u64,
        i: usize,
    ) {
        if values::is_one_of(t, a.as_bytes(), b.as_bytes()) {
            return;
        }
        let loc = Location::cell(row, self.col_name(i));
        match [a, b].into_iter().find(|w| t.eq_ignore_ascii_case(w.as_bytes())) {
            Some(w) => self.add_sev(
                rule,
                Severity::Warning,
                format!(
                    "{name} \"{}\" differs from {w} only in case; write {a} or {b} as the CSV Fields table does",
                    show(t)
                ),
                loc,
            ),
            None => self.add_sev(
                rule,
                rule.severity,
                format!("{name} must be {a} or {b}, not \"{}\"", show(t)),
                loc,
            ),
        }
    }

    fn country(&mut self, row: u64, i: usize, t: &[u8], name: &str) {
        if country::is_assigned(t) {
            return;
        }
        let upper = t.to_ascii_uppercase();
        if country::is_assigned(&upper) {
            self.cell(
                &COUNTRY_CASE,
                format!(
                    "{name} \"{}\" should be upper case: {}",
                    show(t),
                    show(&upper)
                ),
                row,
                i,
            );
            return;
        }
        let hint = country::suggestion(&String::from_utf8_lossy(t))
            .map(|s| format!("; did you mean {s}?"))
            .unwrap_or_default();
        self.cell(
            &COUNTRY_INVALID,
            format!(
                "{name} \"{}\" is not an ISO 3166-1 alpha-2 code{hint}",
                show(t)
            ),
            row,
            i,
        );
    }

    fn row_rules(&mut self, row: u64, rec: &Rec<'_>) {
        let sp = self.special;
        let usable = |i: Option<usize>| {
            i.map(|i| trim(rec.get(i)))
                .filter(|t| !t.is_empty() && *t != b"-" && !t.eq_ignore_ascii_case(b"N/A"))
        };
        let r32 = u32::try_from(row).unwrap_or(u32::MAX);
        let email = sp.email.zip(usable(sp.email));
        let user = sp.user.zip(usable(sp.user));
        let ke = email.map(|(_, v)| key(v));
        let ku = match (user, email) {
            (Some((_, u)), Some((_, e))) if u == e => ke,
            (Some((_, u)), _) => Some(key(u)),
            _ => None,
        };
        let mut dups: [Option<u32>; 2] = [None, None];
        for (slot, k) in [(0usize, ke), (1, ku)] {
            if let Some(k) = k {
                dups[slot] = self.seen.first_or_insert(k, slot, r32);
            }
        }
        if let (Some(first), Some((i, v))) = (dups[0], email) {
            self.cell(
                &DUPLICATE_EMAIL,
                format!("email {} is also in row {first}", show(v)),
                row,
                i,
            );
        }
        if let (Some(first), Some((i, v))) = (dups[1], user) {
            self.cell(
                &DUPLICATE_USERNAME,
                format!("userName {} is also in row {first}", show(v)),
                row,
                i,
            );
        }
        // "Create New Users": "The Business Email is the Username". Only
        // two valid addresses that differ (ignoring case, as the duplicate
        // checks do) are worth a word; an invalid one has its own error.
        if let (Some((i, u)), Some((_, e))) = (user, email) {
            if !u.eq_ignore_ascii_case(e) && values::is_email(u) && values::is_email(e) {
                self.cell(
                    &USERNAME_NOT_EMAIL,
                    format!(
                        "userName \"{}\" differs from email \"{}\"; the guide says the business email is the username",
                        show(u),
                        show(e)
                    ),
                    row,
                    i,
                );
            }
        }
        for (phone, iso, dial, which) in [
            (
                sp.biz_phone,
                sp.biz_iso,
                sp.biz_dial,
                "phoneBusinessISOCountry",
            ),
            (
                sp.mob_phone,
                sp.mob_iso,
                sp.mob_dial,
                "phoneMobileISOCountry",
            ),
        ] {
            let (Some(i), Some(v)) = (phone, usable(phone)) else {
                continue;
            };
            if !values::has_country_code(v)
                && values::is_phone(v)
                && usable(iso).is_none()
                && usable(dial).is_none()
            {
                self.cell(
                    &PHONE_NO_COUNTRY_CODE,
                    format!(
                        "phone number \"{}\" has no country code and {which} is empty: auto call-out will not occur",
                        show(v)
                    ),
                    row,
                    i,
                );
            }
        }
    }
}

/// A Webex Meetings site export header: several of the renaming table's
/// source names, including its name columns.
fn is_meeting_header(cols: &[Col]) -> bool {
    let hits = schema::MEETING_RENAMES
        .iter()
        .filter(|(from, _)| cols.iter().any(|c| c.name == *from))
        .count();
    hits >= 4
        && cols
            .iter()
            .any(|c| c.name == "UserName" || c.name == "FirstName")
}

impl<S: Sink> Handler for Checker<S> {
    fn dialect(&mut self, d: &Dialect) {
        self.dialect = Some(d.clone());
        if let Some(what) = d.binary {
            // Every byte of a workbook would be an encoding or value finding;
            // one clear finding is the useful answer.
            self.binary = true;
            self.add(
                &NOT_A_CSV,
                format!("this is {what}, not a CSV text file"),
                Location {
                    row: Some(1),
                    ..Location::default()
                }
                .with_span(0, 4),
            );
            return;
        }
        // The header's row: 2 after Excel's `sep=` line.
        let loc = Location {
            row: Some(if d.sep_line.is_some() { 2 } else { 1 }),
            ..Location::default()
        };
        if d.mixed {
            self.add(
                &MIXED_DELIMITERS,
                "the header row contains both tabs and commas as separators".into(),
                loc.clone(),
            );
        }
        if d.delimiter == b';' {
            self.add(
                &UNSUPPORTED_DELIMITER,
                "the file is separated by semicolons; the import reads commas or tabs".into(),
                loc,
            );
        }
        if d.double_bom {
            self.add(
                &ENCODING_DOUBLE_BOM,
                "the file starts with two byte-order marks; the second becomes part of the first column name".into(),
                Location {
                    row: Some(1),
                    ..Location::default()
                },
            );
        }
        if d.encoding == super::decode::TextEncoding::Utf16Be {
            self.add(
                &ENCODING_UTF16BE,
                format!(
                    "the file is UTF-16 big-endian ({}); the import reads UTF-8 or UTF-16LE",
                    if d.bom {
                        "byte-order mark FE FF"
                    } else {
                        "detected, no byte-order mark"
                    }
                ),
                Location {
                    row: Some(1),
                    ..Location::default()
                }
                .with_span(0, if d.bom { 2 } else { 0 }),
            );
        }
    }

    fn record(&mut self, row: u64, rec: &Rec<'_>) {
        if self.binary {
            return;
        }
        self.end_row();
        self.current_row = row;
        if self.header_row.is_none() {
            self.header(row, rec);
        } else {
            self.row(row, rec);
        }
    }

    fn sep_line(&mut self, separator: u8) {
        let shown = match separator {
            b'\t' => "<tab>".to_string(),
            b => char::from(b).to_string(),
        };
        self.add(
            &EXCEL_SEPARATOR_LINE,
            format!("row 1 is Excel's separator hint `sep={shown}`, not the header; the import would read it as the column names"),
            Location {
                row: Some(1),
                ..Location::default()
            },
        );
    }

    fn blank_lines(&mut self, first: u64, count: u64) {
        if self.header_row.is_none() || self.binary {
            return;
        }
        let doubled = self
            .dialect
            .as_ref()
            .is_some_and(|d| d.line_ending == "CRCRLF");
        if doubled && count == 1 {
            // Every line is followed by one of these: say so once.
            self.empty_rows += 1;
            if !self.doubled_line_ends_reported {
                self.doubled_line_ends_reported = true;
                self.add(
                    &EMPTY_ROW,
                    format!("lines end with CR CR LF (a Windows file whose line ends were converted twice), so spreadsheets and the import read an empty row after every line, starting at row {first}; save the file again with plain line ends (--fix does)"),
                    Location {
                        row: Some(first),
                        ..Location::default()
                    },
                );
            }
            return;
        }
        self.extend_empty(first, first + count - 1);
    }

    fn encoding(&mut self, issue: &Issue, row: u64, cell: usize) {
        if self.binary {
            return;
        }
        let rule = match &issue.kind {
            IssueKind::Windows1252 { .. } => &ENCODING_WINDOWS_1252,
            IssueKind::InvalidUtf8 => &ENCODING_INVALID_UTF8,
            IssueKind::InvalidUtf16 => &ENCODING_INVALID_UTF16,
        };
        // A binary file has millions of these: count first, format only the listed ones.
        if !self.note(rule, rule.severity, Some(row)) {
            return;
        }
        let hex: Vec<String> = issue.bytes.iter().map(|b| format!("0x{b:02X}")).collect();
        let hex = hex.join(" ");
        let end = issue.offset + issue.bytes.len().max(1) as u64;
        let msg = match &issue.kind {
            IssueKind::Windows1252 { text } => format!(
                "byte {hex} at offset {} (row {row}) is not UTF-8; in Windows-1252 it is \"{}\"",
                issue.offset,
                show(text.as_bytes())
            ),
            IssueKind::InvalidUtf8 => {
                format!("invalid UTF-8 byte {hex} at offset {} (row {row})", issue.offset)
            }
            IssueKind::InvalidUtf16 => format!(
                "damaged UTF-16 ({hex}) at offset {} (row {row}): unpaired surrogate or truncated character",
                issue.offset
            ),
        };
        let loc =
            Location::cell(row, self.col_name(cell)).with_span(issue.offset as usize, end as usize);
        self.sink.add(Finding::new(rule, msg, loc));
    }
}
