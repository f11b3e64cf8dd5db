//! The files' text encoding (admin guide, "Directory Integration Import
//! Process and File Formats": "Ensure that your CSV file is encoded in the
//! ISO-8859-1 format"; "Directory Integration Settings": gpg-encrypted input
//! with the File Password).
//!
//! Every byte sequence is valid ISO-8859-1, so "is it Latin-1?" is never the
//! question; the mistakes to catch are the other encodings an export tool
//! writes: UTF-8 (é as two bytes, read by the job as "Ã©"), a UTF-8 BOM,
//! UTF-16 (Excel "Unicode Text"), Windows-1252 punctuation in 0x80–0x9F, and
//! characters Latin-1 cannot hold at all. UTF-16 and binary signatures are
//! recognised by the user-CSV tool's sniffer (`csv::decode`); the decoding
//! itself is encoding_rs.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::names::Kind;
use super::rules as r;
use super::Sink;
use crate::csv::decode::{Decoder, TextEncoding};

/// What the bytes of one file are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text the administrator meant, or `None` when it cannot be read
    /// (encrypted, binary).
    pub text: Option<String>,
    /// `ASCII`, `ISO-8859-1`, `UTF-8`, `UTF-8 with BOM`, `UTF-16LE`,
    /// `UTF-16BE`, `OpenPGP`, `binary`, `empty`.
    pub encoding: &'static str,
    /// The text differs from what the job would read and every character
    /// fits ISO-8859-1, so [`to_latin1`] gives the file the job expects.
    pub convertible: bool,
}

impl Decoded {
    /// The job reads the file as it is: ISO-8859-1, plain ASCII, or empty.
    pub fn job_reads_as_is(&self) -> bool {
        matches!(self.encoding, "ISO-8859-1" | "ASCII" | "empty")
    }
}

pub fn decode(bytes: &[u8], kind: Option<Kind>, sink: &mut Sink) -> Decoded {
    let unreadable = |encoding| Decoded {
        text: None,
        encoding,
        convertible: false,
    };
    if bytes.is_empty() {
        return Decoded {
            text: Some(String::new()),
            encoding: "empty",
            convertible: false,
        };
    }
    if let Some(what) = openpgp(bytes) {
        sink.add(
            &r::ENCRYPTED,
            format!("the file is {what}; it can be read only with the File Password, so its records were not checked"),
            None,
            None,
        );
        return unreadable("OpenPGP");
    }
    let mut sniffer = Decoder::new();
    let head = &bytes[..bytes.len().min(1024)];
    sniffer.push(head, true, &mut Vec::new());
    if let Some(what) = sniffer.binary {
        sink.add(
            &r::BINARY_FILE,
            format!("the file is {what}, not CSV text"),
            None,
            None,
        );
        return unreadable("binary");
    }
    let utf16 = match sniffer.encoding() {
        Some((TextEncoding::Utf16Le, _)) => Some((UTF_16LE, "UTF-16LE")),
        Some((TextEncoding::Utf16Be, _)) => Some((UTF_16BE, "UTF-16BE")),
        _ => None,
    };
    if let Some((enc, label)) = utf16 {
        // decode() strips a BOM of either byte order.
        let (text, _, malformed) = enc.decode(bytes);
        let text = text.into_owned();
        let fits = scan_wide(&text, kind, sink, "the UTF-16 file");
        sink.add(
            &r::ENCODING_UTF16,
            format!(
                "the file is {label}{}; the job reads ISO-8859-1 and would see a zero byte between every two letters{}",
                if malformed { " (with damaged code units)" } else { "" },
                if fits { "; an ISO-8859-1 conversion is available" } else { "" }
            ),
            None,
            None,
        );
        return Decoded {
            text: Some(text),
            encoding: label,
            convertible: fits && !malformed,
        };
    }
    if bytes.contains(&0) {
        sink.add(
            &r::BINARY_FILE,
            "the file contains zero bytes, which CSV text never has".to_string(),
            None,
            None,
        );
        return unreadable("binary");
    }
    // UTF-16 has zero bytes and was refused above; a UTF-8 mark is read past
    // and reported.
    let (bom, body) = match crate::text::decode::sniff_bom(bytes) {
        Some((crate::text::decode::Unicode::Utf8, len)) => (true, &bytes[len..]),
        _ => (false, bytes),
    };
    let is_utf8 = Encoding::utf8_valid_up_to(body) == body.len();
    if bom || (is_utf8 && !body.is_ascii()) {
        // Valid UTF-8 with non-ASCII letters: what an export tool writes by
        // default, and what the job reads as two Latin-1 characters each.
        let text = match std::str::from_utf8(body) {
            Ok(t) => t.to_string(),
            Err(_) => String::from_utf8_lossy(body).into_owned(),
        };
        let fits = scan_wide(&text, kind, sink, "the UTF-8 file");
        if bom {
            sink.add(
                &r::ENCODING_BOM,
                "the file starts with a UTF-8 byte-order mark; the job reads it as \"ï»¿\" in front of the first id".to_string(),
                Some(1),
                kind.map(Kind::id_column),
            );
        }
        return Decoded {
            text: Some(text),
            encoding: if bom { "UTF-8 with BOM" } else { "UTF-8" },
            convertible: fits,
        };
    }
    let text = encoding_rs::mem::decode_latin1(body);
    let text = text.into_owned();
    if !body.is_ascii() {
        c1_controls(body, kind, sink);
    }
    Decoded {
        text: Some(text),
        encoding: if body.is_ascii() {
            "ASCII"
        } else {
            "ISO-8859-1"
        },
        convertible: false,
    }
}

/// The ISO-8859-1 bytes of `text`, when every character fits.
pub fn to_latin1(text: &str) -> Option<Vec<u8>> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).ok())
        .collect()
}

/// OpenPGP output: ASCII armour, or a binary packet that starts an encrypted
/// (or compressed/signed) message (RFC 4880 section 4.2–4.3).
fn openpgp(bytes: &[u8]) -> Option<&'static str> {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    if bytes[start..].starts_with(b"-----BEGIN PGP MESSAGE-----") {
        return Some("a gpg-encrypted file (OpenPGP ASCII armour)");
    }
    let b = bytes[0];
    let tag = match b & 0xC0 {
        0x80 => (b >> 2) & 0x0F,
        0xC0 => b & 0x3F,
        _ => return None,
    };
    // Packet tags that open a gpg message: public-key or symmetric session
    // key, (integrity-protected) encrypted data, AEAD, compressed data.
    if !matches!(tag, 1 | 3 | 8 | 9 | 18 | 20) {
        return None;
    }
    // Text never has control bytes in its first bytes; packet headers do
    // (a version number 3–6, algorithm ids).
    let control = bytes
        .iter()
        .take(16)
        .skip(1)
        .any(|&c| c < 0x09 || (0x0E..0x20).contains(&c));
    control.then_some("a gpg-encrypted file (OpenPGP binary packets)")
}

/// Flag non-ASCII text decoded from UTF-8/UTF-16: one finding per line,
/// naming how the job would store it, or the character Latin-1 cannot hold.
/// Returns whether every character fits ISO-8859-1.
fn scan_wide(text: &str, kind: Option<Kind>, sink: &mut Sink, what: &str) -> bool {
    let mut fits = true;
    let delim = if text.lines().next().is_some_and(|l| l.contains('\t')) {
        '\t'
    } else {
        ','
    };
    for (i, line) in text.split('\n').enumerate() {
        if line.is_ascii() {
            continue;
        }
        let row = i as u64 + 1;
        if let Some((at, c)) = line.char_indices().find(|(_, c)| u32::from(*c) > 0xFF) {
            fits = false;
            let (field, col) = field_at(line, at, delim, kind);
            sink.add(
                &r::ENCODING_NOT_LATIN1,
                format!(
                    "`{}` (U+{:04X}) in `{}` has no ISO-8859-1 code",
                    c,
                    u32::from(c),
                    show(field)
                ),
                Some(row),
                col,
            );
        } else if what == "the UTF-8 file" {
            let at = line.find(|c: char| !c.is_ascii()).unwrap_or(0);
            let (field, col) = field_at(line, at, delim, kind);
            sink.add(
                &r::ENCODING_UTF8,
                format!(
                    "`{}` is UTF-8; the job reads it as ISO-8859-1 and stores `{}`",
                    show(field),
                    show(&latin1_reading(field))
                ),
                Some(row),
                col,
            );
        }
    }
    fits
}

/// What the job stores when it reads the UTF-8 bytes of `s` as ISO-8859-1
/// ("José" -> "JosÃ©"); C1 control characters shown as `?`.
pub fn latin1_reading(s: &str) -> String {
    encoding_rs::mem::decode_latin1(s.as_bytes())
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

/// The field around byte `at` of `line` and its column name; separators
/// inside double quotes do not count ("Müller, François" is one field).
fn field_at(
    line: &str,
    at: usize,
    delim: char,
    kind: Option<Kind>,
) -> (&str, Option<&'static str>) {
    let (mut start, mut end, mut index, mut quoted) = (0, line.len(), 0, false);
    for (i, c) in line.char_indices() {
        if c == '"' {
            quoted = !quoted;
        } else if c == delim && !quoted {
            if i < at {
                start = i + c.len_utf8();
                index += 1;
            } else {
                end = i;
                break;
            }
        }
    }
    let field = line[start..end].trim_end_matches('\r').trim_matches('"');
    (
        field,
        kind.and_then(|k| super::dialect::column_name(k, index, line)),
    )
}

/// Bytes 0x80–0x9F in a Latin-1 file: control characters there, but
/// Windows-1252 punctuation in the tool that wrote them.
fn c1_controls(body: &[u8], kind: Option<Kind>, sink: &mut Sink) {
    for (i, line) in body.split(|&b| b == b'\n').enumerate() {
        let Some(at) = line.iter().position(|b| (0x80..0xA0).contains(b)) else {
            continue;
        };
        let (meant, _, _) = WINDOWS_1252.decode(&line[at..at + 1]);
        let text = encoding_rs::mem::decode_latin1(line);
        let (field, col) = field_at(&text, char_offset(line, at), ',', kind);
        let col = if line.contains(&b'\t') {
            field_at(&text, char_offset(line, at), '\t', kind).1
        } else {
            col
        };
        sink.add(
            &r::ENCODING_WINDOWS_1252,
            format!(
                "byte 0x{:02X} in `{}` is a control character in ISO-8859-1; Windows-1252 reads it as `{}`",
                line[at],
                show(field),
                meant
            ),
            Some(i as u64 + 1),
            col,
        );
    }
}

/// In Latin-1 text every byte is one character, so the byte offset of the
/// line maps to the same number of characters — but the decoded `String`
/// counts UTF-8 bytes; convert.
fn char_offset(line: &[u8], at: usize) -> usize {
    line[..at]
        .iter()
        .map(|&b| if b < 0x80 { 1 } else { 2 })
        .sum()
}

fn show(s: &str) -> String {
    crate::csv::values::show(s.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(bytes: &[u8]) -> (Decoded, Vec<String>) {
        let mut sink = Sink::new(100);
        let d = decode(bytes, Some(Kind::UserFile), &mut sink);
        let rules = sink.findings.iter().map(|f| f.rule.clone()).collect();
        (d, rules)
    }

    #[test]
    fn latin1_and_ascii_are_what_the_job_reads() {
        let (d, f) = run(b"jdoe,Jos\xE9 M\xFCller,Jos\xE9");
        assert_eq!(d.encoding, "ISO-8859-1");
        assert_eq!(d.text.as_deref(), Some("jdoe,José Müller,José"));
        assert!(f.is_empty());
        assert_eq!(run(b"a,b").0.encoding, "ASCII");
    }

    #[test]
    fn utf8_is_named_with_the_stored_text() {
        assert_eq!(latin1_reading("José"), "JosÃ©");
        let (d, f) = run("jdoe,José".as_bytes());
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.convertible);
        assert_eq!(f, ["directory/encoding-utf8"]);
        let (d, f) = run("jdoe,Łukasz".as_bytes());
        assert!(!d.convertible);
        assert_eq!(f, ["directory/encoding-not-latin1"]);
    }

    #[test]
    fn gpg_is_recognised() {
        assert_eq!(run(b"\x8c\x0d\x04\x09\x03\x02abc").0.encoding, "OpenPGP");
        assert_eq!(run(b"\xc3\x0d\x04\x09\x03\x08abc").0.encoding, "OpenPGP");
        assert_eq!(
            run(b"-----BEGIN PGP MESSAGE-----\n\nhQEM").0.encoding,
            "OpenPGP"
        );
        assert_eq!(to_latin1("José").unwrap(), b"Jos\xE9");
        assert!(to_latin1("ł").is_none());
    }
}
