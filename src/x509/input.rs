//! Turning whatever the administrator has into DER certificates: PEM (one or
//! many blocks, CRLF or LF, text around them), DER, bare base64 as found in
//! SAML metadata, and PKCS#7 (.p7b) bundles in DER, PEM or base64.
//!
//! Implements admin guide "Configure Organization Certificate Management"
//! (step 5: "a cer or crt file") and "Single Sign-on Requirements" (PEM).
//! The PEM framing (RFC 7468) is scanned by hand because we need line numbers
//! and byte spans for every block and must recognise private-key blocks
//! without decoding them; the base64 itself is decoded by the `base64` crate
//! and ASN.1 by `asn1-rs` (re-exported by x509-parser).

use crate::text::base64::LENIENT as B64;
use base64::Engine;
use x509_parser::asn1_rs::{Any, Class, FromBer, Tag};

use super::catalog::{PRIVATE_KEY, UNREADABLE};
use super::util::shorten;
use crate::report::{Finding, Location};

/// Larger inputs are refused with a finding rather than read: 10,000
/// certificates take about 15 MB of PEM, so this leaves ample room.
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// How a certificate (or the whole input) was encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pem,
    Der,
    Base64,
    Pkcs7Der,
    Pkcs7Pem,
    Pkcs7Base64,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Pem => "pem",
            Format::Der => "der",
            Format::Base64 => "base64",
            Format::Pkcs7Der => "pkcs7-der",
            Format::Pkcs7Pem => "pkcs7-pem",
            Format::Pkcs7Base64 => "pkcs7-base64",
        }
    }
}

/// One certificate's DER bytes and where they came from.
#[derive(Debug, Clone)]
pub struct Blob {
    pub der: Vec<u8>,
    pub format: Format,
    pub location: Location,
}

/// The result of decoding one input.
#[derive(Debug, Default)]
pub struct Decoded {
    /// The input's overall format, when one was recognised.
    pub format: Option<Format>,
    pub certs: Vec<Blob>,
    pub findings: Vec<Finding>,
    pub private_keys: usize,
}

/// Decode base64, ignoring all ASCII whitespace (line breaks inside PEM and
/// inside `ds:X509Certificate` elements).
pub fn decode_base64(text: &[u8]) -> Result<Vec<u8>, String> {
    let compact: Vec<u8> = text
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    if compact.is_empty() {
        return Err("no base64 data".into());
    }
    B64.decode(&compact).map_err(|e| e.to_string())
}

fn with_file(loc: Location, file: Option<&str>) -> Location {
    match file {
        Some(f) => loc.with_file(f),
        None => loc,
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Decode one input (a file, a paste). `file` labels every location.
pub fn decode(input: &[u8], file: Option<&str>) -> Decoded {
    let mut out = Decoded::default();
    let whole = || with_file(Location::none(), file);
    if input.len() > MAX_INPUT_BYTES {
        out.findings.push(Finding::new(
            &UNREADABLE,
            format!(
                "the input is {} bytes, more than the {} MiB this tool reads",
                input.len(),
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
            whole(),
        ));
        return out;
    }
    if input.iter().all(|b| b.is_ascii_whitespace()) {
        out.findings
            .push(Finding::new(&UNREADABLE, "the input is empty", whole()));
        return out;
    }
    // A UTF-8 byte order mark (Notepad) or UTF-16 text (PowerShell's `>`
    // writes UTF-16LE): read the text inside. Line numbers stay right; byte
    // spans then refer to the UTF-8 text.
    let mut input = input;
    while let Some(rest) = input.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        input = rest;
    }
    if input.starts_with(&[0xFF, 0xFE]) || input.starts_with(&[0xFE, 0xFF]) {
        let (text, _) =
            crate::text::decode::decode_bom_or(input, crate::text::decode::Unicode::Utf16Le);
        let text = text.into_owned();
        if !text.starts_with('\u{FEFF}') && !text.is_empty() {
            return decode(text.as_bytes(), file);
        }
    }
    if contains(input, b"-----BEGIN ") {
        out.format = Some(Format::Pem);
        match inline_boundaries(input) {
            // A PEM pasted into a one-line field: BEGIN, base64 and END on
            // one line (or separated by spaces). Give each marker its own line.
            Some(fixed) => decode_pem(&fixed, file, &mut out),
            None => decode_pem(input, file, &mut out),
        }
        return out;
    }
    if input.first() == Some(&0x30) {
        out.format = Some(Format::Der);
        decode_der(input, Format::Der, Format::Pkcs7Der, &whole(), &mut out);
        return out;
    }
    let trimmed = trim_ascii(input);
    if trimmed.iter().all(|&b| {
        b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=') || b.is_ascii_whitespace()
    }) {
        match decode_base64(trimmed) {
            Ok(der) if der.first() == Some(&0x30) => {
                out.format = Some(Format::Base64);
                decode_der(
                    &der,
                    Format::Base64,
                    Format::Pkcs7Base64,
                    &whole(),
                    &mut out,
                );
            }
            Ok(_) => out.findings.push(Finding::new(
                &UNREADABLE,
                "the input is base64 but does not decode to a DER certificate",
                whole(),
            )),
            Err(e) => out.findings.push(Finding::new(
                &UNREADABLE,
                format!("the input looks like base64 but does not decode: {e}"),
                whole(),
            )),
        }
        return out;
    }
    // Key formats without PEM armour (PuTTY, JWK): refused without an echo.
    if [&b"Private-Lines:"[..], b"PRIVATE KEY", b"\"d\":"]
        .iter()
        .any(|n| contains(input, n))
    {
        out.private_keys += 1;
        out.findings.push(Finding::new(
            &PRIVATE_KEY,
            "the input looks like a private key; its content is not shown",
            whole(),
        ));
        out.findings.push(Finding::new(
            &UNREADABLE,
            "the input holds no certificate",
            whole(),
        ));
        return out;
    }
    if contains(input, b"X509Certificate>") {
        out.findings.push(Finding::new(
            &UNREADABLE,
            "the input is XML with ds:X509Certificate elements (SAML metadata?): check it with the SAML metadata tool, or paste the element's base64 content alone",
            whole(),
        ));
        return out;
    }
    let text = trim_ascii(input);
    let ssh = [&b"ssh-"[..], b"ecdsa-sha2-", b"sk-ssh-", b"sk-ecdsa-"];
    let what = if input.iter().take(4096).any(|&b| b == 0 || b >= 0x80) {
        "binary data that is neither DER nor PEM".to_string()
    } else if ssh.iter().any(|p| text.starts_with(p)) {
        "an SSH public key, not an X.509 certificate: export the IdP's signing certificate (.cer / .crt) instead".to_string()
    } else {
        format!(
            "text without a -----BEGIN CERTIFICATE----- block: `{}`",
            shorten(&String::from_utf8_lossy(&input[..input.len().min(200)]))
        )
    };
    out.findings.push(Finding::new(
        &UNREADABLE,
        format!("the input is {what}"),
        whole(),
    ));
    out
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &b[start..end.max(start)]
}

/// One line of text: its 1-based number, its byte span, its content without
/// the line break and trailing whitespace.
struct Line<'a> {
    number: u32,
    start: usize,
    end: usize,
    text: &'a [u8],
}

fn lines(input: &[u8]) -> impl Iterator<Item = Line<'_>> {
    let mut pos = 0usize;
    let mut number = 0u32;
    std::iter::from_fn(move || {
        if pos >= input.len() {
            return None;
        }
        let start = pos;
        let end = input[pos..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(input.len(), |i| pos + i);
        pos = end + 1;
        number = number.saturating_add(1);
        let raw = &input[start..end];
        let text_end = raw
            .iter()
            .rposition(|c| !c.is_ascii_whitespace())
            .map_or(0, |e| e + 1);
        Some(Line {
            number,
            start,
            end,
            text: &raw[..text_end],
        })
    })
}

/// `input` with a line break added before and after every `-----BEGIN X-----`
/// and `-----END X-----` marker that shares its line with other text, or
/// `None` when every marker already stands alone.
fn inline_boundaries(input: &[u8]) -> Option<Vec<u8>> {
    let mut cuts: Vec<usize> = Vec::new();
    let mut i = 0;
    while let Some(off) = find(&input[i..], b"-----") {
        let start = i + off;
        let rest = &input[start + 5..];
        let is_marker = rest.starts_with(b"BEGIN ") || rest.starts_with(b"END ");
        if !is_marker {
            i = start + 5;
            continue;
        }
        // The marker ends at the next "-----" on the same line.
        let line_end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        let Some(close) = find(&rest[..line_end], b"-----") else {
            i = start + 5;
            continue;
        };
        let end = start + 5 + close + 5;
        let before_ok = start == 0 || matches!(input[start - 1], b'\n');
        let after_ok = end >= input.len() || matches!(input[end], b'\n' | b'\r');
        if !before_ok {
            cuts.push(start);
        }
        if !after_ok {
            cuts.push(end);
        }
        i = end;
    }
    if cuts.is_empty() {
        return None;
    }
    let mut out = Vec::with_capacity(input.len() + cuts.len());
    let mut last = 0;
    for c in cuts {
        out.extend_from_slice(&input[last..c]);
        out.push(b'\n');
        last = c;
    }
    out.extend_from_slice(&input[last..]);
    Some(out)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The label of a `-----BEGIN X-----` / `-----END X-----` line (leading
/// whitespace forgiven).
fn boundary<'a>(text: &'a [u8], kind: &[u8]) -> Option<&'a [u8]> {
    let t = trim_ascii(text);
    let rest = t.strip_prefix(b"-----")?.strip_prefix(kind)?;
    let rest = rest.strip_prefix(b" ")?;
    rest.strip_suffix(b"-----")
}

enum BlockKind {
    Certificate,
    Pkcs7,
    PrivateKey,
    Other(&'static str),
}

fn classify(label: &[u8]) -> BlockKind {
    match label {
        b"CERTIFICATE" | b"X509 CERTIFICATE" | b"TRUSTED CERTIFICATE" => BlockKind::Certificate,
        b"PKCS7" | b"PKCS #7 SIGNED DATA" | b"CMS" => BlockKind::Pkcs7,
        l if contains(l, b"PRIVATE KEY") => BlockKind::PrivateKey,
        b"CERTIFICATE REQUEST" | b"NEW CERTIFICATE REQUEST" => {
            BlockKind::Other("a certificate signing request, not a certificate (send it to your CA and paste the certificate it returns)")
        }
        b"PUBLIC KEY" | b"RSA PUBLIC KEY" => {
            BlockKind::Other("a bare public key, not a certificate")
        }
        b"X509 CRL" => BlockKind::Other("a certificate revocation list, not a certificate"),
        _ => BlockKind::Other("not a certificate"),
    }
}

fn decode_pem(input: &[u8], file: Option<&str>, out: &mut Decoded) {
    let mut it = lines(input);
    // Scratch buffers reused across blocks: a 10,000-certificate bundle
    // should not pay two allocations per block.
    let mut body: Vec<u8> = Vec::new();
    let mut der: Vec<u8> = Vec::new();
    let mut found_block = false;
    while let Some(line) = it.next() {
        let Some(label) = boundary(line.text, b"BEGIN") else {
            continue;
        };
        found_block = true;
        let label = label.to_vec();
        let kind = classify(&label);
        let begin_loc =
            || with_file(Location::line_col(line.number, 1), file).with_span(line.start, line.end);
        // Collect the body up to the matching END without decoding it yet:
        // a private key's body must never be decoded, stored or echoed.
        body.clear();
        let mut closed = false;
        let mut has_headers = false;
        let mut end_at = line.end;
        let keep_body = !matches!(kind, BlockKind::PrivateKey);
        for l in it.by_ref() {
            end_at = l.end;
            if let Some(end_label) = boundary(l.text, b"END") {
                closed = end_label == label.as_slice();
                break;
            }
            if contains(l.text, b":") {
                // RFC 1421 headers (Proc-Type, DEK-Info) of legacy encrypted blocks.
                has_headers = true;
                continue;
            }
            if keep_body {
                body.extend(l.text.iter().filter(|b| !b.is_ascii_whitespace()));
            }
        }
        let label_text = String::from_utf8_lossy(&label).into_owned();
        let loc = begin_loc().with_span(line.start, end_at);
        match kind {
            BlockKind::PrivateKey => {
                out.private_keys += 1;
                out.findings.push(Finding::new(
                    &PRIVATE_KEY,
                    format!(
                        "a {} block was found; its content is not shown",
                        shorten(&label_text)
                    ),
                    loc,
                ));
                continue;
            }
            BlockKind::Other(why) => {
                out.findings.push(Finding::new(
                    &UNREADABLE,
                    format!("the PEM block `{}` is {why}", shorten(&label_text)),
                    loc,
                ));
                continue;
            }
            _ => {}
        }
        if !closed {
            out.findings.push(Finding::new(
                &UNREADABLE,
                format!(
                    "the PEM block `{}` has no matching -----END {}----- line (truncated paste?)",
                    shorten(&label_text),
                    shorten(&label_text)
                ),
                loc,
            ));
            continue;
        }
        if has_headers {
            out.findings.push(Finding::new(
                &UNREADABLE,
                format!(
                    "the PEM block `{}` carries encryption headers and cannot be read",
                    shorten(&label_text)
                ),
                loc,
            ));
            continue;
        }
        der.clear();
        let decoded = if body.is_empty() {
            Err("no base64 data".to_string())
        } else {
            B64.decode_vec(&body, &mut der).map_err(|e| e.to_string())
        };
        if let Err(e) = decoded {
            out.findings.push(Finding::new(
                &UNREADABLE,
                format!(
                    "the base64 inside the `{}` block does not decode: {e}",
                    shorten(&label_text)
                ),
                loc,
            ));
            continue;
        }
        // OpenSSL's TRUSTED CERTIFICATE appends its trust settings after the
        // certificate; they are not part of it.
        let cert_der: &[u8] = if label == b"TRUSTED CERTIFICATE" {
            match Any::from_ber(&der) {
                Ok((rest, _)) => &der[..der.len() - rest.len()],
                Err(_) => &der,
            }
        } else {
            &der
        };
        decode_der(cert_der, Format::Pem, Format::Pkcs7Pem, &loc, out);
    }
    if !found_block {
        out.findings.push(Finding::new(
            &UNREADABLE,
            "the input mentions -----BEGIN but holds no complete PEM boundary line",
            with_file(Location::none(), file),
        ));
    }
}

/// Split DER bytes into certificate candidates: one or more concatenated
/// certificates, a PKCS#7 bundle, or a private key (refused). Only the outer
/// ASN.1 header is read here; each certificate is parsed once, later, by the
/// caller. `loc` is the location of the whole blob.
fn decode_der(
    der: &[u8],
    cert_format: Format,
    p7_format: Format,
    loc: &Location,
    out: &mut Decoded,
) {
    let mut rest = der;
    while !rest.is_empty() {
        let this_input = rest;
        let (r, top) = match Any::from_ber(this_input) {
            Ok(v) => v,
            Err(e) => {
                let why = match e {
                    x509_parser::nom::Err::Incomplete(_) => "truncated".to_string(),
                    other => format!("malformed ({other})"),
                };
                out.findings.push(Finding::new(
                    &UNREADABLE,
                    format!(
                        "the {} bytes of DER data are not a certificate: {why}",
                        this_input.len()
                    ),
                    loc.clone(),
                ));
                return;
            }
        };
        rest = r;
        let this = &this_input[..this_input.len() - r.len()];
        if top.tag() != Tag::Sequence {
            out.findings.push(Finding::new(
                &UNREADABLE,
                "the DER data is not an ASN.1 SEQUENCE, so not a certificate",
                loc.clone(),
            ));
            return;
        }
        if let Some(certs) = pkcs7_certificates(this) {
            if out.format == Some(cert_format) || out.format.is_none() {
                out.format = Some(p7_format);
            }
            if certs.is_empty() {
                out.findings.push(Finding::new(
                    &UNREADABLE,
                    "the PKCS#7 bundle holds no certificates",
                    loc.clone(),
                ));
            }
            out.certs
                .extend(certs.into_iter().enumerate().map(|(k, c)| Blob {
                    der: c.to_vec(),
                    format: p7_format,
                    location: Location {
                        field: Some(k as u32 + 1),
                        field_name: Some("certificate in the PKCS#7 bundle".into()),
                        ..loc.clone()
                    },
                }));
        } else if looks_like_private_key(this) {
            out.private_keys += 1;
            out.findings.push(Finding::new(
                &PRIVATE_KEY,
                "the DER data is a private key; its content is not shown",
                loc.clone(),
            ));
        } else if looks_like_pkcs12(this) {
            // A .pfx/.p12 holds the private key with the certificate, behind
            // a password: it is never what Webex asks for.
            out.private_keys += 1;
            out.findings.push(Finding::new(
                &PRIVATE_KEY,
                "the data is a PKCS#12 (.pfx / .p12) bundle, which holds a private key with the certificate; it is not read here. Export the certificate alone (.cer / .crt) and use that",
                loc.clone(),
            ));
        } else if looks_like_certificate(&top) {
            // In a DER file the byte span of each certificate is exact.
            let start = der.len() - this_input.len();
            let location = if cert_format == Format::Der {
                loc.clone().with_span(start, start + this.len())
            } else {
                loc.clone()
            };
            out.certs.push(Blob {
                der: this.to_vec(),
                format: cert_format,
                location,
            });
        } else {
            // Garbage that happens to start like DER: one finding, not one
            // per 50-byte chunk.
            out.findings.push(Finding::new(
                &UNREADABLE,
                format!(
                    "the {} bytes of DER data are not a certificate (not the SEQUENCE of tbsCertificate, signatureAlgorithm, signature)",
                    this.len()
                ),
                loc.clone(),
            ));
            return;
        }
        // Zero padding after the last structure is harmless; anything else
        // that does not start another SEQUENCE is reported.
        if rest.iter().all(|&b| b == 0) {
            return;
        }
        if rest.first() != Some(&0x30) {
            out.findings.push(Finding::new(
                &UNREADABLE,
                format!(
                    "{} bytes of unexpected data follow the DER data",
                    rest.len()
                ),
                loc.clone(),
            ));
            return;
        }
    }
}

/// `1.2.840.113549.1.7.2` (signedData), DER-encoded content octets.
const OID_SIGNED_DATA: &[u8] = &[0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02];

fn children(data: &[u8]) -> impl Iterator<Item = (Any<'_>, &[u8])> {
    let mut rest = data;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let before = rest;
        let (r, any) = Any::from_ber(rest).ok()?;
        let raw = &before[..before.len() - r.len()];
        rest = r;
        Some((any, raw))
    })
}

/// The raw certificates of a PKCS#7 SignedData (RFC 2315 section 9.1), or
/// `None` when `der` is not one. BER is accepted because Windows writes
/// .p7b files with indefinite lengths.
pub fn pkcs7_certificates(der: &[u8]) -> Option<Vec<&[u8]>> {
    let (_, ci) = Any::from_ber(der).ok()?;
    if ci.tag() != Tag::Sequence {
        return None;
    }
    let mut parts = children(ci.data);
    let (oid, _) = parts.next()?;
    if oid.tag() != Tag::Oid || oid.data != OID_SIGNED_DATA {
        return None;
    }
    let (explicit, _) = parts.next()?;
    if explicit.class() != Class::ContextSpecific || explicit.tag() != Tag(0) {
        return Some(Vec::new());
    }
    let (_, signed) = Any::from_ber(explicit.data).ok()?;
    let mut certs = Vec::new();
    for (child, _) in children(signed.data) {
        if child.class() == Class::ContextSpecific && child.tag() == Tag(0) {
            certs.extend(children(child.data).map(|(_, raw)| raw));
        }
    }
    Some(certs)
}

/// The outer shape of RFC 5280's Certificate: SEQUENCE { SEQUENCE, SEQUENCE,
/// BIT STRING }. The full parse happens once, later; this only separates
/// certificates from other DER so garbage is reported once.
fn looks_like_certificate(top: &Any) -> bool {
    let kids: Vec<Tag> = children(top.data).take(4).map(|(a, _)| a.tag()).collect();
    kids.len() == 3
        && kids[0] == Tag::Sequence
        && kids[1] == Tag::Sequence
        && kids[2] == Tag::BitString
}

/// PKCS#8, PKCS#1 (RSA) and SEC1 (EC) private keys, and encrypted PKCS#8,
/// recognised by shape so that a pasted key is named as one.
/// PKCS#12 PFX (RFC 7292): SEQUENCE { version 3, authSafe ContentInfo
/// (id-data or id-signedData), macData? }.
fn looks_like_pkcs12(der: &[u8]) -> bool {
    let Ok((_, top)) = Any::from_ber(der) else {
        return false;
    };
    let kids: Vec<Any> = children(top.data).take(2).map(|(a, _)| a).collect();
    let [version, auth_safe] = kids.as_slice() else {
        return false;
    };
    if version.tag() != Tag::Integer || version.data != [3] || auth_safe.tag() != Tag::Sequence {
        return false;
    }
    let content_type = children(auth_safe.data).next().map(|(a, _)| a);
    // id-data 1.2.840.113549.1.7.1, id-signedData 1.2.840.113549.1.7.2
    content_type.is_some_and(|t| {
        t.tag() == Tag::Oid
            && matches!(
                t.data,
                [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01 | 0x02]
            )
    })
}

fn looks_like_private_key(der: &[u8]) -> bool {
    let Ok((_, top)) = Any::from_ber(der) else {
        return false;
    };
    if top.tag() != Tag::Sequence {
        return false;
    }
    let kids: Vec<Any> = children(top.data).take(4).map(|(a, _)| a).collect();
    let is_small_int = |a: &Any, v: u8| a.tag() == Tag::Integer && a.data == [v];
    match kids.as_slice() {
        // PKCS#8 PrivateKeyInfo: version, algorithm, privateKey
        [v, alg, key, ..]
            if (is_small_int(v, 0) || is_small_int(v, 1))
                && alg.tag() == Tag::Sequence
                && key.tag() == Tag::OctetString =>
        {
            true
        }
        // PKCS#1 RSAPrivateKey: version 0 then n, e, d …
        [v, n, e, d]
            if is_small_int(v, 0)
                && n.tag() == Tag::Integer
                && e.tag() == Tag::Integer
                && d.tag() == Tag::Integer =>
        {
            true
        }
        // SEC1 ECPrivateKey: version 1, privateKey OCTET STRING
        [v, key, ..] if is_small_int(v, 1) && key.tag() == Tag::OctetString => true,
        // EncryptedPrivateKeyInfo: PBES2 / PKCS#12 PBE algorithm, encrypted data
        [alg, data] if alg.tag() == Tag::Sequence && data.tag() == Tag::OctetString => {
            children(alg.data).next().is_some_and(|(oid, _)| {
                oid.tag() == Tag::Oid
                    && (oid
                        .data
                        .starts_with(&[0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x05])
                        || oid
                            .data
                            .starts_with(&[0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x0C]))
            })
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P7B: &[u8] = include_bytes!("../../tests/fixtures/x509/chain.p7b");

    /// The same bundle with indefinite lengths on ContentInfo, [0] and
    /// SignedData, as Windows writes .p7b files.
    fn indefinite(der: &[u8]) -> Vec<u8> {
        // 30 82 LL LL | 06 09 <oid> | A0 82 LL LL | 30 82 LL LL | content
        assert_eq!(&der[..2], &[0x30, 0x82]);
        let oid = &der[4..4 + 11];
        assert_eq!(&der[15..17], &[0xA0, 0x82]);
        assert_eq!(&der[19..21], &[0x30, 0x82]);
        let content = &der[23..];
        let mut out = vec![0x30, 0x80];
        out.extend_from_slice(oid);
        out.extend_from_slice(&[0xA0, 0x80, 0x30, 0x80]);
        out.extend_from_slice(content);
        out.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
        out
    }

    #[test]
    fn pkcs7_definite_and_indefinite_lengths() {
        assert_eq!(pkcs7_certificates(P7B).map(|c| c.len()), Some(3));
        let ber = indefinite(P7B);
        let certs = pkcs7_certificates(&ber).expect("BER bundle");
        assert_eq!(certs.len(), 3);
        assert_eq!(certs, pkcs7_certificates(P7B).unwrap());
        let d = decode(&ber, None);
        assert_eq!(d.format, Some(Format::Pkcs7Der));
        assert_eq!(d.certs.len(), 3);
        assert!(d.findings.is_empty(), "{:?}", d.findings);
    }

    #[test]
    fn not_pkcs7() {
        assert_eq!(pkcs7_certificates(&[0x30, 0x00]), None);
        assert_eq!(pkcs7_certificates(&[]), None);
        assert_eq!(pkcs7_certificates(&[0x04, 0x01, 0x00]), None);
    }
}
