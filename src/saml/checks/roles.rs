//! Role descriptors (IDPSSODescriptor, SPSSODescriptor …): protocol
//! support, endpoints, keys and NameID formats.

use super::values::classify_location;
use super::*;
use crate::saml::entity_data::EntityCert;
use crate::saml::model::{Endpoint, Role, RoleKind};
use crate::saml::webex;
use crate::saml::xml::shorten;

impl Checker<'_> {
    pub(super) fn check_endpoint(&mut self, ep: &Endpoint, element: &str) {
        match ep.binding.as_deref() {
            None => {
                let loc = self.locate(&ep.at);
                self.add(
                    &UNKNOWN_BINDING,
                    format!("{element} has no Binding attribute"),
                    loc,
                );
            }
            Some(b) if !KNOWN_BINDINGS.contains(&b) => {
                let hint = KNOWN_BINDINGS
                    .iter()
                    .find(|k| k.eq_ignore_ascii_case(b.trim()))
                    .map(|k| format!(" (did you mean {k}?)"))
                    .unwrap_or_default();
                let loc = self.locate(&ep.at);
                self.add(
                    &UNKNOWN_BINDING,
                    format!(
                        "{element} Binding `{}` is not a known SAML binding{hint}",
                        shorten(b)
                    ),
                    loc,
                );
            }
            Some(_) => {}
        }
        match ep.location.as_deref() {
            None => {
                let loc = self.locate(&ep.at);
                self.add(
                    &LOCATION_INVALID,
                    format!("{element} has no Location attribute"),
                    loc,
                );
            }
            Some(l) => match classify_location(l) {
                Ok(true) => {}
                Ok(false) => {
                    let loc = self.locate(&ep.at);
                    self.add(
                        &LOCATION_HTTP,
                        format!("{element} Location `{}` uses http, not https", shorten(l)),
                        loc,
                    );
                }
                Err(why) => {
                    let loc = self.locate(&ep.at);
                    self.add(
                        &LOCATION_INVALID,
                        format!("{element} Location `{}` {why}", shorten(l)),
                        loc,
                    );
                }
            },
        }
    }

    pub(super) fn check_role(&mut self, role: &Role, certificates: &mut Vec<EntityCert>) {
        let el = role.element.as_str();
        self.check_valid_until(role.valid_until.as_deref(), el, &role.at);
        self.check_cache_duration(role.cache_duration.as_deref(), el, &role.at);
        // Only the SSO roles are Webex's concern: an AttributeAuthorityDescriptor
        // that speaks SAML 1.1 alone (the Shibboleth IdP default) is valid
        // metadata and plays no part in SAML 2.0 sign-in.
        if matches!(role.kind, RoleKind::Idp | RoleKind::Sp) {
            let ok = role
                .protocol_support
                .as_deref()
                .is_some_and(|p| p.split_whitespace().any(|t| t == SAML2_PROTOCOL));
            if !ok {
                let msg = match role.protocol_support.as_deref() {
                    None => format!("{el} has no protocolSupportEnumeration"),
                    Some(p) => format!(
                        "{el} protocolSupportEnumeration `{}` does not contain {SAML2_PROTOCOL}",
                        shorten(p)
                    ),
                };
                let loc = self.locate(&role.at);
                self.add(&PROTOCOL_SUPPORT, msg, loc);
            }
        }
        match role.kind {
            RoleKind::Idp => {
                let want = self.check_bool(
                    role.want_authn_requests_signed.as_deref(),
                    "WantAuthnRequestsSigned",
                    &role.at,
                );
                if want == Some(true) {
                    let dest = role
                        .sso
                        .iter()
                        .find_map(|e| e.location.as_deref())
                        .map(|l| format!(" (destination {})", shorten(l)))
                        .unwrap_or_default();
                    let loc = self.locate(&role.at);
                    self.add(
                        &AUTHN_REQUESTS_SIGNED,
                        format!("IDPSSODescriptor WantAuthnRequestsSigned=\"true\": Webex must sign its AuthnRequests{dest}"),
                        loc,
                    );
                }
                if role.sso.is_empty() {
                    let loc = self.locate(&role.at);
                    self.add(
                        &ENDPOINT_MISSING,
                        "IDPSSODescriptor has no SingleSignOnService, so there is no Customer SSO Service Login URL",
                        loc,
                    );
                }
                for ep in &role.sso {
                    self.check_endpoint(ep, "SingleSignOnService");
                }
            }
            RoleKind::Sp => {
                self.check_bool(
                    role.authn_requests_signed.as_deref(),
                    "AuthnRequestsSigned",
                    &role.at,
                );
                self.check_bool(
                    role.want_assertions_signed.as_deref(),
                    "WantAssertionsSigned",
                    &role.at,
                );
                if role.acs.is_empty() {
                    let loc = self.locate(&role.at);
                    self.add(
                        &ENDPOINT_MISSING,
                        "SPSSODescriptor has no AssertionConsumerService",
                        loc,
                    );
                }
                for ep in &role.acs {
                    self.check_endpoint(ep, "AssertionConsumerService");
                    self.check_bool(ep.is_default.as_deref(), "isDefault", &ep.at);
                }
            }
            _ => {}
        }
        // Webex matches the NamedID Format against what the IdP issues; an
        // SP's list (other SPs in an aggregate) is not Webex's concern.
        if role.kind == RoleKind::Idp {
            self.check_nameid_formats(role);
        }

        let mut signing_certs = 0;
        for kd in &role.keys {
            let use_ = kd.use_.as_deref().map(str::trim);
            if let Some(u) = use_ {
                if u != "signing" && u != "encryption" {
                    let loc = self.locate(&kd.at);
                    self.add(
                        &KEY_USE_INVALID,
                        format!(
                            "KeyDescriptor use=\"{}\" is not signing or encryption",
                            shorten(u)
                        ),
                        loc,
                    );
                }
            }
            for cert in &kd.certs {
                let (details, decoded) = self.inspect_cert(cert, use_ != Some("encryption"));
                if use_ != Some("encryption") && decoded {
                    signing_certs += 1;
                }
                certificates.push(EntityCert {
                    details,
                    decoded,
                    use_: use_.map(str::to_string),
                    role: role.kind.as_str().to_string(),
                    role_element: role.element.clone(),
                    key_descriptor: kd.at.path.clone(),
                    path: cert.at.path.clone(),
                });
            }
        }
        if role.kind == RoleKind::Idp && signing_certs == 0 {
            let loc = self.locate(&role.at);
            self.add(
                &NO_SIGNING_CERTIFICATE,
                "IDPSSODescriptor has no KeyDescriptor with a usable signing certificate (use=\"signing\" or no use)",
                loc,
            );
        }
    }

    pub(super) fn check_nameid_formats(&mut self, role: &Role) {
        let el = role.element.as_str();
        if role.nameid_formats.is_empty() {
            let loc = self.locate(&role.at);
            self.add(
                &webex::NAMEID_MISSING,
                format!("{el} lists no NameIDFormat; Webex will use its NamedID Format setting (default Unspecified)"),
                loc,
            );
            return;
        }
        let mut supported = 0;
        for f in &role.nameid_formats {
            if webex::is_supported(&f.value) {
                supported += 1;
            } else {
                let loc = self.locate(&f.at);
                self.add(
                    &webex::NAMEID_UNSUPPORTED,
                    format!(
                        "NameIDFormat `{}` is not supported by Webex: {}",
                        shorten(&f.value),
                        webex::unsupported_reason(&f.value)
                    ),
                    loc,
                );
            }
        }
        if supported == 0 {
            let loc = self.locate(&role.at);
            self.add(
                &webex::NAMEID_NONE_SUPPORTED,
                format!(
                    "none of the {} NameIDFormat value(s) of {el} is one Webex supports",
                    role.nameid_formats.len()
                ),
                loc,
            );
        }
    }
}
