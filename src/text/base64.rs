//! Base64 as it arrives in configuration: wrapped at any width (PEM bodies,
//! `<ds:X509Certificate>` text, a log line cut at 76 columns), padded or not,
//! and — in a pasted HTTP binding — sometimes in the URL-safe alphabet. One
//! set-up for every reader, so that a certificate decodes the same in the
//! metadata, response and certificate tools.

use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine as _;

const CONFIG: GeneralPurposeConfig = GeneralPurposeConfig::new()
    .with_decode_padding_mode(DecodePaddingMode::Indifferent)
    .with_decode_allow_trailing_bits(true);

/// The standard alphabet with padding optional and stray trailing bits
/// forgiven (for callers that want the decoder's error message).
pub const LENIENT: GeneralPurpose = GeneralPurpose::new(&alphabet::STANDARD, CONFIG);

const URL_SAFE: GeneralPurpose = GeneralPurpose::new(&alphabet::URL_SAFE, CONFIG);

/// `text` without its ASCII whitespace (the wrapping of PEM and XML).
pub fn compact(text: &str) -> String {
    text.split(|c: char| c.is_ascii_whitespace()).collect()
}

/// Decode standard base64, ignoring whitespace and missing padding.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    LENIENT.decode(compact(text)).ok()
}

/// Decode base64 in either alphabet (standard, then URL-safe), ignoring
/// whitespace and missing padding: what an HTTP binding carries.
pub fn decode_either_alphabet(text: &str) -> Option<Vec<u8>> {
    let text = compact(text);
    LENIENT
        .decode(&text)
        .ok()
        .or_else(|| URL_SAFE.decode(&text).ok())
}

/// Standard, padded base64 (what XML Signature and the JSON output use).
pub fn encode(bytes: impl AsRef<[u8]>) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_unpadded_and_url_safe_base64_decode() {
        assert_eq!(decode("aGVs\r\n bG8=").as_deref(), Some(&b"hello"[..]));
        assert_eq!(decode("aGVsbG8").as_deref(), Some(&b"hello"[..]));
        assert_eq!(decode("a-_"), None);
        assert_eq!(
            decode_either_alphabet("-_8").as_deref(),
            Some(&[0xFB, 0xFF][..])
        );
        assert_eq!(
            decode_either_alphabet("+/8").as_deref(),
            Some(&[0xFB, 0xFF][..])
        );
        assert_eq!(encode(b"hello"), "aGVsbG8=");
    }
}
