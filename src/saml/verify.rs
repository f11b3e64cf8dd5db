//! Verifies the metadata's `ds:Signature`s with the shared engine
//! (`crate::xmldsig`, streamed: no tree of the aggregate is built) and
//! reports the verdicts with the `saml/signature-*` rules. A signature must
//! cover the document root or the EntityDescriptor it sits in — the
//! elements whose content this tool reports.
//!
//! Admin guide "Single Sign-on": "SAML assertions are digitally signed to
//! ensure their authenticity" — the same trust applies to the metadata that
//! carries the signing certificate.

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::data::MetadataData;
use crate::report::{Location, Report, Severity};
use crate::rules::Rule;
use crate::xmldsig::{self, RuleSet, TrustStore};

const SRC: &str = "W3C XML Signature 1.1 §3.2 Core Validation; OASIS SAML V2.0 Metadata §3 (signature processing); Webex Messenger admin guide, \"Single Sign-on\"";

pub const INVALID: Rule = Rule {
    id: "saml/signature-invalid",
    severity: Severity::Error,
    summary: "The metadata signature does not verify (digest mismatch or wrong SignatureValue)",
    source: SRC,
    help: "The metadata was changed after it was signed (edited, re-indented, or tampered with) or was signed with another key. Download it again from the IdP or federation and import it unmodified.",
};
pub const UNTRUSTED: Rule = Rule {
    id: "saml/signature-untrusted",
    severity: Severity::Error,
    summary: "The metadata signature verifies only with the certificate it carries, not with a trusted certificate",
    source: SRC,
    help: "Anyone can sign metadata with a certificate of their own. Check the signature against the federation operator's or IdP's published signing certificate (--trust-cert), and do not import metadata signed by another key.",
};
pub const NO_TRUST_SOURCE: Rule = Rule {
    id: "saml/signature-no-trust-source",
    severity: Severity::Warning,
    summary: "The metadata signature is valid with its embedded certificate, but no trusted certificate was given",
    source: SRC,
    help: "A self-carried certificate proves only that the file is intact. Give the federation's or IdP's signing certificate (--trust-cert FILE, or paste it) to check who signed it.",
};
pub const FORBIDDEN_ALGORITHM: Rule = Rule {
    id: "saml/signature-forbidden-algorithm",
    severity: Severity::Error,
    summary: "The metadata signature uses HMAC (a shared secret) or MD5",
    source: "W3C XML Signature 1.1 §6.3.1 (HMAC), RFC 6931 §2.3.1 (MD5); RFC 6151",
    help: "An HMAC proves nothing about the publisher and MD5 is broken. Re-sign the metadata with RSA-SHA256.",
};
pub const UNVERIFIABLE: Rule = Rule {
    id: "saml/signature-unverifiable",
    severity: Severity::Error,
    summary: "The metadata signature cannot be verified (malformed, unknown algorithm or transform, missing key, unresolvable Reference)",
    source: SRC,
    help: "Sign with XML Signature 1.1 algorithms (RSA-SHA256, exclusive canonicalization, enveloped-signature), reference the signed element's ID and include the signing certificate.",
};
pub const DUPLICATE_ID: Rule = Rule {
    id: "saml/signature-duplicate-id",
    severity: Severity::Error,
    summary: "Several elements carry the ID the metadata signature references (signature wrapping)",
    source: "OASIS SAML V2.0 Metadata §2.3.1 and §2.3.2 (ID attributes); Somorovsky et al., On Breaking SAML (2012)",
    help: "IDs must be unique. Two elements with one ID let a forged entity hide behind a valid signature; do not import this file.",
};
pub const WRONG_ELEMENT: Rule = Rule {
    id: "saml/signature-wrong-element",
    severity: Severity::Error,
    summary: "The metadata signature covers an element other than the root or the EntityDescriptor it sits in",
    source: "OASIS SAML V2.0 Metadata §3.1; Somorovsky et al., On Breaking SAML (2012)",
    help: "A signature vouches only for what it references. Metadata whose signature covers another element is not signed where it matters (signature wrapping).",
};
pub const TRUSTED: Rule = Rule {
    id: "saml/signature-trusted",
    severity: Severity::Info,
    summary: "The metadata signature verifies with a trusted certificate",
    source: SRC,
    help: "Nothing to do: the metadata is intact and signed by the certificate you trust.",
};
pub const CERT_EXPIRED: Rule = Rule {
    id: "saml/signature-cert-expired",
    severity: Severity::Warning,
    summary: "The certificate that verifies the metadata signature has expired",
    source: "RFC 5280 §4.1.2.5",
    help: "Ask the publisher for metadata signed with its current certificate, and trust that one.",
};

pub const RULES: &[Rule] = &[
    INVALID,
    UNTRUSTED,
    NO_TRUST_SOURCE,
    FORBIDDEN_ALGORITHM,
    UNVERIFIABLE,
    DUPLICATE_ID,
    WRONG_ELEMENT,
    TRUSTED,
    CERT_EXPIRED,
];

const SET: RuleSet = RuleSet {
    invalid: &INVALID,
    untrusted: &UNTRUSTED,
    no_trust_source: &NO_TRUST_SOURCE,
    forbidden_algorithm: &FORBIDDEN_ALGORITHM,
    unverifiable: &UNVERIFIABLE,
    duplicate_id: &DUPLICATE_ID,
    wrong_element: &WRONG_ELEMENT,
    trusted: &TRUSTED,
    cert_expired: &CERT_EXPIRED,
};

/// Verify the signatures of `xml` (the decoded metadata text) and merge
/// the verdicts into `data.signatures[]` (matched in document order).
pub fn verify(
    report: &mut Report<MetadataData>,
    xml: &[u8],
    trust: &TrustStore,
    now: DateTime<Utc>,
) {
    merge(report, xmldsig::verify(xml, trust, now), trust);
}

/// Merge the verdicts of [`xmldsig::verify`] (computed elsewhere, e.g. on
/// another thread while the metadata was read) into the report.
pub fn merge(
    report: &mut Report<MetadataData>,
    verification: Result<xmldsig::Verification, xmldsig::WalkError>,
    trust: &TrustStore,
) {
    let Ok(v) = verification else {
        // Not well-formed: the metadata reader has reported why.
        return;
    };
    let mut listed = std::mem::take(&mut report.data.signatures);
    for (i, c) in v.signatures.iter().enumerate() {
        // Findings carry the metadata tool's paths, so the entity focus
        // keeps an entity's signature with the entity.
        let path = listed
            .get(i)
            .map(|s| s.path.clone())
            .unwrap_or_else(|| c.path.clone());
        let own_entity = c
            .parent
            .as_ref()
            .is_some_and(|p| p.local == "EntityDescriptor" && c.covers_ordinal == Some(p.ordinal));
        let wrong = c.covers_ordinal.is_some_and(|o| o != 0 && !own_entity);
        let shown = "document root or the EntityDescriptor holding the signature";
        for (rule, msg) in
            xmldsig::findings::findings(&SET, c, wrong.then_some(shown), trust.given())
        {
            report.add(rule, msg, Location::xml_path(path.clone()));
        }
        if let (Some(s), Ok(Value::Object(extra))) = (listed.get_mut(i), serde_json::to_value(c)) {
            s.verified = c.valid() && c.trusted;
            for (k, v) in extra {
                // The reader's own fields stay as the reader saw them.
                if !matches!(
                    k.as_str(),
                    "path"
                        | "canonicalization"
                        | "reference_uri"
                        | "signature_method"
                        | "digest_methods"
                        | "verified"
                        | "certificates"
                ) {
                    s.verification.insert(k, v);
                }
            }
        }
    }
    report.data.signatures = listed;
}
