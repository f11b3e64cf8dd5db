//! The two facts the response checker needs from IdP metadata: its
//! entityID and its signing certificates (SAML 2.0 Metadata §2.3.2, §2.4.1.1).
//!
//! Deliberately minimal: the saml-metadata module owns the full parser and
//! will replace this file. It reuses the response checker's hardened XML
//! tree (no DTD, bounded depth), so metadata cannot attack the checker.

use super::signature::cert_sha256;
use super::xml::{self, Element, NS_DSIG};

const NS_MD: &str = "urn:oasis:names:tc:SAML:2.0:metadata";

#[derive(Debug, Clone, Default, PartialEq)]
pub struct IdpMetadata {
    pub entity_id: String,
    /// SHA-256 (hex) of the DER of each signing (or unrestricted) certificate.
    pub signing_cert_sha256: Vec<String>,
}

/// `None` when the text is not metadata with an IdP entityID.
pub fn parse(text: &str) -> Option<IdpMetadata> {
    let root = xml::parse(text.trim_start_matches('\u{feff}').trim()).ok()?;
    let entity = find_idp_entity(&root)?;
    let entity_id = entity.attr("entityID")?.trim().to_string();
    if entity_id.is_empty() {
        return None;
    }
    let mut certs = Vec::new();
    for idp in entity.children_named(NS_MD, "IDPSSODescriptor") {
        for kd in idp.children_named(NS_MD, "KeyDescriptor") {
            if kd.attr("use").is_some_and(|u| u != "signing") {
                continue;
            }
            for c in kd.descendants() {
                if c.is(NS_DSIG, "X509Certificate") {
                    if let Some(h) = cert_sha256(&c.text()) {
                        certs.push(h);
                    }
                }
            }
        }
    }
    Some(IdpMetadata {
        entity_id,
        signing_cert_sha256: certs,
    })
}

/// The EntityDescriptor with an IDPSSODescriptor (the root, or one inside
/// an EntitiesDescriptor).
fn find_idp_entity(root: &Element) -> Option<&Element> {
    let has_idp = |e: &Element| e.child(NS_MD, "IDPSSODescriptor").is_some();
    if root.is(NS_MD, "EntityDescriptor") {
        return Some(root);
    }
    root.descendants()
        .into_iter()
        .find(|e| e.is(NS_MD, "EntityDescriptor") && has_idp(e))
}
