//! Small text helpers shared by the network tools: echoing user input safely
//! in messages and reading the plain decimal numbers the admin tool's boxes
//! and DNS fields hold.

/// How many characters of a user value a message echoes.
const ECHO_LIMIT: usize = 40;

/// Echo user input in a message: escaped and capped by the shared text layer
/// ([`crate::text::shorten`]) at the network tools' echo length.
pub fn shorten(s: &str) -> String {
    crate::text::shorten(s, ECHO_LIMIT).into_owned()
}

/// One character as shown in a message (the shared text layer's escape).
pub use crate::text::push_escaped as push_visible;

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
        assert_eq!(shorten("a\u{1b}[31mb"), "a\\x1b[31mb");
        assert_eq!(shorten("x\u{202E}y"), "x\\u202ey");
        let long = "é".repeat(100);
        let s = shorten(&long);
        assert!(s.ends_with("… (+60 characters)"), "{s}");
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
