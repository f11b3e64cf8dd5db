//! The status file: the input replicated with `status` and `statusMessage`
//! columns added, the shape of the file the import mails back ("CSV File
//! Format" / "Overview": "The status of the import is reported in the CSV
//! file that replicates all the information from the input file, with a
//! specific column indicating the status"; "Provision Tightly Coupled
//! Integration", step 7: the "status" and "statusMessage" columns). Here it
//! is the prediction, before the upload: `Error`, `Warning` or `OK` per row.

use super::check::{Checker, Sink};
use super::dialect::Dialect;
use super::engine::{Engine, Handler, Rec};
use super::write::Out;
use super::{Options, CHUNK};
use crate::report::{Finding, Severity};

/// Collects the findings of the row being processed.
#[derive(Default)]
struct RowSink {
    pending: Vec<Finding>,
}

impl Sink for RowSink {
    fn add(&mut self, f: Finding) {
        self.pending.push(f);
    }
}

struct StatusWriter {
    checker: Checker<RowSink>,
    opts: Options,
    out: Option<Out>,
    size_hint: usize,
    /// Errors about the whole file (header, encoding of the header ...): every
    /// row of such a file fails, so every row carries them.
    file_errors: Vec<String>,
    more_file_errors: u64,
}

const MAX_FILE_ERRORS: usize = 1;
const MAX_PADDING: usize = 64;
const MAX_ROW_MESSAGES: usize = 8;

fn describe(f: &Finding) -> String {
    let col = match &f.location.column {
        Some(crate::report::Column::Name(n)) => format!("{n}: "),
        _ => String::new(),
    };
    let mut m = format!("{col}{} [{}]", f.message, f.rule);
    if m.len() > 300 {
        let cut = (0..=300)
            .rev()
            .find(|&i| m.is_char_boundary(i))
            .unwrap_or(0);
        m.truncate(cut);
        m.push('…');
    }
    m
}

impl Handler for StatusWriter {
    fn dialect(&mut self, d: &Dialect) {
        self.checker.dialect(d);
        let delim = d.output_delimiter();
        self.out = Some(Out::new(self.opts.output, delim, self.size_hint));
    }

    fn record(&mut self, row: u64, rec: &Rec<'_>) {
        let is_header = self.checker.header_row.is_none();
        self.checker.record(row, rec);
        let mut mine: Vec<Finding> = Vec::new();
        for f in self.checker.sink.pending.drain(..) {
            if !is_header && f.location.row == Some(row) {
                mine.push(f);
            } else if f.severity == Severity::Error {
                // A broken header can produce thousands of errors; every row
                // repeats them, so keep the first few and a count.
                if self.file_errors.len() < MAX_FILE_ERRORS {
                    self.file_errors.push(describe(&f));
                } else {
                    self.more_file_errors += 1;
                }
            }
        }
        let Some(out) = self.out.as_mut() else { return };
        let n = self.checker.cols.len();
        if is_header {
            let cells = rec
                .iter()
                .chain([b"status".as_slice(), b"statusMessage".as_slice()]);
            out.record(cells);
            return;
        }
        mine.sort_by_key(|f| f.severity);
        let empty = rec.bytes().iter().all(|&b| b == b' ' || b == b'\t');
        let has_error = !self.file_errors.is_empty()
            || empty
            || mine.iter().any(|f| f.severity == Severity::Error);
        let status: &[u8] = if has_error {
            b"Error"
        } else if mine.iter().any(|f| f.severity == Severity::Warning) {
            b"Warning"
        } else {
            b"OK"
        };
        // File-level errors fail every row; name the first (the report has
        // them all) so that the status file stays proportional to the input.
        let mut msgs: Vec<String> = Vec::new();
        if let Some(first) = self.file_errors.first() {
            let more = self.file_errors.len() as u64 - 1 + self.more_file_errors;
            msgs.push(if more > 0 {
                format!("file: {first} (and {more} more file errors)")
            } else {
                format!("file: {first}")
            });
        }
        if empty {
            msgs.push("empty row".into());
        }
        // Errors first (sorted above); a row with dozens of bad cells lists
        // the first few, the report has every one.
        msgs.extend(mine.iter().take(MAX_ROW_MESSAGES).map(describe));
        if mine.len() > MAX_ROW_MESSAGES {
            msgs.push(format!("and {} more", mine.len() - MAX_ROW_MESSAGES));
        }
        let message = msgs.join("; ");
        // Short rows are padded so that the status columns line up, unless
        // the gap is absurd (padding would multiply the output).
        let padding = match n.saturating_sub(rec.len()) {
            gap if gap <= MAX_PADDING => gap,
            _ => 0,
        };
        let cells = (0..rec.len().min(n))
            .map(|i| rec.get(i))
            .chain(std::iter::repeat_n(b"".as_slice(), padding))
            .chain([status, message.as_bytes()])
            .chain((n..rec.len()).map(|i| rec.get(i)));
        out.record(cells);
    }

    fn blank_lines(&mut self, first: u64, count: u64) {
        self.checker.blank_lines(first, count);
    }

    fn encoding(&mut self, issue: &super::decode::Issue, row: u64, cell: usize) {
        self.checker.encoding(issue, row, cell);
    }
}

/// The input with `status` and `statusMessage` columns added (encoding from
/// `options.output`; separator as in the input, commas for a semicolon file).
pub fn status_file(input: &[u8], options: &Options) -> Vec<u8> {
    let mut w = StatusWriter {
        checker: Checker::with_size_hint(RowSink::default(), options, input.len() as u64),
        opts: options.clone(),
        out: None,
        size_hint: input.len() + input.len() / 8,
        file_errors: Vec::new(),
        more_file_errors: 0,
    };
    let mut engine = Engine::new();
    for c in input.chunks(CHUNK) {
        engine.push(c, &mut w);
    }
    engine.finish(&mut w);
    match w.out {
        Some(out) => out.finish(),
        None => Out::new(options.output, b',', 0).finish(),
    }
}
