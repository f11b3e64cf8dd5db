//! Echoing input text safely: the one place that decides how text taken from
//! the input (certificate subjects, entity ids, CSV cells, domains, cron
//! expressions, log lines) is shown in a message, a terminal or a page.
//!
//! Two dangers, both defused by showing the character as an escape instead of
//! emitting it:
//! - **terminal injection**: C0/C1 control characters, ESC and DEL let a
//!   crafted input clear the screen, retitle the terminal or hide lines of the
//!   report (`\x1b]0;…\x07`, `\x1b[2J`);
//! - **Trojan Source** (CVE-2021-42574): bidi overrides and isolates
//!   (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) and invisible format
//!   characters make the text read differently from what it is.
//!
//! And one nuisance: a 10 MB paste must not make a 10 MB message, so
//! [`shorten`] cuts long text on a character boundary and says how much it cut.
//!
//! Every domain echoes input through [`shorten`]; the text renderer and the
//! CLI pass everything they print through [`escape_for_display`] (one line) or
//! [`escape_lines`] (a block that keeps its line breaks).

pub mod base64;
pub mod decode;
pub mod lines;
pub mod percent;

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` must be shown as an escape rather than emitted.
pub fn needs_escape(c: char) -> bool {
    c.is_control() || is_invisible_format(c)
}

/// Format characters that change how text reads without being visible:
/// bidi embeddings, overrides, isolates and marks, zero-width characters,
/// line/paragraph separators (some terminals break lines on them), the BOM
/// and the soft hyphen.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
    )
}

/// Append `c` to `out`, escaped when it must not be emitted: `\n`, `\r`, `\t`
/// by name, other characters up to U+00FF as `\x1b`, the rest as `\u202e`.
pub fn push_escaped(out: &mut String, c: char) {
    if !needs_escape(c) {
        out.push(c);
        return;
    }
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if (c as u32) <= 0xFF => {
            let _ = write!(out, "\\x{:02x}", c as u32);
        }
        c => {
            let _ = write!(out, "\\u{:04x}", c as u32);
        }
    }
}

/// `s` as one line of display text: every control, bidi and invisible format
/// character (line breaks and tabs included) shown as an escape. Borrows when
/// nothing needs escaping.
pub fn escape_for_display(s: &str) -> Cow<'_, str> {
    escape_where(s, needs_escape)
}

/// `s` as a block of display text: like [`escape_for_display`] but line
/// breaks (`\n`, and `\r` before one) and tabs are kept, for multi-line
/// output such as certificate details or generated records.
pub fn escape_lines(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_escape_in_block) && !s.contains('\r') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' if chars.peek() == Some(&'\n') => out.push(c),
            c => push_escaped(&mut out, c),
        }
    }
    Cow::Owned(out)
}

fn needs_escape_in_block(c: char) -> bool {
    needs_escape(c) && c != '\n' && c != '\t'
}

fn escape_where(s: &str, escape: fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        push_escaped(&mut out, c);
    }
    Cow::Owned(out)
}

/// `s` for a message: escaped as by [`escape_for_display`] and cut after
/// `max` characters of the input, on a character boundary, with an ellipsis
/// and how many characters were cut (`abc… (+9,997 characters)`).
pub fn shorten(s: &str, max: usize) -> Cow<'_, str> {
    // Fast path: short and clean (the common case) borrows.
    if s.len() <= max && !s.chars().any(needs_escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::new();
    let mut chars = s.chars();
    for c in chars.by_ref().take(max) {
        push_escaped(&mut out, c);
    }
    let rest = chars.count();
    if rest > 0 {
        let _ = write!(out, "… (+{} characters)", thousands(rest));
    }
    Cow::Owned(out)
}

/// `shorten` of bytes that may not be UTF-8 (invalid sequences show as U+FFFD).
pub fn shorten_bytes(b: &[u8], max: usize) -> String {
    shorten(&String::from_utf8_lossy(b), max).into_owned()
}

/// `n` with thousands separators (`12,345`).
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_escapes_are_shown_not_emitted() {
        assert_eq!(
            escape_for_display("a\x1b]0;pwned\x07b\x1b[2J"),
            "a\\x1b]0;pwned\\x07b\\x1b[2J"
        );
        assert_eq!(escape_for_display("del\u{7f} c1\u{9b}"), "del\\x7f c1\\x9b");
        assert_eq!(escape_for_display("l1\nl2\t"), "l1\\nl2\\t");
    }

    #[test]
    fn bidi_and_invisible_characters_are_shown() {
        for (c, shown) in [
            ('\u{202E}', "\\u202e"),
            ('\u{202A}', "\\u202a"),
            ('\u{2066}', "\\u2066"),
            ('\u{2069}', "\\u2069"),
            ('\u{200E}', "\\u200e"),
            ('\u{200F}', "\\u200f"),
            ('\u{061C}', "\\u061c"),
            ('\u{FEFF}', "\\ufeff"),
        ] {
            assert_eq!(escape_for_display(&format!("x{c}y")), format!("x{shown}y"));
        }
    }

    #[test]
    fn clean_text_is_borrowed_and_unchanged() {
        let s = "CN=idp.example.com, O=Ünïcödé 日本 ✓";
        assert!(matches!(escape_for_display(s), Cow::Borrowed(_)));
        assert!(matches!(shorten(s, 80), Cow::Borrowed(_)));
        assert!(matches!(escape_lines("a\nb\tc\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn blocks_keep_line_breaks_but_not_escapes() {
        assert_eq!(
            escape_lines("a\r\nb\x1b[2J\n\u{202e}c\rd"),
            "a\r\nb\\x1b[2J\n\\u202ec\\rd"
        );
    }

    #[test]
    fn shorten_cuts_on_a_char_boundary_and_counts_the_rest() {
        let long = "é".repeat(100);
        let s = shorten(&long, 40);
        assert!(s.ends_with("… (+60 characters)"), "{s}");
        assert_eq!(s.chars().filter(|c| *c == 'é').count(), 40);
        assert_eq!(shorten(&"x".repeat(10_000), 3), "xxx… (+9,997 characters)");
        assert_eq!(shorten("abc", 3), "abc");
        assert_eq!(shorten("a\u{1b}c", 40), "a\\x1bc");
        assert_eq!(shorten("", 0), "");
        assert_eq!(shorten("ab", 0), "… (+2 characters)");
    }

    #[test]
    fn shorten_bytes_survives_invalid_utf8() {
        assert_eq!(shorten_bytes(b"a\xff\x1b", 10), "a\u{FFFD}\\x1b");
    }

    #[test]
    fn thousands_groups() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
