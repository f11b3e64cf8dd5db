//! Small formatting helpers shared by the x509 modules.

/// Upper-case hex pairs joined by colons, the form IdPs show for
/// fingerprints (`AB:CD:…`).
pub fn colon_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut s = String::with_capacity(bytes.len() * 3);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            s.push(':');
        }
        s.push(HEX[usize::from(b >> 4)] as char);
        s.push(HEX[usize::from(b & 0x0F)] as char);
    }
    s
}

/// Echo a user value in a message: escaped and capped by the shared text layer.
pub fn shorten(s: &str) -> String {
    crate::text::shorten(s, 80).into_owned()
}

/// RFC 3339 in UTC with a `Z`, as the JSON output uses.
pub fn rfc3339(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colon_hex_is_upper_case_pairs() {
        assert_eq!(colon_hex(&[0x0a, 0xff, 0x10]), "0A:FF:10");
        assert_eq!(colon_hex(&[]), "");
    }

    #[test]
    fn shorten_keeps_short_values() {
        assert_eq!(shorten("abc"), "abc");
        assert!(shorten(&"x".repeat(10_000)).len() < 120);
    }
}
