//! Examples of the SAML response rules on signatures and the schema: for
//! each rule a response that makes it fire and a near miss that does not.
//!
//! One response from ADFS (adfs.example.com) to Webex, with variants. The
//! signed ones were signed with xmlsec1 (exclusive canonicalization,
//! enveloped signature); KeyInfo is not signed, so its layout is free. The
//! IdP's metadata, the trust source for the signatures, is given as the
//! `idp_metadata` option, on one line as ADFS serves FederationMetadata.xml.
//! Times: now = 2026-06-01T00:00:00Z.

use super::rules::{
    IDP_METADATA_UNREADABLE, ISSUER_NOT_IDP_ENTITY, SIGNATURE_CERT_EXPIRED, SIGNATURE_DUPLICATE_ID,
    SIGNATURE_FORBIDDEN_ALGORITHM, SIGNATURE_INVALID, SIGNATURE_NO_TRUST_SOURCE,
    SIGNATURE_REFERENCE_MISMATCH, SIGNATURE_TRUSTED, SIGNATURE_UNTRUSTED, SIGNATURE_UNVERIFIABLE,
    SIGNATURE_WRONG_ELEMENT, SIGNING_CERT_UNKNOWN, UNSIGNED, WEAK_SIGNATURE_ALGORITHM,
};
use crate::rules::{Example as E, RuleExamples as R};
use crate::xmlschema::rules::RESPONSE as SCHEMA;

/// The ADFS token-signing certificate (base64 of DER), CN=ADFS Signing -
/// adfs.example.com, valid 2026-01-15 to 2027-01-15.
macro_rules! signing_cert {
    () => {
        "MIIC9zCCAd+gAwIBAgIIOnwZ4FstT2gwDQYJKoZIhvcNAQELBQAwKjEoMCYGA1UE\
         AwwfQURGUyBTaWduaW5nIC0gYWRmcy5leGFtcGxlLmNvbTAeFw0yNjAxMTUwMDAw\
         MDBaFw0yNzAxMTUwMDAwMDBaMCoxKDAmBgNVBAMMH0FERlMgU2lnbmluZyAtIGFk\
         ZnMuZXhhbXBsZS5jb20wggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQCz\
         Gaow934zhyXhG3Mc0mMjjYW6t/I0R4pbaVqG2pU2E1Bo9tBu3iF57FirGDTP1tyT\
         H/TfKaGrKxY4Zzqj58JfnHiq+Qyv9in4CwH1bddpDB8GTrexC695uNGjsEhfOG62\
         yVtGVj/UDS3CaxLNWMkO4VKAmGTsNEOF8M5PKdcfb53eiMWMFZZfxiwHAQtroET0\
         LSWEJaJPQLTCQwqFnz7Rxzzqijy9kN8n9FEQ8W50+QSG//pbNL9Hx2U0zr+f3OOH\
         tUnWuco/Kv+UKp4g6jPVV5ABuglxe1QTYqWXJB1vnX176wtdCiJaT0fXcvNhB5qZ\
         2WBEcChgzj3mKTrPj4x7AgMBAAGjITAfMB0GA1UdDgQWBBSRJPKWIH2Pdt0pcwYM\
         zjv4ikNXwzANBgkqhkiG9w0BAQsFAAOCAQEAq0XsgGb9FhxGhRHTwY0hmHvs8RXy\
         4unvgAGpuffxoofpnbFoCqnyXFJkADNLSekHOcNkaEZMYPosoh2A3qxXS+EMYzwh\
         gNiDW+yUg9BUMWWiqdOzh6O7nYYInEsubjBXVQjGTNS+Tz9QAFRM95PqTNzUZaEp\
         WHQLDbNtcEnx7oZm+XgIYk2DxTeq99mCf5rrx4GwmbwjlWNfAc1t+2d3+QFgnYiL\
         T3eHSdEM5EKiyo5x+aniFEdSg0wOrP8MQUrOe5JJW6nHoKqFgQbIpSP76XwGwLv1\
         2xVZyjywce7tFjo+6TBKpL+KoFA/TMkw7mNrJdz9W0OyLTOhF216G+4qiw=="
    };
}
pub(crate) use signing_cert;

/// The previous token-signing certificate, same subject, valid 2025-01-15
/// to 2026-01-15 (expired).
macro_rules! old_signing_cert {
    () => {
        "MIIC9zCCAd+gAwIBAgIIHU6LKmyfA1cwDQYJKoZIhvcNAQELBQAwKjEoMCYGA1UE\
         AwwfQURGUyBTaWduaW5nIC0gYWRmcy5leGFtcGxlLmNvbTAeFw0yNTAxMTUwMDAw\
         MDBaFw0yNjAxMTUwMDAwMDBaMCoxKDAmBgNVBAMMH0FERlMgU2lnbmluZyAtIGFk\
         ZnMuZXhhbXBsZS5jb20wggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQDu\
         WPbCVbxJesSGRpWh7tLV/jcZZCda9Tqcm/HxH7ZpDESKZqfl4I7Omw0SfM8eMItN\
         3F0hNJqCBIhofLSKmEhZUnoCfOi8ef9+9bzLQsdnYdTzRZBRxC6is+yyOjkrOZww\
         cj6m9nn7PLPYYQ894Mpfl9huWQN8+Dp5XqsSf/pm3B9lm99IcH+27NcqHJMUplU5\
         hoeNH/IqRmpMWCEzECJVEXBFOxpMM88WPIzfO7GPr2kSG4xPCKLrhMngVmkRoYT1\
         hhONHsHpSo1HrdMKiI8JyRcqDY4ESmjtcgWg/w/6KKj29iERLokgDHHFG5mqjegV\
         RRZU6ksAhAXa4GpM9gDTAgMBAAGjITAfMB0GA1UdDgQWBBSd9G92JcAGgYjp1sFh\
         qtuqFKD1CjANBgkqhkiG9w0BAQsFAAOCAQEAOBKvwcZD4nJ4sX5tnCDYINpkMU5o\
         DUlMJ7fs4zSwEyfCf2uXzFcgkCnqBzx40PeSgYsCrmN8TVV1OZcbJbMnsUWVd0Fy\
         CQIDfX7JfzhqBzlW18vUZVMKjdEtUE7niEUzuWTgJyVH4s4rpjdnO4RcgxivpceF\
         sz9ozNUR5TSrec6Xe8ltfkW5tgacjuqMNdfgxbV89p3xpO6EF+xOaVxblqEfRtCG\
         50Pv2qOjjXh7ohJBWLlxYBYJznusIfyWGTyKx+BsTpta1r49rLmk+6aA4kaYCEs2\
         FknNtxQMIkbaok3i6LAs9xW2lFAYR6o+OqKINS2Im9vy3TEG4qfSdfaEqw=="
    };
}
pub(crate) use old_signing_cert;

/// The Response element, its Issuer and Status.
macro_rules! response_start {
    () => {
        r#"<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_4e1c0f9a-2b7d-4c55-9e83-d1a6f20b7c34" Version="2.0" IssueInstant="2026-05-31T23:59:58Z" Destination="https://idbroker.webex.com/idb/Consumer/metaAlias/a1b2c3d4-0000-4000-8000-000000000001/sp">
  <saml:Issuer>http://adfs.example.com/adfs/services/trust</saml:Issuer>
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
"#
    };
}

/// The Assertion element and its Issuer.
macro_rules! assertion_start {
    () => {
        r#"  <saml:Assertion ID="_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95" Version="2.0" IssueInstant="2026-05-31T23:59:58Z">
    <saml:Issuer>http://adfs.example.com/adfs/services/trust</saml:Issuer>
"#
    };
}

/// The rest of the Assertion (Subject, Conditions, attributes, AuthnStatement).
macro_rules! assertion_tail {
    () => {
        r#"    <saml:Subject>
      <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml:NameID>
      <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml:SubjectConfirmationData NotOnOrAfter="2026-06-01T00:04:58Z" Recipient="https://idbroker.webex.com/idb/Consumer/metaAlias/a1b2c3d4-0000-4000-8000-000000000001/sp"/>
      </saml:SubjectConfirmation>
    </saml:Subject>
    <saml:Conditions NotBefore="2026-05-31T23:59:58Z" NotOnOrAfter="2026-06-01T00:59:58Z">
      <saml:AudienceRestriction><saml:Audience>http://www.webex.com</saml:Audience></saml:AudienceRestriction>
    </saml:Conditions>
    <saml:AttributeStatement>
      <saml:Attribute Name="uid"><saml:AttributeValue>jane.doe@example.com</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="email"><saml:AttributeValue>jane.doe@example.com</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="firstname"><saml:AttributeValue>Jane</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="lastname"><saml:AttributeValue>Doe</saml:AttributeValue></saml:Attribute>
    </saml:AttributeStatement>
    <saml:AuthnStatement AuthnInstant="2026-05-31T23:59:57Z" SessionIndex="_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95">
      <saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>
    </saml:AuthnStatement>
  </saml:Assertion>
</samlp:Response>
"#
    };
}

/// The `idp_metadata` option: ADFS metadata (one line) with `$entity_id`
/// and the signing certificate `$cert!()`.
macro_rules! idp_metadata {
    ($entity_id:literal, $cert:ident) => {
        concat!(
            r#"{"idp_metadata": "<EntityDescriptor xmlns='urn:oasis:names:tc:SAML:2.0:metadata' entityID='"#,
            $entity_id,
            r#"'><IDPSSODescriptor protocolSupportEnumeration='urn:oasis:names:tc:SAML:2.0:protocol'>"#,
            r#"<KeyDescriptor use='signing'><KeyInfo xmlns='http://www.w3.org/2000/09/xmldsig#'><X509Data><X509Certificate>"#,
            $cert!(),
            r#"</X509Certificate></X509Data></KeyInfo></KeyDescriptor>"#,
            r#"<SingleSignOnService Binding='urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect' Location='https://adfs.example.com/adfs/ls/'/>"#,
            r#"</IDPSSODescriptor></EntityDescriptor>"}"#
        )
    };
}

/// The IdP metadata that lists the current signing certificate.
const METADATA: &str = idp_metadata!("http://adfs.example.com/adfs/services/trust", signing_cert);
/// Metadata not yet updated after the certificate rollover: it lists only
/// the previous (expired) signing certificate.
const METADATA_OLD_CERT: &str = idp_metadata!(
    "http://adfs.example.com/adfs/services/trust",
    old_signing_cert
);
/// Metadata whose entityID says https where the IdP issues http.
const METADATA_HTTPS: &str =
    idp_metadata!("https://adfs.example.com/adfs/services/trust", signing_cert);
/// The metadata's address pasted instead of its content.
const METADATA_URL: &str = r#"{"idp_metadata": "https://adfs.example.com/FederationMetadata/2007-06/FederationMetadata.xml"}"#;

/// ADFS's response to Webex: the Assertion signed with RSA-SHA256 by the
/// token-signing certificate, which KeyInfo carries.
pub(crate) const SIGNED: &str = concat!(
    response_start!(),
    assertion_start!(),
    r##"    <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
      <ds:SignedInfo>
        <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
        <ds:Reference URI="#_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95">
          <ds:Transforms>
            <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
            <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
          </ds:Transforms>
          <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
          <ds:DigestValue>lIA1eskk9n+f5Tw5+RjwpCnvQg9vT6kjkgWwGHME3tQ=</ds:DigestValue>
        </ds:Reference>
      </ds:SignedInfo>
      <ds:SignatureValue>C2Nfz2PIsBzCUnxm9CWl+TTv7NfO7Tk64hpPz4b2aafRHV7x0qKxvmO0RyvVBdu7
qiLHSh9CU5cJk4I/RqCZ3O6b1ORM/E+DXNd5OeY9rTzDHKGhMhul49Dsigjlw23n
Rws/XVN2CIfOrcJhwGMeqRns7eEtgmrWcZw9vRzJoyqX7DTUiKdJGFckmlPsED/e
6L4YCjR/FYZaPHhuDejy8sAGQwKtiofi+ArCuUsXvneyEwwhV0nhgTaGIn9ttpbt
SGsbyqtcmVC+bvszfPv/KpL0vL9uU1AMm4qtlz6FreJy8ivrMg7M3CoYI9D8okZt
wFM4tyKPEhE8OKLZ2PocOA==</ds:SignatureValue>
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>"##,
    signing_cert!(),
    r#"</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </ds:Signature>
"#,
    assertion_tail!()
);

/// The same response signed with RSA-SHA1 and a SHA-1 digest (the ADFS
/// relying party trust's "Secure hash algorithm" set to SHA-1).
const SIGNED_SHA1: &str = concat!(
    response_start!(),
    assertion_start!(),
    r##"    <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
      <ds:SignedInfo>
        <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        <ds:SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>
        <ds:Reference URI="#_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95">
          <ds:Transforms>
            <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
            <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
          </ds:Transforms>
          <ds:DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/>
          <ds:DigestValue>wwe6rwR4cHCxZ3hUuR6UvVN/OC0=</ds:DigestValue>
        </ds:Reference>
      </ds:SignedInfo>
      <ds:SignatureValue>XUSxlmKwz5aeEjMhChCyVBNpphS9owvlPgJuPyZzQOfPgKChwnwG6yaOgcbiPBcf
JFmTfukFzQC9MeMvtXKJ7O9upwSz6qZkm3abc5XZzt4eZ6mj9uLS8iq15a1pbLGs
+SVBQ/J8zXom6yf58ZBVVN4rkgs6BBKh4ytHmU8DaWKnm8wmDTDJuutoCzV0GCsx
Go4gjrmYqhzyi8A6o26gDFIKWN018MaPDPwLKMcg1qVIZQRuG2LNi2B2dWAji8VM
FZM5kiafJvACGOEdgUntpA6CRexRXVvGT3yyY/9EYVS+Iww9dtS+jwgaxz/O69le
06OYvXBZ4VsXKnKlGCV2bw==</ds:SignatureValue>
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>"##,
    signing_cert!(),
    r#"</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </ds:Signature>
"#,
    assertion_tail!()
);

/// The same response signed with the previous token-signing certificate,
/// which expired on 2026-01-15.
const SIGNED_BY_EXPIRED: &str = concat!(
    response_start!(),
    assertion_start!(),
    r##"    <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
      <ds:SignedInfo>
        <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
        <ds:Reference URI="#_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95">
          <ds:Transforms>
            <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
            <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
          </ds:Transforms>
          <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
          <ds:DigestValue>lIA1eskk9n+f5Tw5+RjwpCnvQg9vT6kjkgWwGHME3tQ=</ds:DigestValue>
        </ds:Reference>
      </ds:SignedInfo>
      <ds:SignatureValue>HB80fhEiHsaBjghsE51iUYh60i8RtJ+es+jg7arOARz6FcnJ2zsgo/FIgwbK1ltv
xSmXWiRLwu3eASZUeUtg7yw21+XIYILuKyV7iWyBl53SLmhWHnp2+nBI4FycFyKg
pVTfFwOKMg4gLqOibZ4M3K6fAP8k6p1PDtGoajKQD5PzmW9Pc2GPKoV2tIRQEsah
ZdFGrKu0ATrH2ZHKhv9qhAo7WEUjMb3XoZUltoeb63d/V8p/RY82P6cGI/1V6/D8
4Ep6il2NzbieG9e2Yzx/wDLoEL501O/8EbGgqDVR43lyqQFFPm/kE5ZcpUnphXHR
R12uCWWYZDyqsh6YZt6cCg==</ds:SignatureValue>
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>"##,
    old_signing_cert!(),
    r#"</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </ds:Signature>
"#,
    assertion_tail!()
);

/// The same response signed without KeyInfo (the IdP set not to include
/// its certificate in the signature).
const SIGNED_WITHOUT_KEYINFO: &str = concat!(
    response_start!(),
    assertion_start!(),
    r##"    <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
      <ds:SignedInfo>
        <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
        <ds:Reference URI="#_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95">
          <ds:Transforms>
            <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
            <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
          </ds:Transforms>
          <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
          <ds:DigestValue>lIA1eskk9n+f5Tw5+RjwpCnvQg9vT6kjkgWwGHME3tQ=</ds:DigestValue>
        </ds:Reference>
      </ds:SignedInfo>
      <ds:SignatureValue>C2Nfz2PIsBzCUnxm9CWl+TTv7NfO7Tk64hpPz4b2aafRHV7x0qKxvmO0RyvVBdu7
qiLHSh9CU5cJk4I/RqCZ3O6b1ORM/E+DXNd5OeY9rTzDHKGhMhul49Dsigjlw23n
Rws/XVN2CIfOrcJhwGMeqRns7eEtgmrWcZw9vRzJoyqX7DTUiKdJGFckmlPsED/e
6L4YCjR/FYZaPHhuDejy8sAGQwKtiofi+ArCuUsXvneyEwwhV0nhgTaGIn9ttpbt
SGsbyqtcmVC+bvszfPv/KpL0vL9uU1AMm4qtlz6FreJy8ivrMg7M3CoYI9D8okZt
wFM4tyKPEhE8OKLZ2PocOA==</ds:SignatureValue>
    </ds:Signature>
"##,
    assertion_tail!()
);

/// The same response "signed" with HMAC-SHA256 and a shared secret.
const SIGNED_HMAC: &str = concat!(
    response_start!(),
    assertion_start!(),
    r##"    <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
      <ds:SignedInfo>
        <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#hmac-sha256"/>
        <ds:Reference URI="#_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95">
          <ds:Transforms>
            <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
            <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
          </ds:Transforms>
          <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
          <ds:DigestValue>lIA1eskk9n+f5Tw5+RjwpCnvQg9vT6kjkgWwGHME3tQ=</ds:DigestValue>
        </ds:Reference>
      </ds:SignedInfo>
      <ds:SignatureValue>JQJXiyr+44KvRNJ8TWbXD4vby2lZUR2HjyHwEcSBLck=</ds:SignatureValue>
    </ds:Signature>
"##,
    assertion_tail!()
);

/// The Assertion signed by a signature that sits in the Response instead
/// of in the Assertion it references.
const SIGNED_IN_RESPONSE: &str = concat!(
    r##"<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_4e1c0f9a-2b7d-4c55-9e83-d1a6f20b7c34" Version="2.0" IssueInstant="2026-05-31T23:59:58Z" Destination="https://idbroker.webex.com/idb/Consumer/metaAlias/a1b2c3d4-0000-4000-8000-000000000001/sp">
  <saml:Issuer>http://adfs.example.com/adfs/services/trust</saml:Issuer>
  <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
    <ds:SignedInfo>
      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <ds:Reference URI="#_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95">
        <ds:Transforms>
          <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </ds:Transforms>
        <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <ds:DigestValue>JH7MRUsanEG48m1/Z4b8k9JQ9eRQn+7wiMsvQc4U8gw=</ds:DigestValue>
      </ds:Reference>
    </ds:SignedInfo>
    <ds:SignatureValue>EJfNNcEs6X3kyyV1UqBEA+cnbYg6eWUT2rgSiy1mJh9dIbY+7oXwaMYpMjB8uT43
XJAneIDxILnsvy74fq6bcUvLQC8M6Irkr9dl/Ufx+UpurGZDlIuhxGuNEMyYKbn8
DZYJc8NN0J0JOO9zJ/5tZ3MUx3e1KO7+iPDkZYcvYtYI787JJ9AEzXEzGvnQcH6a
x7MBsW3bAfPfGzRSF6H1x/bI4R+g0xxZsvmyyWg4kBd/N5dtTJ4sXb8/kItXc/rn
2UkVLYTeQ6+b9+dxFTvrxx2sHGMJRg/XI56yxvTKP9CyGF+kkQSEHZH0uGWivusz
TK/sP524DJy7qBCDmub99Q==</ds:SignatureValue>
    <ds:KeyInfo><ds:X509Data><ds:X509Certificate>"##,
    signing_cert!(),
    r#"</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
  </ds:Signature>
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
"#,
    assertion_start!(),
    assertion_tail!()
);

/// The signed response with its NameID changed after signing.
const TAMPERED: &str = concat!(
    response_start!(),
    assertion_start!(),
    r##"    <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
      <ds:SignedInfo>
        <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
        <ds:Reference URI="#_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95">
          <ds:Transforms>
            <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
            <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
          </ds:Transforms>
          <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
          <ds:DigestValue>lIA1eskk9n+f5Tw5+RjwpCnvQg9vT6kjkgWwGHME3tQ=</ds:DigestValue>
        </ds:Reference>
      </ds:SignedInfo>
      <ds:SignatureValue>C2Nfz2PIsBzCUnxm9CWl+TTv7NfO7Tk64hpPz4b2aafRHV7x0qKxvmO0RyvVBdu7
qiLHSh9CU5cJk4I/RqCZ3O6b1ORM/E+DXNd5OeY9rTzDHKGhMhul49Dsigjlw23n
Rws/XVN2CIfOrcJhwGMeqRns7eEtgmrWcZw9vRzJoyqX7DTUiKdJGFckmlPsED/e
6L4YCjR/FYZaPHhuDejy8sAGQwKtiofi+ArCuUsXvneyEwwhV0nhgTaGIn9ttpbt
SGsbyqtcmVC+bvszfPv/KpL0vL9uU1AMm4qtlz6FreJy8ivrMg7M3CoYI9D8okZt
wFM4tyKPEhE8OKLZ2PocOA==</ds:SignatureValue>
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>"##,
    signing_cert!(),
    r#"</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </ds:Signature>
    <saml:Subject>
      <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">john.smith@example.com</saml:NameID>
      <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml:SubjectConfirmationData NotOnOrAfter="2026-06-01T00:04:58Z" Recipient="https://idbroker.webex.com/idb/Consumer/metaAlias/a1b2c3d4-0000-4000-8000-000000000001/sp"/>
      </saml:SubjectConfirmation>
    </saml:Subject>
    <saml:Conditions NotBefore="2026-05-31T23:59:58Z" NotOnOrAfter="2026-06-01T00:59:58Z">
      <saml:AudienceRestriction><saml:Audience>http://www.webex.com</saml:Audience></saml:AudienceRestriction>
    </saml:Conditions>
    <saml:AttributeStatement>
      <saml:Attribute Name="uid"><saml:AttributeValue>jane.doe@example.com</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="email"><saml:AttributeValue>jane.doe@example.com</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="firstname"><saml:AttributeValue>Jane</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="lastname"><saml:AttributeValue>Doe</saml:AttributeValue></saml:Attribute>
    </saml:AttributeStatement>
    <saml:AuthnStatement AuthnInstant="2026-05-31T23:59:57Z" SessionIndex="_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95">
      <saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>
    </saml:AuthnStatement>
  </saml:Assertion>
</samlp:Response>
"#
);

/// Signature wrapping: a forged, unsigned Assertion (NameID admin@...)
/// placed before the genuine signed one.
const WRAPPED: &str = concat!(
    response_start!(),
    r#"  <saml:Assertion ID="_0b7e5c2a-91f4-4d3e-8a6b-c5d2e1f09a74" Version="2.0" IssueInstant="2026-05-31T23:59:58Z">
    <saml:Issuer>http://adfs.example.com/adfs/services/trust</saml:Issuer>
    <saml:Subject>
      <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">admin@example.com</saml:NameID>
      <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml:SubjectConfirmationData NotOnOrAfter="2026-06-01T00:04:58Z" Recipient="https://idbroker.webex.com/idb/Consumer/metaAlias/a1b2c3d4-0000-4000-8000-000000000001/sp"/>
      </saml:SubjectConfirmation>
    </saml:Subject>
    <saml:Conditions NotBefore="2026-05-31T23:59:58Z" NotOnOrAfter="2026-06-01T00:59:58Z">
      <saml:AudienceRestriction><saml:Audience>http://www.webex.com</saml:Audience></saml:AudienceRestriction>
    </saml:Conditions>
    <saml:AuthnStatement AuthnInstant="2026-05-31T23:59:57Z">
      <saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>
    </saml:AuthnStatement>
  </saml:Assertion>
"#,
    assertion_start!(),
    r##"    <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
      <ds:SignedInfo>
        <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
        <ds:Reference URI="#_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95">
          <ds:Transforms>
            <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
            <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
          </ds:Transforms>
          <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
          <ds:DigestValue>lIA1eskk9n+f5Tw5+RjwpCnvQg9vT6kjkgWwGHME3tQ=</ds:DigestValue>
        </ds:Reference>
      </ds:SignedInfo>
      <ds:SignatureValue>C2Nfz2PIsBzCUnxm9CWl+TTv7NfO7Tk64hpPz4b2aafRHV7x0qKxvmO0RyvVBdu7
qiLHSh9CU5cJk4I/RqCZ3O6b1ORM/E+DXNd5OeY9rTzDHKGhMhul49Dsigjlw23n
Rws/XVN2CIfOrcJhwGMeqRns7eEtgmrWcZw9vRzJoyqX7DTUiKdJGFckmlPsED/e
6L4YCjR/FYZaPHhuDejy8sAGQwKtiofi+ArCuUsXvneyEwwhV0nhgTaGIn9ttpbt
SGsbyqtcmVC+bvszfPv/KpL0vL9uU1AMm4qtlz6FreJy8ivrMg7M3CoYI9D8okZt
wFM4tyKPEhE8OKLZ2PocOA==</ds:SignatureValue>
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>"##,
    signing_cert!(),
    r#"</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </ds:Signature>
"#,
    assertion_tail!()
);

/// Signature wrapping: the forged Assertion carries the ID of the signed one.
const WRAPPED_SAME_ID: &str = concat!(
    response_start!(),
    r#"  <saml:Assertion ID="_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95" Version="2.0" IssueInstant="2026-05-31T23:59:58Z">
    <saml:Issuer>http://adfs.example.com/adfs/services/trust</saml:Issuer>
    <saml:Subject>
      <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">admin@example.com</saml:NameID>
      <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml:SubjectConfirmationData NotOnOrAfter="2026-06-01T00:04:58Z" Recipient="https://idbroker.webex.com/idb/Consumer/metaAlias/a1b2c3d4-0000-4000-8000-000000000001/sp"/>
      </saml:SubjectConfirmation>
    </saml:Subject>
    <saml:Conditions NotBefore="2026-05-31T23:59:58Z" NotOnOrAfter="2026-06-01T00:59:58Z">
      <saml:AudienceRestriction><saml:Audience>http://www.webex.com</saml:Audience></saml:AudienceRestriction>
    </saml:Conditions>
    <saml:AuthnStatement AuthnInstant="2026-05-31T23:59:57Z">
      <saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>
    </saml:AuthnStatement>
  </saml:Assertion>
"#,
    assertion_start!(),
    r##"    <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
      <ds:SignedInfo>
        <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
        <ds:Reference URI="#_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95">
          <ds:Transforms>
            <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
            <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
          </ds:Transforms>
          <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
          <ds:DigestValue>lIA1eskk9n+f5Tw5+RjwpCnvQg9vT6kjkgWwGHME3tQ=</ds:DigestValue>
        </ds:Reference>
      </ds:SignedInfo>
      <ds:SignatureValue>C2Nfz2PIsBzCUnxm9CWl+TTv7NfO7Tk64hpPz4b2aafRHV7x0qKxvmO0RyvVBdu7
qiLHSh9CU5cJk4I/RqCZ3O6b1ORM/E+DXNd5OeY9rTzDHKGhMhul49Dsigjlw23n
Rws/XVN2CIfOrcJhwGMeqRns7eEtgmrWcZw9vRzJoyqX7DTUiKdJGFckmlPsED/e
6L4YCjR/FYZaPHhuDejy8sAGQwKtiofi+ArCuUsXvneyEwwhV0nhgTaGIn9ttpbt
SGsbyqtcmVC+bvszfPv/KpL0vL9uU1AMm4qtlz6FreJy8ivrMg7M3CoYI9D8okZt
wFM4tyKPEhE8OKLZ2PocOA==</ds:SignatureValue>
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>"##,
    signing_cert!(),
    r#"</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </ds:Signature>
"#,
    assertion_tail!()
);

/// The same response, unsigned (valid against the SAML schema).
const UNSIGNED_RESPONSE: &str = concat!(response_start!(), assertion_start!(), assertion_tail!());

/// samlp:Status before the Response's saml:Issuer (a hand-built response).
const STATUS_BEFORE_ISSUER: &str = concat!(
    r#"<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_4e1c0f9a-2b7d-4c55-9e83-d1a6f20b7c34" Version="2.0" IssueInstant="2026-05-31T23:59:58Z" Destination="https://idbroker.webex.com/idb/Consumer/metaAlias/a1b2c3d4-0000-4000-8000-000000000001/sp">
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
  <saml:Issuer>http://adfs.example.com/adfs/services/trust</saml:Issuer>
  <saml:Assertion ID="_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95" Version="2.0" IssueInstant="2026-05-31T23:59:58Z">
    <saml:Issuer>http://adfs.example.com/adfs/services/trust</saml:Issuer>
"#,
    assertion_tail!()
);

/// The Assertion has no saml:Issuer (only the Response names the IdP).
const ASSERTION_WITHOUT_ISSUER: &str = concat!(
    response_start!(),
    r#"  <saml:Assertion ID="_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95" Version="2.0" IssueInstant="2026-05-31T23:59:58Z">
"#,
    assertion_tail!()
);

/// SubjectConfirmationData with `recipient` in lower case.
const RECIPIENT_LOWER_CASE: &str = concat!(
    response_start!(),
    assertion_start!(),
    r#"    <saml:Subject>
      <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml:NameID>
      <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml:SubjectConfirmationData NotOnOrAfter="2026-06-01T00:04:58Z" recipient="https://idbroker.webex.com/idb/Consumer/metaAlias/a1b2c3d4-0000-4000-8000-000000000001/sp"/>
      </saml:SubjectConfirmation>
    </saml:Subject>
    <saml:Conditions NotBefore="2026-05-31T23:59:58Z" NotOnOrAfter="2026-06-01T00:59:58Z">
      <saml:AudienceRestriction><saml:Audience>http://www.webex.com</saml:Audience></saml:AudienceRestriction>
    </saml:Conditions>
    <saml:AttributeStatement>
      <saml:Attribute Name="uid"><saml:AttributeValue>jane.doe@example.com</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="email"><saml:AttributeValue>jane.doe@example.com</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="firstname"><saml:AttributeValue>Jane</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="lastname"><saml:AttributeValue>Doe</saml:AttributeValue></saml:Attribute>
    </saml:AttributeStatement>
    <saml:AuthnStatement AuthnInstant="2026-05-31T23:59:57Z" SessionIndex="_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95">
      <saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>
    </saml:AuthnStatement>
  </saml:Assertion>
</samlp:Response>
"#
);

/// The Assertion has no IssueInstant.
const ASSERTION_WITHOUT_ISSUE_INSTANT: &str = concat!(
    response_start!(),
    r#"  <saml:Assertion ID="_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95" Version="2.0">
    <saml:Issuer>http://adfs.example.com/adfs/services/trust</saml:Issuer>
"#,
    assertion_tail!()
);

/// The Response ID is a bare GUID, which starts with a digit.
const ID_STARTS_WITH_DIGIT: &str = concat!(
    r#"<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="4e1c0f9a-2b7d-4c55-9e83-d1a6f20b7c34" Version="2.0" IssueInstant="2026-05-31T23:59:58Z" Destination="https://idbroker.webex.com/idb/Consumer/metaAlias/a1b2c3d4-0000-4000-8000-000000000001/sp">
  <saml:Issuer>http://adfs.example.com/adfs/services/trust</saml:Issuer>
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
  <saml:Assertion ID="_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95" Version="2.0" IssueInstant="2026-05-31T23:59:58Z">
    <saml:Issuer>http://adfs.example.com/adfs/services/trust</saml:Issuer>
"#,
    assertion_tail!()
);

/// The email value written directly in saml:Attribute, without
/// saml:AttributeValue.
const VALUE_WITHOUT_ATTRIBUTE_VALUE: &str = concat!(
    response_start!(),
    assertion_start!(),
    r#"    <saml:Subject>
      <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml:NameID>
      <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml:SubjectConfirmationData NotOnOrAfter="2026-06-01T00:04:58Z" Recipient="https://idbroker.webex.com/idb/Consumer/metaAlias/a1b2c3d4-0000-4000-8000-000000000001/sp"/>
      </saml:SubjectConfirmation>
    </saml:Subject>
    <saml:Conditions NotBefore="2026-05-31T23:59:58Z" NotOnOrAfter="2026-06-01T00:59:58Z">
      <saml:AudienceRestriction><saml:Audience>http://www.webex.com</saml:Audience></saml:AudienceRestriction>
    </saml:Conditions>
    <saml:AttributeStatement>
      <saml:Attribute Name="uid"><saml:AttributeValue>jane.doe@example.com</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="email">jane.doe@example.com</saml:Attribute>
      <saml:Attribute Name="firstname"><saml:AttributeValue>Jane</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="lastname"><saml:AttributeValue>Doe</saml:AttributeValue></saml:Attribute>
    </saml:AttributeStatement>
    <saml:AuthnStatement AuthnInstant="2026-05-31T23:59:57Z" SessionIndex="_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95">
      <saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>
    </saml:AuthnStatement>
  </saml:Assertion>
</samlp:Response>
"#
);

/// The Assertion reuses the Response's ID.
const SAME_ID_TWICE: &str = concat!(
    response_start!(),
    r#"  <saml:Assertion ID="_4e1c0f9a-2b7d-4c55-9e83-d1a6f20b7c34" Version="2.0" IssueInstant="2026-05-31T23:59:58Z">
    <saml:Issuer>http://adfs.example.com/adfs/services/trust</saml:Issuer>
    <saml:Subject>
      <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml:NameID>
      <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml:SubjectConfirmationData NotOnOrAfter="2026-06-01T00:04:58Z" Recipient="https://idbroker.webex.com/idb/Consumer/metaAlias/a1b2c3d4-0000-4000-8000-000000000001/sp"/>
      </saml:SubjectConfirmation>
    </saml:Subject>
    <saml:Conditions NotBefore="2026-05-31T23:59:58Z" NotOnOrAfter="2026-06-01T00:59:58Z">
      <saml:AudienceRestriction><saml:Audience>http://www.webex.com</saml:Audience></saml:AudienceRestriction>
    </saml:Conditions>
    <saml:AttributeStatement>
      <saml:Attribute Name="uid"><saml:AttributeValue>jane.doe@example.com</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="email"><saml:AttributeValue>jane.doe@example.com</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="firstname"><saml:AttributeValue>Jane</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="lastname"><saml:AttributeValue>Doe</saml:AttributeValue></saml:Attribute>
    </saml:AttributeStatement>
    <saml:AuthnStatement AuthnInstant="2026-05-31T23:59:57Z" SessionIndex="_4e1c0f9a-2b7d-4c55-9e83-d1a6f20b7c34">
      <saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>
    </saml:AuthnStatement>
  </saml:Assertion>
</samlp:Response>
"#
);

/// The Response's IssueInstant in local time with an offset (+02:00).
const ISSUE_INSTANT_WITH_OFFSET: &str = concat!(
    r#"<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_4e1c0f9a-2b7d-4c55-9e83-d1a6f20b7c34" Version="2.0" IssueInstant="2026-06-01T01:59:58+02:00" Destination="https://idbroker.webex.com/idb/Consumer/metaAlias/a1b2c3d4-0000-4000-8000-000000000001/sp">
  <saml:Issuer>http://adfs.example.com/adfs/services/trust</saml:Issuer>
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
  <saml:Assertion ID="_9d2f6a13-58c0-4b7e-a4d1-3e6b0c8f2a95" Version="2.0" IssueInstant="2026-05-31T23:59:58Z">
    <saml:Issuer>http://adfs.example.com/adfs/services/trust</saml:Issuer>
"#,
    assertion_tail!()
);

pub const EXAMPLES: &[R] = &[
    R {
        rule: &IDP_METADATA_UNREADABLE,
        examples: &[
            E::fires(SIGNED).with(METADATA_URL),
            E::quiet(SIGNED).with(METADATA),
            // The Webex SP metadata where the IdP's belongs.
            E::fires(SIGNED).with(
                r#"{"idp_metadata": "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://idbroker.webex.com/example\"><md:SPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\"><md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\"https://idbroker.webex.com/idb/Consumer/metaAlias/example/sp\" index=\"0\"/></md:SPSSODescriptor></md:EntityDescriptor>", "now": "2026-06-01T00:00:00Z"}"#,
            ),
        ],
    },
    R {
        rule: &ISSUER_NOT_IDP_ENTITY,
        examples: &[
            E::fires(SIGNED).with(METADATA_HTTPS),
            E::quiet(SIGNED).with(METADATA),
        ],
    },
    R {
        rule: &SIGNING_CERT_UNKNOWN,
        examples: &[
            E::fires(SIGNED).with(METADATA_OLD_CERT),
            E::quiet(SIGNED).with(METADATA),
        ],
    },
    R {
        rule: &UNSIGNED,
        examples: &[E::fires(UNSIGNED_RESPONSE), E::quiet(SIGNED)],
    },
    R {
        rule: &WEAK_SIGNATURE_ALGORITHM,
        examples: &[E::fires(SIGNED_SHA1), E::quiet(SIGNED)],
    },
    R {
        rule: &SIGNATURE_REFERENCE_MISMATCH,
        examples: &[E::fires(SIGNED_IN_RESPONSE), E::quiet(SIGNED)],
    },
    R {
        rule: &SCHEMA.unexpected_element,
        examples: &[E::fires(STATUS_BEFORE_ISSUER), E::quiet(UNSIGNED_RESPONSE)],
    },
    R {
        rule: &SCHEMA.missing_element,
        examples: &[
            E::fires(ASSERTION_WITHOUT_ISSUER),
            E::quiet(UNSIGNED_RESPONSE),
        ],
    },
    R {
        rule: &SCHEMA.unknown_attribute,
        examples: &[E::fires(RECIPIENT_LOWER_CASE), E::quiet(UNSIGNED_RESPONSE)],
    },
    R {
        rule: &SCHEMA.missing_attribute,
        examples: &[
            E::fires(ASSERTION_WITHOUT_ISSUE_INSTANT),
            E::quiet(UNSIGNED_RESPONSE),
        ],
    },
    R {
        rule: &SCHEMA.attribute_type,
        examples: &[E::fires(ID_STARTS_WITH_DIGIT), E::quiet(UNSIGNED_RESPONSE)],
    },
    R {
        rule: &SCHEMA.content_type,
        examples: &[
            E::fires(VALUE_WITHOUT_ATTRIBUTE_VALUE),
            E::quiet(UNSIGNED_RESPONSE),
        ],
    },
    R {
        rule: &SCHEMA.duplicate_id,
        examples: &[E::fires(SAME_ID_TWICE), E::quiet(UNSIGNED_RESPONSE)],
    },
    R {
        rule: &SCHEMA.time_not_utc,
        examples: &[
            E::fires(ISSUE_INSTANT_WITH_OFFSET),
            E::quiet(UNSIGNED_RESPONSE),
        ],
    },
    R {
        rule: &SIGNATURE_INVALID,
        examples: &[E::fires(TAMPERED), E::quiet(SIGNED)],
    },
    R {
        rule: &SIGNATURE_UNTRUSTED,
        examples: &[
            E::fires(SIGNED).with(METADATA_OLD_CERT),
            E::quiet(SIGNED).with(METADATA),
        ],
    },
    R {
        rule: &SIGNATURE_NO_TRUST_SOURCE,
        examples: &[E::fires(SIGNED), E::quiet(SIGNED).with(METADATA)],
    },
    R {
        rule: &SIGNATURE_FORBIDDEN_ALGORITHM,
        examples: &[E::fires(SIGNED_HMAC), E::quiet(SIGNED)],
    },
    R {
        rule: &SIGNATURE_UNVERIFIABLE,
        examples: &[
            E::fires(SIGNED_WITHOUT_KEYINFO),
            E::quiet(SIGNED_WITHOUT_KEYINFO).with(METADATA),
        ],
    },
    R {
        rule: &SIGNATURE_DUPLICATE_ID,
        examples: &[E::fires(WRAPPED_SAME_ID), E::quiet(SIGNED)],
    },
    R {
        rule: &SIGNATURE_WRONG_ELEMENT,
        examples: &[E::fires(WRAPPED), E::quiet(SIGNED)],
    },
    R {
        rule: &SIGNATURE_TRUSTED,
        examples: &[E::fires(SIGNED).with(METADATA), E::quiet(SIGNED)],
    },
    R {
        rule: &SIGNATURE_CERT_EXPIRED,
        examples: &[
            E::fires(SIGNED_BY_EXPIRED).with(METADATA_OLD_CERT),
            E::quiet(SIGNED).with(METADATA),
        ],
    },
];
