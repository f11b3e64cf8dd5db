//! Reading a pasted or picked log: bytes to text (invalid UTF-8 replaced and
//! reported, never a panic), lines without their CR/LF, positions as 1-based
//! line and character column, and input echoed safely in messages.
//!
//! Logs arrive with LF or CRLF endings, with a UTF-8 BOM, cut in the middle
//! of a line, or with stray Latin-1 bytes from a terminal copy; all of them
//! are read, and the last one is said.

use std::borrow::Cow;

use crate::report::{Finding, Location, Severity};
use crate::rules::Rule;

pub const NOT_UTF8: Rule = Rule {
    id: "broadworks/not-utf8",
    severity: Severity::Warning,
    summary: "The log is not valid UTF-8; invalid bytes were replaced",
    source: "Best practice",
    help: "The log was read with invalid byte sequences replaced by U+FFFD, so values on those lines may be damaged. Export the log again as UTF-8 (or copy it from a terminal that uses UTF-8) if a finding points at such a line.",
};

/// How many characters of an input value a message echoes.
const ECHO_LIMIT: usize = 80;

/// The input as text, with a finding when bytes had to be replaced.
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, Option<Finding>) {
    use crate::text::decode::{decode_as, sniff_bom, Unicode};
    let bytes = match sniff_bom(bytes) {
        // A log saved from PowerShell (`>` writes UTF-16LE) or Notepad.
        Some((encoding @ (Unicode::Utf16Le | Unicode::Utf16Be), len)) => {
            let (text, bad) = decode_as(encoding, &bytes[len..]);
            let finding = bad.then(|| {
                Finding::new(
                    &NOT_UTF8,
                    "the UTF-16 log has malformed sequences; they were replaced".to_string(),
                    Location::default(),
                )
            });
            return (Cow::Owned(text.into_owned()), finding);
        }
        Some((Unicode::Utf8, len)) => &bytes[len..],
        None => bytes,
    };
    match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), None),
        Err(e) => {
            let at = e.valid_up_to();
            let before = &bytes[..at];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            // `before` is valid UTF-8, so the column counts its characters.
            let col =
                std::str::from_utf8(&before[line_start..]).map_or(1, |s| s.chars().count() + 1);
            // One lossy copy of a log that may be hundreds of megabytes.
            let text = String::from_utf8_lossy(bytes).into_owned();
            let invalid = text.matches('\u{FFFD}').count();
            let finding = Finding::new(
                &NOT_UTF8,
                format!(
                    "byte 0x{:02X} at line {line} is not UTF-8; {invalid} invalid sequence(s) were replaced",
                    bytes[at]
                ),
                Location::line_col(to_u32(line), to_u32(col)).with_span(at, at + 1),
            );
            (Cow::Owned(text), Some(finding))
        }
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One line of the input, without its line ending.
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    /// 1-based line number.
    pub no: u32,
    /// Byte offset of the line's first character in the whole text.
    pub start: usize,
    pub text: &'a str,
}

impl Line<'_> {
    /// The location of byte offset `byte` of this line.
    pub fn at(&self, byte: usize) -> Location {
        Location::line_col(self.no, column_of(self.text, byte))
            .with_span(self.start + byte, self.start + byte)
    }
}

/// The lines of `text`, LF or CRLF (or a lone CR) ending each; a last line
/// without an ending (a log cut mid-line) is a line too.
pub fn lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    let mut rest = text;
    let mut start = 0usize;
    let mut no = 0u32;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        no = no.saturating_add(1);
        let end = memchr::memchr2(b'\n', b'\r', rest.as_bytes()).unwrap_or(rest.len());
        let line = &rest[..end];
        let mut skip = end;
        if rest.as_bytes().get(end) == Some(&b'\r') {
            skip += 1;
            if rest.as_bytes().get(end + 1) == Some(&b'\n') {
                skip += 1;
            }
        } else if end < rest.len() {
            skip += 1;
        }
        let out = Line {
            no,
            start,
            text: line,
        };
        start += skip;
        rest = &rest[skip..];
        Some(out)
    })
}

/// Byte offsets back into locations, shared with every reader.
pub use crate::text::lines::LineIndex;

/// 1-based character column of byte offset `byte` in `line`.
pub fn column_of(line: &str, byte: usize) -> u32 {
    let mut b = byte.min(line.len());
    while !line.is_char_boundary(b) {
        b -= 1;
    }
    to_u32(line[..b].chars().count() + 1)
}

/// Echo input in a message: escaped and capped by the shared text layer.
pub fn shorten(s: &str) -> String {
    crate::text::shorten(s, ECHO_LIMIT).into_owned()
}

/// Byte offset of the first case-insensitive occurrence of the ASCII
/// `needle` (given in lower case) in `hay`.
pub fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    let first = n[0];
    let upper = first.to_ascii_uppercase();
    let mut i = 0;
    while i + n.len() <= h.len() {
        let next = memchr::memchr2(first, upper, &h[i..=h.len() - n.len()])?;
        let at = i + next;
        if h[at..at + n.len()].eq_ignore_ascii_case(n) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// Every match of `patterns` in `text`, ASCII case ignored, in order, as
/// (pattern index, byte offset): the patterns are lower case and
/// `patterns` is a case-sensitive automaton of them. Case-insensitive
/// automata cannot use the vectorised (Teddy) search, so the text is folded
/// to lower case 64 KiB at a time into one buffer and searched there —
/// four times faster on a log, without a second copy of the whole text.
/// `longest` is the length of the longest pattern: each chunk reads that
/// far into the next one, so a match across the seam is found once.
pub fn for_each_match_ci(
    text: &[u8],
    patterns: &aho_corasick::AhoCorasick,
    longest: usize,
    mut found: impl FnMut(usize, usize),
) {
    const CHUNK: usize = 1 << 16;
    let mut folded = Vec::with_capacity(CHUNK + longest);
    let mut start = 0;
    while start < text.len() {
        let end = (start + CHUNK).min(text.len());
        let read_to = (end + longest.saturating_sub(1)).min(text.len());
        folded.clear();
        folded.extend_from_slice(&text[start..read_to]);
        folded.make_ascii_lowercase();
        let mut next = end;
        for m in patterns.find_iter(&folded) {
            if start + m.start() >= end {
                break;
            }
            found(m.pattern().as_usize(), start + m.start());
            next = next.max(start + m.end());
        }
        start = next;
    }
}

/// Whether a line starts a new log entry (a timestamp, a bracketed field or
/// a `<Level>` tag) rather than continuing the previous one (an indented
/// header, an XML body line).
pub fn starts_entry(line: &str) -> bool {
    let t = line.as_bytes();
    match t.first() {
        Some(b) if b.is_ascii_digit() => true,
        Some(b'[') => true,
        Some(b'<') => [
            "<Error>",
            "<Warning>",
            "<Info>",
            "<Debug>",
            "<Trace>",
            "<Fatal>",
        ]
        .iter()
        .any(|tag| line.starts_with(tag)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_across_the_chunk_seam_are_found_once_in_any_case() {
        let patterns = aho_corasick::AhoCorasick::new(["single sign", "err"]).unwrap();
        for shift in 0..12 {
            // "Single Sign" laid across the 64 KiB seam at every offset.
            let mut text = "x".repeat((1 << 16) - shift);
            text.push_str("Single SIGN on failed; ERROR\n");
            let mut found = Vec::new();
            for_each_match_ci(text.as_bytes(), &patterns, 11, |p, at| found.push((p, at)));
            let at = (1 << 16) - shift;
            assert_eq!(found, [(0, at), (1, at + 23)], "shift {shift}");
        }
        let mut none = Vec::new();
        for_each_match_ci(b"", &patterns, 11, |p, at| none.push((p, at)));
        assert!(none.is_empty());
    }

    #[test]
    fn lines_handle_lf_crlf_cr_and_a_cut_last_line() {
        let got: Vec<(u32, usize, &str)> = lines("a\r\nbb\nc\rdd")
            .map(|l| (l.no, l.start, l.text))
            .collect();
        assert_eq!(got, [(1, 0, "a"), (2, 3, "bb"), (3, 6, "c"), (4, 8, "dd")]);
        assert_eq!(lines("").count(), 0);
        assert_eq!(lines("x\n").count(), 1);
    }

    #[test]
    fn invalid_utf8_is_replaced_and_located() {
        let (text, finding) = decode(b"ok\nab\xFFcd\n");
        assert_eq!(text, "ok\nab\u{FFFD}cd\n");
        let f = finding.unwrap();
        assert_eq!(f.location.line, Some(2));
        assert_eq!(f.location.column, Some(crate::report::Column::Number(3)));
        assert!(decode("é\n".as_bytes()).1.is_none());
        assert_eq!(decode(b"\xEF\xBB\xBFx").0, "x");
    }

    #[test]
    fn index_locates_offsets() {
        let t = "ab\r\ncdé\nf";
        let idx = LineIndex::new(t);
        assert_eq!(idx.locate(0).line, Some(1));
        let l = idx.locate(t.find('f').unwrap());
        assert_eq!(
            (l.line, l.column),
            (Some(3), Some(crate::report::Column::Number(1)))
        );
        let l = idx.locate(t.find('é').unwrap() + 2);
        assert_eq!(l.column, Some(crate::report::Column::Number(4)));
    }

    #[test]
    fn a_utf16_log_is_read_as_text() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(
            "2022.03.16 10:00 <Error>\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        );
        let (text, bad) = decode(&bytes);
        assert_eq!(text, "2022.03.16 10:00 <Error>\n");
        assert!(bad.is_none());
    }

    #[test]
    fn helpers() {
        assert_eq!(find_ci("xx TrackingID: a", "trackingid"), Some(3));
        assert_eq!(find_ci("short", "longer needle"), None);
        assert_eq!(shorten("a\u{1b}b"), "a\\x1bb");
        assert_eq!(column_of("éa", 1), 1);
        assert!(starts_entry("2022.03.16 10:00"));
        assert!(starts_entry("<Error> [0x7000]"));
        assert!(!starts_entry("<subscriberProfile>"));
        assert!(!starts_entry("  Host: x"));
    }
}
