//! Examples of the SAML metadata rules (tool `saml-metadata`): for each
//! rule metadata that makes it fire and a near miss that does not, judged
//! at 2026-06-01T00:00:00Z unless the example's options say otherwise.
//!
//! The documents are trimmed copies of what identity providers publish:
//! Okta's metadata for a Webex app, AD FS's FederationMetadata.xml, a
//! Shibboleth IdP's metadata and a federation aggregate of such IdPs, and
//! Entra ID's signed federation metadata. Each variant changes one thing.
//! The certificates are self-signed RSA 2048 ones made for these examples
//! (each valid on 2026-06-01 except the one Entra ID used before its
//! rollover), and the Entra ID signatures were made with xmlsec1 over the
//! exact text below: they verify, so the signature rules judge real ones.

use super::certs::UNDECODABLE;
use super::checks::{
    AUTHN_REQUESTS_SIGNED, CACHE_DURATION_INVALID, DUPLICATE_ENTITY_ID, ENDPOINT_MISSING,
    ENTITY_ID_MISSING, ENTITY_ID_NOT_ABSOLUTE, ENTITY_ID_TOO_LONG, INVALID_BOOLEAN,
    KEY_USE_INVALID, LOCATION_HTTP, LOCATION_INVALID, NOT_METADATA, NO_SIGNING_CERTIFICATE,
    NO_SSO_ROLE, PROTOCOL_SUPPORT, UNKNOWN_BINDING, VALID_UNTIL_EXPIRED, VALID_UNTIL_INVALID,
    VALID_UNTIL_SOON, WRONG_NAMESPACE,
};
use super::focus::ENTITY_NOT_FOUND;
use super::signature::{PRESENT, WEAK_ALGORITHM};
use super::verify::{
    CERT_EXPIRED, DUPLICATE_ID, FORBIDDEN_ALGORITHM, INVALID, NO_TRUST_SOURCE, TRUSTED, UNTRUSTED,
    UNVERIFIABLE, WRONG_ELEMENT,
};
use super::webex::{NAMEID_MISSING, NAMEID_NONE_SUPPORTED, NAMEID_UNSUPPORTED};
use super::xml::{
    DTD_REFUSED, ENCODING, NOT_WELL_FORMED, TOO_DEEP, TOO_LARGE, TOO_MANY_ATTRIBUTES,
};
use crate::rules::{Example as E, RuleExamples as R};

/// The schema rules as this tool reports them.
const SCHEMA: crate::xmlschema::rules::SchemaRules = crate::xmlschema::rules::METADATA;

// The certificates as base64 DER on one line, as Okta and Entra ID write
// them: macros, so that `concat!` can splice them into the documents.

/// Okta's signing certificate of the app (2026-01-12 to 2036-01-12).
macro_rules! okta_cert {
    () => {
        "MIIDnjCCAoagAwIBAgIGAZsPOixBMA0GCSqGSIb3DQEBCwUAMIGPMQswCQYDVQQGEwJVUzETMBEGA1UECAwKQ2FsaWZvcm5pYTEWMBQGA1UEBwwNU2FuIEZyYW5jaXNjbzENMAsGA1UECgwET2t0YTEUMBIGA1UECwwLU1NPUHJvdmlkZXIxEDAOBgNVBAMMB2NvbnRvc28xHDAaBgkqhkiG9w0BCQEWDWluZm9Ab2t0YS5jb20wHhcNMjYwMTEyMTgyMzQ1WhcNMzYwMTEyMTgyNDQ1WjCBjzELMAkGA1UEBhMCVVMxEzARBgNVBAgMCkNhbGlmb3JuaWExFjAUBgNVBAcMDVNhbiBGcmFuY2lzY28xDTALBgNVBAoMBE9rdGExFDASBgNVBAsMC1NTT1Byb3ZpZGVyMRAwDgYDVQQDDAdjb250b3NvMRwwGgYJKoZIhvcNAQkBFg1pbmZvQG9rdGEuY29tMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxe1Y2KFtYp5E+f2BtNLySqzrLon/VC/C0JOEikPyvW/GIkuGpbkHJY9Pn79/53BGdZS0+DYSErobuaLRlmjL9LmiWyDXZuxeUg7l1pPPDmiuFaMif+hOodlxXsnX+hczKZyj8MiMtkfsEuvgjoqy5wSAWEdEI08kPsRV2QktQeJIX/Ljwr6OwHhi+bpN1GA0OUw1Gs5dKJi6/Re0rZZAtixS4SzZvCs4MVOwXDmregq7IPJH0gSBSfn5kshkxX1McstVofG7qYplkNZBK1fZ6HxLOpuwPZx4oX3FaHK7uH+bFL+8VVFCYuwJ59SwV2bSEdold2O61Yvdov+e+0kg3wIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQAZ6L9t7scfnw0/DcKke5VijSPF+/LIOEBXKd7nNDwezTd/AuzDFrPerHh6dDwXHkNiWY+Rh6ozmT0edI/KetFbcqKktv4NfrN1d5yddQk7IwsANs1iNfKABTuDzFnJ5Z/+ypoJtWQrWpbQRoencdJSmnsioYv1VkGUGa378oq46QeCixP8ZhvIvHxJN51/fOTDTdkeYy2gMvm8Ozsyzqn1nvAIxe6RpSR7m+NMsG07reH3D2suLsEAs8mwIzSUrmFqsUHschaohAj1VdiaaD5OSikQgAfs9DoZz3BuBEEGH2TsSx/0w97GzuotjclFbFS6VuWvq0/X8QwyVyX2IaYT"
    };
}

/// AD FS's token-signing certificate (2026-02-20 to 2027-02-20).
macro_rules! adfs_cert {
    () => {
        "MIIC3DCCAcSgAwIBAgIQax5MKp1/PlyKCy1Pbhw6WzANBgkqhkiG9w0BAQsFADAqMSgwJgYDVQQDDB9BREZTIFNpZ25pbmcgLSBhZGZzLmNvbnRvc28uY29tMB4XDTI2MDIyMDA5MTQwN1oXDTI3MDIyMDA5MTQwN1owKjEoMCYGA1UEAwwfQURGUyBTaWduaW5nIC0gYWRmcy5jb250b3NvLmNvbTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAMA52Ydw0x/RLVJHEBvRKx0/j7O9QbQjbIEjT4QGpn2hHLSKD+do/7n9VqrzDnYqYzrQr4ZcnkBaUrdiamOVUcrx+ZQdAhEd24j56W3ZBIemEI/0m/KQlpueSQKu7hY0V3xcUsHMEjI1zWHG89b5oxHblkXg+SN4LtEcwA8D3SHIxV3/ZnQOU3XWnOdpZbU4LzHZ4ZHbdwey1aXT4m2Jn5vtI3zu4uvGWPakBRTklwQX/FYFwzE7RthYjAl4ce/EF4Vbg/TaRRqfmmoncMAJ5Fm7fzmm2FBKgl/G58pBs6L44279MlAlT353WbntHoCCiQ9v+jUY8eZfCTfuCJizxV0CAwEAATANBgkqhkiG9w0BAQsFAAOCAQEAuatFNGjP3b88K31XNG/wrDEpDLwH9raDhbbLBXS/2vZcHTiDt2IuzQzpJLtF1JGsDBM7uMCRKEOWEnhanqfDBhD68tY4YI1fygvOthY/+ZKtvsbSYBAK1D6SDC71lD10PgfjmWQiAvV0hl3uLSKcAgk0tmcwv5EDriE55t0186hU3SCh97vZk5DLJSOXQ72Uyd1kx2DIpOfmvyLqvBdLGGjXFTBvnm0EdbW+wyR/xknVeG15WzgSi7dC8ausyfRufIAN2jWqZr82t/ZFHiuoADx8XmbUHT2gqAi3sE/bjLpEhWoBhT1N8lEfX1CTTFHUgCBNEkcacI1Z+OQcENDX/A=="
    };
}

/// The Shibboleth IdPs' signing certificate (2025-08-01 to 2045-07-27).
macro_rules! shib_cert {
    () => {
        "MIICtjCCAZ6gAwIBAgIKPF56mx0vTmqMCzANBgkqhkiG9w0BAQsFADAaMRgwFgYDVQQDDA9pZHAuY29udG9zby5lZHUwHhcNMjUwODAxMTIwMDAwWhcNNDUwNzI3MTIwMDAwWjAaMRgwFgYDVQQDDA9pZHAuY29udG9zby5lZHUwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQCxUV79umBWmaeCyc/y97H+95cPtoUVDsZXhIDKhcLF44NZODYAgEkmCPrFaXV3U27q/ifMy0ngFWCx3ezBXVyl10zR2HX6+4nwQBKR7bVlPOiURCRyhFqzkln3WE4mnjS6xsWyeRdJjdvVibszznfDAZfTMiZCvtFRHpj0WM3ipVEF95yTKNEhiCFGVjIQa9x5twfzvsViC72ceMOJzkloflL+3jMPzDNDEwpl1bm18Sf1sy4TZbAhnPpK2dxcNbUa1i/4JmSanOI9kV/4txcMBeB4cIN0RrcUSQmNKgi7vSHz1SqBI87n7QX92CquqXnps8vmqgNiCSC3h8E/zZtfAgMBAAEwDQYJKoZIhvcNAQELBQADggEBAKvIPkL7akD8ONG8jjjPmpeuZS9PlmVGiABBTWaoiWrsoT+eOmT53u5J4km5YyJfTrM/PYR4pFr4clXeKdp8Z8Iy2Ulvb7F8NQWpsVBIllzeIiK+ABY2YIxBZbolvC6taXmd6q4pljUarUiwSRJIjJ4hegBhAwBhdJfExP//OfhxS7Yk9oSn53y8SfuIfZ+CoaICosvHjNJPaMjKKhpRWCLnsUoOGyLRgKpXmoVq2qs0/sDa7KV8Jp4HwbPt1Hy68PicJ9idZ/dXOOWeJ9YsWgSfCDT6877m0pq53eh/bw1l9lOt4Sun7jLjVytaJx0NRla1SFzzl1WuM+NQupCJZ44="
    };
}

/// Entra ID's token-signing certificate, which also signs the metadata
/// (2025-09-15 to 2028-09-15).
macro_rules! entra_cert {
    () => {
        "MIIC8DCCAdigAwIBAgIQTxwqnms9jhegXH0rnkHzpjANBgkqhkiG9w0BAQsFADA0MTIwMAYDVQQDDClNaWNyb3NvZnQgQXp1cmUgRmVkZXJhdGVkIFNTTyBDZXJ0aWZpY2F0ZTAeFw0yNTA5MTUwODQxMDJaFw0yODA5MTUwODQxMDJaMDQxMjAwBgNVBAMMKU1pY3Jvc29mdCBBenVyZSBGZWRlcmF0ZWQgU1NPIENlcnRpZmljYXRlMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAy+xTvRR4b77mAgSt7pMO6odkaxZcccgh3M1lJe9h2EABC9RRdge/0NpE7wir5qKZm54Kqta1ZMoZMEK/EPIvxcvlQaAnb7O9nOyKCXrIXdGd6jzr5t0M/kaKVWCvTX+nAjIawe1IC5w/0NubQ0z6rj3fHJnni6jTn+XkSHaoOd+YWfgTAyuKVm7yjWt7uZldkKP/hN5lEQGxoFjWJ/IlIl//OpYFbi9eOcMnSXvKJCBoxHRL4siN37nf5Vihk+LLSqZZKZOzndgL3FsCLPsj5DrLjWneHCxj/L7JCsXmS6nNlU6bdsXjsVG4ufMSStI835Q3gZv5xEvgiWoA2j70rwIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQCdeyuKlFliGFeEx2RvPHM1HkZogilAD0a0YXBEfDTovPSjBq/EqpiJFJ0r1ojSTrgz/uEjMQfGSSUdFJ/pd6In0GO4ZT1BiuA3sfY/DggkFyYZayATPDlelExZ9Drt5YdzrNXQoEW2OoazgvEgYNX6EBwidSIXehzn7ufweBuFcbn5AtIEmRAMx1E4oxjQZf4wuyBN8Rn1yNU4mblNKnE1lVqHUMgEzVfwORFPxx6LU7sn5+gabHsKJe7IYY+JrGWNjJQI/IF/gDx1a2s7hpmXWxExagi8lbDFfHz/HPldcgX+xbvZfXWRNGtq6+ZeKIPj0/xQwwcuHYKO60yOkXKC"
    };
}

/// The certificate Entra ID used before its rollover (2022-09-15 to 2025-09-15).
macro_rules! entra_old_cert {
    () => {
        "MIIC8DCCAdigAwIBAgIQKn5cHZtPaj6MDRt/XiqcTTANBgkqhkiG9w0BAQsFADA0MTIwMAYDVQQDDClNaWNyb3NvZnQgQXp1cmUgRmVkZXJhdGVkIFNTTyBDZXJ0aWZpY2F0ZTAeFw0yMjA5MTUwODQwMTFaFw0yNTA5MTUwODQwMTFaMDQxMjAwBgNVBAMMKU1pY3Jvc29mdCBBenVyZSBGZWRlcmF0ZWQgU1NPIENlcnRpZmljYXRlMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA6R+eD2FuqS9phwpEuERGX0ukYrtq0F2Uyzc0/VemavGjgfBRJPJQSnBsoJeBPRY0jI93yzOr5Iubz5TrU3maLMvmLrgJ4V+fjv8+RKOdfS0pgyFEfN4appPFQZWtpKNpi0IjCtwM4wHOOfYFHu9ykxIcLLLhYJL32RXsWqakgvcPn/7igJu0Cmb/i4f2T+d0szdflemucbWd8Gmrb0WBGsB9+0fHtSNeYhVWiqntQiIPXqTKeIGo7pJIsbfjX89snQbXTHn7ugNh4G983rfXP5GSN9njGIthnM/toVjG+hVXeSMrfWt7hYk0+ZoTX1jhppzhXjH5CPivacClDUgL9wIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQAM9CgXGHj2QNqZ+S4pz1VEZkmsfLdgGAJbr/uN4UPuJNdAAK8IdVSzQVDfdsuBCjJAlhyBaMZHg6Iwdbn+tY1yjwWhgBwPQh2vz2l+To+cgrIkO3Zl2mWHcWlkkhha2WvAKXw6fTe1PDOX8n3WRVP2YQXNpAmisHNUCLzb909dWLaV+e0vSw3oXmkUNajq5yKebDmFfitid25Ti0ChkUqR0ZGSl8ulyWyWc2ZABHvZAYegQpf6Nt+1etsR/B0/7VD5vPmp2HjltNAZcbyzd/Ke8ChWUQTXs7rpe/kClN2UvE7zyO35IR5zlmOP8XJOBHtZQLyQOXcMd+yLM5DY3tRD"
    };
}

/// Okta's IdP metadata for a Webex app, as its metadata URL serves it (pretty-printed): the near miss of most rules.
const OKTA: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// The Okta metadata cut off by an interrupted download.
const OKTA_TRUNCATED: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
"#,
);

/// The Okta metadata with a DOCTYPE that declares an external entity (XXE) and uses it as the entityID.
const OKTA_XXE: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE md:EntityDescriptor [
  <!ENTITY okta SYSTEM "file:///etc/passwd">
]>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="&okta;">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// Metadata built by hand from Okta's setup page, without the entityID attribute.
const OKTA_NO_ENTITY_ID: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// The IdP role without its SingleSignOnService elements.
const OKTA_NO_SSO: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// A binding URN retyped with the wrong case (`HTTP-Post`).
const OKTA_BINDING_CASE: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Post" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// The sign-in URL over plain http.
const OKTA_HTTP: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="http://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="http://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// The sign-in URL pasted without its scheme.
const OKTA_NO_SCHEME: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// A KeyDescriptor with `use="sign"` (the schema allows only signing and encryption).
const OKTA_USE_SIGN: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="sign">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// The only certificate published for encryption, none for signing.
const OKTA_ENCRYPTION_ONLY: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="encryption">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// WantAuthnRequestsSigned written `yes`.
const OKTA_WANT_YES: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="yes" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// Okta's metadata with "Signed Requests" on: WantAuthnRequestsSigned="true".
const OKTA_WANT_SIGNED: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// The Okta metadata without its NameIDFormat.
const OKTA_NO_NAMEID: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// The only NameIDFormat is emailAddress under a SAML 2.0 URN, which SAML does not define (it is a 1.1 format).
const OKTA_EMAIL_SAML2: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// The certificate pasted with its PEM header and footer lines into X509Certificate.
const OKTA_PEM: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>-----BEGIN CERTIFICATE-----
"#,
    okta_cert!(),
    r#"
-----END CERTIFICATE-----</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// NameIDFormat moved after the SingleSignOnService elements (the schema wants it before).
const OKTA_NAMEID_AFTER_SSO: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// WantAssertionsSigned (an SP attribute) on the IDPSSODescriptor.
const OKTA_WANT_ASSERTIONS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" WantAssertionsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// The EntityDescriptor and its IDPSSODescriptor given the same ID.
const OKTA_ROLE_ID_DUP: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" ID="_okta-exk9w1x2y3Z4a5B6c7d8" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor ID="_okta-exk9w1x2y3Z4a5B6c7d8" WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// The EntityDescriptor and its IDPSSODescriptor with IDs of their own.
const OKTA_ROLE_ID: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" ID="_okta-exk9w1x2y3Z4a5B6c7d8" entityID="http://www.okta.com/exk9w1x2y3Z4a5B6c7d8">
  <md:IDPSSODescriptor ID="_okta-exk9w1x2y3Z4a5B6c7d8-idp" WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>"#,
    okta_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"#,
);

/// AD FS federation metadata (FederationMetadata.xml), trimmed to its SAML 2.0 IdP role. AD FS offers a transient NameID.
const ADFS: &str = concat!(
    r#"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_8f3b2c1d-6e4a-4b9f-a2c7-5d1e0f9a8b76" entityID="http://adfs.contoso.com/adfs/services/trust" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"#,
    adfs_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.contoso.com/adfs/ls/"/>
    <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.contoso.com/adfs/ls/"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://adfs.contoso.com/adfs/ls/"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// The AD FS metadata without the transient NameIDFormat.
const ADFS_NO_TRANSIENT: &str = concat!(
    r#"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_8f3b2c1d-6e4a-4b9f-a2c7-5d1e0f9a8b76" entityID="http://adfs.contoso.com/adfs/services/trust" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"#,
    adfs_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.contoso.com/adfs/ls/"/>
    <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.contoso.com/adfs/ls/"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://adfs.contoso.com/adfs/ls/"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// The AD FS metadata, copied without the xmlns declaration of its root element.
const ADFS_NO_XMLNS: &str = concat!(
    r#"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_8f3b2c1d-6e4a-4b9f-a2c7-5d1e0f9a8b76" entityID="http://adfs.contoso.com/adfs/services/trust">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"#,
    adfs_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.contoso.com/adfs/ls/"/>
    <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.contoso.com/adfs/ls/"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://adfs.contoso.com/adfs/ls/"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// The federation service identifier set to a bare host name.
const ADFS_HOST_ID: &str = concat!(
    r#"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_8f3b2c1d-6e4a-4b9f-a2c7-5d1e0f9a8b76" entityID="adfs.contoso.com" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"#,
    adfs_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.contoso.com/adfs/ls/"/>
    <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.contoso.com/adfs/ls/"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://adfs.contoso.com/adfs/ls/"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// Endpoints written as the path the AD FS console shows (`/adfs/ls/`), without the host.
const ADFS_RELATIVE: &str = concat!(
    r#"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_8f3b2c1d-6e4a-4b9f-a2c7-5d1e0f9a8b76" entityID="http://adfs.contoso.com/adfs/services/trust" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"#,
    adfs_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="/adfs/ls/"/>
    <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="/adfs/ls/"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="/adfs/ls/"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// AD FS metadata with only its WS-Federation role (a RoleDescriptor), no SAML 2.0 IDPSSODescriptor.
const ADFS_WSFED_ONLY: &str = concat!(
    r#"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_8f3b2c1d-6e4a-4b9f-a2c7-5d1e0f9a8b76" entityID="http://adfs.contoso.com/adfs/services/trust" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
  <RoleDescriptor xsi:type="fed:SecurityTokenServiceType" protocolSupportEnumeration="http://docs.oasis-open.org/wsfed/federation/200706" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:fed="http://docs.oasis-open.org/wsfed/federation/200706">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"#,
    adfs_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <fed:PassiveRequestorEndpoint>
      <wsa:EndpointReference xmlns:wsa="http://www.w3.org/2005/08/addressing">
        <wsa:Address>https://adfs.contoso.com/adfs/ls/</wsa:Address>
      </wsa:EndpointReference>
    </fed:PassiveRequestorEndpoint>
  </RoleDescriptor>
</EntityDescriptor>
"#,
);

/// AD FS metadata with the organization and support contact of the federation service properties.
const ADFS_ORG: &str = concat!(
    r#"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_8f3b2c1d-6e4a-4b9f-a2c7-5d1e0f9a8b76" entityID="http://adfs.contoso.com/adfs/services/trust" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"#,
    adfs_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.contoso.com/adfs/ls/"/>
    <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.contoso.com/adfs/ls/"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://adfs.contoso.com/adfs/ls/"/>
  </IDPSSODescriptor>
  <Organization>
    <OrganizationName xml:lang="fr-FR">Contoso Santé</OrganizationName>
    <OrganizationDisplayName xml:lang="fr-FR">Contoso Santé</OrganizationDisplayName>
    <OrganizationURL xml:lang="fr-FR">https://www.contoso.fr/</OrganizationURL>
  </Organization>
  <ContactPerson contactType="support">
    <EmailAddress>mailto:adfs-support@contoso.fr</EmailAddress>
  </ContactPerson>
</EntityDescriptor>
"#,
);

/// The organization published without its URL.
const ADFS_ORG_NO_URL: &str = concat!(
    r#"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_8f3b2c1d-6e4a-4b9f-a2c7-5d1e0f9a8b76" entityID="http://adfs.contoso.com/adfs/services/trust" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"#,
    adfs_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.contoso.com/adfs/ls/"/>
    <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.contoso.com/adfs/ls/"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://adfs.contoso.com/adfs/ls/"/>
  </IDPSSODescriptor>
  <Organization>
    <OrganizationName xml:lang="fr-FR">Contoso Santé</OrganizationName>
    <OrganizationDisplayName xml:lang="fr-FR">Contoso Santé</OrganizationDisplayName>
  </Organization>
  <ContactPerson contactType="support">
    <EmailAddress>mailto:adfs-support@contoso.fr</EmailAddress>
  </ContactPerson>
</EntityDescriptor>
"#,
);

/// A ContactPerson without its contactType.
const ADFS_CONTACT_NO_TYPE: &str = concat!(
    r#"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_8f3b2c1d-6e4a-4b9f-a2c7-5d1e0f9a8b76" entityID="http://adfs.contoso.com/adfs/services/trust" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"#,
    adfs_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.contoso.com/adfs/ls/"/>
    <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.contoso.com/adfs/ls/"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://adfs.contoso.com/adfs/ls/"/>
  </IDPSSODescriptor>
  <Organization>
    <OrganizationName xml:lang="fr-FR">Contoso Santé</OrganizationName>
    <OrganizationDisplayName xml:lang="fr-FR">Contoso Santé</OrganizationDisplayName>
    <OrganizationURL xml:lang="fr-FR">https://www.contoso.fr/</OrganizationURL>
  </Organization>
  <ContactPerson>
    <EmailAddress>mailto:adfs-support@contoso.fr</EmailAddress>
  </ContactPerson>
</EntityDescriptor>
"#,
);

/// A ContactPerson of contactType `IT`, not a type the schema lists.
const ADFS_CONTACT_IT: &str = concat!(
    r#"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_8f3b2c1d-6e4a-4b9f-a2c7-5d1e0f9a8b76" entityID="http://adfs.contoso.com/adfs/services/trust" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"#,
    adfs_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.contoso.com/adfs/ls/"/>
    <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.contoso.com/adfs/ls/"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://adfs.contoso.com/adfs/ls/"/>
  </IDPSSODescriptor>
  <Organization>
    <OrganizationName xml:lang="fr-FR">Contoso Santé</OrganizationName>
    <OrganizationDisplayName xml:lang="fr-FR">Contoso Santé</OrganizationDisplayName>
    <OrganizationURL xml:lang="fr-FR">https://www.contoso.fr/</OrganizationURL>
  </Organization>
  <ContactPerson contactType="IT">
    <EmailAddress>mailto:adfs-support@contoso.fr</EmailAddress>
  </ContactPerson>
</EntityDescriptor>
"#,
);

/// A Shibboleth IdP's metadata, valid until the end of 2026.
const SHIB: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.contoso.edu/idp/shibboleth" validUntil="2026-12-31T00:00:00Z">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol urn:oasis:names:tc:SAML:1.1:protocol urn:mace:shibboleth:1.0">
    <KeyDescriptor use="signing">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>"#,
    shib_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </KeyDescriptor>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.contoso.edu/idp/profile/SAML2/POST/SSO"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.contoso.edu/idp/profile/SAML2/Redirect/SSO"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// The Shibboleth metadata past its validUntil (a stale copy).
const SHIB_EXPIRED: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.contoso.edu/idp/shibboleth" validUntil="2026-05-15T00:00:00Z">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol urn:oasis:names:tc:SAML:1.1:protocol urn:mace:shibboleth:1.0">
    <KeyDescriptor use="signing">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>"#,
    shib_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </KeyDescriptor>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.contoso.edu/idp/profile/SAML2/POST/SSO"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.contoso.edu/idp/profile/SAML2/Redirect/SSO"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// The Shibboleth metadata two weeks before its validUntil.
const SHIB_EXPIRING: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.contoso.edu/idp/shibboleth" validUntil="2026-06-15T00:00:00Z">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol urn:oasis:names:tc:SAML:1.1:protocol urn:mace:shibboleth:1.0">
    <KeyDescriptor use="signing">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>"#,
    shib_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </KeyDescriptor>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.contoso.edu/idp/profile/SAML2/POST/SSO"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.contoso.edu/idp/profile/SAML2/Redirect/SSO"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// validUntil written as a date without a time.
const SHIB_DATE_ONLY: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.contoso.edu/idp/shibboleth" validUntil="2026-12-31">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol urn:oasis:names:tc:SAML:1.1:protocol urn:mace:shibboleth:1.0">
    <KeyDescriptor use="signing">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>"#,
    shib_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </KeyDescriptor>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.contoso.edu/idp/profile/SAML2/POST/SSO"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.contoso.edu/idp/profile/SAML2/Redirect/SSO"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// validUntil with a UTC offset instead of Z.
const SHIB_OFFSET: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.contoso.edu/idp/shibboleth" validUntil="2026-12-31T00:00:00+01:00">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol urn:oasis:names:tc:SAML:1.1:protocol urn:mace:shibboleth:1.0">
    <KeyDescriptor use="signing">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>"#,
    shib_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </KeyDescriptor>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.contoso.edu/idp/profile/SAML2/POST/SSO"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.contoso.edu/idp/profile/SAML2/Redirect/SSO"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// cacheDuration written as a number of seconds.
const SHIB_CACHE_SECONDS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.contoso.edu/idp/shibboleth" cacheDuration="21600">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol urn:oasis:names:tc:SAML:1.1:protocol urn:mace:shibboleth:1.0">
    <KeyDescriptor use="signing">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>"#,
    shib_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </KeyDescriptor>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.contoso.edu/idp/profile/SAML2/POST/SSO"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.contoso.edu/idp/profile/SAML2/Redirect/SSO"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// cacheDuration as an xs:duration (six hours).
const SHIB_CACHE: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.contoso.edu/idp/shibboleth" cacheDuration="PT6H">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol urn:oasis:names:tc:SAML:1.1:protocol urn:mace:shibboleth:1.0">
    <KeyDescriptor use="signing">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>"#,
    shib_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </KeyDescriptor>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.contoso.edu/idp/profile/SAML2/POST/SSO"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.contoso.edu/idp/profile/SAML2/Redirect/SSO"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// The IdP role without the SAML 2.0 protocol in protocolSupportEnumeration.
const SHIB_NO_SAML2: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.contoso.edu/idp/shibboleth" validUntil="2026-12-31T00:00:00Z">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:1.1:protocol urn:mace:shibboleth:1.0">
    <KeyDescriptor use="signing">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>"#,
    shib_cert!(),
    r#"</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </KeyDescriptor>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.contoso.edu/idp/profile/SAML2/POST/SSO"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.contoso.edu/idp/profile/SAML2/Redirect/SSO"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// A federation aggregate of two IdPs.
const AGG: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<EntitiesDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" Name="https://federation.example.org">
  <EntityDescriptor entityID="https://idp.contoso.edu/idp/shibboleth">
    <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
      <KeyDescriptor use="signing">
        <ds:KeyInfo>
          <ds:X509Data>
            <ds:X509Certificate>"#,
    shib_cert!(),
    r#"</ds:X509Certificate>
          </ds:X509Data>
        </ds:KeyInfo>
      </KeyDescriptor>
      <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
      <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.contoso.edu/idp/profile/SAML2/Redirect/SSO"/>
    </IDPSSODescriptor>
  </EntityDescriptor>
  <EntityDescriptor entityID="https://idp.fabrikam.edu/idp/shibboleth">
    <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
      <KeyDescriptor use="signing">
        <ds:KeyInfo>
          <ds:X509Data>
            <ds:X509Certificate>"#,
    shib_cert!(),
    r#"</ds:X509Certificate>
          </ds:X509Data>
        </ds:KeyInfo>
      </KeyDescriptor>
      <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
      <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.fabrikam.edu/idp/profile/SAML2/Redirect/SSO"/>
    </IDPSSODescriptor>
  </EntityDescriptor>
</EntitiesDescriptor>
"#,
);

/// The aggregate with the same IdP registered twice under one entityID (old and new host).
const AGG_DUP: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8"?>
<EntitiesDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" Name="https://federation.example.org">
  <EntityDescriptor entityID="https://idp.contoso.edu/idp/shibboleth">
    <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
      <KeyDescriptor use="signing">
        <ds:KeyInfo>
          <ds:X509Data>
            <ds:X509Certificate>"#,
    shib_cert!(),
    r#"</ds:X509Certificate>
          </ds:X509Data>
        </ds:KeyInfo>
      </KeyDescriptor>
      <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
      <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.contoso.edu/idp/profile/SAML2/Redirect/SSO"/>
    </IDPSSODescriptor>
  </EntityDescriptor>
  <EntityDescriptor entityID="https://idp.contoso.edu/idp/shibboleth">
    <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
      <KeyDescriptor use="signing">
        <ds:KeyInfo>
          <ds:X509Data>
            <ds:X509Certificate>"#,
    shib_cert!(),
    r#"</ds:X509Certificate>
          </ds:X509Data>
        </ds:KeyInfo>
      </KeyDescriptor>
      <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
      <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp2.contoso.edu/idp/profile/SAML2/Redirect/SSO"/>
    </IDPSSODescriptor>
  </EntityDescriptor>
</EntitiesDescriptor>
"#,
);

/// Entra ID federation metadata for an enterprise application, unsigned (trimmed to its IdP role; Entra lists no NameIDFormat).
const ENTRA: &str = concat!(
    r#"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_5b2f8c1e-3d4a-4e6b-9f70-8a1c2d3e4f50" entityID="https://sts.windows.net/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"#,
    entra_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// The same metadata as Entra ID serves it: signed (RSA-SHA256) with the token-signing certificate.
const ENTRA_SIGNED: &str = concat!(
    r##"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" ID="_5b2f8c1e-3d4a-4e6b-9f70-8a1c2d3e4f50" entityID="https://sts.windows.net/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/">
  <Signature xmlns="http://www.w3.org/2000/09/xmldsig#">
    <SignedInfo>
      <CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <Reference URI="#_5b2f8c1e-3d4a-4e6b-9f70-8a1c2d3e4f50">
        <Transforms>
          <Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </Transforms>
        <DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <DigestValue>116O1vq+SDt424PFv6B9d1zOgTWZ8BQMEDNpsS7RFHE=</DigestValue>
      </Reference>
    </SignedInfo>
    <SignatureValue>gVQXvMwg5QmfgsmAtPnesgNDTCI3UYZygDP5RnV/VYJpBj7PUoEOyVLUNFoT1BfNm6+FEZ+0YpwRenHH1z7+n1Ot+q3RcTEZShe9nugirbJI7fFZwwitHob5R1i9bvuWPmQkbPmNkvihUrt4yy4U/gTBrh/IK6PChD5WPdBdFext5/1Qj+3KNEi02Kor+RDuic9g8OCMXllgWN85o6rLJcdRRSI02ySsL5nm4i1FgdmOuW9cx9znkpjdpzkVLeRvdWhL361ezczj0TVnWJ82a6SZFn6qi1QHTqeeNuXGxvYYh4Hag1TJOYXAd/Xbx00Ysklh6Ihx4RsLIXw+K3nL2g==</SignatureValue>
    <KeyInfo>
      <X509Data>
        <X509Certificate>"##,
    entra_cert!(),
    r#"</X509Certificate>
      </X509Data>
    </KeyInfo>
  </Signature>
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"#,
    entra_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// The signed Entra ID metadata with the KeyInfo of its signature removed.
const ENTRA_SIGNED_NO_KEYINFO: &str = concat!(
    r##"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" ID="_5b2f8c1e-3d4a-4e6b-9f70-8a1c2d3e4f50" entityID="https://sts.windows.net/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/">
  <Signature xmlns="http://www.w3.org/2000/09/xmldsig#">
    <SignedInfo>
      <CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <Reference URI="#_5b2f8c1e-3d4a-4e6b-9f70-8a1c2d3e4f50">
        <Transforms>
          <Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </Transforms>
        <DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <DigestValue>116O1vq+SDt424PFv6B9d1zOgTWZ8BQMEDNpsS7RFHE=</DigestValue>
      </Reference>
    </SignedInfo>
    <SignatureValue>gVQXvMwg5QmfgsmAtPnesgNDTCI3UYZygDP5RnV/VYJpBj7PUoEOyVLUNFoT1BfNm6+FEZ+0YpwRenHH1z7+n1Ot+q3RcTEZShe9nugirbJI7fFZwwitHob5R1i9bvuWPmQkbPmNkvihUrt4yy4U/gTBrh/IK6PChD5WPdBdFext5/1Qj+3KNEi02Kor+RDuic9g8OCMXllgWN85o6rLJcdRRSI02ySsL5nm4i1FgdmOuW9cx9znkpjdpzkVLeRvdWhL361ezczj0TVnWJ82a6SZFn6qi1QHTqeeNuXGxvYYh4Hag1TJOYXAd/Xbx00Ysklh6Ihx4RsLIXw+K3nL2g==</SignatureValue>
  </Signature>
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"##,
    entra_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// The Entra ID metadata signed with RSA-SHA1 and a SHA-1 digest.
const ENTRA_SIGNED_SHA1: &str = concat!(
    r##"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" ID="_5b2f8c1e-3d4a-4e6b-9f70-8a1c2d3e4f50" entityID="https://sts.windows.net/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/">
  <Signature xmlns="http://www.w3.org/2000/09/xmldsig#">
    <SignedInfo>
      <CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>
      <Reference URI="#_5b2f8c1e-3d4a-4e6b-9f70-8a1c2d3e4f50">
        <Transforms>
          <Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </Transforms>
        <DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/>
        <DigestValue>6ggbmkV3081KobVtc+uTkAgSPNo=</DigestValue>
      </Reference>
    </SignedInfo>
    <SignatureValue>ODiqsZj6tRv0qs9PvP2DcHQXY2UQSjW4JTc8u5Qike6Ka9/jD0gewwhhu6zXCJKK5AdD7QxfhWwcXyWaUkrr+W5yleSId8e97s/li9Syox0Fsq8M32jePKfhtLR/0D58o3no6lReVjZAcujvwq0h343B6RXujfpDGwntbl/rx6sKNiFM4FCbeAlBG6DiLWtmepWvIDm9iNilwKCkWWSgiOOGa4x6ywYyKdVJySHtct/HaYdTlYRoT+l53dghhXwZJFbg+CeXxP2dXAXtATtTN1BGb1xC60kIt6EXIIKsWBTjg0KX+a7gYi9a68EtDJQnEZSZju3z+/idAc2MX5vpFQ==</SignatureValue>
    <KeyInfo>
      <X509Data>
        <X509Certificate>"##,
    entra_cert!(),
    r#"</X509Certificate>
      </X509Data>
    </KeyInfo>
  </Signature>
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"#,
    entra_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// The metadata "signed" with HMAC-SHA256, a shared secret.
const ENTRA_SIGNED_HMAC: &str = concat!(
    r##"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" ID="_5b2f8c1e-3d4a-4e6b-9f70-8a1c2d3e4f50" entityID="https://sts.windows.net/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/">
  <Signature xmlns="http://www.w3.org/2000/09/xmldsig#">
    <SignedInfo>
      <CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#hmac-sha256"/>
      <Reference URI="#_5b2f8c1e-3d4a-4e6b-9f70-8a1c2d3e4f50">
        <Transforms>
          <Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </Transforms>
        <DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <DigestValue>116O1vq+SDt424PFv6B9d1zOgTWZ8BQMEDNpsS7RFHE=</DigestValue>
      </Reference>
    </SignedInfo>
    <SignatureValue>KOmnLdLX7CukegHF+VR9rBflVpxLwCJNDsVHRoPF9kA=</SignatureValue>
  </Signature>
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"##,
    entra_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// A signature on the EntityDescriptor that references the IDPSSODescriptor's ID instead.
const ENTRA_SIGNED_ROLE: &str = concat!(
    r##"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" ID="_5b2f8c1e-3d4a-4e6b-9f70-8a1c2d3e4f50" entityID="https://sts.windows.net/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/">
  <Signature xmlns="http://www.w3.org/2000/09/xmldsig#">
    <SignedInfo>
      <CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <Reference URI="#_idp">
        <Transforms>
          <Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </Transforms>
        <DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <DigestValue>5+h3LdomB26SRN8bNoDNpwFANOYIWsOSqLcQYnljPec=</DigestValue>
      </Reference>
    </SignedInfo>
    <SignatureValue>TV4An7ieHcuS0gHXDmzZoSCb94rlr/2fgrtZtoFwSLN3eJfHTsRTNx7eNEqFnLagosGrBIn6liOXnP8z8518X9ns1tf9UGE0RTG8xJBr6bVWaZfzzpfy0ncLK+B6X4LYrAC2Gr9S2MpeIpQZPadLeDof+MTkHhGgpAUrYm62nSQ1U4NBs0bNS2JmPqiHY+bM8JxMDJ2dDC9r4PfpXrhBLGTiUwJPdEfBNFV59D41+gMCwd1SJHcCUOYsvlsr2dEjWq2FyEPhYphotvBbdB5W8jIyqARojxnYgPLh6q8UjN5WcdDeTLfhacZ7jbXrZM7vZk6XrclQc1K4BNY+241K4w==</SignatureValue>
    <KeyInfo>
      <X509Data>
        <X509Certificate>"##,
    entra_cert!(),
    r#"</X509Certificate>
      </X509Data>
    </KeyInfo>
  </Signature>
  <IDPSSODescriptor ID="_idp" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"#,
    entra_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// The signed Entra ID metadata after its sign-in URL was edited.
const ENTRA_TAMPERED: &str = concat!(
    r##"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" ID="_5b2f8c1e-3d4a-4e6b-9f70-8a1c2d3e4f50" entityID="https://sts.windows.net/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/">
  <Signature xmlns="http://www.w3.org/2000/09/xmldsig#">
    <SignedInfo>
      <CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <Reference URI="#_5b2f8c1e-3d4a-4e6b-9f70-8a1c2d3e4f50">
        <Transforms>
          <Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </Transforms>
        <DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <DigestValue>116O1vq+SDt424PFv6B9d1zOgTWZ8BQMEDNpsS7RFHE=</DigestValue>
      </Reference>
    </SignedInfo>
    <SignatureValue>gVQXvMwg5QmfgsmAtPnesgNDTCI3UYZygDP5RnV/VYJpBj7PUoEOyVLUNFoT1BfNm6+FEZ+0YpwRenHH1z7+n1Ot+q3RcTEZShe9nugirbJI7fFZwwitHob5R1i9bvuWPmQkbPmNkvihUrt4yy4U/gTBrh/IK6PChD5WPdBdFext5/1Qj+3KNEi02Kor+RDuic9g8OCMXllgWN85o6rLJcdRRSI02ySsL5nm4i1FgdmOuW9cx9znkpjdpzkVLeRvdWhL361ezczj0TVnWJ82a6SZFn6qi1QHTqeeNuXGxvYYh4Hag1TJOYXAd/Xbx00Ysklh6Ihx4RsLIXw+K3nL2g==</SignatureValue>
    <KeyInfo>
      <X509Data>
        <X509Certificate>"##,
    entra_cert!(),
    r#"</X509Certificate>
      </X509Data>
    </KeyInfo>
  </Signature>
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"#,
    entra_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://login.contoso-sso.com/saml2"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// Signature wrapping: a second element carries the ID the signature references.
const ENTRA_WRAPPED: &str = concat!(
    r##"<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" ID="_5b2f8c1e-3d4a-4e6b-9f70-8a1c2d3e4f50" entityID="https://sts.windows.net/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/">
  <Signature xmlns="http://www.w3.org/2000/09/xmldsig#">
    <SignedInfo>
      <CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <Reference URI="#_5b2f8c1e-3d4a-4e6b-9f70-8a1c2d3e4f50">
        <Transforms>
          <Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </Transforms>
        <DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <DigestValue>116O1vq+SDt424PFv6B9d1zOgTWZ8BQMEDNpsS7RFHE=</DigestValue>
      </Reference>
    </SignedInfo>
    <SignatureValue>gVQXvMwg5QmfgsmAtPnesgNDTCI3UYZygDP5RnV/VYJpBj7PUoEOyVLUNFoT1BfNm6+FEZ+0YpwRenHH1z7+n1Ot+q3RcTEZShe9nugirbJI7fFZwwitHob5R1i9bvuWPmQkbPmNkvihUrt4yy4U/gTBrh/IK6PChD5WPdBdFext5/1Qj+3KNEi02Kor+RDuic9g8OCMXllgWN85o6rLJcdRRSI02ySsL5nm4i1FgdmOuW9cx9znkpjdpzkVLeRvdWhL361ezczj0TVnWJ82a6SZFn6qi1QHTqeeNuXGxvYYh4Hag1TJOYXAd/Xbx00Ysklh6Ihx4RsLIXw+K3nL2g==</SignatureValue>
    <KeyInfo>
      <X509Data>
        <X509Certificate>"##,
    entra_cert!(),
    r#"</X509Certificate>
      </X509Data>
    </KeyInfo>
  </Signature>
  <IDPSSODescriptor ID="_5b2f8c1e-3d4a-4e6b-9f70-8a1c2d3e4f50" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>"#,
    entra_cert!(),
    r#"</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://login.microsoftonline.com/4f2d8c1a-7b3e-4e59-a6d0-2c9b8e1f7a35/saml2"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#,
);

/// AD FS metadata with its organization, saved from Notepad in Windows-1252 (`é` is the byte 0xE9) while its declaration still says utf-8.
const ADFS_1252_UTF8_DECL: &[u8] = b"<?xml version=\"1.0\" encoding=\"utf-8\"?>
<EntityDescriptor ID=\"_8f3b2c1d-6e4a-4b9f-a2c7-5d1e0f9a8b76\" entityID=\"http://adfs.contoso.com/adfs/services/trust\" xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">
  <IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">
    <KeyDescriptor use=\"signing\">
      <KeyInfo xmlns=\"http://www.w3.org/2000/09/xmldsig#\">
        <X509Data>
          <X509Certificate>MIIC3DCCAcSgAwIBAgIQax5MKp1/PlyKCy1Pbhw6WzANBgkqhkiG9w0BAQsFADAqMSgwJgYDVQQDDB9BREZTIFNpZ25pbmcgLSBhZGZzLmNvbnRvc28uY29tMB4XDTI2MDIyMDA5MTQwN1oXDTI3MDIyMDA5MTQwN1owKjEoMCYGA1UEAwwfQURGUyBTaWduaW5nIC0gYWRmcy5jb250b3NvLmNvbTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAMA52Ydw0x/RLVJHEBvRKx0/j7O9QbQjbIEjT4QGpn2hHLSKD+do/7n9VqrzDnYqYzrQr4ZcnkBaUrdiamOVUcrx+ZQdAhEd24j56W3ZBIemEI/0m/KQlpueSQKu7hY0V3xcUsHMEjI1zWHG89b5oxHblkXg+SN4LtEcwA8D3SHIxV3/ZnQOU3XWnOdpZbU4LzHZ4ZHbdwey1aXT4m2Jn5vtI3zu4uvGWPakBRTklwQX/FYFwzE7RthYjAl4ce/EF4Vbg/TaRRqfmmoncMAJ5Fm7fzmm2FBKgl/G58pBs6L44279MlAlT353WbntHoCCiQ9v+jUY8eZfCTfuCJizxV0CAwEAATANBgkqhkiG9w0BAQsFAAOCAQEAuatFNGjP3b88K31XNG/wrDEpDLwH9raDhbbLBXS/2vZcHTiDt2IuzQzpJLtF1JGsDBM7uMCRKEOWEnhanqfDBhD68tY4YI1fygvOthY/+ZKtvsbSYBAK1D6SDC71lD10PgfjmWQiAvV0hl3uLSKcAgk0tmcwv5EDriE55t0186hU3SCh97vZk5DLJSOXQ72Uyd1kx2DIpOfmvyLqvBdLGGjXFTBvnm0EdbW+wyR/xknVeG15WzgSi7dC8ausyfRufIAN2jWqZr82t/ZFHiuoADx8XmbUHT2gqAi3sE/bjLpEhWoBhT1N8lEfX1CTTFHUgCBNEkcacI1Z+OQcENDX/A==</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\"https://adfs.contoso.com/adfs/ls/\"/>
    <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</NameIDFormat>
    <SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\"https://adfs.contoso.com/adfs/ls/\"/>
    <SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\"https://adfs.contoso.com/adfs/ls/\"/>
  </IDPSSODescriptor>
  <Organization>
    <OrganizationName xml:lang=\"fr-FR\">Contoso Sant\xE9</OrganizationName>
    <OrganizationDisplayName xml:lang=\"fr-FR\">Contoso Sant\xE9</OrganizationDisplayName>
    <OrganizationURL xml:lang=\"fr-FR\">https://www.contoso.fr/</OrganizationURL>
  </Organization>
  <ContactPerson contactType=\"support\">
    <EmailAddress>mailto:adfs-support@contoso.fr</EmailAddress>
  </ContactPerson>
</EntityDescriptor>
";

/// The same Windows-1252 bytes with a declaration that names their encoding.
const ADFS_1252_DECL: &[u8] = b"<?xml version=\"1.0\" encoding=\"windows-1252\"?>
<EntityDescriptor ID=\"_8f3b2c1d-6e4a-4b9f-a2c7-5d1e0f9a8b76\" entityID=\"http://adfs.contoso.com/adfs/services/trust\" xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">
  <IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">
    <KeyDescriptor use=\"signing\">
      <KeyInfo xmlns=\"http://www.w3.org/2000/09/xmldsig#\">
        <X509Data>
          <X509Certificate>MIIC3DCCAcSgAwIBAgIQax5MKp1/PlyKCy1Pbhw6WzANBgkqhkiG9w0BAQsFADAqMSgwJgYDVQQDDB9BREZTIFNpZ25pbmcgLSBhZGZzLmNvbnRvc28uY29tMB4XDTI2MDIyMDA5MTQwN1oXDTI3MDIyMDA5MTQwN1owKjEoMCYGA1UEAwwfQURGUyBTaWduaW5nIC0gYWRmcy5jb250b3NvLmNvbTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAMA52Ydw0x/RLVJHEBvRKx0/j7O9QbQjbIEjT4QGpn2hHLSKD+do/7n9VqrzDnYqYzrQr4ZcnkBaUrdiamOVUcrx+ZQdAhEd24j56W3ZBIemEI/0m/KQlpueSQKu7hY0V3xcUsHMEjI1zWHG89b5oxHblkXg+SN4LtEcwA8D3SHIxV3/ZnQOU3XWnOdpZbU4LzHZ4ZHbdwey1aXT4m2Jn5vtI3zu4uvGWPakBRTklwQX/FYFwzE7RthYjAl4ce/EF4Vbg/TaRRqfmmoncMAJ5Fm7fzmm2FBKgl/G58pBs6L44279MlAlT353WbntHoCCiQ9v+jUY8eZfCTfuCJizxV0CAwEAATANBgkqhkiG9w0BAQsFAAOCAQEAuatFNGjP3b88K31XNG/wrDEpDLwH9raDhbbLBXS/2vZcHTiDt2IuzQzpJLtF1JGsDBM7uMCRKEOWEnhanqfDBhD68tY4YI1fygvOthY/+ZKtvsbSYBAK1D6SDC71lD10PgfjmWQiAvV0hl3uLSKcAgk0tmcwv5EDriE55t0186hU3SCh97vZk5DLJSOXQ72Uyd1kx2DIpOfmvyLqvBdLGGjXFTBvnm0EdbW+wyR/xknVeG15WzgSi7dC8ausyfRufIAN2jWqZr82t/ZFHiuoADx8XmbUHT2gqAi3sE/bjLpEhWoBhT1N8lEfX1CTTFHUgCBNEkcacI1Z+OQcENDX/A==</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\"https://adfs.contoso.com/adfs/ls/\"/>
    <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</NameIDFormat>
    <SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\"https://adfs.contoso.com/adfs/ls/\"/>
    <SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\"https://adfs.contoso.com/adfs/ls/\"/>
  </IDPSSODescriptor>
  <Organization>
    <OrganizationName xml:lang=\"fr-FR\">Contoso Sant\xE9</OrganizationName>
    <OrganizationDisplayName xml:lang=\"fr-FR\">Contoso Sant\xE9</OrganizationDisplayName>
    <OrganizationURL xml:lang=\"fr-FR\">https://www.contoso.fr/</OrganizationURL>
  </Organization>
  <ContactPerson contactType=\"support\">
    <EmailAddress>mailto:adfs-support@contoso.fr</EmailAddress>
  </ContactPerson>
</EntityDescriptor>
";

/// The token-signing certificate the administrator trusts (`--trust-cert`).
const TRUST_ENTRA: &str = concat!(
    r#"{"trust": "-----BEGIN CERTIFICATE-----\n"#,
    entra_cert!(),
    r#"\n-----END CERTIFICATE-----"}"#,
);

/// The certificate Entra ID signed with before its rollover, trusted by mistake.
const TRUST_ENTRA_OLD: &str = concat!(
    r#"{"trust": "-----BEGIN CERTIFICATE-----\n"#,
    entra_old_cert!(),
    r#"\n-----END CERTIFICATE-----"}"#,
);

/// The current certificate trusted, judged after it expires (2028-09-15).
const TRUST_ENTRA_2028: &str = concat!(
    r#"{"trust": "-----BEGIN CERTIFICATE-----\n"#,
    entra_cert!(),
    r#"\n-----END CERTIFICATE-----", "now": "2028-10-01T00:00:00Z"}"#,
);

pub const EXAMPLES: &[R] = &[
    R {
        rule: &NOT_WELL_FORMED,
        // A download cut short ends before the root element closes.
        examples: &[E::fires(OKTA_TRUNCATED), E::quiet(OKTA)],
    },
    R {
        rule: &DTD_REFUSED,
        // The classic XXE probe; the file is refused before the entity is even looked at.
        examples: &[E::fires(OKTA_XXE), E::quiet(OKTA)],
    },
    R {
        rule: &ENCODING,
        // Re-saved as "ANSI" by a Windows editor: the declaration no longer tells the truth.
        examples: &[
            E::fires_bytes(ADFS_1252_UTF8_DECL),
            E::quiet_bytes(ADFS_1252_DECL),
        ],
    },
    R {
        rule: &TOO_DEEP,
        examples: &[
            E::fires_generated(NESTED_129, nested_129),
            E::quiet_generated(NESTED_128, nested_128),
        ],
    },
    R {
        rule: &TOO_MANY_ATTRIBUTES,
        examples: &[
            E::fires_generated(ATTRIBUTES_257, attributes_257),
            E::quiet_generated(ATTRIBUTES_256, attributes_256),
        ],
    },
    R {
        rule: &TOO_LARGE,
        // The refusal comes before a byte is parsed; any metadata of an ordinary size is read.
        examples: &[
            E::fires_generated(OVER_THE_LIMIT, over_the_limit),
            E::quiet(OKTA),
        ],
    },
    R {
        rule: &NOT_METADATA,
        // The metadata URL pasted instead of the document it serves.
        examples: &[
            E::fires(r#"https://contoso.okta.com/app/exk9w1x2y3Z4a5B6c7d8/sso/saml/metadata"#),
            E::quiet(OKTA),
        ],
    },
    R {
        rule: &WRONG_NAMESPACE,
        // Without xmlns every element is in no namespace, so none is SAML metadata.
        examples: &[E::fires(ADFS_NO_XMLNS), E::quiet(ADFS)],
    },
    R {
        rule: &ENTITY_ID_MISSING,
        examples: &[E::fires(OKTA_NO_ENTITY_ID), E::quiet(OKTA)],
    },
    R {
        rule: &ENTITY_ID_NOT_ABSOLUTE,
        // The federation service identifier, not its host name.
        examples: &[E::fires(ADFS_HOST_ID), E::quiet(ADFS)],
    },
    R {
        rule: &ENTITY_ID_TOO_LONG,
        examples: &[
            E::fires_generated(ENTITY_ID_1025, entity_id_1025),
            E::quiet_generated(ENTITY_ID_1024, entity_id_1024),
        ],
    },
    R {
        rule: &DUPLICATE_ENTITY_ID,
        // The same IdP registered twice (old and new host) under one entityID.
        examples: &[E::fires(AGG_DUP), E::quiet(AGG)],
    },
    R {
        rule: &NO_SSO_ROLE,
        // AD FS's WS-Federation role alone; the SAML 2.0 IDPSSODescriptor is what Webex imports.
        examples: &[E::fires(ADFS_WSFED_ONLY), E::quiet(ADFS)],
    },
    R {
        rule: &PROTOCOL_SUPPORT,
        // A Shibboleth IdP that lost the SAML 2.0 token: only SAML 1.1 and Shibboleth 1.0 remain.
        examples: &[E::fires(SHIB_NO_SAML2), E::quiet(SHIB)],
    },
    R {
        rule: &ENDPOINT_MISSING,
        examples: &[E::fires(OKTA_NO_SSO), E::quiet(OKTA)],
    },
    R {
        rule: &UNKNOWN_BINDING,
        // Binding URNs are compared exactly: `HTTP-Post` is not `HTTP-POST`.
        examples: &[E::fires(OKTA_BINDING_CASE), E::quiet(OKTA)],
    },
    R {
        rule: &LOCATION_HTTP,
        examples: &[E::fires(OKTA_HTTP), E::quiet(OKTA)],
    },
    R {
        rule: &LOCATION_INVALID,
        // A path without a host and a host without a scheme; plain http is another rule's concern.
        examples: &[
            E::fires(ADFS_RELATIVE),
            E::fires(OKTA_NO_SCHEME),
            E::quiet(ADFS),
            E::quiet(OKTA_HTTP),
        ],
    },
    R {
        rule: &VALID_UNTIL_EXPIRED,
        examples: &[E::fires(SHIB_EXPIRED), E::quiet(SHIB)],
    },
    R {
        rule: &VALID_UNTIL_SOON,
        // Two weeks left: inside the default 30-day window, outside a 7-day one.
        examples: &[
            E::fires(SHIB_EXPIRING),
            E::quiet(SHIB_EXPIRING).with(r#"{"expiry_warning_days": 7}"#),
            E::quiet(SHIB),
        ],
    },
    R {
        rule: &VALID_UNTIL_INVALID,
        examples: &[E::fires(SHIB_DATE_ONLY), E::quiet(SHIB)],
    },
    R {
        rule: &CACHE_DURATION_INVALID,
        // Six hours written as seconds, and as the xs:duration the schema wants.
        examples: &[E::fires(SHIB_CACHE_SECONDS), E::quiet(SHIB_CACHE)],
    },
    R {
        rule: &KEY_USE_INVALID,
        examples: &[E::fires(OKTA_USE_SIGN), E::quiet(OKTA)],
    },
    R {
        rule: &NO_SIGNING_CERTIFICATE,
        // The same certificate published for encryption only.
        examples: &[E::fires(OKTA_ENCRYPTION_ONLY), E::quiet(OKTA)],
    },
    R {
        rule: &INVALID_BOOLEAN,
        examples: &[E::fires(OKTA_WANT_YES), E::quiet(OKTA)],
    },
    R {
        rule: &AUTHN_REQUESTS_SIGNED,
        examples: &[E::fires(OKTA_WANT_SIGNED), E::quiet(OKTA)],
    },
    R {
        rule: &NAMEID_UNSUPPORTED,
        // AD FS offers transient, which Webex cannot match to a user, beside formats it can.
        examples: &[E::fires(ADFS), E::quiet(ADFS_NO_TRANSIENT)],
    },
    R {
        rule: &NAMEID_NONE_SUPPORTED,
        // emailAddress is a SAML 1.1 format: its SAML 2.0 spelling matches none of Webex's.
        examples: &[E::fires(OKTA_EMAIL_SAML2), E::quiet(OKTA)],
    },
    R {
        rule: &NAMEID_MISSING,
        // Entra ID's metadata lists none either.
        examples: &[E::fires(OKTA_NO_NAMEID), E::quiet(OKTA)],
    },
    R {
        rule: &PRESENT,
        examples: &[E::fires(ENTRA_SIGNED), E::quiet(ENTRA)],
    },
    R {
        rule: &WEAK_ALGORITHM,
        // RSA-SHA1 with a SHA-1 digest, and the RSA-SHA256 signature Entra ID makes.
        examples: &[E::fires(ENTRA_SIGNED_SHA1), E::quiet(ENTRA_SIGNED)],
    },
    R {
        rule: &INVALID,
        // The SingleSignOnService Location changed after signing.
        examples: &[
            E::fires(ENTRA_TAMPERED).with(TRUST_ENTRA),
            E::quiet(ENTRA_SIGNED).with(TRUST_ENTRA),
        ],
    },
    R {
        rule: &UNTRUSTED,
        // Trusting the certificate from before the rollover, then the current one.
        examples: &[
            E::fires(ENTRA_SIGNED).with(TRUST_ENTRA_OLD),
            E::quiet(ENTRA_SIGNED).with(TRUST_ENTRA),
        ],
    },
    R {
        rule: &NO_TRUST_SOURCE,
        examples: &[
            E::fires(ENTRA_SIGNED),
            E::quiet(ENTRA_SIGNED).with(TRUST_ENTRA),
        ],
    },
    R {
        rule: &FORBIDDEN_ALGORITHM,
        // An HMAC signature (a shared secret), and the RSA-SHA256 one.
        examples: &[E::fires(ENTRA_SIGNED_HMAC), E::quiet(ENTRA_SIGNED)],
    },
    R {
        rule: &UNVERIFIABLE,
        // No KeyInfo and no trusted certificate: nothing to verify with. Trusting the certificate, or keeping the KeyInfo, gives a key.
        examples: &[
            E::fires(ENTRA_SIGNED_NO_KEYINFO),
            E::quiet(ENTRA_SIGNED_NO_KEYINFO).with(TRUST_ENTRA),
            E::quiet(ENTRA_SIGNED),
        ],
    },
    R {
        rule: &DUPLICATE_ID,
        // The IDPSSODescriptor given the ID that the signature references.
        examples: &[E::fires(ENTRA_WRAPPED), E::quiet(ENTRA_SIGNED)],
    },
    R {
        rule: &WRONG_ELEMENT,
        // The signature references the IDPSSODescriptor's ID instead of the EntityDescriptor it sits in.
        examples: &[E::fires(ENTRA_SIGNED_ROLE), E::quiet(ENTRA_SIGNED)],
    },
    R {
        rule: &TRUSTED,
        // The current token-signing certificate trusted, then the one before the rollover.
        examples: &[
            E::fires(ENTRA_SIGNED).with(TRUST_ENTRA),
            E::quiet(ENTRA_SIGNED).with(TRUST_ENTRA_OLD),
        ],
    },
    R {
        rule: &CERT_EXPIRED,
        // The trusted certificate is valid until 2028-09-15.
        examples: &[
            E::fires(ENTRA_SIGNED).with(TRUST_ENTRA_2028),
            E::quiet(ENTRA_SIGNED).with(TRUST_ENTRA),
        ],
    },
    R {
        rule: &UNDECODABLE,
        // PEM header and footer lines pasted into the element.
        examples: &[E::fires(OKTA_PEM), E::quiet(OKTA)],
    },
    R {
        rule: &SCHEMA.unexpected_element,
        // NameIDFormat belongs before SingleSignOnService.
        examples: &[E::fires(OKTA_NAMEID_AFTER_SSO), E::quiet(OKTA)],
    },
    R {
        rule: &SCHEMA.missing_element,
        // Organization needs a name, a display name and a URL.
        examples: &[E::fires(ADFS_ORG_NO_URL), E::quiet(ADFS_ORG)],
    },
    R {
        rule: &SCHEMA.unknown_attribute,
        examples: &[E::fires(OKTA_WANT_ASSERTIONS), E::quiet(OKTA)],
    },
    R {
        rule: &SCHEMA.missing_attribute,
        examples: &[E::fires(ADFS_CONTACT_NO_TYPE), E::quiet(ADFS_ORG)],
    },
    R {
        rule: &SCHEMA.attribute_type,
        examples: &[E::fires(ADFS_CONTACT_IT), E::quiet(ADFS_ORG)],
    },
    R {
        rule: &SCHEMA.content_type,
        // PEM lines are not base64 (the certificate rule reports the same element).
        examples: &[E::fires(OKTA_PEM), E::quiet(OKTA)],
    },
    R {
        rule: &SCHEMA.duplicate_id,
        // IDs must be unique across the document.
        examples: &[E::fires(OKTA_ROLE_ID_DUP), E::quiet(OKTA_ROLE_ID)],
    },
    R {
        rule: &SCHEMA.time_not_utc,
        examples: &[E::fires(SHIB_OFFSET), E::quiet(SHIB)],
    },
    R {
        rule: &ENTITY_NOT_FOUND,
        examples: &[
            E::fires(AGG).with(r#"{"entity": "https://idp.contoso.edu/idp/Shibboleth"}"#),
            E::quiet(AGG).with(r#"{"entity": "https://idp.contoso.edu/idp/shibboleth"}"#),
        ],
    },
];

/// What [`over_the_limit`] makes, as the example shows it.
const OVER_THE_LIMIT: &str =
    "a federation aggregate of 512 MiB and one byte (536,870,913 bytes), one byte more than the tool accepts";

/// One byte more than the tool keeps (`stream::MAX_INPUT_BYTES`): the
/// start of an aggregate, then zeros. The zeroed pages are never touched
/// (the input is refused before it is read), so the example costs no memory.
fn over_the_limit() -> Vec<u8> {
    let mut bytes = vec![0; crate::stream::MAX_INPUT_BYTES + 1];
    let head = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EntitiesDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">\n";
    bytes[..head.len()].copy_from_slice(head);
    bytes
}

/// What [`nested_129`] makes, as the example shows it.
const NESTED_129: &str =
    "the Okta metadata with an md:Extensions element in its IDPSSODescriptor holding ext:Group elements nested so that the document is 129 elements deep";

/// What [`nested_128`] makes, as the example shows it.
const NESTED_128: &str =
    "the Okta metadata with an md:Extensions element in its IDPSSODescriptor holding ext:Group elements nested so that the document is 128 elements deep, the most accepted";

/// [`OKTA`] nested `levels` elements deep: EntityDescriptor,
/// IDPSSODescriptor and Extensions, then nested ext:Group elements.
fn nested(levels: usize) -> Vec<u8> {
    let groups = levels - 3;
    let extensions = format!(
        "    <md:Extensions>\n      <ext:Group xmlns:ext=\"urn:example:ext\">{}{}\n    </md:Extensions>\n    <md:KeyDescriptor",
        "<ext:Group>".repeat(groups - 1),
        "</ext:Group>".repeat(groups),
    );
    OKTA.replacen("    <md:KeyDescriptor", &extensions, 1)
        .into_bytes()
}

fn nested_129() -> Vec<u8> {
    nested(129)
}

fn nested_128() -> Vec<u8> {
    nested(128)
}

/// What [`attributes_257`] makes, as the example shows it.
const ATTRIBUTES_257: &str =
    "the Okta metadata whose EntityDescriptor carries 257 attributes: entityID, xmlns:md and 255 unused namespace declarations xmlns:ns1=\"urn:example:ns1\" …";

/// What [`attributes_256`] makes, as the example shows it.
const ATTRIBUTES_256: &str =
    "the Okta metadata whose EntityDescriptor carries 256 attributes (the most accepted): entityID, xmlns:md and 254 unused namespace declarations xmlns:ns1=\"urn:example:ns1\" …";

/// [`OKTA`] with `total` attributes on its root: entityID, xmlns:md and
/// unused namespace declarations.
fn attributes(total: usize) -> Vec<u8> {
    let declarations: String = (1..total - 1)
        .map(|i| format!(" xmlns:ns{i}=\"urn:example:ns{i}\""))
        .collect();
    OKTA.replacen(
        "<md:EntityDescriptor xmlns:md=",
        &format!("<md:EntityDescriptor{declarations} xmlns:md="),
        1,
    )
    .into_bytes()
}

fn attributes_257() -> Vec<u8> {
    attributes(257)
}

fn attributes_256() -> Vec<u8> {
    attributes(256)
}

/// What [`entity_id_1025`] makes, as the example shows it.
const ENTITY_ID_1025: &str =
    "the Okta metadata whose entityID is the app's sign-in URL with a SAMLRequest query pasted after it, 1025 characters in all";

/// What [`entity_id_1024`] makes, as the example shows it.
const ENTITY_ID_1024: &str =
    "the Okta metadata whose entityID is the app's sign-in URL with a SAMLRequest query pasted after it, 1024 characters in all (the most allowed)";

/// [`OKTA`] with an entityID of `len` characters.
fn entity_id(len: usize) -> Vec<u8> {
    let url =
        "https://contoso.okta.com/app/contoso_webex_1/exk9w1x2y3Z4a5B6c7d8/sso/saml?SAMLRequest=";
    let request: String = "fZJNT8MwDIbvSuR7mzYbG6qWSQMhMQnQtA4O3ExtugWpTmN7MP49abuJcWBXy"
        .chars()
        .cycle()
        .take(len - url.len())
        .collect();
    OKTA.replacen(
        "http://www.okta.com/exk9w1x2y3Z4a5B6c7d8",
        &format!("{url}{request}"),
        1,
    )
    .into_bytes()
}

fn entity_id_1025() -> Vec<u8> {
    entity_id(1025)
}

fn entity_id_1024() -> Vec<u8> {
    entity_id(1024)
}
