//! Recognising how a captured SAML message was encoded and undoing it.
//!
//! SAML bindings (saml-bindings-2.0-os §3.4 HTTP-Redirect, §3.5 HTTP-POST):
//! the POST binding carries base64 of the XML, the Redirect binding base64 of
//! raw DEFLATE (RFC 1951) data, URL-encoded in a query string. Administrators
//! paste any of these, often with line breaks from a log, sometimes the whole
//! `SAMLResponse=...` form field or URL, or the IdP's auto-submitting HTML
//! form page. Inflating is bounded, so a deflate
//! bomb is a finding and not an out-of-memory crash.

use std::io::Read;

use base64::Engine;
use serde::Serialize;

/// Largest input (and largest decoded or inflated XML) accepted.
pub const MAX_INPUT_BYTES: usize = 10 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    Xml,
    Base64,
    Base64Deflate,
}

impl Encoding {
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Xml => "xml",
            Encoding::Base64 => "base64",
            Encoding::Base64Deflate => "base64-deflate",
        }
    }
}

/// A decoded SAML message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decoded {
    pub encoding: Encoding,
    /// The text was percent-encoded (a query string or form body).
    pub url_encoded: bool,
    /// `SAMLResponse` / `SAMLRequest` when a whole form field or URL was given.
    pub form_field: Option<String>,
    pub xml: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// Not XML and not base64; `position` is the first offending character.
    NotBase64 {
        position: usize,
        found: char,
    },
    /// Base64 decoded, but the bytes are neither XML nor DEFLATE data.
    NotSaml,
    /// Inflating would exceed [`MAX_INPUT_BYTES`].
    InflateLimit,
    NotUtf8,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "the input is empty"),
            DecodeError::TooLarge { bytes } => write!(
                f,
                "the input is {bytes} bytes; SAML messages are a few kilobytes and the limit is {MAX_INPUT_BYTES} bytes"
            ),
            DecodeError::NotBase64 { position, found } => write!(
                f,
                "the input is neither XML (it does not start with '<') nor base64: character {found:?} at offset {position} is not a base64 character"
            ),
            DecodeError::NotSaml => write!(
                f,
                "the input is base64, but the decoded bytes are neither XML nor DEFLATE-compressed XML (truncated, or not a SAML message)"
            ),
            DecodeError::InflateLimit => write!(
                f,
                "the DEFLATE data expands to more than {MAX_INPUT_BYTES} bytes (a decompression bomb?); decoding stopped there"
            ),
            DecodeError::NotUtf8 => write!(f, "the decoded XML is not valid UTF-8 or UTF-16 text"),
        }
    }
}

/// Detect the encoding of `input` and decode it to XML text.
pub fn decode(input: &str) -> Result<Decoded, DecodeError> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(DecodeError::TooLarge { bytes: input.len() });
    }
    let trimmed = input.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Err(DecodeError::Empty);
    }
    if trimmed.starts_with('<') {
        if let Some((field, value)) = html_form_value(trimmed) {
            return decode_value(Some(field.to_string()), &value, false);
        }
        return Ok(Decoded {
            encoding: Encoding::Xml,
            url_encoded: false,
            form_field: None,
            xml: trimmed.to_string(),
        });
    }
    let (field, value) = match form_value(trimmed) {
        Some((f, v)) => (Some(f.to_string()), v),
        None => (None, trimmed),
    };
    let url_encoded = field.is_some() || looks_percent_encoded(value);
    decode_value(field, value, url_encoded)
}

/// Decode the value of a form field (or the whole input): percent-encoding,
/// then base64, then DEFLATE when the bytes are not XML already.
fn decode_value(
    field: Option<String>,
    value: &str,
    url_encoded: bool,
) -> Result<Decoded, DecodeError> {
    let mut text = value.to_string();
    if url_encoded {
        text = percent_decode(value);
        if text.trim_start().starts_with('<') {
            return Ok(Decoded {
                encoding: Encoding::Xml,
                url_encoded,
                form_field: field,
                xml: text.trim().to_string(),
            });
        }
    }
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some((position, found)) = compact
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=' | '-' | '_')))
    {
        return Err(DecodeError::NotBase64 { position, found });
    }
    let bytes = base64_decode(&compact).ok_or(DecodeError::NotSaml)?;
    if starts_like_xml(&bytes) {
        return Ok(Decoded {
            encoding: Encoding::Base64,
            url_encoded,
            form_field: field,
            xml: to_text(&bytes)?,
        });
    }
    let inflated = inflate(&bytes)?;
    if !starts_like_xml(&inflated) {
        return Err(DecodeError::NotSaml);
    }
    Ok(Decoded {
        encoding: Encoding::Base64Deflate,
        url_encoded,
        form_field: field,
        xml: to_text(&inflated)?,
    })
}

/// The value of a `SAMLResponse=` / `SAMLRequest=` parameter anywhere in a
/// form body, query string or URL.
fn form_value(s: &str) -> Option<(&'static str, &str)> {
    for name in ["SAMLResponse", "SAMLRequest"] {
        let key = format!("{name}=");
        let mut from = 0;
        while let Some(i) = s[from..].find(&key) {
            let at = from + i;
            let boundary = at == 0 || matches!(s.as_bytes()[at - 1], b'?' | b'&' | b';');
            if boundary {
                let rest = &s[at + key.len()..];
                let end = rest.find(['&', ';', '#']).unwrap_or(rest.len());
                return Some((name, &rest[..end]));
            }
            from = at + key.len();
        }
    }
    None
}

/// The `value` of the hidden `SAMLResponse` / `SAMLRequest` input of the
/// auto-submitting HTML form an IdP returns (what "view source" or a HAR
/// file shows for the HTTP-POST binding).
fn html_form_value(s: &str) -> Option<(&'static str, String)> {
    let lower = s.to_ascii_lowercase();
    if lower.starts_with("<?xml") || !lower.contains("<form") {
        return None;
    }
    for (name, canonical) in [
        ("samlresponse", "SAMLResponse"),
        ("samlrequest", "SAMLRequest"),
    ] {
        for q in ['"', '\''] {
            let Some(i) = lower.find(&format!("name={q}{name}{q}")) else {
                continue;
            };
            // `lower` has the same byte offsets as `s` (ASCII lowercasing).
            let start = lower[..i].rfind('<')?;
            let end = i + lower[i..].find('>')?;
            let tag = &s[start..end];
            let v = lower[start..end].find("value=")?;
            let rest = &tag[v + "value=".len()..];
            let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            let close = rest[1..].find(quote)?;
            return Some((canonical, html_unescape(&rest[1..1 + close])));
        }
    }
    None
}

/// Character references an HTML attribute value may use for base64 text.
fn html_unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(semi) = rest.find(';').filter(|n| *n <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let ent = &rest[1..semi];
        let ch = match ent {
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "lt" => Some('<'),
            "gt" => Some('>'),
            _ => ent
                .strip_prefix("#x")
                .or_else(|| ent.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn looks_percent_encoded(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(3)
        .any(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit())
}

/// Percent-decoding without turning `+` into a space: base64 has no spaces,
/// and a `+` left unencoded in a pasted query string is a base64 `+`.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn base64_decode(s: &str) -> Option<Vec<u8>> {
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    let cfg = GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
    let standard = GeneralPurpose::new(&base64::alphabet::STANDARD, cfg);
    let url = GeneralPurpose::new(&base64::alphabet::URL_SAFE, cfg);
    standard.decode(s).ok().or_else(|| url.decode(s).ok())
}

fn starts_like_xml(b: &[u8]) -> bool {
    let b = b.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(b);
    if b.starts_with(&[0xFF, 0xFE]) || b.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    b.iter()
        .find(|c| !c.is_ascii_whitespace())
        .is_some_and(|c| *c == b'<')
}

fn to_text(b: &[u8]) -> Result<String, DecodeError> {
    let (enc, bom_len) = encoding_rs::Encoding::for_bom(b).unwrap_or((encoding_rs::UTF_8, 0));
    let (text, had_errors) = enc.decode_without_bom_handling(&b[bom_len..]);
    if had_errors {
        return Err(DecodeError::NotUtf8);
    }
    Ok(text.trim().to_string())
}

/// Raw DEFLATE as the Redirect binding mandates; zlib-wrapped data (some
/// tools add the header) is accepted too. Output is capped at
/// [`MAX_INPUT_BYTES`].
fn inflate(b: &[u8]) -> Result<Vec<u8>, DecodeError> {
    let limit = MAX_INPUT_BYTES as u64 + 1;
    let raw = read_bounded(flate2::read::DeflateDecoder::new(b).take(limit));
    let out = match raw {
        Some(o) if !o.is_empty() => o,
        _ => read_bounded(flate2::read::ZlibDecoder::new(b).take(limit))
            .ok_or(DecodeError::NotSaml)?,
    };
    if out.len() > MAX_INPUT_BYTES {
        return Err(DecodeError::InflateLimit);
    }
    Ok(out)
}

fn read_bounded(mut r: impl Read) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    r.read_to_end(&mut out).ok()?;
    Some(out)
}

/// Encode XML as the POST binding does (for tests and round trips).
pub fn encode_post(xml: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(xml.as_bytes())
}

/// Encode XML as the Redirect binding does: raw DEFLATE, then base64.
pub fn encode_redirect(xml: &str) -> String {
    use std::io::Write;
    let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(xml.as_bytes());
    let bytes = enc.finish().unwrap_or_default();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const X: &str = "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"/>";

    #[test]
    fn detects_each_encoding() {
        assert_eq!(decode(X).unwrap().encoding, Encoding::Xml);
        let post = encode_post(X);
        assert_eq!(decode(&post).unwrap().encoding, Encoding::Base64);
        let wrapped: String = post
            .as_bytes()
            .chunks(20)
            .map(|c| std::str::from_utf8(c).unwrap().to_string() + "\r\n")
            .collect();
        assert_eq!(decode(&wrapped).unwrap().xml, X);
        let redirect = encode_redirect(X);
        let d = decode(&redirect).unwrap();
        assert_eq!(d.encoding, Encoding::Base64Deflate);
        assert_eq!(d.xml, X);
        let url = redirect
            .replace('+', "%2B")
            .replace('/', "%2F")
            .replace('=', "%3D");
        let q = format!("https://idp.example.com/sso?SAMLRequest={url}&RelayState=abc");
        let d = decode(&q).unwrap();
        assert_eq!(d.encoding, Encoding::Base64Deflate);
        assert!(d.url_encoded);
        assert_eq!(d.form_field.as_deref(), Some("SAMLRequest"));
        assert_eq!(d.xml, X);
    }

    #[test]
    fn reads_the_idp_auto_post_form() {
        let post = encode_post(X).replace('+', "&#x2b;");
        let html = format!(
            "<!DOCTYPE html>\n<html><body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"https://sp/acs\"><input type=\"hidden\" name=\"SAMLResponse\" value=\"{post}\"/><input type=\"hidden\" name=\"RelayState\" value=\"x\"/></form></body></html>"
        );
        let d = decode(&html).unwrap();
        assert_eq!(d.encoding, Encoding::Base64);
        assert_eq!(d.form_field.as_deref(), Some("SAMLResponse"));
        assert_eq!(d.xml, X);
        assert_eq!(html_unescape("a&#43;b&#x3D;&amp;&bogus;&"), "a+b=&&bogus;&");
    }

    #[test]
    fn rejects_garbage_and_bombs() {
        assert_eq!(decode("  \n"), Err(DecodeError::Empty));
        assert!(matches!(
            decode("hello world!"),
            Err(DecodeError::NotBase64 { .. })
        ));
        assert_eq!(decode("aGVsbG8gd29ybGQ="), Err(DecodeError::NotSaml));
        let zeros = "\0".repeat(MAX_INPUT_BYTES + 100);
        let bomb = encode_redirect(&zeros);
        assert_eq!(decode(&bomb), Err(DecodeError::InflateLimit));
    }
}
