//! Small text helpers shared by the network tools: echoing user input safely
//! in messages and reading the plain decimal numbers the admin tool's boxes
//! and DNS fields hold.

/// How many characters of a user value a message echoes.
const ECHO_LIMIT: usize = 40;

/// Echo user input in a message without letting a huge paste bloat the
/// report, and without passing control characters (terminal escapes, NUL,
/// bidi overrides) through to whoever renders the message.
pub fn shorten(s: &str) -> String {
    let mut out = String::new();
    for (count, ch) in s.chars().enumerate() {
        if count == ECHO_LIMIT {
            let total = s.chars().count();
            out.push_str(&format!("… ({total} characters)"));
            return out;
        }
        push_visible(&mut out, ch);
    }
    out
}

/// One character as shown in a message: printable characters as they are,
/// control and format characters as a `\u{…}` escape.
pub fn push_visible(out: &mut String, ch: char) {
    if ch.is_control() || is_invisible_format(ch) {
        out.extend(ch.escape_unicode());
    } else {
        out.push(ch);
    }
}

/// Format characters that change how text looks without being visible
/// (bidi overrides, zero-width characters, BOM).
fn is_invisible_format(ch: char) -> bool {
    matches!(ch, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{AD}')
}

/// Why a value is not a usable number.
#[derive(Debug, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    NotDigits,
    Huge,
}

/// Parse a whole decimal number. Surrounding whitespace is forgiven (a paste
/// often carries it); signs, units, separators and exponents are not.
pub fn parse_whole(raw: &str) -> Result<u64, NumberError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NumberError::NotDigits);
    }
    text.parse::<u64>().map_err(|_| NumberError::Huge)
}

/// 1-based character column of byte offset `byte` in `line`.
pub fn column_of(line: &str, byte: usize) -> u32 {
    let prefix = line.get(..byte).unwrap_or(line);
    u32::try_from(prefix.chars().count() + 1).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_escapes_controls_and_caps_length() {
        assert_eq!(shorten("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(shorten("x\u{202E}y"), "x\\u{202e}y");
        let long = "é".repeat(100);
        let s = shorten(&long);
        assert!(s.ends_with("… (100 characters)"), "{s}");
        assert_eq!(s.chars().filter(|c| *c == 'é').count(), 40);
    }

    #[test]
    fn parse_whole_cases() {
        assert_eq!(parse_whole(" 86400\n"), Ok(86400));
        assert_eq!(parse_whole(""), Err(NumberError::Empty));
        assert_eq!(parse_whole("-1"), Err(NumberError::NotDigits));
        assert_eq!(parse_whole("1e3"), Err(NumberError::NotDigits));
        assert_eq!(parse_whole(&"9".repeat(30)), Err(NumberError::Huge));
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(column_of("ab", 0), 1);
        assert_eq!(column_of("éb", 2), 2);
        assert_eq!(column_of("ab", 99), 3);
    }
}
