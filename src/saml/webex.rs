//! What Webex takes from IdP metadata and what it accepts.
//!
//! Admin guide "Configure Federated Web SSO", step 5: the import fills in
//! *AuthnRequestSigned Destination*, *Issuer for SAML (IdP ID)* and
//! *Customer SSO Service Login URL*; "Federated Web SSO Settings", row
//! "NamedID Format": Unspecified (default), Email address, X509 Subject
//! Name, Entity Identifier and Persistent Identifier are supported.

use super::data::{NameIdChoice, SigningCertificate, SsoUrl, WebexImport};
use super::entity_data::EntityCert;
use super::model::{Role, RoleKind};
use crate::report::Severity;
use crate::rules::Rule;

const SOURCE_NAMEID: &str =
    "Webex Messenger admin guide, \"Federated Web SSO Settings\" (NamedID Format); OASIS SAML V2.0 Core, section 8.3";

pub const NAMEID_UNSUPPORTED: Rule = Rule {
    id: "saml/nameid-format-unsupported",
    severity: Severity::Warning,
    summary: "A NameIDFormat is not one Webex supports",
    source: SOURCE_NAMEID,
    help: "Webex supports the NameID formats Unspecified, Email address, X509 Subject Name, Entity Identifier and Persistent Identifier, and the one chosen in Federated Web SSO Configuration must match the IdP. The guide lists no other format (such as transient); configure the IdP to issue one of those (most often emailAddress) for the Webex relying party.",
};

pub const NAMEID_NONE_SUPPORTED: Rule = Rule {
    id: "saml/nameid-format-none-supported",
    severity: Severity::Error,
    summary: "None of the IdP's NameIDFormats is supported by Webex",
    source: SOURCE_NAMEID,
    help: "The IdP offers only NameID formats Webex cannot use, so no NamedID Format setting in Webex can match it. Add emailAddress, persistent, unspecified, X509SubjectName or entity to the IdP's NameID formats for Webex.",
};

pub const NAMEID_MISSING: Rule = Rule {
    id: "saml/nameid-format-missing",
    severity: Severity::Warning,
    summary: "The role lists no NameIDFormat",
    source: SOURCE_NAMEID,
    help: "Without a NameIDFormat in the metadata, the NamedID Format in Webex (default Unspecified) must be set by hand to what the IdP actually sends. Add the format (for example urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress) to the IdP metadata.",
};

pub const RULES: &[Rule] = &[NAMEID_UNSUPPORTED, NAMEID_NONE_SUPPORTED, NAMEID_MISSING];

/// The formats of the guide's "NamedID Format" row, in the URN form the
/// SAML 2.0 specification assigns to each (Core, section 8.3).
pub const SUPPORTED_NAMEID_FORMATS: &[(&str, &str)] = &[
    (
        "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
        "Unspecified (default)",
    ),
    (
        "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
        "Email address",
    ),
    (
        "urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName",
        "X509 Subject Name",
    ),
    (
        "urn:oasis:names:tc:SAML:2.0:nameid-format:entity",
        "Entity Identifier",
    ),
    (
        "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
        "Persistent Identifier",
    ),
];

/// The Webex setting a supported format corresponds to.
pub fn webex_nameid_label(format: &str) -> Option<&'static str> {
    SUPPORTED_NAMEID_FORMATS
        .iter()
        .find(|(urn, _)| *urn == format)
        .map(|(_, label)| *label)
}

/// Why an unsupported format is unsupported, with a hint for near misses
/// (a 2.0 URN for a 1.1 format, wrong case).
pub fn unsupported_reason(format: &str) -> String {
    let lower = format.to_ascii_lowercase();
    for (urn, label) in SUPPORTED_NAMEID_FORMATS {
        let tail = urn.rsplit(':').next().unwrap_or("");
        if lower.ends_with(&format!(":{}", tail.to_ascii_lowercase())) {
            return format!("it looks like {label} but the standard URN is {urn}");
        }
    }
    if format.ends_with(":transient") {
        return "transient identifiers change at every sign-in, so Webex cannot match them to a user".into();
    }
    "Webex supports only Unspecified, Email address, X509 Subject Name, Entity Identifier and Persistent Identifier".into()
}

/// Whether `format` is supported, for the checks.
pub fn is_supported(format: &str) -> bool {
    webex_nameid_label(format).is_some()
}

const HTTP_POST: &str = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
const HTTP_REDIRECT: &str = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

/// The values the Webex import fills in from an IdP entity, or `None`
/// for entities without an IDPSSODescriptor. `certificates` are the
/// entity's certificate objects in document order (with `role`, `use`).
pub fn import_summary(
    entity_id: Option<&str>,
    roles: &[Role],
    certificates: &[EntityCert],
) -> Option<WebexImport> {
    let idps: Vec<&Role> = roles.iter().filter(|r| r.kind == RoleKind::Idp).collect();
    if idps.is_empty() {
        return None;
    }
    let sso: Vec<SsoUrl> = idps
        .iter()
        .flat_map(|r| r.sso.iter())
        .filter(|e| matches!(e.binding.as_deref(), Some(HTTP_POST | HTTP_REDIRECT)))
        .map(|e| SsoUrl {
            binding: e.binding.clone(),
            location: e.location.clone(),
        })
        .collect();
    let pick = |binding: &str| {
        idps.iter()
            .flat_map(|r| r.sso.iter())
            .find(|e| e.binding.as_deref() == Some(binding))
            .and_then(|e| e.location.clone())
    };
    // The destination of a signed AuthnRequest is the SSO URL it is sent
    // to; Webex posts it when it can and redirects otherwise.
    let destination = pick(HTTP_POST).or_else(|| pick(HTTP_REDIRECT));
    let want_signed = idps
        .iter()
        .find_map(|r| r.want_authn_requests_signed.as_deref())
        .and_then(parse_bool);
    let signing = certificates.iter().find(|c| {
        c.role == "idp"
            && c.use_.as_deref() != Some("encryption")
            && c.detail("sha256_fingerprint").is_some_and(|f| !f.is_null())
    });
    let signing = signing.map(|c| SigningCertificate {
        subject: c.text("subject").map(str::to_string),
        not_after: c.text("not_after").map(str::to_string),
        sha1_fingerprint: c.text("sha1_fingerprint").map(str::to_string),
        sha256_fingerprint: c.text("sha256_fingerprint").map(str::to_string),
        key_descriptor: c.key_descriptor.clone(),
    });
    let nameid_formats = idps
        .iter()
        .flat_map(|r| r.nameid_formats.iter())
        .filter_map(|t| {
            webex_nameid_label(&t.value).map(|l| NameIdChoice {
                format: t.value.clone(),
                webex: l.to_string(),
            })
        })
        .collect();
    Some(WebexImport {
        issuer_for_saml_idp_id: entity_id.map(str::to_string),
        customer_sso_service_login_url: sso,
        authn_request_signed_destination: destination,
        want_authn_requests_signed: want_signed,
        signing_certificate: signing,
        nameid_formats,
    })
}

/// xs:boolean.
pub fn parse_bool(s: &str) -> Option<bool> {
    match s.trim() {
        "true" | "1" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}
