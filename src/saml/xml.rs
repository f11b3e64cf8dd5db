//! XML safety for metadata input: decoding the bytes to UTF-8, refusing
//! what a metadata file must never contain (DTDs, entity declarations,
//! control characters), bounding nesting, and turning byte offsets into
//! line and column numbers.
//!
//! Admin guide "Configure Federated Web SSO", step 5: the administrator
//! imports an IdP's metadata file. We read it with quick-xml as a stream
//! (no DOM: federation aggregates run to tens of megabytes), and quick-xml
//! never expands DTD entities nor fetches anything, so XXE and billion
//! laughs cannot happen; we still refuse a DOCTYPE outright because a file
//! that carries one is either hostile or not what the IdP published.

use std::borrow::Cow;

use crate::text::decode::{decode_as, sniff_bom, sniff_unmarked_xml_utf16, Unicode};

use crate::report::{Location, Severity};
use crate::rules::Rule;

const SOURCE_XML: &str = "W3C XML 1.0 (Fifth Edition), section 2.1 \"Well-Formed XML Documents\"; admin guide, \"Configure Federated Web SSO\"";
const SOURCE_DTD: &str = "Best practice: OWASP XML External Entity Prevention Cheat Sheet (SAML metadata needs no DTD; the metadata schema declares none)";

pub const NOT_WELL_FORMED: Rule = Rule {
    id: "saml/xml-not-well-formed",
    severity: Severity::Error,
    summary: "The metadata is not well-formed XML",
    source: SOURCE_XML,
    help: "Fix the XML at the given line and column (an unclosed or mismatched tag, a bad attribute, an undefined entity or a truncated file). Download the metadata again from the identity provider rather than editing it by hand.",
};

pub const DTD_REFUSED: Rule = Rule {
    id: "saml/xml-dtd-refused",
    severity: Severity::Error,
    summary: "DOCTYPE, entity declarations and external entities are refused",
    source: SOURCE_DTD,
    help: "SAML metadata never needs a DOCTYPE. A file with entity declarations or external entities (XXE, \"billion laughs\") is refused and nothing it names is fetched. Use the metadata exactly as the identity provider publishes it.",
};

pub const ENCODING: Rule = Rule {
    id: "saml/xml-encoding",
    severity: Severity::Error,
    summary: "The metadata is not text in a supported encoding",
    source: "W3C XML 1.0, section 4.3.3 \"Character Encoding in Entities\" and section 2.2 \"Characters\"",
    help: "Save the metadata as UTF-8 (the encoding every identity provider uses). Binary files, files with control characters and files in an unknown encoding cannot be imported.",
};

pub const TOO_DEEP: Rule = Rule {
    id: "saml/xml-too-deep",
    severity: Severity::Error,
    summary: "Elements are nested deeper than any real metadata",
    source: "Best practice (denial-of-service protection); admin guide, \"Configure Federated Web SSO\"",
    help: "Real SAML metadata nests a few dozen levels at most. A file nested deeper is refused as hostile or corrupt.",
};

pub const TOO_MANY_ATTRIBUTES: Rule = Rule {
    id: "saml/xml-too-many-attributes",
    severity: Severity::Error,
    summary: "An element carries more attributes or namespace declarations than any real metadata",
    source: "Best practice (denial-of-service protection); admin guide, \"Configure Federated Web SSO\"",
    help: "Real SAML metadata elements carry a handful of attributes and at most a few dozen namespace declarations. A tag with hundreds is refused as hostile or corrupt.",
};

pub const TOO_LARGE: Rule = Rule {
    id: "saml/input-too-large",
    severity: Severity::Error,
    summary: "The input is larger than the tool accepts",
    source: "Best practice (denial-of-service protection); admin guide, \"Configure Federated Web SSO\"",
    help: "The largest federation aggregates in use are a few hundred megabytes at most. Larger input is refused rather than checked in part: split the file, or check it with the command-line tool.",
};

pub const RULES: &[Rule] = &[
    NOT_WELL_FORMED,
    DTD_REFUSED,
    ENCODING,
    TOO_DEEP,
    TOO_MANY_ATTRIBUTES,
    TOO_LARGE,
];

/// Attributes (namespace declarations included) allowed on one element.
pub const MAX_ATTRIBUTES: usize = 256;

/// Deeper than any metadata in the wild (an aggregate of aggregates with
/// extensions stays under 30); bounds the element stack on hostile input.
pub const MAX_DEPTH: usize = 128;

/// Echo a user value in a message: escaped and capped by the shared text layer.
pub fn shorten(s: &str) -> Cow<'_, str> {
    crate::text::shorten(s, 120)
}

/// The input as UTF-8 text, or a finding explaining why it is not text.
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    /// Bytes of the input before `text` starts (a UTF-8 byte-order mark),
    /// so spans can point into the original bytes when no transcoding happened.
    pub offset: usize,
    pub transcoded: bool,
}

/// A problem found while decoding, with its position in the input.
pub struct DecodeProblem {
    pub message: String,
    pub location: Box<Location>,
}

/// Decode metadata bytes. UTF-8 (with or without BOM) is used as is; a
/// UTF-16 BOM or an `encoding="..."` declaration naming another encoding
/// transcodes through encoding_rs. Invalid UTF-8 and XML-forbidden control
/// characters are findings with line and column.
/// `bytes` decoded from `encoding` (UTF-16); `problem` says what went
/// wrong, with `{}` for the encoding's name (twice).
fn transcode<'a>(
    encoding: Unicode,
    bytes: &[u8],
    problem: &str,
) -> Result<Decoded<'a>, DecodeProblem> {
    let (text, had_errors) = decode_as(encoding, bytes);
    if had_errors {
        let name = match encoding {
            Unicode::Utf16Be => "UTF-16BE",
            Unicode::Utf16Le => "UTF-16LE",
            Unicode::Utf8 => "UTF-8",
        };
        return Err(DecodeProblem {
            message: problem.replacen("{}", name, 2),
            location: Box::new(Location::none()),
        });
    }
    let text = Cow::Owned(text.into_owned());
    check_chars(&text)?;
    Ok(Decoded {
        text,
        offset: 0,
        transcoded: true,
    })
}

pub fn decode(input: &[u8]) -> Result<Decoded<'_>, DecodeProblem> {
    if let Some((encoding, bom)) = sniff_bom(input) {
        if encoding == Unicode::Utf8 {
            return utf8(input, bom);
        }
        return transcode(
            encoding,
            &input[bom..],
            "the file starts with a {} byte-order mark but is not valid {}",
        );
    }
    if let Some(enc) = sniff_unmarked_xml_utf16(input) {
        return transcode(enc, input, "the file looks like {} but is not valid {}");
    }
    if let Some(label) = declared_encoding(input) {
        let enc = encoding_rs::Encoding::for_label(label.as_bytes());
        match enc {
            None => {
                return Err(DecodeProblem {
                    message: format!(
                        "the XML declaration names an unknown encoding `{}`",
                        shorten(&label)
                    ),
                    location: Box::new(Location::line_col(1, 1)),
                })
            }
            Some(e) if e == encoding_rs::UTF_8 => {}
            // A declaration saying UTF-16 on a file with no UTF-16 BOM that
            // parsed this far as ASCII is really UTF-8 in practice.
            Some(e) if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE => {}
            Some(e) => {
                let (text, _, had_errors) = e.decode(input);
                if had_errors {
                    return Err(DecodeProblem {
                        message: format!("the file is not valid {}", e.name()),
                        location: Box::new(Location::none()),
                    });
                }
                let text = Cow::Owned(text.into_owned());
                check_chars(&text)?;
                return Ok(Decoded {
                    text,
                    offset: 0,
                    transcoded: true,
                });
            }
        }
    }
    utf8(input, 0)
}

fn utf8(input: &[u8], bom: usize) -> Result<Decoded<'_>, DecodeProblem> {
    let body = &input[bom..];
    match std::str::from_utf8(body) {
        Ok(text) => {
            check_chars(text)?;
            Ok(Decoded {
                text: Cow::Borrowed(text),
                offset: bom,
                transcoded: false,
            })
        }
        Err(e) => {
            let at = e.valid_up_to();
            // The valid prefix is text, so line and column are meaningful.
            let prefix = std::str::from_utf8(&body[..at]).unwrap_or("");
            let lines = LineIndex::new(prefix);
            let (line, col) = lines.line_col(at);
            Err(DecodeProblem {
                message: format!(
                    "byte 0x{:02X} at offset {} is not UTF-8{}",
                    body.get(at).copied().unwrap_or(0),
                    at + bom,
                    if looks_binary(body) {
                        " (this looks like a binary file, not XML metadata)"
                    } else {
                        ""
                    }
                ),
                location: Box::new(Location::line_col(line, col).with_span(at + bom, at + bom + 1)),
            })
        }
    }
}

fn looks_binary(b: &[u8]) -> bool {
    b.iter().take(512).filter(|&&c| c == 0).count() > 0
}

/// XML 1.0 forbids C0 controls other than tab, newline and carriage return.
/// Checked in blocks so the common (clean) case stays a vectorisable scan.
fn check_chars(text: &str) -> Result<(), DecodeProblem> {
    let bytes = text.as_bytes();
    let bad = |b: u8| b < 0x20 && b != b'\t' && b != b'\n' && b != b'\r';
    for (i, block) in bytes.chunks(256).enumerate() {
        if block.iter().fold(false, |acc, &b| acc | bad(b)) {
            let pos = i * 256 + block.iter().position(|&b| bad(b)).unwrap_or(0);
            let lines = LineIndex::new(text);
            let (line, col) = lines.line_col(pos);
            return Err(DecodeProblem {
                message: format!(
                    "control character U+{:04X} is not allowed in XML{}",
                    bytes[pos],
                    if bytes[pos] == 0 {
                        " (this looks like a binary file, not XML metadata)"
                    } else {
                        ""
                    }
                ),
                location: Box::new(Location::line_col(line, col).with_span(pos, pos + 1)),
            });
        }
    }
    Ok(())
}

/// The `encoding` pseudo-attribute of an XML declaration, if any.
fn declared_encoding(input: &[u8]) -> Option<String> {
    let head = &input[..input.len().min(256)];
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = head.windows(2).position(|w| w == b"?>")?;
    let decl = std::str::from_utf8(&head[..end]).ok()?;
    let at = decl.find("encoding")?;
    let rest = decl[at + "encoding".len()..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let quote = rest.chars().next()?;
    if quote != '"' && quote != '\'' {
        return None;
    }
    let value = &rest[1..];
    let close = value.find(quote)?;
    Some(value[..close].to_string())
}

/// Byte offset → (line, column), shared with every reader.
pub use crate::text::lines::LineIndex;

/// Describe a DOCTYPE for the refusal message: external entities and
/// entity declarations are named so the administrator sees the attack.
pub fn describe_doctype(doctype: &str) -> String {
    let external = doctype.contains("SYSTEM") || doctype.contains("PUBLIC");
    let entities = doctype.matches("<!ENTITY").count();
    let mut what = String::from("the file has a DOCTYPE declaration");
    if entities > 0 {
        what.push_str(&format!(" with {entities} entity declaration(s)"));
        if doctype.contains("&") {
            what.push_str(" that expand other entities (entity expansion, \"billion laughs\")");
        }
    }
    if external {
        what.push_str("; it names an external resource (XXE), which is never fetched");
    }
    what.push_str(": refused");
    what
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let t = "ab\nçd<x";
        let li = LineIndex::new(t);
        assert_eq!(li.line_col(0), (1, 1));
        assert_eq!(li.line_col(3), (2, 1));
        let lt = t.find('<').unwrap();
        assert_eq!(li.line_col(lt), (2, 3));
    }

    #[test]
    fn shorten_long_values() {
        let s = "é".repeat(10_000);
        assert!(shorten(&s).chars().count() < 150);
        assert_eq!(shorten("short"), "short");
    }

    #[test]
    fn declared_encoding_is_read() {
        assert_eq!(
            declared_encoding(b"<?xml version=\"1.0\" encoding='ISO-8859-1'?><a/>").as_deref(),
            Some("ISO-8859-1")
        );
        assert_eq!(declared_encoding(b"<a/>"), None);
    }
}
