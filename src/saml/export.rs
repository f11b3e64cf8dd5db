//! Webex SP metadata export: the metadata the administrator gives the IdP
//! so it trusts Webex as a service provider.
//!
//! Admin guide "Federated Web SSO Settings": WebEx SAML Issuer (SP ID)
//! (default `http://www.webex.com`), NamedID Format, AuthnRequest Signed;
//! "Configure WebEx Certificate Management", step 9: import the active
//! WebEx certificate to the IdP (it signs AuthnRequests, decrypts
//! assertions and signs logout). Element order follows the SPSSODescriptor
//! schema (OASIS SAML V2.0 Metadata, section 2.4.4).

use quick_xml::escape::escape;

use super::certs;

/// The fields of the export form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpMetadataOptions {
    /// WebEx SAML Issuer (SP ID).
    pub entity_id: String,
    /// Where the IdP posts assertions (HTTP-POST binding).
    pub acs_url: String,
    /// NameIDFormat URN (one of [`super::webex::SUPPORTED_NAMEID_FORMATS`]).
    pub nameid_format: String,
    /// AuthnRequest Signed: Webex signs its AuthnRequests.
    pub authn_requests_signed: bool,
    /// Webex wants signed assertions (SAML requires a signed response or assertion anyway).
    pub want_assertions_signed: bool,
    /// The active WebEx certificate, PEM (or bare base64); empty for none.
    pub certificate_pem: String,
    /// Single logout URL (HTTP-Redirect), if Single Logout for Web Client is used.
    pub single_logout_url: Option<String>,
}

impl Default for SpMetadataOptions {
    fn default() -> Self {
        Self {
            entity_id: "http://www.webex.com".into(),
            acs_url: String::new(),
            nameid_format: "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified".into(),
            authn_requests_signed: false,
            want_assertions_signed: true,
            certificate_pem: String::new(),
            single_logout_url: None,
        }
    }
}

/// The base64 body of the first certificate in a PEM paste (or the paste
/// itself when it has no PEM armour), without whitespace.
pub fn pem_body(pem: &str) -> String {
    const BEGIN: &str = "-----BEGIN CERTIFICATE-----";
    const END: &str = "-----END CERTIFICATE-----";
    let body = match pem.find(BEGIN) {
        Some(b) => {
            let rest = &pem[b + BEGIN.len()..];
            &rest[..rest.find(END).unwrap_or(rest.len())]
        }
        None => pem,
    };
    certs::normalise(body)
}

fn key_descriptor(out: &mut String, use_: &str, b64: &str) {
    out.push_str(&format!("    <md:KeyDescriptor use=\"{use_}\">\n"));
    out.push_str("      <ds:KeyInfo>\n        <ds:X509Data>\n          <ds:X509Certificate>\n");
    let bytes = b64.as_bytes();
    for chunk in bytes.chunks(64) {
        out.push_str("            ");
        out.push_str(std::str::from_utf8(chunk).unwrap_or(""));
        out.push('\n');
    }
    out.push_str("          </ds:X509Certificate>\n        </ds:X509Data>\n      </ds:KeyInfo>\n");
    out.push_str("    </md:KeyDescriptor>\n");
}

/// Generate Webex SP metadata XML from the export form.
pub fn sp_metadata(o: &SpMetadataOptions) -> String {
    let mut out = String::with_capacity(4096);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" entityID=\"{}\">\n",
        escape(o.entity_id.trim())
    ));
    out.push_str(&format!(
        "  <md:SPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\" AuthnRequestsSigned=\"{}\" WantAssertionsSigned=\"{}\">\n",
        o.authn_requests_signed, o.want_assertions_signed
    ));
    let b64 = pem_body(&o.certificate_pem);
    if !b64.is_empty() {
        key_descriptor(&mut out, "signing", &b64);
        key_descriptor(&mut out, "encryption", &b64);
    }
    if let Some(slo) = o
        .single_logout_url
        .as_deref()
        .filter(|s| !s.trim().is_empty())
    {
        out.push_str(&format!(
            "    <md:SingleLogoutService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\"{}\"/>\n",
            escape(slo.trim())
        ));
    }
    out.push_str(&format!(
        "    <md:NameIDFormat>{}</md:NameIDFormat>\n",
        escape(o.nameid_format.trim())
    ));
    out.push_str(&format!(
        "    <md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\"{}\" index=\"0\" isDefault=\"true\"/>\n",
        escape(o.acs_url.trim())
    ));
    out.push_str("  </md:SPSSODescriptor>\n</md:EntityDescriptor>\n");
    out
}
