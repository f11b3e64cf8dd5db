//! The checks themselves, fed record by record by the engine: the header
//! against the "CSV Fields" table, then every cell against its field's rules,
//! then the row-level rules (duplicates, phone country code, ragged rows).
//!
//! Hot path notes (a million rows must go at 100 MB/s and more): cells are
//! byte slices borrowed from the parser; nothing is allocated unless a
//! finding is produced; duplicate detection keeps a 64-bit hash and the first
//! row per address, not the addresses themselves.
//!
//! By concern: [`header`] (the header row), [`cells`] (one cell against its
//! field), [`rows`] (blank and ragged rows, rules across cells and rows);
//! this file holds the checker's state, its finding caps and the engine's
//! callbacks.

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

mod cells;
mod header;
mod rows;

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
