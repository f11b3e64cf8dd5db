//! The seam between SAML metadata and the X.509 certificate tool.
//!
//! Every `ds:X509Certificate` embedded in metadata must be checked by the
//! certificate tool's own rules (admin guide "Configure Organization
//! Certificate Management": 1024, 2048 or 4096-bit keys; validity; weak
//! signature algorithms) and described by the same JSON object as the
//! certificate tool's `data.certificates[]`, with no second parser.
//!
//! **Interim implementation.** The x509 module (`crate::x509`) is being
//! written on another branch. Until it is merged, [`inspect_embedded`]
//! extracts the agreed certificate object itself with x509-parser and
//! reports no `x509/*` findings. Once merged, replace the body of
//! [`inspect_embedded`] after the base64 step with a call to the x509
//! module's `inspect_der(der, now, location)` and return its object and
//! findings unchanged; nothing else in `crate::saml` depends on how the
//! certificate is parsed.

use base64::Engine;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use sha1::Sha1;
use sha2::{Digest, Sha256};
use x509_parser::prelude::{FromDer, X509Certificate};
use x509_parser::public_key::PublicKey;

use crate::report::{Finding, Location, Severity};
use crate::rules::Rule;

pub const UNDECODABLE: Rule = Rule {
    id: "saml/certificate-undecodable",
    severity: Severity::Error,
    summary: "An embedded ds:X509Certificate is not a base64 DER certificate",
    source: "OASIS SAML V2.0 Metadata, section 2.4.1.1 (KeyDescriptor); W3C XML Signature, section 4.5.4 (X509Data); admin guide, \"Configure Organization Certificate Management\"",
    help: "The X509Certificate element must hold the base64 of one DER certificate, without PEM header lines. Re-export the metadata from the identity provider; do not paste a PEM file with its BEGIN/END lines into the element.",
};

pub const RULES: &[Rule] = &[UNDECODABLE];

/// The fields of the certificate object, in order.
pub const FIELDS: &[&str] = &[
    "subject",
    "issuer",
    "serial",
    "not_before",
    "not_after",
    "key_algorithm",
    "key_bits",
    "curve",
    "signature_algorithm",
    "sha1_fingerprint",
    "sha256_fingerprint",
    "self_signed",
];

/// The object for a certificate that could not be decoded: every field
/// present and null, so consumers see one shape.
pub fn undecoded_object() -> serde_json::Map<String, Value> {
    FIELDS
        .iter()
        .map(|k| (k.to_string(), Value::Null))
        .collect()
}

/// Base64 as metadata writers emit it: padded or not, wrapped at any width.
const B64: base64::engine::GeneralPurpose = base64::engine::GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    base64::engine::GeneralPurposeConfig::new()
        .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
);

/// Remove the whitespace that wraps base64 in metadata.
pub fn normalise(base64_text: &str) -> String {
    let mut out = String::with_capacity(base64_text.len());
    for piece in base64_text.split(|c: char| c.is_ascii_whitespace()) {
        out.push_str(piece);
    }
    out
}

/// Decode and inspect one embedded certificate. Returns the certificate
/// object (`null` when it cannot be decoded) and its findings, located at
/// `location`.
pub fn inspect_embedded(
    base64_text: &str,
    now: DateTime<Utc>,
    location: Location,
) -> (Value, Vec<Finding>) {
    let _ = now; // used by the x509 module's validity rules once wired in
    let compact = normalise(base64_text);
    if compact.is_empty() {
        return (
            Value::Null,
            vec![Finding::new(
                &UNDECODABLE,
                "the X509Certificate element is empty",
                location,
            )],
        );
    }
    let der = match B64.decode(compact.as_bytes()) {
        Ok(d) => d,
        Err(e) => {
            let hint = if compact.contains("-----BEGIN") {
                " (it contains PEM header lines)"
            } else {
                ""
            };
            return (
                Value::Null,
                vec![Finding::new(
                    &UNDECODABLE,
                    format!("the certificate is not valid base64: {e}{hint}"),
                    location,
                )],
            );
        }
    };
    match describe_der(&der) {
        Ok(v) => (v, Vec::new()),
        Err(msg) => (
            Value::Null,
            vec![Finding::new(
                &UNDECODABLE,
                format!(
                    "the base64 decodes to {} bytes that are not an X.509 certificate: {msg}",
                    der.len()
                ),
                location,
            )],
        ),
    }
}

/// The certificate object of the certificate tool's `data.certificates[]`.
fn describe_der(der: &[u8]) -> Result<Value, String> {
    let (rest, cert) = X509Certificate::from_der(der).map_err(|e| e.to_string())?;
    if !rest.is_empty() {
        return Err(format!("{} bytes follow the certificate", rest.len()));
    }
    let spki = cert.public_key();
    let key_oid = spki.algorithm.algorithm.to_id_string();
    let (key_algorithm, curve) = match key_oid.as_str() {
        "1.2.840.113549.1.1.1" => ("RSA".to_string(), None),
        "1.2.840.10045.2.1" => {
            let curve = spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.as_oid().ok())
                .map(|o| curve_name(&o.to_id_string()));
            ("EC".to_string(), curve)
        }
        "1.2.840.10040.4.1" => ("DSA".to_string(), None),
        "1.3.101.112" => ("Ed25519".to_string(), None),
        "1.3.101.113" => ("Ed448".to_string(), None),
        other => (other.to_string(), None),
    };
    let key_bits = match spki.parsed() {
        Ok(PublicKey::RSA(rsa)) => Some(significant_bits(rsa.modulus)),
        Ok(PublicKey::EC(ec)) => Some(ec.key_size()),
        Ok(PublicKey::DSA(y)) => Some(significant_bits(y)),
        _ if key_algorithm == "Ed25519" => Some(256),
        _ if key_algorithm == "Ed448" => Some(456),
        _ => None,
    };
    let time = |t: i64| {
        DateTime::<Utc>::from_timestamp(t, 0)
            .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
    };
    let validity = cert.validity();
    Ok(json!({
        "subject": cert.subject().to_string(),
        "issuer": cert.issuer().to_string(),
        "serial": colon_hex(cert.raw_serial()),
        "not_before": time(validity.not_before.timestamp()),
        "not_after": time(validity.not_after.timestamp()),
        "key_algorithm": key_algorithm,
        "key_bits": key_bits,
        "curve": curve,
        "signature_algorithm": signature_name(&cert.signature_algorithm.algorithm.to_id_string()),
        "sha1_fingerprint": colon_hex(&Sha1::digest(der)),
        "sha256_fingerprint": colon_hex(&Sha256::digest(der)),
        "self_signed": cert.subject().as_raw() == cert.issuer().as_raw(),
    }))
}

fn significant_bits(be: &[u8]) -> usize {
    let mut bytes = be;
    while let [0, rest @ ..] = bytes {
        bytes = rest;
    }
    match bytes.first() {
        None => 0,
        Some(&b) => (bytes.len() - 1) * 8 + (8 - b.leading_zeros() as usize),
    }
}

fn curve_name(oid: &str) -> String {
    match oid {
        "1.2.840.10045.3.1.7" => "P-256".into(),
        "1.3.132.0.34" => "P-384".into(),
        "1.3.132.0.35" => "P-521".into(),
        other => other.into(),
    }
}

fn signature_name(oid: &str) -> String {
    match oid {
        "1.2.840.113549.1.1.4" => "md5WithRSAEncryption",
        "1.2.840.113549.1.1.5" => "sha1WithRSAEncryption",
        "1.2.840.113549.1.1.11" => "sha256WithRSAEncryption",
        "1.2.840.113549.1.1.12" => "sha384WithRSAEncryption",
        "1.2.840.113549.1.1.13" => "sha512WithRSAEncryption",
        "1.2.840.113549.1.1.10" => "rsassaPss",
        "1.2.840.10045.4.1" => "ecdsa-with-SHA1",
        "1.2.840.10045.4.3.2" => "ecdsa-with-SHA256",
        "1.2.840.10045.4.3.3" => "ecdsa-with-SHA384",
        "1.2.840.10045.4.3.4" => "ecdsa-with-SHA512",
        "1.2.840.10040.4.3" => "dsa-with-SHA1",
        "2.16.840.1.101.3.4.3.2" => "dsa-with-SHA256",
        "1.3.101.112" => "Ed25519",
        "1.3.101.113" => "Ed448",
        other => return other.to_string(),
    }
    .to_string()
}

/// Upper-case hex pairs joined by colons, as certificate viewers show them.
pub fn colon_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut s = String::with_capacity(bytes.len() * 3);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            s.push(':');
        }
        s.push(HEX[(b >> 4) as usize] as char);
        s.push(HEX[(b & 15) as usize] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colon_hex_is_upper_case_pairs() {
        assert_eq!(colon_hex(&[0x0a, 0xff, 0x00]), "0A:FF:00");
        assert_eq!(colon_hex(&[]), "");
    }

    #[test]
    fn key_bits_ignore_leading_zero_bytes() {
        let mut modulus = vec![0u8];
        modulus.extend(std::iter::repeat_n(0xffu8, 256));
        assert_eq!(significant_bits(&modulus), 2048);
        assert_eq!(significant_bits(&[0x01, 0x00]), 9);
        assert_eq!(significant_bits(&[]), 0);
    }

    #[test]
    fn garbage_never_panics() {
        let now = DateTime::<Utc>::from_timestamp(0, 0).unwrap_or_default();
        for s in [
            "",
            "====",
            "MIIB",
            "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
            "é",
        ] {
            let (v, f) = inspect_embedded(s, now, Location::none());
            assert!(v.is_null());
            assert_eq!(f.len(), 1);
        }
    }
}
