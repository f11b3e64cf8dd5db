//! `ds:Signature` on metadata: reported with the algorithms it declares
//! (W3C XML Signature 1.1, section 6; RFC 6931 for the URIs). Verifying the
//! signature is a separate issue; here we only say what is there and warn
//! about SHA-1 and MD5 (RFC 6194, NIST SP 800-131A).
//!
//! Admin guide "Single Sign-on": "SAML assertions are digitally signed to
//! ensure their authenticity" — the same trust applies to the metadata
//! that carries the signing certificate.

use super::data::SignatureData;
use super::model::Signature;
use crate::report::Severity;
use crate::rules::Rule;

pub const PRESENT: Rule = Rule {
    id: "saml/signature-present",
    severity: Severity::Info,
    summary: "The metadata carries a ds:Signature (verified by the saml/signature-* rules)",
    source: "W3C XML Signature Syntax and Processing 1.1, section 4; OASIS SAML V2.0 Metadata, section 3",
    help: "Signed metadata lets the importer check it came from the IdP or federation operator. Preflight shows the declared algorithms; verify the signature against the publisher's certificate before trusting a downloaded aggregate.",
};

pub const WEAK_ALGORITHM: Rule = Rule {
    id: "saml/weak-signature-algorithm",
    severity: Severity::Warning,
    summary: "The signature uses SHA-1 or MD5",
    source: "RFC 6194 (SHA-1 security considerations); NIST SP 800-131A Rev. 2; RFC 6931",
    help: "Re-sign the metadata with rsa-sha256 (http://www.w3.org/2001/04/xmldsig-more#rsa-sha256) and a SHA-256 digest (http://www.w3.org/2001/04/xmlenc#sha256). In ADFS set the relying party trust's secure hash algorithm to SHA-256.",
};

pub const RULES: &[Rule] = &[PRESENT, WEAK_ALGORITHM];

pub use crate::xmldsig::algorithms::is_weak;

/// Short name of an algorithm URI for messages (`rsa-sha256`).
pub fn short(uri: &str) -> &str {
    uri.rsplit(['#', '/']).next().unwrap_or(uri)
}

/// The `data.signatures[]` object (certificates added by the caller).
pub fn data(sig: &Signature) -> SignatureData {
    SignatureData {
        path: sig.at.path.clone(),
        signature_method: sig.signature_method.clone(),
        digest_methods: sig
            .references
            .iter()
            .flat_map(|r| r.digest_methods.iter().cloned())
            .collect(),
        canonicalization: sig.canonicalization.clone(),
        reference_uri: sig.references.first().and_then(|r| r.uri.clone()),
        verified: false,
        certificates: Vec::new(),
        verification: Default::default(),
    }
}
