//! The streaming pipeline every CSV function shares: bytes (any chunking) ->
//! [`Decoder`] -> dialect detection on the header line -> `csv_core` (the
//! allocation-free RFC 4180 state machine under the `csv` crate; its push
//! interface is what lets a Web Worker feed the file in chunks) -> one
//! callback per record.
//!
//! Row numbers are the ones a spreadsheet shows: one per record (a quoted
//! cell with newlines stays one row), plus blank lines, which `csv_core`
//! skips but Excel displays as rows. Memory: the decoded text of the current
//! chunk and the current record, never the whole file.

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};

use super::decode::{Decoder, Issue};
use super::dialect::{self, Dialect};

/// One parsed record: its cells as UTF-8 bytes.
pub struct Rec<'a> {
    out: &'a [u8],
    ends: &'a [usize],
    /// An odd number of quote characters: a quote opened and never closed, or
    /// a bare `"` inside an unquoted cell.
    pub odd_quotes: bool,
    /// A quote inside a quoted cell that is neither doubled nor closing it
    /// (`"Robert "Bob" Ray"`), see [`super::quotes`].
    pub stray_quote: bool,
    /// Cells beyond [`MAX_CELLS`] merged into the last one (a hostile or
    /// broken file with a million separators on one line).
    pub extra_cells: u64,
}

/// More cells than any user file has (the field table has 28 columns); past
/// this, cell boundaries are counted instead of stored so that memory stays
/// proportional to the input, not eight times it.
pub const MAX_CELLS: usize = 1 << 14;

impl<'a> Rec<'a> {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn get(&self, i: usize) -> &'a [u8] {
        let start = if i == 0 {
            0
        } else {
            self.ends.get(i - 1).copied().unwrap_or(0)
        };
        let end = self.ends.get(i).copied().unwrap_or(start);
        self.out.get(start..end).unwrap_or(&[])
    }

    /// All cell bytes back to back (for fast whole-record scans).
    pub fn bytes(&self) -> &'a [u8] {
        self.out
    }

    pub fn iter(&self) -> impl Iterator<Item = &'a [u8]> + Clone + '_ {
        (0..self.len()).map(move |i| self.get(i))
    }
}

/// What the engine reports; every method has a default so that consumers
/// implement only what they need.
pub trait Handler {
    fn dialect(&mut self, _d: &Dialect) {}
    /// A record; `row` is its spreadsheet row (the header is normally row 1).
    fn record(&mut self, row: u64, rec: &Rec<'_>);
    /// `count` blank lines starting at spreadsheet row `first`.
    fn blank_lines(&mut self, _first: u64, _count: u64) {}
    /// Row 1 was Excel's `sep=X` line (see `Dialect::sep_line`); the
    /// header follows on row 2.
    fn sep_line(&mut self, _separator: u8) {}
    /// An encoding problem inside row `row`, cell index `cell`.
    fn encoding(&mut self, _issue: &Issue, _row: u64, _cell: usize) {}
}

/// How much decoded text we wait for before deciding the dialect when the
/// header line has no end yet (a pathological one-line file).
const HEADER_WAIT: usize = 1 << 20;

pub struct Engine {
    dec: Decoder,
    /// Decoded text not yet handed to the parser.
    buf: Vec<u8>,
    /// Absolute decoded offset of `buf[0]`.
    buf_base: u64,
    /// Next decoder issue to place (index into `dec.issues`).
    issue_next: usize,
    dialect: Option<Dialect>,
    rdr: Reader,
    out: Vec<u8>,
    ends: Vec<usize>,
    nout: usize,
    nend: usize,
    quotes: u64,
    quote_scan: super::quotes::QuoteScan,
    records: u64,
    blanks: u64,
    /// Between records: counting blank lines.
    at_start: bool,
    scan_prev: u8,
    blank_run: u64,
    extra_cells: u64,
    last_byte: u8,
    finished: bool,
}

impl Default for Engine {
    fn default() -> Self {
        Self::new()
    }
}

impl Engine {
    pub fn new() -> Self {
        Self {
            dec: Decoder::new(),
            buf: Vec::new(),
            buf_base: 0,
            issue_next: 0,
            dialect: None,
            rdr: Reader::new(),
            out: vec![0; 4096],
            ends: vec![0; 64],
            nout: 0,
            nend: 0,
            quotes: 0,
            quote_scan: super::quotes::QuoteScan::default(),
            records: 0,
            blanks: 0,
            at_start: true,
            scan_prev: 0,
            blank_run: 0,
            extra_cells: 0,
            last_byte: 0,
            finished: false,
        }
    }

    pub fn dialect(&self) -> Option<&Dialect> {
        self.dialect.as_ref()
    }

    /// Records seen so far (the header included).
    pub fn records(&self) -> u64 {
        self.records
    }

    pub fn push<H: Handler>(&mut self, chunk: &[u8], h: &mut H) {
        if self.finished {
            return;
        }
        self.dec.push(chunk, false, &mut self.buf);
        self.run(false, h);
    }

    pub fn finish<H: Handler>(&mut self, h: &mut H) {
        if self.finished {
            return;
        }
        self.dec.push(&[], true, &mut self.buf);
        self.run(true, h);
        self.quote_scan.finish();
        // Tell csv_core the input ended, to get the last record without a newline.
        loop {
            let (res, _, nout, nend) =
                self.rdr
                    .read_record(&[], &mut self.out[self.nout..], &mut self.ends[self.nend..]);
            self.nout += nout;
            self.nend += nend;
            match res {
                ReadRecordResult::Record => self.emit(h),
                ReadRecordResult::OutputEndsFull => self.grow_ends(),
                ReadRecordResult::OutputFull => self.grow_out(),
                ReadRecordResult::End | ReadRecordResult::InputEmpty => break,
            }
        }
        // Encoding issues after the last record (e.g. a truncated final code unit).
        while let Some(issue) = self.dec.issues.get(self.issue_next) {
            h.encoding(issue, self.row(), self.nend);
            self.issue_next += 1;
        }
        self.flush_blanks(h);
        self.finished = true;
    }

    fn row(&self) -> u64 {
        1 + self.records + self.blanks
    }

    fn run<H: Handler>(&mut self, last: bool, h: &mut H) {
        if self.dialect.is_none() {
            let Some((enc, bom)) = self.dec.encoding() else {
                return;
            };
            let ready = last || self.buf.len() >= HEADER_WAIT || dialect::header_ready(&self.buf);
            if !ready {
                return;
            }
            let mut d = dialect::detect(&self.buf, enc, bom);
            d.binary = self.dec.binary;
            self.rdr = ReaderBuilder::new().delimiter(d.delimiter).build();
            h.dialect(&d);
            self.dialect = Some(d);
        }
        let mut pos = 0usize;
        while pos < self.buf.len() {
            // Stop at the next encoding issue so that we know its row and cell.
            let mut limit = self.buf.len();
            if let Some(issue) = self.dec.issues.get(self.issue_next) {
                let at = issue.decoded_at.saturating_sub(self.buf_base) as usize;
                if at <= pos {
                    h.encoding(issue, self.row(), self.nend);
                    self.issue_next += 1;
                    continue;
                }
                limit = limit.min(at);
            }
            if self.at_start {
                self.scan_blanks(pos, limit, h);
            }
            let input = &self.buf[pos..limit];
            let (res, nin, nout, nend) = self.rdr.read_record(
                input,
                &mut self.out[self.nout..],
                &mut self.ends[self.nend..],
            );
            let delimiter = self.dialect.as_ref().map_or(b',', |d| d.delimiter);
            self.quotes += self.quote_scan.feed(&input[..nin], delimiter);
            if nin > 0 {
                self.last_byte = input[nin - 1];
            }
            pos += nin;
            self.nout += nout;
            self.nend += nend;
            match res {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => self.grow_out(),
                ReadRecordResult::OutputEndsFull => self.grow_ends(),
                ReadRecordResult::Record => self.emit(h),
                ReadRecordResult::End => break,
            }
        }
        self.buf_base += pos as u64;
        self.buf.drain(..pos.min(self.buf.len()));
        // Issues are placed; forget them so memory stays bounded.
        if self.issue_next > 0 && self.issue_next == self.dec.issues.len() {
            self.dec.issues.clear();
            self.issue_next = 0;
        }
    }

    /// Count blank lines between records (csv_core discards them silently).
    fn scan_blanks<H: Handler>(&mut self, pos: usize, limit: usize, h: &mut H) {
        for &b in &self.buf[pos..limit] {
            match b {
                b'\n' if self.scan_prev == b'\r' => {}
                b'\r' | b'\n' => self.blank_run += 1,
                _ => {
                    self.at_start = false;
                    break;
                }
            }
            self.scan_prev = b;
        }
        if !self.at_start {
            self.flush_blanks(h);
        }
    }

    fn flush_blanks<H: Handler>(&mut self, h: &mut H) {
        if self.blank_run > 0 {
            h.blank_lines(self.row(), self.blank_run);
            self.blanks += self.blank_run;
            self.blank_run = 0;
        }
    }

    fn emit<H: Handler>(&mut self, h: &mut H) {
        let rec = Rec {
            out: &self.out[..self.nout],
            ends: &self.ends[..self.nend],
            odd_quotes: self.quotes % 2 == 1,
            stray_quote: self.quote_scan.stray,
            extra_cells: self.extra_cells,
        };
        let row = 1 + self.records + self.blanks;
        match self.dialect.as_ref().and_then(|d| d.sep_line) {
            Some(sep) if row == 1 => h.sep_line(sep),
            _ => h.record(row, &rec),
        }
        self.records += 1;
        self.nout = 0;
        self.nend = 0;
        self.quotes = 0;
        self.quote_scan.next_record();
        self.extra_cells = 0;
        self.at_start = true;
        // The last byte csv_core consumed is this record's terminator (the CR
        // of a CRLF, whose LF is then not a blank line), or its last cell byte
        // at the end of input.
        self.scan_prev = self.last_byte;
    }

    fn grow_out(&mut self) {
        let n = self.out.len().max(1024);
        self.out.resize(n * 2, 0);
    }

    fn grow_ends(&mut self) {
        if self.ends.len() >= MAX_CELLS {
            // Forget the boundaries past the cap: later cells join the last kept one.
            let keep = MAX_CELLS - 1;
            self.extra_cells += (self.nend - keep) as u64;
            self.nend = keep;
            return;
        }
        let n = self.ends.len().max(16);
        self.ends.resize((n * 2).min(MAX_CELLS), 0);
    }
}
