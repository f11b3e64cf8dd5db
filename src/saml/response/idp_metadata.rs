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

/// The IdP's entityID and signing certificates, or why the text has none
/// (for the administrator: which file to give instead).
pub fn parse(text: &str) -> Result<IdpMetadata, &'static str> {
    const NOT_METADATA: &str =
        "the IdP metadata is not well-formed SAML 2.0 metadata with an EntityDescriptor entityID";
    let root = xml::parse(text.trim_start_matches('\u{feff}').trim()).map_err(|_| NOT_METADATA)?;
    let entity = find_idp_entity(&root).ok_or(
        if root.is(NS_MD, "EntityDescriptor") || root.is(NS_MD, "EntitiesDescriptor") {
            if root.descendants().iter().any(|e| e.is(NS_MD, "SPSSODescriptor")) {
                "the metadata given as the IdP's describes a service provider (an SPSSODescriptor, no IDPSSODescriptor), such as the Webex SP metadata; give the IdP's metadata"
            } else {
                "the metadata given as the IdP's has no IDPSSODescriptor"
            }
        } else {
            NOT_METADATA
        },
    )?;
    let entity_id = entity
        .attr("entityID")
        .map(|e| e.trim().to_string())
        .filter(|e| !e.is_empty())
        .ok_or(NOT_METADATA)?;
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
    Ok(IdpMetadata {
        entity_id,
        signing_cert_sha256: certs,
    })
}

/// The EntityDescriptor with an IDPSSODescriptor (the root, or one inside
/// an EntitiesDescriptor).
fn find_idp_entity(root: &Element) -> Option<&Element> {
    let has_idp = |e: &Element| e.child(NS_MD, "IDPSSODescriptor").is_some();
    if root.is(NS_MD, "EntityDescriptor") {
        return has_idp(root).then_some(root);
    }
    root.descendants()
        .into_iter()
        .find(|e| e.is(NS_MD, "EntityDescriptor") && has_idp(e))
}
