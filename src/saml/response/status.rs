//! The SAML 2.0 status codes (saml-core-2.0-os §3.2.2.2) in plain English,
//! so a non-Success response can be explained without opening the spec.

pub const STATUS_PREFIX: &str = "urn:oasis:names:tc:SAML:2.0:status:";
pub const SUCCESS: &str = "urn:oasis:names:tc:SAML:2.0:status:Success";

/// `(last URN segment, top-level?, meaning)`.
pub const STATUS_CODES: &[(&str, bool, &str)] = &[
    ("Success", true, "The request succeeded."),
    ("Requester", true, "The request could not be performed due to an error on the part of the requester (here: the service provider's AuthnRequest)."),
    ("Responder", true, "The request could not be performed due to an error on the part of the identity provider."),
    ("VersionMismatch", true, "The SAML version of the request is not supported by the identity provider."),
    ("AuthnFailed", false, "The identity provider could not authenticate the user (wrong password, cancelled MFA, locked account)."),
    ("InvalidAttrNameOrValue", false, "An attribute name or value in the request was unexpected or invalid."),
    ("InvalidNameIDPolicy", false, "The identity provider cannot issue a NameID in the requested format: align the NameID Format of Webex and the IdP."),
    ("NoAuthnContext", false, "The identity provider cannot authenticate the user with the requested authentication context (AuthnContextClassRef)."),
    ("NoAvailableIDP", false, "None of the identity providers the request allows is available (proxying)."),
    ("NoPassive", false, "The user would have to sign in interactively, but the request asked for passive authentication (IsPassive)."),
    ("NoSupportedIDP", false, "None of the supported identity providers in the request can be used (proxying)."),
    ("PartialLogout", false, "Single logout did not reach every session participant."),
    ("ProxyCountExceeded", false, "The identity provider would have to proxy the request further than allowed."),
    ("RequestDenied", false, "The identity provider refused the request: often the user is not assigned to the Webex application."),
    ("RequestUnsupported", false, "The identity provider does not support this kind of request."),
    ("RequestVersionDeprecated", false, "The request's SAML version is deprecated at the identity provider."),
    ("RequestVersionTooHigh", false, "The request's SAML version is higher than the identity provider supports."),
    ("RequestVersionTooLow", false, "The request's SAML version is lower than the identity provider supports."),
    ("ResourceNotRecognized", false, "The resource named in the request is unknown to the identity provider."),
    ("TooManyResponses", false, "The response would contain more elements than the requester can accept."),
    ("UnknownAttrProfile", false, "The attribute profile named in the request is unknown."),
    ("UnknownPrincipal", false, "The identity provider does not know the user named in the request."),
    ("UnsupportedBinding", false, "The identity provider cannot answer with the requested protocol binding."),
];

/// Plain-English meaning of a status code URN, if it is a SAML 2.0 code.
pub fn meaning(urn: &str) -> Option<&'static str> {
    let short = urn.strip_prefix(STATUS_PREFIX)?;
    STATUS_CODES
        .iter()
        .find(|(s, _, _)| *s == short)
        .map(|(_, _, m)| *m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explains_codes() {
        assert!(meaning(SUCCESS).is_some());
        assert!(
            meaning("urn:oasis:names:tc:SAML:2.0:status:InvalidNameIDPolicy")
                .unwrap()
                .contains("NameID")
        );
        assert_eq!(meaning("urn:example:Other"), None);
    }
}
