//! Byte offsets to 1-based line and character column, the positions every
//! finding carries.
//!
//! One index serves every reader (XML, logs), so a line means the same
//! everywhere: LF, CRLF or a lone CR ends one (XML's end-of-line handling,
//! XML 1.0 §2.11, treats all three as one break; old Mac exports and some
//! log copies use a lone CR). Columns count characters, not bytes.
//!
//! The index is built on first use: a clean 50 MB file with no findings never
//! pays for the scan. Lookups are O(log n) even on one 10 MB line (a hostile
//! response can carry thousands of findings there): non-ASCII text keeps a
//! character count every 256 bytes.

use std::cell::OnceCell;

use crate::report::Location;

/// How far apart (in bytes) the character-count checkpoints of non-ASCII
/// text are: a column costs at most this much scanning.
const CHECKPOINT_BYTES: usize = 256;

/// Line and column lookups into one text.
pub struct LineIndex<'a> {
    text: &'a str,
    built: OnceCell<Built>,
}

struct Built {
    /// Byte offset of each line's first character; the first is 0.
    starts: Vec<usize>,
    /// `(byte offset, character index)` on character boundaries, every
    /// [`CHECKPOINT_BYTES`]; empty for ASCII text (where they are equal).
    checkpoints: Vec<(usize, usize)>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            built: OnceCell::new(),
        }
    }

    fn built(&self) -> &Built {
        self.built.get_or_init(|| {
            let bytes = self.text.as_bytes();
            let mut starts = vec![0];
            let mut at = 0;
            while let Some(i) = memchr::memchr2(b'\n', b'\r', &bytes[at..]) {
                let end = at + i;
                at = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                    end + 2
                } else {
                    end + 1
                };
                starts.push(at);
            }
            let mut checkpoints = Vec::new();
            if !self.text.is_ascii() {
                let mut next = 0;
                for (chars, (i, _)) in self.text.char_indices().enumerate() {
                    if i >= next {
                        checkpoints.push((i, chars));
                        next = i + CHECKPOINT_BYTES;
                    }
                }
            }
            Built {
                starts,
                checkpoints,
            }
        })
    }

    /// How many characters precede byte `offset` (rounded down to a
    /// character boundary).
    fn char_index(&self, offset: usize) -> usize {
        let built = self.built();
        if built.checkpoints.is_empty() {
            return offset;
        }
        let k = built.checkpoints.partition_point(|(b, _)| *b <= offset);
        let (b, c) = built.checkpoints[k.saturating_sub(1)];
        let mut end = offset;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        c + self.text[b..end.max(b)].chars().count()
    }

    /// The 1-based line and character column of byte `offset` (clamped to
    /// the text).
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let starts = &self.built().starts;
        let line = starts.partition_point(|&s| s <= offset);
        let start = starts[line - 1];
        let col = self.char_index(offset) - self.char_index(start) + 1;
        (to_u32(line), to_u32(col))
    }

    /// The location of byte `offset`: its line and column, and a span
    /// that points at it.
    pub fn locate(&self, offset: usize) -> Location {
        let (line, col) = self.line_col(offset);
        Location::line_col(line, col).with_span(offset, offset)
    }

    /// The byte offset where 1-based line `line` starts.
    pub fn start(&self, line: usize) -> Option<usize> {
        self.built().starts.get(line.checked_sub(1)?).copied()
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_and_every_line_ending_counts() {
        let t = "ab\nçd<x\r\nz\rq";
        let li = LineIndex::new(t);
        assert_eq!(li.line_col(0), (1, 1));
        assert_eq!(li.line_col(3), (2, 1));
        assert_eq!(li.line_col(t.find('<').unwrap()), (2, 3));
        assert_eq!(li.line_col(t.find('z').unwrap()), (3, 1));
        assert_eq!(li.line_col(t.find('q').unwrap()), (4, 1));
        assert_eq!(li.start(3), Some(t.find('z').unwrap()));
        assert_eq!(li.start(9), None);
        // Past the end is clamped; inside a character rounds down.
        assert_eq!(li.line_col(10_000), (4, 2));
        assert_eq!(li.line_col(t.find('ç').unwrap() + 1), (2, 1));
    }

    #[test]
    fn a_long_line_of_multibyte_text_is_indexed_exactly() {
        let t = format!("{}\n{}X", "é".repeat(5_000), "日本".repeat(3_000));
        let li = LineIndex::new(&t);
        assert_eq!(li.line_col(t.find('X').unwrap()), (2, 6_001));
        assert_eq!(li.line_col(t.find('\n').unwrap()), (1, 5_001));
        let loc = li.locate(t.find('X').unwrap());
        assert_eq!(loc.line, Some(2));
    }
}
