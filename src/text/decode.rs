//! Decoding input bytes to text when they are Unicode: a byte-order mark
//! sniffed (Notepad's UTF-8 BOM, PowerShell's UTF-16LE `>` redirection),
//! UTF-16 in either byte order, UTF-8 validated.
//!
//! The standard library does all of it; encoding_rs stays with the readers
//! that honour a declared legacy encoding (XML's `encoding="…"`, Windows-1252
//! CSV and directory files). Keeping the Unicode cases here means a tool
//! that only ever reads Unicode does not link every legacy decoder and its
//! tables (about 100 KB of a widget's download, `docs/download-size.md`).

use std::borrow::Cow;

/// The Unicode encodings a byte-order mark can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unicode {
    Utf8,
    Utf16Le,
    Utf16Be,
}

/// The byte-order mark `bytes` start with: its encoding and its length.
pub fn sniff_bom(bytes: &[u8]) -> Option<(Unicode, usize)> {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => Some((Unicode::Utf8, 3)),
        [0xFF, 0xFE, ..] => Some((Unicode::Utf16Le, 2)),
        [0xFE, 0xFF, ..] => Some((Unicode::Utf16Be, 2)),
        _ => None,
    }
}

/// `bytes` (without a byte-order mark) as `encoding`; malformed sequences
/// become U+FFFD, and the flag says whether there were any.
pub fn decode_as(encoding: Unicode, bytes: &[u8]) -> (Cow<'_, str>, bool) {
    match encoding {
        Unicode::Utf8 => match std::str::from_utf8(bytes) {
            Ok(text) => (Cow::Borrowed(text), false),
            Err(_) => (String::from_utf8_lossy(bytes), true),
        },
        Unicode::Utf16Le | Unicode::Utf16Be => {
            let unit = |pair: &[u8]| match encoding {
                Unicode::Utf16Le => u16::from_le_bytes([pair[0], pair[1]]),
                _ => u16::from_be_bytes([pair[0], pair[1]]),
            };
            let odd = bytes.len() % 2 == 1;
            let mut had_errors = odd;
            let mut text = String::with_capacity(bytes.len() / 2 + 1);
            for c in char::decode_utf16(bytes.chunks_exact(2).map(unit)) {
                text.push(c.unwrap_or_else(|_| {
                    had_errors = true;
                    char::REPLACEMENT_CHARACTER
                }));
            }
            if odd {
                text.push(char::REPLACEMENT_CHARACTER);
            }
            (Cow::Owned(text), had_errors)
        }
    }
}

/// `bytes` decoded as their byte-order mark says, or as `otherwise` when
/// they have none; the mark itself is not part of the text.
pub fn decode_bom_or(bytes: &[u8], otherwise: Unicode) -> (Cow<'_, str>, bool) {
    match sniff_bom(bytes) {
        Some((encoding, len)) => decode_as(encoding, &bytes[len..]),
        None => decode_as(otherwise, bytes),
    }
}

/// UTF-16 without a byte-order mark, recognised by an XML document's first
/// `<` (a Windows tool that writes UTF-16 sometimes drops the mark).
pub fn sniff_unmarked_xml_utf16(bytes: &[u8]) -> Option<Unicode> {
    match bytes {
        [b'<', 0, c, 0, ..] if *c != 0 => Some(Unicode::Utf16Le),
        [0, b'<', 0, c, ..] if *c != 0 => Some(Unicode::Utf16Be),
        _ => None,
    }
}

/// How many leading bytes [`sniff_unmarked_utf16`] looks at.
const SNIFF_BYTES: usize = 4096;

/// UTF-16 text without a byte-order mark (Excel's "Unicode Text" saved by
/// some tools, a PowerShell pipe): mostly-ASCII text in UTF-16 has a zero in
/// every other byte, little-endian at odd positions, big-endian at even ones.
/// Over half the pairs with the zero on one side and under a tenth on the
/// other is UTF-16; a UTF-8 file has no zero bytes at all.
pub fn sniff_unmarked_utf16(bytes: &[u8]) -> Option<Unicode> {
    let n = bytes.len().min(SNIFF_BYTES) & !1;
    if n < 4 {
        return None;
    }
    let pairs = n / 2;
    let (mut even0, mut odd0) = (0usize, 0usize);
    for pair in bytes[..n].chunks_exact(2) {
        even0 += usize::from(pair[0] == 0);
        odd0 += usize::from(pair[1] == 0);
    }
    if odd0 * 2 > pairs && even0 * 10 < pairs {
        Some(Unicode::Utf16Le)
    } else if even0 * 2 > pairs && odd0 * 10 < pairs {
        Some(Unicode::Utf16Be)
    } else {
        None
    }
}

/// `bytes` as text whatever they are: Unicode by their byte-order mark (or
/// unmarked UTF-16 XML), else UTF-8 with malformed sequences replaced, so
/// that a reader of binary input finds U+FFFD rather than failing.
pub fn unicode_lossy(bytes: &[u8]) -> Cow<'_, str> {
    if let Some((encoding, len)) = sniff_bom(bytes) {
        return decode_as(encoding, &bytes[len..]).0;
    }
    match sniff_unmarked_xml_utf16(bytes) {
        Some(encoding) => decode_as(encoding, bytes).0,
        None => String::from_utf8_lossy(bytes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unmarked_utf16_is_told_by_its_zero_bytes() {
        let le: Vec<u8> = "_xmpp-client._tcp"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "_xmpp-client._tcp"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(sniff_unmarked_utf16(&le), Some(Unicode::Utf16Le));
        assert_eq!(sniff_unmarked_utf16(&be), Some(Unicode::Utf16Be));
        assert_eq!(sniff_unmarked_utf16(b"_xmpp-client._tcp"), None);
        assert_eq!(
            sniff_unmarked_utf16(&[0x89, b'P', b'N', b'G', 0, 0, 0, 13]),
            None
        );
    }

    #[test]
    fn unicode_lossy_reads_marked_and_unmarked_utf16_and_replaces_bad_utf8() {
        let le: Vec<u8> = "<a/>".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = "<a/>".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(unicode_lossy(&le), "<a/>");
        assert_eq!(unicode_lossy(&be), "<a/>");
        assert_eq!(unicode_lossy(&[&[0xFF, 0xFE][..], &le].concat()), "<a/>");
        assert_eq!(unicode_lossy(b"\xEF\xBB\xBF<a/>"), "<a/>");
        assert_eq!(unicode_lossy(b"a\xFFb"), "a\u{FFFD}b");
    }

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if big_endian {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn reads_each_byte_order_mark() {
        let mut le = vec![0xFF, 0xFE];
        le.extend(utf16(
            "_sip._tls 3600 IN SRV 5 10 5061 sip.example.com.",
            false,
        ));
        let mut be = vec![0xFE, 0xFF];
        be.extend(utf16("Zoë Ångström 😀", true));
        assert_eq!(
            decode_bom_or(&le, Unicode::Utf8),
            (
                Cow::Borrowed("_sip._tls 3600 IN SRV 5 10 5061 sip.example.com."),
                false
            )
        );
        assert_eq!(decode_bom_or(&be, Unicode::Utf8).0, "Zoë Ångström 😀");
        assert_eq!(
            decode_bom_or("\u{FEFF}é".as_bytes(), Unicode::Utf16Le).0,
            "é"
        );
        assert_eq!(sniff_bom(b"plain"), None);
    }

    #[test]
    fn matches_encoding_rs_on_malformed_utf16() {
        // A lone surrogate and an odd trailing byte, as a truncated file has.
        let cases: [&[u8]; 3] = [
            &[0x41, 0x00, 0x00, 0xD8, 0x42, 0x00],
            &[0x41, 0x00, 0x42],
            &[0x3D, 0xD8, 0x00, 0xDE],
        ];
        for bytes in cases {
            let (ours, our_errors) = decode_as(Unicode::Utf16Le, bytes);
            let (theirs, their_errors) = encoding_rs::UTF_16LE.decode_without_bom_handling(bytes);
            assert_eq!((ours.as_ref(), our_errors), (theirs.as_ref(), their_errors));
        }
    }

    #[test]
    fn flags_invalid_utf8() {
        let (text, errors) = decode_as(Unicode::Utf8, b"caf\xE9");
        assert!(errors);
        assert_eq!(text, "caf\u{FFFD}");
    }
}
