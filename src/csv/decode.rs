//! Streaming text decoding: bytes in any chunking -> UTF-8 out, with every
//! encoding problem recorded at its input byte offset.
//!
//! Admin guide, "Import and Export Users Using a CSV File" and "CSV File
//! Format": the import reads UTF-8 and UTF-16LE. We accept UTF-8 (with or
//! without BOM) and UTF-16LE (BOM or detected from the zero-byte pattern);
//! UTF-16BE is decoded (so the rest of the file can still be checked) but
//! reported. UTF-16 goes through encoding_rs; UTF-8 is validated with
//! `std::str::from_utf8`, which is the fastest validator available and tells
//! us exactly where the bad bytes are, so that a Windows-1252 byte can be
//! re-read as what the author meant (`é` for 0xE9) instead of U+FFFD.

use encoding_rs::{DecoderResult, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// The text encodings we recognise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
}

impl TextEncoding {
    pub fn label(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf16Le => "UTF-16LE",
            TextEncoding::Utf16Be => "UTF-16BE",
        }
    }
}

/// What went wrong, where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueKind {
    /// Bytes that are neither UTF-8 nor plausible Windows-1252.
    InvalidUtf8,
    /// Bytes re-read as Windows-1252; `text` is what they mean there.
    Windows1252 { text: String },
    /// Unpaired surrogate or a truncated code unit.
    InvalidUtf16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub kind: IssueKind,
    /// Byte offset in the original input.
    pub offset: u64,
    /// The offending bytes (at most 4 kept).
    pub bytes: Vec<u8>,
    /// Offset in the decoded UTF-8 stream where the replacement was written.
    pub decoded_at: u64,
}

/// How many bytes we look at before deciding the encoding of a BOM-less file.
const SNIFF: usize = 1024;

enum State {
    Sniff(Vec<u8>),
    Utf8 { tail: Vec<u8> },
    Utf16(Box<encoding_rs::Decoder>),
}

pub struct Decoder {
    state: State,
    encoding: TextEncoding,
    bom: bool,
    /// Input bytes consumed so far (offset of the next byte handed to us).
    in_pos: u64,
    /// UTF-8 bytes produced so far.
    out_pos: u64,
    pub issues: Vec<Issue>,
    /// What the file really is when its first bytes are a binary signature.
    pub binary: Option<&'static str>,
}

/// Files administrators drop by mistake instead of the CSV export.
fn binary_signature(buf: &[u8]) -> Option<&'static str> {
    const SIGS: &[(&[u8], &str)] = &[
        (
            b"PK\x03\x04",
            "an Excel workbook (.xlsx) or another ZIP archive",
        ),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            "a legacy Excel workbook (.xls)",
        ),
        (b"%PDF-", "a PDF document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"\x1F\x8B", "a gzip archive"),
    ];
    SIGS.iter()
        .find(|(sig, _)| buf.starts_with(sig))
        .map(|(_, what)| *what)
}

impl Default for Decoder {
    fn default() -> Self {
        Self::new()
    }
}

impl Decoder {
    pub fn new() -> Self {
        Self {
            state: State::Sniff(Vec::new()),
            encoding: TextEncoding::Utf8,
            bom: false,
            in_pos: 0,
            out_pos: 0,
            issues: Vec::new(),
            binary: None,
        }
    }

    /// Known once the first bytes were seen (after a `push` of at least 1 KiB or `finish`).
    pub fn encoding(&self) -> Option<(TextEncoding, bool)> {
        match self.state {
            State::Sniff(_) => None,
            _ => Some((self.encoding, self.bom)),
        }
    }

    /// Decode `chunk`, appending UTF-8 to `out`. `last` marks the end of input.
    pub fn push(&mut self, chunk: &[u8], last: bool, out: &mut Vec<u8>) {
        if let State::Sniff(buf) = &mut self.state {
            buf.extend_from_slice(chunk);
            if buf.len() < SNIFF && !last {
                return;
            }
            let buf = std::mem::take(buf);
            self.start(&buf, last, out);
            return;
        }
        self.decode(chunk, last, out);
    }

    fn start(&mut self, buf: &[u8], last: bool, out: &mut Vec<u8>) {
        self.binary = binary_signature(buf);
        let (enc, bom_len) = sniff(buf);
        self.encoding = enc;
        self.bom = bom_len > 0;
        self.in_pos = bom_len as u64;
        self.state = match enc {
            TextEncoding::Utf8 => State::Utf8 { tail: Vec::new() },
            TextEncoding::Utf16Le => {
                State::Utf16(Box::new(UTF_16LE.new_decoder_without_bom_handling()))
            }
            TextEncoding::Utf16Be => {
                State::Utf16(Box::new(UTF_16BE.new_decoder_without_bom_handling()))
            }
        };
        self.decode(buf.get(bom_len..).unwrap_or(&[]), last, out);
    }

    fn decode(&mut self, chunk: &[u8], last: bool, out: &mut Vec<u8>) {
        let base_out = out.len();
        match &mut self.state {
            State::Sniff(_) => {}
            State::Utf8 { tail } => {
                let tail = std::mem::take(tail);
                self.utf8(tail, chunk, last, out);
            }
            State::Utf16(dec) => {
                let mut dec = std::mem::replace(dec, Box::new(UTF_16LE.new_decoder()));
                self.utf16(&mut dec, chunk, last, out);
                self.state = State::Utf16(dec);
            }
        }
        self.out_pos += (out.len() - base_out) as u64;
    }

    fn utf8(&mut self, mut tail: Vec<u8>, mut chunk: &[u8], last: bool, out: &mut Vec<u8>) {
        let base_out = self.out_pos - out.len() as u64;
        if !tail.is_empty() {
            // Complete the character split across the previous chunk boundary.
            let need = utf8_len(tail[0]).max(tail.len());
            let take = (need - tail.len()).min(chunk.len());
            tail.extend_from_slice(&chunk[..take]);
            chunk = &chunk[take..];
            if tail.len() < need && !last {
                if let State::Utf8 { tail: t } = &mut self.state {
                    *t = tail;
                }
                return;
            }
            self.utf8_run(&tail, true, out, base_out);
        }
        self.utf8_run(chunk, last, out, base_out);
    }

    /// `base_out` converts `out.len()` into an absolute decoded offset.
    fn utf8_run(&mut self, data: &[u8], last: bool, out: &mut Vec<u8>, base_out: u64) {
        let mut i = 0;
        while i < data.len() {
            match std::str::from_utf8(&data[i..]) {
                Ok(_) => {
                    out.extend_from_slice(&data[i..]);
                    i = data.len();
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    out.extend_from_slice(&data[i..i + valid]);
                    i += valid;
                    match e.error_len() {
                        Some(n) => {
                            self.bad_utf8(&data[i..i + n], out, base_out, self.in_pos + i as u64);
                            i += n;
                        }
                        None if last => {
                            self.bad_utf8(&data[i..], out, base_out, self.in_pos + i as u64);
                            i = data.len();
                        }
                        None => {
                            if let State::Utf8 { tail } = &mut self.state {
                                *tail = data[i..].to_vec();
                            }
                            self.in_pos += i as u64;
                            return;
                        }
                    }
                }
            }
        }
        self.in_pos += data.len() as u64;
    }

    fn bad_utf8(&mut self, bytes: &[u8], out: &mut Vec<u8>, base_out: u64, offset: u64) {
        let decoded_at = base_out + out.len() as u64;
        // Windows-1252 leaves five bytes undefined; anything else >= 0x80 reads as
        // a real character, which is what an "ANSI" save produces.
        let cp1252 = bytes
            .iter()
            .all(|&b| b >= 0x80 && !matches!(b, 0x81 | 0x8D | 0x8F | 0x90 | 0x9D));
        let kind = if cp1252 {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            out.extend_from_slice(text.as_bytes());
            IssueKind::Windows1252 {
                text: text.into_owned(),
            }
        } else {
            out.extend_from_slice("\u{FFFD}".as_bytes());
            IssueKind::InvalidUtf8
        };
        self.issues.push(Issue {
            kind,
            offset,
            bytes: bytes.iter().take(4).copied().collect(),
            decoded_at,
        });
    }

    fn utf16(
        &mut self,
        dec: &mut encoding_rs::Decoder,
        chunk: &[u8],
        last: bool,
        out: &mut Vec<u8>,
    ) {
        let base_out = self.out_pos - out.len() as u64;
        let mut read_total = 0usize;
        loop {
            let want = dec
                .max_utf8_buffer_length_without_replacement(chunk.len() - read_total)
                .unwrap_or(chunk.len() * 3 + 16)
                .max(16);
            let start = out.len();
            out.resize(start + want, 0);
            let (res, read, written) = dec.decode_to_utf8_without_replacement(
                &chunk[read_total..],
                &mut out[start..],
                last,
            );
            out.truncate(start + written);
            read_total += read;
            match res {
                DecoderResult::InputEmpty => break,
                DecoderResult::OutputFull => continue,
                DecoderResult::Malformed(bad, after) => {
                    let end = (self.in_pos + read_total as u64).saturating_sub(after as u64);
                    let offset = end.saturating_sub(bad as u64);
                    let decoded_at = base_out + out.len() as u64;
                    out.extend_from_slice("\u{FFFD}".as_bytes());
                    let lo = offset.saturating_sub(self.in_pos) as usize;
                    let bytes = chunk
                        .get(lo..(lo + bad as usize).min(chunk.len()))
                        .unwrap_or(&[])
                        .to_vec();
                    self.issues.push(Issue {
                        kind: IssueKind::InvalidUtf16,
                        offset,
                        bytes,
                        decoded_at,
                    });
                }
            }
        }
        self.in_pos += chunk.len() as u64;
    }
}

/// Expected length of a UTF-8 sequence from its lead byte (1 for invalid leads,
/// which then fail validation on their own).
fn utf8_len(b: u8) -> usize {
    match b {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => 1,
    }
}

/// The encoding and the BOM length. Without a BOM, a file with many zero bytes
/// at odd positions and none at even ones is UTF-16LE (ASCII text in UTF-16
/// is every other byte zero); the reverse is UTF-16BE.
fn sniff(buf: &[u8]) -> (TextEncoding, usize) {
    use crate::text::decode::{sniff_bom, Unicode};
    if let Some((encoding, len)) = sniff_bom(buf) {
        let encoding = match encoding {
            Unicode::Utf8 => TextEncoding::Utf8,
            Unicode::Utf16Le => TextEncoding::Utf16Le,
            Unicode::Utf16Be => TextEncoding::Utf16Be,
        };
        return (encoding, len);
    }
    match crate::text::decode::sniff_unmarked_utf16(&buf[..buf.len().min(SNIFF)]) {
        Some(Unicode::Utf16Le) => (TextEncoding::Utf16Le, 0),
        Some(Unicode::Utf16Be) => (TextEncoding::Utf16Be, 0),
        _ => (TextEncoding::Utf8, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &[u8], chunk: usize) -> (String, Decoder) {
        let mut d = Decoder::new();
        let mut out = Vec::new();
        for c in input.chunks(chunk.max(1)) {
            d.push(c, false, &mut out);
        }
        d.push(&[], true, &mut out);
        (String::from_utf8(out).expect("decoder emits UTF-8"), d)
    }

    #[test]
    fn utf8_split_anywhere_round_trips() {
        let text = "firstName,lastName\r\nJosé,Müller\r\n美咲,محمد\r\n";
        for chunk in 1..8 {
            let (s, d) = run(text.as_bytes(), chunk);
            assert_eq!(s, text);
            assert!(d.issues.is_empty());
        }
    }

    #[test]
    fn cp1252_byte_is_reread_with_its_offset() {
        let input = b"a,b\r\nRen\xE9e,x\r\n";
        for chunk in [1, 3, 100] {
            let (s, d) = run(input, chunk);
            assert_eq!(s, "a,b\r\nRenée,x\r\n");
            assert_eq!(d.issues.len(), 1);
            assert_eq!(d.issues[0].offset, 8);
            assert_eq!(d.issues[0].decoded_at, 8);
        }
    }

    #[test]
    fn utf16le_with_and_without_bom() {
        let text = "firstName\temail\r\nZoë\tz@example.com\r\n";
        let mut le: Vec<u8> = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
        for chunk in [1, 2, 3, 4096] {
            let (s, d) = run(&le, chunk);
            assert_eq!(s, text);
            assert_eq!(d.encoding(), Some((TextEncoding::Utf16Le, true)));
        }
        let (s, d) = run(&le[2..], 5);
        assert_eq!(s, text);
        assert_eq!(d.encoding(), Some((TextEncoding::Utf16Le, false)));
    }

    #[test]
    fn truncated_utf16_is_an_issue_not_a_panic() {
        let (_, d) = run(b"\xFF\xFEa\x00b", 1);
        assert_eq!(d.issues.len(), 1);
        assert_eq!(d.issues[0].kind, IssueKind::InvalidUtf16);
        assert_eq!(d.issues[0].offset, 4);
    }
}
