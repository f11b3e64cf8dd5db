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
    /// The HTTP-Redirect binding signs the query string, not the XML
    /// (saml-bindings-2.0-os §3.4.4.1): `SigAlg` and whether a `Signature`
    /// parameter came with the message, when a whole URL or query was given.
    pub redirect_signature: Option<RedirectSignature>,
}

/// The `SigAlg` / `Signature` parameters of an HTTP-Redirect query string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RedirectSignature {
    pub sig_alg: Option<String>,
    pub signature: bool,
    /// Byte span of the raw `SigAlg` value in the input.
    #[serde(skip)]
    pub sig_alg_span: Option<(usize, usize)>,
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
    /// A `%` not followed by two hexadecimal digits in percent-encoded
    /// text; `position` is the byte offset of the `%` in the input.
    BadPercentEscape {
        position: usize,
        escape: String,
    },
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
            DecodeError::BadPercentEscape { position, escape } => write!(
                f,
                "malformed percent escape {escape:?} at offset {position}: '%' must be followed by two hexadecimal digits (RFC 3986 section 2.1)"
            ),
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
    // Where `trimmed` starts in `input`, so errors point into what was given.
    let lead = input.len() - input.trim_start_matches('\u{feff}').trim_start().len();
    if trimmed.starts_with('<') {
        if let Some((field, value)) = html_form_value(trimmed) {
            return decode_value(Some(field.to_string()), &value, false, None);
        }
        return Ok(Decoded {
            encoding: Encoding::Xml,
            url_encoded: false,
            form_field: None,
            xml: trimmed.to_string(),
            redirect_signature: None,
        });
    }
    let (field, value, at, query) = match form_value(trimmed) {
        Some(v) => (Some(v.name.to_string()), v.value, lead + v.at, v.query),
        None => (None, trimmed, lead, false),
    };
    // `name=value` is a query string or form body, so percent-encoded by
    // definition; a header dump or JSON capture is only when it shows.
    let url_encoded = query || looks_percent_encoded(value);
    let mut decoded = decode_value(field, value, url_encoded, Some(at))?;
    if query {
        let raw_alg = query_param(trimmed, "SigAlg");
        let signature = query_param(trimmed, "Signature").is_some_and(|(v, _)| !v.is_empty());
        if raw_alg.is_some() || signature {
            decoded.redirect_signature = Some(RedirectSignature {
                sig_alg: match raw_alg {
                    Some((v, at)) => {
                        Some(bytes_to_string(strict_percent_decode(v, false, lead + at)?))
                    }
                    None => None,
                },
                signature,
                sig_alg_span: raw_alg.map(|(v, at)| (lead + at, lead + at + v.len())),
            });
        }
    }
    Ok(decoded)
}

/// The raw value of query parameter `name` (`?name=` or `&name=`) and
/// its byte offset in `s`.
fn query_param<'a>(s: &'a str, name: &str) -> Option<(&'a str, usize)> {
    let key = format!("{name}=");
    let mut from = 0;
    while let Some(i) = s[from..].find(&key) {
        let at = from + i;
        from = at + key.len();
        if at > 0 && matches!(s.as_bytes()[at - 1], b'?' | b'&' | b';') {
            let rest = &s[from..];
            let end = rest
                .find(|c: char| matches!(c, '&' | ';' | '#' | '"' | '\'') || c.is_whitespace())
                .unwrap_or(rest.len());
            return Some((&rest[..end], from));
        }
    }
    None
}

/// Decode the value of a form field (or the whole input): percent-encoding,
/// then base64, then DEFLATE when the bytes are not XML already. `at` is
/// where `value` starts in the input, when it is a slice of it.
fn decode_value(
    field: Option<String>,
    value: &str,
    url_encoded: bool,
    at: Option<usize>,
) -> Result<Decoded, DecodeError> {
    let mut text = value.to_string();
    if url_encoded {
        let base = at.unwrap_or(0);
        let plain = strict_percent_decode(value, false, base).map(bytes_to_string);
        if let Ok(xml) = &plain {
            if xml.trim_start().starts_with('<') {
                return Ok(Decoded {
                    encoding: Encoding::Xml,
                    url_encoded,
                    form_field: field,
                    xml: xml.trim().to_string(),
                    redirect_signature: None,
                });
            }
        }
        // Base64 never holds whitespace, so a line break a log or terminal
        // put inside a percent escape (`%2\nB`) is not part of the value.
        text = if value.contains(|c: char| c.is_whitespace()) {
            bytes_to_string(strict_percent_decode(value, true, base)?)
        } else {
            plain?
        };
    }
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some((_, found)) = compact.char_indices().find(|(_, c)| !is_base64_char(*c)) {
        let position = at.map_or(0, |at| at + first_non_base64(value, url_encoded));
        return Err(DecodeError::NotBase64 { position, found });
    }
    let bytes = base64_decode(&compact).ok_or(DecodeError::NotSaml)?;
    if starts_like_xml(&bytes) {
        return Ok(Decoded {
            encoding: Encoding::Base64,
            url_encoded,
            form_field: field,
            xml: to_text(&bytes)?,
            redirect_signature: None,
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
        redirect_signature: None,
    })
}

/// Standard and URL-safe base64 alphabets, with padding.
fn is_base64_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=' | '-' | '_')
}

/// Byte offset in `value` (as written) of the first character that is not
/// base64, whitespace or, for URL-encoded text, a percent escape.
fn first_non_base64(value: &str, url_encoded: bool) -> usize {
    let b = value.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if url_encoded
            && c == b'%'
            && b.len() > i + 2
            && b[i + 1].is_ascii_hexdigit()
            && b[i + 2].is_ascii_hexdigit()
        {
            i += 3;
            continue;
        }
        if c.is_ascii_whitespace() || (c.is_ascii() && is_base64_char(char::from(c))) {
            i += 1;
            continue;
        }
        return i;
    }
    0
}

struct FormValue<'a> {
    name: &'static str,
    value: &'a str,
    /// Byte offset of `value` in the searched text.
    at: usize,
    /// Written `name=value`, as in a query string or form body.
    query: bool,
}

/// The value of a `SAMLResponse` / `SAMLRequest` parameter anywhere in a
/// form body, query string, URL, log line, `SAMLResponse: ...` header dump
/// or browser HAR / JSON capture (`"SAMLResponse": "..."`,
/// `{"name": "SAMLResponse", "value": "..."}`).
fn form_value(s: &str) -> Option<FormValue<'_>> {
    for name in ["SAMLResponse", "SAMLRequest"] {
        let mut from = 0;
        while let Some(i) = s[from..].find(name) {
            let at = from + i;
            from = at + name.len();
            // `xSAMLResponse` or `SAMLResponseFoo` is another name.
            let before_ok = s[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'));
            if !before_ok {
                continue;
            }
            if let Some((start, end, query)) = value_after_key(&s[from..]) {
                return Some(FormValue {
                    name,
                    value: &s[from + start..from + end],
                    at: from + start,
                    query,
                });
            }
        }
    }
    None
}

/// The span of the value following a parameter name: `=value`, `: value`,
/// `": "value"` or HAR's `", "value": "value"`. The value ends at a
/// character neither base64 nor percent-encoding uses (`&`, `;`, `#`, a
/// quote, `<`, `>`), or before the first whitespace-separated word that
/// is not base64 (`HTTP/1.1` after the query string in an access log).
fn value_after_key(rest: &str) -> Option<(usize, usize, bool)> {
    let b = rest.as_bytes();
    let mut i = 0;
    let skip_ws = |i: &mut usize| {
        while *i < b.len() && matches!(b[*i], b' ' | b'\t') {
            *i += 1;
        }
    };
    let quoted_key = matches!(b.first(), Some(b'"' | b'\''));
    if quoted_key {
        i += 1;
    }
    skip_ws(&mut i);
    let query = b.get(i) == Some(&b'=');
    match b.get(i) {
        Some(b'=' | b':') => i += 1,
        Some(b',') if quoted_key => {
            // HAR: {"name": "SAMLResponse", "value": "..."}
            let tail = &rest[i + 1..];
            let v = tail.find("\"value\"")?;
            if !tail[..v].trim().is_empty() {
                return None;
            }
            i += 1 + v + "\"value\"".len();
            skip_ws(&mut i);
            if b.get(i) != Some(&b':') {
                return None;
            }
            i += 1;
        }
        _ => return None,
    }
    skip_ws(&mut i);
    if matches!(b.get(i), Some(b'"' | b'\'')) {
        i += 1;
    }
    let start = i;
    let stop = rest[start..]
        .find(['&', ';', '#', '"', '\'', '<', '>', ',', '}'])
        .map_or(rest.len(), |n| start + n);
    // Keep whitespace-separated words while they look like (wrapped) base64.
    let mut end = start;
    let mut pos = start;
    for word in rest[start..stop].split_inclusive(char::is_whitespace) {
        let w = word.trim_end();
        if !w.is_empty() && !w.chars().all(|c| is_base64_char(c) || c == '%') {
            break;
        }
        pos += word.len();
        if !w.is_empty() {
            end = pos - (word.len() - w.len());
        }
    }
    (end > start).then_some((start, end, query))
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
                // Digits only: from_str_radix and parse also take a sign.
                .filter(|h| !h.is_empty() && h.bytes().all(|c| c.is_ascii_hexdigit()))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| {
                    ent.strip_prefix('#')
                        .filter(|d| !d.is_empty() && d.bytes().all(|c| c.is_ascii_digit()))
                        .and_then(|d| d.parse().ok())
                })
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

/// Strict percent-decoding (`crate::text::percent`); the error gives the
/// `%`'s byte offset in the input (`base` is where `s` starts in it).
fn strict_percent_decode(s: &str, skip_ws: bool, base: usize) -> Result<Vec<u8>, DecodeError> {
    crate::text::percent::decode_strict(s, skip_ws).map_err(|e| DecodeError::BadPercentEscape {
        position: base + e.at,
        escape: e.escape,
    })
}

fn bytes_to_string(b: Vec<u8>) -> String {
    String::from_utf8(b).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn base64_decode(s: &str) -> Option<Vec<u8>> {
    crate::text::base64::decode_either_alphabet(s)
}

fn starts_like_xml(b: &[u8]) -> bool {
    let b = match crate::text::decode::sniff_bom(b) {
        Some((crate::text::decode::Unicode::Utf8, len)) => &b[len..],
        Some(_) => return true,
        None => b,
    };
    b.iter()
        .find(|c| !c.is_ascii_whitespace())
        .is_some_and(|c| *c == b'<')
}

fn to_text(b: &[u8]) -> Result<String, DecodeError> {
    let (text, had_errors) =
        crate::text::decode::decode_bom_or(b, crate::text::decode::Unicode::Utf8);
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
    crate::text::base64::encode(xml.as_bytes())
}

/// Encode XML as the Redirect binding does: raw DEFLATE, then base64.
pub fn encode_redirect(xml: &str) -> String {
    use std::io::Write;
    let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(xml.as_bytes());
    let bytes = enc.finish().unwrap_or_default();
    crate::text::base64::encode(bytes)
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
    fn malformed_percent_escapes_are_refused_with_their_offset() {
        // Was: `%+1` decoded as byte 0x01 (u8::from_str_radix accepts a
        // sign), and `%G1` or a trailing `%` passed through silently.
        let redirect = encode_redirect(X).replace('+', "%2B").replace('/', "%2F");
        for (bad, shown) in [
            ("%+1", "%+1"),
            ("%G1", "%G1"),
            ("%", "%"),
            ("%4", "%4"),
            ("%-1", "%-1"),
        ] {
            let q = format!("https://idp.example.com/sso?SAMLRequest={redirect}{bad}");
            let at = q.find("SAMLRequest=").unwrap() + "SAMLRequest=".len() + redirect.len();
            assert_eq!(
                decode(&q),
                Err(DecodeError::BadPercentEscape {
                    position: at,
                    escape: shown.to_string()
                }),
                "{bad}"
            );
        }
        // In the middle of the value, the offset is that of the `%`.
        let q = format!("SAMLResponse=ab%+1{redirect}");
        assert_eq!(
            decode(&q),
            Err(DecodeError::BadPercentEscape {
                position: 15,
                escape: "%+1".into()
            })
        );
        // Percent-encoded XML with a bad escape is refused too.
        assert!(matches!(
            decode("SAMLResponse=%3Csamlp%ZZ"),
            Err(DecodeError::BadPercentEscape { position: 21, .. })
        ));
        // SigAlg is decoded strictly as well.
        let q = format!("SAMLRequest={redirect}&SigAlg=http%3A%2F%2Fx%2");
        assert!(matches!(
            decode(&q),
            Err(DecodeError::BadPercentEscape { .. })
        ));
        // Well-formed escapes, upper and lower case, and one wrapped by a
        // line break still decode.
        assert_eq!(
            strict_percent_decode("%2b%2B%3d", false, 0).unwrap(),
            b"++="
        );
        assert_eq!(strict_percent_decode("a%2\nB", true, 0).unwrap(), b"a+");
        assert!(strict_percent_decode("a%2\nB", false, 0).is_err());
        let wrapped = format!("SAMLRequest={}", redirect.replacen("%2B", "%2\nB", 1));
        assert_eq!(decode(&wrapped).map(|d| d.xml), Ok(X.to_string()));
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
        // A sign is not a digit (was: `&#x+41;` read as `A`).
        assert_eq!(html_unescape("&#x+41;&#+65;"), "&#x+41;&#+65;");
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
