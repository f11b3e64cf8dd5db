//! The seam between SAML metadata and the X.509 certificate tool.
//!
//! Every `ds:X509Certificate` embedded in metadata must be checked by the
//! certificate tool's own rules (admin guide "Configure Organization
//! Certificate Management": 1024, 2048 or 4096-bit keys; validity; weak
//! signature algorithms) and described by the same JSON object as the
//! certificate tool's `data.certificates[]`, with no second parser.
//!
//! Only the base64 step is SAML's own; the DER goes to
//! [`crate::x509::inspect_der`], whose object and `x509/*` findings are
//! returned unchanged, so metadata and the certificate tool cannot disagree.

use base64::Engine;
use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::report::{Finding, Location, Severity};
use crate::rules::Rule;
use crate::x509::LintContext;

pub const UNDECODABLE: Rule = Rule {
    id: "saml/certificate-undecodable",
    severity: Severity::Error,
    summary: "An embedded ds:X509Certificate is not a base64 DER certificate",
    source: "OASIS SAML V2.0 Metadata, section 2.4.1.1 (KeyDescriptor); W3C XML Signature, section 4.5.4 (X509Data); admin guide, \"Configure Organization Certificate Management\"",
    help: "The X509Certificate element must hold the base64 of one DER certificate, without PEM header lines. Re-export the metadata from the identity provider; do not paste a PEM file with its BEGIN/END lines into the element.",
};

pub const RULES: &[Rule] = &[UNDECODABLE];

/// The object for a certificate that could not be decoded: every field
/// of the certificate tool's contract present and null, so consumers see
/// one shape.
pub fn undecoded_object() -> serde_json::Map<String, Value> {
    crate::x509::CONTRACT_FIELDS
        .iter()
        .map(|k| (k.to_string(), Value::Null))
        .collect()
}

/// Remove the whitespace that wraps base64 in metadata.
pub fn normalise(base64_text: &str) -> String {
    crate::text::base64::compact(base64_text)
}

/// Decode and inspect one embedded certificate with the certificate tool's
/// own parser and rules. Returns the certificate object (`null` when it
/// cannot be decoded) and its findings, located at `location`. `signing`
/// says whether the KeyDescriptor may use the key for signatures (an
/// encryption-only key needs no digitalSignature key usage).
pub fn inspect_embedded(
    base64_text: &str,
    now: DateTime<Utc>,
    signing: bool,
    location: Location,
) -> (Value, Vec<Finding>) {
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
    let der = match crate::text::base64::LENIENT.decode(compact.as_bytes()) {
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
    let mut ctx = LintContext::new(now);
    ctx.signing = signing;
    match crate::x509::inspect_der(&der, &ctx, location.clone()) {
        Ok((info, findings)) => (serde_json::to_value(info).unwrap_or(Value::Null), findings),
        Err(_) => (
            Value::Null,
            vec![Finding::new(
                &UNDECODABLE,
                format!(
                    "the base64 decodes to {} bytes that are not an X.509 certificate",
                    der.len()
                ),
                location,
            )],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            let (v, f) = inspect_embedded(s, now, true, Location::none());
            assert!(v.is_null());
            assert_eq!(f.len(), 1);
        }
    }
}
