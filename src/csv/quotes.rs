//! Quotes that RFC 4180 §2 (rules 5–7) does not allow inside a quoted cell:
//! `"Robert "Bob" Ray"`, where the inner quotes are not doubled. `csv_core`
//! reads such a cell leniently (as `Robert Bob" Ray"`) and says nothing, and
//! the quote count stays even, so the record looks fine; the import reads
//! the cell differently. This scanner follows the quoting state across the
//! chunks the parser consumed, looking only at the quote characters.

/// The quoting state of the text consumed so far.
pub struct QuoteScan {
    in_quoted: bool,
    /// A quote inside a quoted cell was the last byte seen: the next byte
    /// says whether it closed the cell, was doubled, or was stray.
    pending: bool,
    /// The byte before the next one fed (a line break at the start).
    prev: u8,
    /// The current record has a quote inside a quoted cell that is neither
    /// doubled nor closing it.
    pub stray: bool,
}

impl Default for QuoteScan {
    fn default() -> Self {
        Self {
            in_quoted: false,
            pending: false,
            prev: b'\n',
            stray: false,
        }
    }
}

impl QuoteScan {
    /// Follow `bytes`, the next text the parser consumed; returns how many
    /// quote characters it holds.
    pub fn feed(&mut self, bytes: &[u8], delimiter: u8) -> u64 {
        let Some(&last) = bytes.last() else {
            return 0;
        };
        let mut quotes = 0;
        let boundary = |b: u8| b == delimiter || b == b'\r' || b == b'\n';
        let mut skip_to = 0;
        if self.pending {
            self.pending = false;
            self.after_quote(bytes[0], boundary(bytes[0]));
            if bytes[0] == b'"' {
                skip_to = 1;
            }
        }
        for i in memchr::memchr_iter(b'"', bytes) {
            quotes += 1;
            if i < skip_to {
                continue;
            }
            if !self.in_quoted {
                // Only a quote that starts a cell opens quoting; elsewhere
                // in an unquoted cell it is a literal character.
                let prev = if i == 0 { self.prev } else { bytes[i - 1] };
                self.in_quoted = boundary(prev);
                continue;
            }
            match bytes.get(i + 1) {
                Some(&next) => {
                    self.after_quote(next, boundary(next));
                    if next == b'"' {
                        skip_to = i + 2;
                    }
                }
                None => self.pending = true,
            }
        }
        self.prev = last;
        quotes
    }

    /// A quote inside a quoted cell, followed by `next`.
    fn after_quote(&mut self, next: u8, at_boundary: bool) {
        if next == b'"' {
            return; // doubled: a literal quote, still quoted
        }
        if !at_boundary {
            self.stray = true;
        }
        // Closed (or, stray, read as unquoted from here on, as csv_core does).
        self.in_quoted = false;
    }

    /// The input ended: a pending quote closed the last cell.
    pub fn finish(&mut self) {
        if self.pending {
            self.pending = false;
            self.in_quoted = false;
        }
    }

    /// A record ended; the next one starts unflagged.
    pub fn next_record(&mut self) {
        self.stray = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stray(text: &str, chunk: usize) -> bool {
        let mut q = QuoteScan::default();
        for part in text.as_bytes().chunks(chunk) {
            q.feed(part, b',');
        }
        q.finish();
        q.stray
    }

    #[test]
    fn undoubled_quotes_inside_a_quoted_cell_are_stray_at_any_chunking() {
        for chunk in [1, 2, 3, 7, 100] {
            assert!(stray("Robert,\"Robert \"Bob\" Ray\",x\n", chunk), "{chunk}");
            assert!(stray("\"abc\" ,def\n", chunk), "{chunk}");
            assert!(
                !stray("Robert,\"Robert \"\"Bob\"\" Ray\",x\n", chunk),
                "{chunk}"
            );
            assert!(
                !stray("a,\"\",\"\"\"\",\"x,y\"\r\n\"multi\nline\",z", chunk),
                "{chunk}"
            );
            // A quote inside an unquoted cell is literal, not stray.
            assert!(!stray("Robert \"Bob\" Ray,x\n", chunk), "{chunk}");
            assert!(!stray("a,b\"", chunk), "{chunk}");
        }
    }
}
