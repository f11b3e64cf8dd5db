//! Percent-decoding (RFC 3986 §2.1) of query-string values, with the
//! `percent-encoding` crate doing the decoding.
//!
//! A `+` stays a `+`: the values Preflight decodes are base64 (a SAML
//! binding's `SAMLResponse`, `Signature`) or URIs (`SigAlg`), and a `+` left
//! unencoded in a pasted query string is base64's `+`, never a space.

use std::borrow::Cow;

/// A `%` not followed by two hexadecimal digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadEscape {
    /// Byte offset of the `%` in the text given.
    pub at: usize,
    /// The `%` and what follows it (at most two characters).
    pub escape: String,
}

/// Decode `text`, refusing a malformed escape (the crate alone would keep it
/// as it is). With `skip_whitespace`, whitespace is dropped first, also
/// inside an escape (`%2\nB`), as a wrapped log line puts it there.
pub fn decode_strict(text: &str, skip_whitespace: bool) -> Result<Vec<u8>, BadEscape> {
    let b = text.as_bytes();
    let kept: Vec<usize> = (0..b.len())
        .filter(|&i| !(skip_whitespace && b[i].is_ascii_whitespace()))
        .collect();
    let mut k = 0;
    while k < kept.len() {
        let i = kept[k];
        if b[i] == b'%' {
            let digits: Vec<u8> = kept[k + 1..].iter().take(2).map(|&j| b[j]).collect();
            if digits.len() < 2 || !digits.iter().all(u8::is_ascii_hexdigit) {
                let end = text[i + 1..]
                    .char_indices()
                    .nth(2)
                    .map_or(text.len(), |(n, _)| i + 1 + n);
                return Err(BadEscape {
                    at: i,
                    escape: text[i..end].to_string(),
                });
            }
            k += 3;
        } else {
            k += 1;
        }
    }
    let joined: Vec<u8> = kept.iter().map(|&i| b[i]).collect();
    Ok(percent_encoding::percent_decode(&joined).collect())
}

/// Decode `text`, keeping a malformed escape as it is and replacing what is
/// not UTF-8 afterwards.
pub fn decode_lenient(text: &str) -> Cow<'_, str> {
    percent_encoding::percent_decode_str(text).decode_utf8_lossy()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_refuses_a_bad_escape_and_lenient_keeps_it() {
        assert_eq!(decode_strict("%2b%2B%3d+", false).unwrap(), b"++=+");
        assert_eq!(decode_strict("a%2\nB", true).unwrap(), b"a+");
        assert_eq!(
            decode_strict("ab%+1", false),
            Err(BadEscape {
                at: 2,
                escape: "%+1".into()
            })
        );
        assert!(decode_strict("a%2\nB", false).is_err());
        assert_eq!(decode_lenient("%zz%4%41+"), "%zz%4A+");
    }
}
