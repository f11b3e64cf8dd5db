//! Safe automatic fixes and inline edits, written back as a file the import
//! accepts: UTF-8 with BOM (or UTF-16LE), comma- or tab-separated as the
//! input was (a semicolon file becomes comma-separated).
//!
//! Each fix answers a rule: trimming (`csv/surrounding-whitespace`), N/A ->
//! "-" in optional fields (`csv/not-applicable-value`, guide "CSV File
//! Format": enter "-" for an empty optional field, do not use N/A), upper-case
//! country codes (`csv/country-code-case`), near-miss header renames
//! (`csv/unknown-column` with a suggestion), dropping empty rows
//! (`csv/empty-row`). Windows-1252 bytes are re-read as Windows-1252 by the
//! decoder, so the output carries the intended characters.

use std::collections::HashMap;

use super::check::{HEADER_MIN_FIELDS, HEADER_SEARCH_ROWS};
use super::dialect::Dialect;
use super::engine::{Engine, Handler, Rec};
use super::schema::{self, FieldSpec, Kind, Need};
use super::values::trim;
use super::write::Out;
use super::{country, Options, CHUNK};

/// One cell changed by hand in the app's table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellEdit {
    /// Spreadsheet row (the header is row 1; editing row 1 renames a column).
    pub row: u64,
    /// The column's header name as it is in the input.
    pub column: String,
    pub value: String,
}

/// Which fixes to apply.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FixSet {
    pub trim_whitespace: bool,
    pub na_to_dash: bool,
    pub upper_case_country: bool,
    pub rename_headers: bool,
    pub drop_empty_rows: bool,
    /// Delete title lines above the column names (csv/header-not-first).
    pub drop_title_rows: bool,
    /// `yes`/`NO`/`true`/`FALSE` -> `Yes`/`No`/`True`/`False` in the fields that take them.
    pub normalize_case: bool,
    pub edits: Vec<CellEdit>,
}

impl FixSet {
    /// Every automatic fix (what `--fix` applies).
    pub fn safe() -> Self {
        Self {
            trim_whitespace: true,
            na_to_dash: true,
            upper_case_country: true,
            rename_headers: true,
            drop_empty_rows: true,
            drop_title_rows: true,
            normalize_case: true,
            edits: Vec::new(),
        }
    }
}

struct Fixer<'a> {
    opts: &'a Options,
    fixes: &'a FixSet,
    edits: HashMap<u64, Vec<&'a CellEdit>>,
    out: Option<Out>,
    size_hint: usize,
    header: Option<Vec<(String, Option<&'static FieldSpec>, bool)>>,
    /// The row of the column names when title lines stand above them.
    header_row: Option<u64>,
    scratch: Vec<u8>,
    ends: Vec<usize>,
}

impl Fixer<'_> {
    fn mandatory(&self, s: &FieldSpec) -> bool {
        s.need == Need::Mandatory
            || (s.need == Need::Sso && self.opts.sso)
            || self.opts.mandatory.iter().any(|m| m == s.name)
    }

    fn fix_header(&mut self, row: u64, rec: &Rec<'_>) {
        let mut names: Vec<String> = rec
            .iter()
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect();
        let original = names.clone();
        for (i, name) in names.iter_mut().enumerate() {
            if let Some(e) = self.edit(row, &original[i]) {
                *name = e.to_string();
            }
        }
        if self.fixes.rename_headers {
            for i in 0..names.len() {
                if schema::lookup(&names[i]).is_some() {
                    continue;
                }
                if let Some(s) = schema::suggest(&names[i]) {
                    if !names.iter().any(|n| n == s) {
                        names[i] = s.to_string();
                    }
                }
            }
        }
        if let Some(out) = self.out.as_mut() {
            out.record(names.iter().map(|n| n.as_bytes()));
        }
        let cols = original
            .into_iter()
            .zip(&names)
            .map(|(orig, now)| {
                let spec = schema::lookup(now);
                let m = spec.is_some_and(|s| self.mandatory(s));
                (orig, spec, m)
            })
            .collect();
        self.header = Some(cols);
    }

    fn edit(&self, row: u64, column: &str) -> Option<&str> {
        self.edits
            .get(&row)?
            .iter()
            .rev()
            .find(|e| e.column == column)
            .map(|e| e.value.as_str())
    }
}

impl Handler for Fixer<'_> {
    fn dialect(&mut self, d: &Dialect) {
        let delim = d.output_delimiter();
        self.out = Some(Out::new(self.opts.output, delim, self.size_hint));
    }

    fn record(&mut self, row: u64, rec: &Rec<'_>) {
        if self.header_row.is_some_and(|h| row < h) {
            return;
        }
        let Some(cols) = self.header.take() else {
            self.fix_header(row, rec);
            return;
        };
        let empty = rec.bytes().iter().all(|&b| b == b' ' || b == b'\t');
        if empty && self.fixes.drop_empty_rows && !self.edits.contains_key(&row) {
            self.header = Some(cols);
            return;
        }
        self.scratch.clear();
        self.ends.clear();
        for (i, cell) in rec.iter().enumerate() {
            let col = cols.get(i);
            let edited = col
                .and_then(|(name, _, _)| self.edit(row, name))
                .map(|v| v.as_bytes().to_vec());
            if let Some(v) = edited {
                self.scratch.extend_from_slice(&v);
            } else {
                let spec = col.and_then(|c| c.1);
                let mandatory = col.is_some_and(|c| c.2);
                let v = if self.fixes.trim_whitespace {
                    trim(cell)
                } else {
                    cell
                };
                let t = trim(v);
                if self.fixes.na_to_dash
                    && spec.is_some()
                    && !mandatory
                    && t.eq_ignore_ascii_case(b"N/A")
                {
                    self.scratch.push(b'-');
                } else if self.fixes.upper_case_country
                    && spec.is_some_and(|s| s.kind == Kind::Country)
                    && country::is_assigned(&t.to_ascii_uppercase())
                {
                    let start = self.scratch.len();
                    self.scratch.extend_from_slice(v);
                    self.scratch[start..].make_ascii_uppercase();
                } else if let Some(word) = self
                    .fixes
                    .normalize_case
                    .then(|| spec.and_then(|s| canonical_word(s.kind, t)))
                    .flatten()
                {
                    self.scratch.extend_from_slice(word);
                } else {
                    self.scratch.extend_from_slice(v);
                }
            }
            self.ends.push(self.scratch.len());
        }
        let (scratch, ends) = (&self.scratch, &self.ends);
        let cells = (0..ends.len()).map(|i| {
            let s = if i == 0 { 0 } else { ends[i - 1] };
            &scratch[s..ends[i]]
        });
        if let Some(out) = self.out.as_mut() {
            out.record(cells);
        }
        self.header = Some(cols);
    }
}

/// The guide's spelling of an enumeration value written in another case.
fn canonical_word(kind: Kind, v: &[u8]) -> Option<&'static [u8]> {
    let words: &[&'static [u8]] = match kind {
        Kind::YesNo => &[b"Yes", b"No"],
        Kind::TrueFalse => &[b"True", b"False"],
        _ => return None,
    };
    words.iter().copied().find(|w| w.eq_ignore_ascii_case(v))
}

/// Finds the column names below title lines, as `csv/header-not-first`
/// reports them: row 1 names no field, a row within the first few names
/// several.
#[derive(Default)]
struct HeaderFinder {
    first_names_fields: Option<bool>,
    found: Option<u64>,
    done: bool,
}

impl Handler for HeaderFinder {
    fn record(&mut self, row: u64, rec: &Rec<'_>) {
        if self.done {
            return;
        }
        let known = schema::known_field_count(rec.iter());
        match self.first_names_fields {
            None => {
                self.first_names_fields = Some(known > 0);
                self.done = known > 0;
            }
            Some(_) if known >= HEADER_MIN_FIELDS => {
                self.found = Some(row);
                self.done = true;
            }
            Some(_) => self.done = row >= HEADER_SEARCH_ROWS,
        }
    }
}

fn header_below_title(input: &[u8]) -> Option<u64> {
    let mut finder = HeaderFinder::default();
    let mut engine = Engine::new();
    for c in input.chunks(CHUNK) {
        engine.push(c, &mut finder);
        if finder.done {
            return finder.found;
        }
    }
    engine.finish(&mut finder);
    finder.found
}

/// Apply `fixes` (and inline edits) and return the corrected file, encoded as
/// `options.output` says.
pub fn fix(input: &[u8], options: &Options, fixes: &FixSet) -> Vec<u8> {
    let mut edits: HashMap<u64, Vec<&CellEdit>> = HashMap::new();
    for e in &fixes.edits {
        edits.entry(e.row).or_default().push(e);
    }
    let mut f = Fixer {
        opts: options,
        fixes,
        edits,
        out: None,
        size_hint: input.len() + 16,
        header: None,
        header_row: if fixes.drop_title_rows {
            header_below_title(input)
        } else {
            None
        },
        scratch: Vec::new(),
        ends: Vec::new(),
    };
    let mut engine = Engine::new();
    for c in input.chunks(CHUNK) {
        engine.push(c, &mut f);
    }
    engine.finish(&mut f);
    match f.out {
        Some(out) => out.finish(),
        None => Out::new(options.output, b',', 0).finish(),
    }
}
