//! What the response's XML signatures declare: where they sit, which
//! algorithms they use, what they reference and which certificates they
//! carry. Verifying them is a separate issue; this only reports.

use serde::Serialize;

use super::xml::{Element, NS_DSIG};

#[derive(Debug, Clone, Serialize)]
pub struct SignatureInfo {
    pub path: String,
    /// Path of the element the signature sits in (the one it should sign).
    pub parent_path: String,
    pub parent_id: Option<String>,
    pub signature_method: Option<String>,
    pub digest_methods: Vec<String>,
    pub canonicalization: Option<String>,
    pub reference_uri: Option<String>,
    /// SHA-256 (hex) of each X509Certificate's DER bytes in KeyInfo
    /// (`certificate_sha256` names the one that verified, see `xmldsig`).
    pub embedded_certificate_sha256: Vec<String>,
}

/// Every ds:Signature in the document, with its parent.
pub fn collect(root: &Element) -> Vec<SignatureInfo> {
    let mut out = Vec::new();
    walk(root, &mut out);
    out
}

fn walk(parent: &Element, out: &mut Vec<SignatureInfo>) {
    for c in parent.elements() {
        if c.is(NS_DSIG, "Signature") {
            out.push(describe(c, parent));
        } else {
            walk(c, out);
        }
    }
}

fn describe(sig: &Element, parent: &Element) -> SignatureInfo {
    let signed_info = sig.child(NS_DSIG, "SignedInfo");
    let alg = |name: &str| {
        signed_info
            .and_then(|s| s.child(NS_DSIG, name))
            .and_then(|e| e.attr("Algorithm"))
            .map(str::to_string)
    };
    let references: Vec<&Element> = signed_info
        .map(|s| s.children_named(NS_DSIG, "Reference").collect())
        .unwrap_or_default();
    let digest_methods = references
        .iter()
        .filter_map(|r| r.child(NS_DSIG, "DigestMethod"))
        .filter_map(|d| d.attr("Algorithm"))
        .map(str::to_string)
        .collect();
    let embedded_certificate_sha256 = sig
        .descendants()
        .into_iter()
        .filter(|e| e.is(NS_DSIG, "X509Certificate"))
        .filter_map(|e| cert_sha256(&e.text()))
        .collect();
    SignatureInfo {
        path: sig.path.clone(),
        parent_path: parent.path.clone(),
        parent_id: parent.attr("ID").map(str::to_string),
        signature_method: alg("SignatureMethod"),
        digest_methods,
        canonicalization: alg("CanonicalizationMethod"),
        reference_uri: references
            .first()
            .and_then(|r| r.attr("URI"))
            .map(str::to_string),
        embedded_certificate_sha256,
    }
}

/// SHA-256 (hex) of the DER bytes of a base64 certificate, whitespace and
/// PEM armour ignored.
pub fn cert_sha256(b64: &str) -> Option<String> {
    let compact: String = b64
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .flat_map(|l| l.chars())
        .filter(|c| !c.is_whitespace())
        .collect();
    let der = crate::text::base64::decode(&compact)?;
    if der.is_empty() {
        return None;
    }
    Some(crate::report::sha256_hex(&der))
}

pub use crate::xmldsig::algorithms::is_weak;
