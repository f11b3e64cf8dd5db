//! Examples of the SAML response rules on a response's content: for each
//! rule a response that makes it fire and a near miss that does not. Most
//! are [`RESPONSE`], an unsigned Okta response, with one thing changed;
//! times are checked at 2026-06-01T00:00:00Z unless the options say
//! otherwise. The signature rules' examples are in `examples_signed.rs`.

use super::decode::{encode_redirect, MAX_INPUT_BYTES};
use super::rules::*;
use crate::rules::{Example as E, RuleExamples as R};

/// The reference: an Okta response to the Webex site `example`, issued at
/// 2026-05-31T23:59:30Z (the examples' "now" is 2026-06-01T00:00:00Z),
/// unsigned, with the required attributes spelled as Webex's table spells
/// them. The other responses are this one with one thing changed.
const RESPONSE: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// ADFS refusing the request: `Responder` with the second-level
/// `InvalidNameIDPolicy` (the NameID format Webex asked for is not issued).
const ADFS_ERROR: &str = r#"<samlp:Response ID="_7d8e9f00-1a2b-4c3d-8e4f-5a6b7c8d9e0f" Version="2.0" IssueInstant="2026-05-31T23:59:30.789Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Consent="urn:oasis:names:tc:SAML:2.0:consent:unspecified" InResponseTo="_a9c3e1f04b2d4e3f" xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">
  <Issuer xmlns="urn:oasis:names:tc:SAML:2.0:assertion">http://adfs.example.com/adfs/services/trust</Issuer>
  <samlp:Status>
    <samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder">
      <samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:InvalidNameIDPolicy" />
    </samlp:StatusCode>
  </samlp:Status>
</samlp:Response>
"#;

/// [`ADFS_ERROR`] copied without its last line.
const ADFS_ERROR_TRUNCATED: &str = r#"<samlp:Response ID="_7d8e9f00-1a2b-4c3d-8e4f-5a6b7c8d9e0f" Version="2.0" IssueInstant="2026-05-31T23:59:30.789Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Consent="urn:oasis:names:tc:SAML:2.0:consent:unspecified" InResponseTo="_a9c3e1f04b2d4e3f" xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">
  <Issuer xmlns="urn:oasis:names:tc:SAML:2.0:assertion">http://adfs.example.com/adfs/services/trust</Issuer>
  <samlp:Status>
    <samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder">
      <samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:InvalidNameIDPolicy" />
    </samlp:StatusCode>
  </samlp:Status>
"#;

/// [`ADFS_ERROR`] with a DOCTYPE declaring an external entity (XXE).
const ADFS_ERROR_XXE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE samlp:Response [
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<samlp:Response ID="_7d8e9f00-1a2b-4c3d-8e4f-5a6b7c8d9e0f" Version="2.0" IssueInstant="2026-05-31T23:59:30.789Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Consent="urn:oasis:names:tc:SAML:2.0:consent:unspecified" InResponseTo="_a9c3e1f04b2d4e3f" xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">
  <Issuer xmlns="urn:oasis:names:tc:SAML:2.0:assertion">http://adfs.example.com/adfs/services/trust</Issuer>
  <samlp:Status>
    <samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder">
      <samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:InvalidNameIDPolicy" />
    </samlp:StatusCode>
    <samlp:StatusMessage>&xxe;</samlp:StatusMessage>
  </samlp:Status>
</samlp:Response>
"#;

/// [`ADFS_ERROR`] with an XML declaration: a prolog, but no DTD.
const ADFS_ERROR_PROLOG: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<samlp:Response ID="_7d8e9f00-1a2b-4c3d-8e4f-5a6b7c8d9e0f" Version="2.0" IssueInstant="2026-05-31T23:59:30.789Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Consent="urn:oasis:names:tc:SAML:2.0:consent:unspecified" InResponseTo="_a9c3e1f04b2d4e3f" xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">
  <Issuer xmlns="urn:oasis:names:tc:SAML:2.0:assertion">http://adfs.example.com/adfs/services/trust</Issuer>
  <samlp:Status>
    <samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder">
      <samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:InvalidNameIDPolicy" />
    </samlp:StatusCode>
  </samlp:Status>
</samlp:Response>
"#;

/// [`ADFS_ERROR`] as the HTTP-POST form body the browser sends to Webex.
const POST_BODY: &str = r#"SAMLResponse=PHNhbWxwOlJlc3BvbnNlIElEPSJfN2Q4ZTlmMDAtMWEyYi00YzNkLThlNGYtNWE2YjdjOGQ5ZTBmIiBWZXJzaW9uPSIyLjAiIElzc3VlSW5zdGFudD0iMjAyNi0wNS0zMVQyMzo1OTozMC43ODlaIiBEZXN0aW5hdGlvbj0iaHR0cHM6Ly9leGFtcGxlLndlYmV4LmNvbS9kaXNwYXRjaGVyL1NBTUwyQXV0aFNlcnZpY2U%2Fc2l0ZXVybD1leGFtcGxlIiBDb25zZW50PSJ1cm46b2FzaXM6bmFtZXM6dGM6U0FNTDoyLjA6Y29uc2VudDp1bnNwZWNpZmllZCIgSW5SZXNwb25zZVRvPSJfYTljM2UxZjA0YjJkNGUzZiIgeG1sbnM6c2FtbHA9InVybjpvYXNpczpuYW1lczp0YzpTQU1MOjIuMDpwcm90b2NvbCI%2BPElzc3VlciB4bWxucz0idXJuOm9hc2lzOm5hbWVzOnRjOlNBTUw6Mi4wOmFzc2VydGlvbiI%2BaHR0cDovL2FkZnMuZXhhbXBsZS5jb20vYWRmcy9zZXJ2aWNlcy90cnVzdDwvSXNzdWVyPjxzYW1scDpTdGF0dXM%2BPHNhbWxwOlN0YXR1c0NvZGUgVmFsdWU9InVybjpvYXNpczpuYW1lczp0YzpTQU1MOjIuMDpzdGF0dXM6UmVzcG9uZGVyIj48c2FtbHA6U3RhdHVzQ29kZSBWYWx1ZT0idXJuOm9hc2lzOm5hbWVzOnRjOlNBTUw6Mi4wOnN0YXR1czpJbnZhbGlkTmFtZUlEUG9saWN5IiAvPjwvc2FtbHA6U3RhdHVzQ29kZT48L3NhbWxwOlN0YXR1cz48L3NhbWxwOlJlc3BvbnNlPg%3D%3D&RelayState=%2Fmeetings"#;

/// [`POST_BODY`] as a log prints it, cut short with `...`.
const POST_BODY_CUT: &str = r#"SAMLResponse=PHNhbWxwOlJlc3BvbnNlIElEPSJfN2Q4ZTlmMDAtMWEyYi00YzNkLThlNGYtNWE2YjdjOGQ5ZTBmIiBWZXJzaW9uPSIyLjAiIElzc3VlSW5zdGFudD0iMjAy..."#;

/// An ADFS response that says Success but carries no assertion.
const SUCCESS_NO_ASSERTION: &str = r#"<samlp:Response ID="_7d8e9f00-1a2b-4c3d-8e4f-5a6b7c8d9e0f" Version="2.0" IssueInstant="2026-05-31T23:59:30.789Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Consent="urn:oasis:names:tc:SAML:2.0:consent:unspecified" InResponseTo="_a9c3e1f04b2d4e3f" xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">
  <Issuer xmlns="urn:oasis:names:tc:SAML:2.0:assertion">http://adfs.example.com/adfs/services/trust</Issuer>
  <samlp:Status>
    <samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success" />
  </samlp:Status>
</samlp:Response>
"#;

/// An ADFS single-logout answer captured instead of the sign-in response.
const LOGOUT_RESPONSE: &str = r#"<samlp:LogoutResponse ID="_7d8e9f00-1a2b-4c3d-8e4f-5a6b7c8d9e0f" Version="2.0" IssueInstant="2026-05-31T23:59:30.789Z" Destination="https://example.webex.com/dispatcher/SAML2LogoutService?siteurl=example" Consent="urn:oasis:names:tc:SAML:2.0:consent:unspecified" InResponseTo="_a9c3e1f04b2d4e3f" xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">
  <Issuer xmlns="urn:oasis:names:tc:SAML:2.0:assertion">http://adfs.example.com/adfs/services/trust</Issuer>
  <samlp:Status>
    <samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success" />
  </samlp:Status>
</samlp:LogoutResponse>
"#;

/// [`RESPONSE`] without `samlp:Status`.
const NO_STATUS: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with the assertion encrypted for Webex (AES-256-CBC, RSA-OAEP).
const ENCRYPTED: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:EncryptedAssertion>
    <xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#" Type="http://www.w3.org/2001/04/xmlenc#Element">
      <xenc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc"/>
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <xenc:EncryptedKey>
          <xenc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"/>
          <xenc:CipherData><xenc:CipherValue>3teUjd0ewNVc5P2kR85EZx+OPAfIob/8u2oxoRVqlVo=</xenc:CipherValue></xenc:CipherData>
        </xenc:EncryptedKey>
      </ds:KeyInfo>
      <xenc:CipherData><xenc:CipherValue>/t/N58QHrnWv7AXCS/rzDcS2Ii2yN7sulHRYA6tGtM+ZwYLXorATMGLBbLEWyf0K</xenc:CipherValue></xenc:CipherData>
    </xenc:EncryptedData>
  </saml2:EncryptedAssertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with a second, smaller assertion for another user after the
/// first (the shape of a signature-wrapping attempt).
const TWO_ASSERTIONS: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
  <saml2:Assertion ID="id7120934869999" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">admin@example.com</saml2:NameID>
    </saml2:Subject>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] whose assertion has no `saml2:Issuer`.
const NO_ASSERTION_ISSUER: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] whose Response Issuer names another Okta application.
const ISSUER_OTHER_APP: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk9z8y7x6w5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] without `saml2:Subject`.
const NO_SUBJECT: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with an empty NameID (the mapped user attribute is empty).
const NAMEID_EMPTY: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"/>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with the emailAddress format under the SAML 2.0 prefix (it
/// is a SAML 1.1 format).
const NAMEID_FORMAT_2_0: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with Format emailAddress but a `DOMAIN\user` NameID.
const NAMEID_DOMAIN_USER: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">EXAMPLE\jdoe</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with the XML-comment truncation attack in NameID.
const NAMEID_WITH_COMMENT: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com<!---->.evil.example</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] whose uid is the UPN `jdoe@example.com` while NameID is
/// the mail address.
const UID_UPN_NAMEID_MAIL: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jdoe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with the SAML 1.x bearer method URI.
const SAML1_BEARER: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:1.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] whose SubjectConfirmationData has no Recipient.
const NO_RECIPIENT: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] whose SubjectConfirmationData answers another request.
const IRT_MISMATCH: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_5b0e2c7d91f84a6e" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] whose Recipient is another Webex site's URL.
const RECIPIENT_OTHER_SITE: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example-test.webex.com/dispatcher/SAML2AuthService?siteurl=example-test"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with an assertion IssueInstant offset written `+0000`.
const TIME_NO_COLON: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30+0000" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] without `saml2:Conditions`.
const NO_CONDITIONS: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] whose Conditions have times but no AudienceRestriction.
const NO_AUDIENCE: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z"/>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with the Audience `http://www.webex.com/` (a trailing slash).
const AUDIENCE_SLASH: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com/</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] without `saml2:AuthnStatement`.
const NO_AUTHN: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] whose AuthnContext has a DeclRef instead of a ClassRef.
const DECL_REF: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextDeclRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextDeclRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] for a user without a last name in the directory.
const LASTNAME_EMPTY: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue/></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with an extra `department` attribute.
const DEPARTMENT: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="department"><saml2:AttributeValue>Network Engineering</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with an extra `jobTitle` attribute (one of Webex's).
const JOB_TITLE: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="jobTitle"><saml2:AttributeValue>Network Engineer</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with `FirstName` for `firstname`.
const FIRSTNAME_CASE: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="FirstName"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with email named by its claim URI (ADFS, Entra ID).
const EMAIL_URI: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with two email values.
const EMAIL_TWO_VALUES: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue><saml2:AttributeValue>jdoe@example.net</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with two groups in `groupid`, which takes several values.
const GROUPS: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="groupid"><saml2:AttributeValue>webex-users</saml2:AttributeValue><saml2:AttributeValue>network-team</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with the display name mapped to email.
const EMAIL_DISPLAY_NAME: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>Jane Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with updateTimeStamp in a US date format.
const UTS_US_FORMAT: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>5/31/2026 12:00:00 AM</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with updateTimeStamp as Active Directory's whenChanged (LDIF).
const UTS_LDIF: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>20260531000000.0Z</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with ISOCountry `UK`.
const COUNTRY_UK: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="ISOCountry"><saml2:AttributeValue>UK</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with ISOCountry `GB`.
const COUNTRY_GB: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="ISOCountry"><saml2:AttributeValue>GB</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with imloggingenabled `yes`.
const IMLOGGING_YES: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="imloggingenabled"><saml2:AttributeValue>yes</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with imloggingenabled `true`.
const IMLOGGING_TRUE: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="imloggingenabled"><saml2:AttributeValue>true</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] without updateTimeStamp.
const NO_UPDATE_TIMESTAMP: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with uid mapped to sAMAccountName (`jdoe`).
const UID_SAM: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jdoe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] with uid the UPN `jdoe@corp.example.local` (an internal suffix).
const UID_CORP_LOCAL: &str = r#"<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="id7120934861203" InResponseTo="_a9c3e1f04b2d4e3f" IssueInstant="2026-05-31T23:59:30Z" Destination="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example" Version="2.0">
  <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
  </saml2p:Status>
  <saml2:Assertion ID="id7120934861587" IssueInstant="2026-05-31T23:59:30Z" Version="2.0">
    <saml2:Issuer>http://www.okta.com/exk1a2b3c4d5</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml2:NameID>
      <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml2:SubjectConfirmationData InResponseTo="_a9c3e1f04b2d4e3f" NotOnOrAfter="2026-06-01T00:04:30Z" Recipient="https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="2026-05-31T23:54:30Z" NotOnOrAfter="2026-06-01T00:04:30Z">
      <saml2:AudienceRestriction>
        <saml2:Audience>http://www.webex.com</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="2026-05-31T23:59:29Z" SessionIndex="_a9c3e1f04b2d4e3f">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
      <saml2:Attribute Name="uid"><saml2:AttributeValue>jdoe@corp.example.local</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="firstname"><saml2:AttributeValue>Jane</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="lastname"><saml2:AttributeValue>Doe</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="email"><saml2:AttributeValue>jane.doe@example.com</saml2:AttributeValue></saml2:Attribute>
      <saml2:Attribute Name="updateTimeStamp"><saml2:AttributeValue>1780185600000</saml2:AttributeValue></saml2:Attribute>
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
"#;

/// [`RESPONSE`] followed by blank lines up to `len` bytes.
fn padded(len: usize) -> String {
    let mut s = RESPONSE.to_string();
    s.extend(std::iter::repeat_n('\n', len.saturating_sub(s.len())));
    s
}

fn one_byte_too_large() -> Vec<u8> {
    padded(MAX_INPUT_BYTES + 1).into_bytes()
}

fn largest_accepted() -> Vec<u8> {
    padded(MAX_INPUT_BYTES).into_bytes()
}

fn redirect_inflating_too_far() -> Vec<u8> {
    encode_redirect(&padded(MAX_INPUT_BYTES + 1)).into_bytes()
}

fn redirect_inflating_to_the_limit() -> Vec<u8> {
    encode_redirect(&padded(MAX_INPUT_BYTES)).into_bytes()
}

/// [`ADFS_ERROR`] with `samlp:Extensions` holding elements nested so that
/// the document is `levels` deep.
fn nested(levels: usize) -> Vec<u8> {
    // The Response and its Extensions are two of the levels.
    let inner = levels - 2;
    let deep = format!(
        "  <samlp:Extensions>{}{}</samlp:Extensions>\n  <samlp:Status>",
        "<x:e xmlns:x=\"urn:example:deep\">".repeat(inner),
        "</x:e>".repeat(inner)
    );
    ADFS_ERROR
        .replacen("  <samlp:Status>", &deep, 1)
        .into_bytes()
}

fn nested_65() -> Vec<u8> {
    nested(65)
}

fn nested_64() -> Vec<u8> {
    nested(64)
}

/// What [`one_byte_too_large`] makes, as the example shows it.
const ONE_BYTE_TOO_LARGE: &str =
    "the Okta response of the other examples followed by blank lines up to 10 MiB + 1 byte (10,485,761 bytes)";

/// What [`largest_accepted`] makes, as the example shows it.
const LARGEST_ACCEPTED: &str =
    "the Okta response of the other examples followed by blank lines up to exactly 10 MiB (10,485,760 bytes)";

/// What [`redirect_inflating_too_far`] makes, as the example shows it.
const REDIRECT_INFLATING_TOO_FAR: &str =
    "the HTTP-Redirect encoding (DEFLATE, then base64: a few kilobytes) of the Okta response of the other examples followed by blank lines up to 10 MiB + 1 byte";

/// What [`redirect_inflating_to_the_limit`] makes, as the example shows it.
const REDIRECT_INFLATING_TO_THE_LIMIT: &str =
    "the HTTP-Redirect encoding (DEFLATE, then base64: a few kilobytes) of the Okta response of the other examples followed by blank lines up to exactly 10 MiB";

/// What [`nested_65`] makes, as the example shows it.
const NESTED_65: &str =
    "the ADFS error response with samlp:Extensions holding elements nested 65 levels deep in all";

/// What [`nested_64`] makes, as the example shows it.
const NESTED_64: &str =
    "the ADFS error response with samlp:Extensions holding elements nested 64 levels deep in all";

pub const EXAMPLES: &[R] = &[
    R {
        rule: &EMPTY_INPUT,
        examples: &[E::fires(""), E::quiet(ADFS_ERROR)],
    },
    R {
        rule: &INPUT_TOO_LARGE,
        examples: &[
            E::fires_generated(ONE_BYTE_TOO_LARGE, one_byte_too_large),
            E::quiet_generated(LARGEST_ACCEPTED, largest_accepted),
        ],
    },
    R {
        rule: &NOT_DECODABLE,
        examples: &[E::fires(POST_BODY_CUT), E::quiet(POST_BODY)],
    },
    R {
        rule: &INFLATE_LIMIT,
        examples: &[
            E::fires_generated(REDIRECT_INFLATING_TOO_FAR, redirect_inflating_too_far),
            E::quiet_generated(
                REDIRECT_INFLATING_TO_THE_LIMIT,
                redirect_inflating_to_the_limit,
            ),
        ],
    },
    R {
        rule: &XML_MALFORMED,
        examples: &[E::fires(ADFS_ERROR_TRUNCATED), E::quiet(ADFS_ERROR)],
    },
    R {
        rule: &XML_DTD,
        examples: &[E::fires(ADFS_ERROR_XXE), E::quiet(ADFS_ERROR_PROLOG)],
    },
    R {
        rule: &XML_TOO_DEEP,
        examples: &[
            E::fires_generated(NESTED_65, nested_65),
            E::quiet_generated(NESTED_64, nested_64),
        ],
    },
    R {
        rule: &UNKNOWN_ROOT,
        examples: &[E::fires(LOGOUT_RESPONSE), E::quiet(SUCCESS_NO_ASSERTION)],
    },
    R {
        rule: &STATUS_MISSING,
        examples: &[E::fires(NO_STATUS), E::quiet(RESPONSE)],
    },
    R {
        rule: &STATUS_NOT_SUCCESS,
        examples: &[E::fires(ADFS_ERROR), E::quiet(SUCCESS_NO_ASSERTION)],
    },
    R {
        rule: &ASSERTION_MISSING,
        examples: &[E::fires(SUCCESS_NO_ASSERTION), E::quiet(ADFS_ERROR)],
    },
    R {
        rule: &ASSERTION_ENCRYPTED,
        examples: &[E::fires(ENCRYPTED), E::quiet(RESPONSE)],
    },
    R {
        rule: &MULTIPLE_ASSERTIONS,
        examples: &[E::fires(TWO_ASSERTIONS), E::quiet(RESPONSE)],
    },
    R {
        rule: &ISSUER_MISSING,
        examples: &[E::fires(NO_ASSERTION_ISSUER), E::quiet(RESPONSE)],
    },
    R {
        rule: &ISSUER_INCONSISTENT,
        examples: &[E::fires(ISSUER_OTHER_APP), E::quiet(RESPONSE)],
    },
    R {
        rule: &SUBJECT_MISSING,
        examples: &[E::fires(NO_SUBJECT), E::quiet(RESPONSE)],
    },
    R {
        rule: &NAMEID_MISSING,
        examples: &[E::fires(NAMEID_EMPTY), E::quiet(RESPONSE)],
    },
    R {
        rule: &NAMEID_FORMAT_UNSUPPORTED,
        examples: &[E::fires(NAMEID_FORMAT_2_0), E::quiet(RESPONSE)],
    },
    R {
        rule: &NAMEID_EMAIL_INVALID,
        examples: &[E::fires(NAMEID_DOMAIN_USER), E::quiet(RESPONSE)],
    },
    R {
        rule: &NAMEID_COMMENT,
        examples: &[E::fires(NAMEID_WITH_COMMENT), E::quiet(RESPONSE)],
    },
    R {
        rule: &NAMEID_ATTRIBUTE_MISMATCH,
        examples: &[
            E::fires(UID_UPN_NAMEID_MAIL),
            E::quiet(UID_UPN_NAMEID_MAIL).with(r#"{"nameid_source": "email"}"#),
        ],
    },
    R {
        rule: &SUBJECT_CONFIRMATION_MISSING,
        examples: &[E::fires(SAML1_BEARER), E::quiet(RESPONSE)],
    },
    R {
        rule: &RECIPIENT_MISSING,
        examples: &[E::fires(NO_RECIPIENT), E::quiet(RESPONSE)],
    },
    R {
        rule: &CONFIRMATION_EXPIRED,
        examples: &[
            E::fires(RESPONSE).with(r#"{"now": "2026-06-01T00:05:00Z", "clock_skew_seconds": 0}"#),
            E::quiet(RESPONSE).with(r#"{"now": "2026-06-01T00:05:00Z"}"#),
        ],
    },
    R {
        rule: &IN_RESPONSE_TO_MISMATCH,
        examples: &[E::fires(IRT_MISMATCH), E::quiet(RESPONSE)],
    },
    R {
        rule: &RECIPIENT_DESTINATION_MISMATCH,
        examples: &[E::fires(RECIPIENT_OTHER_SITE), E::quiet(RESPONSE)],
    },
    R {
        rule: &BAD_TIMESTAMP,
        examples: &[E::fires(TIME_NO_COLON), E::quiet(RESPONSE)],
    },
    R {
        rule: &CONDITIONS_MISSING,
        examples: &[E::fires(NO_CONDITIONS), E::quiet(RESPONSE)],
    },
    R {
        rule: &NOT_YET_VALID,
        examples: &[
            E::fires(RESPONSE).with(r#"{"now": "2026-05-31T23:51:00Z"}"#),
            E::quiet(RESPONSE).with(r#"{"now": "2026-05-31T23:52:00Z"}"#),
        ],
    },
    R {
        rule: &EXPIRED,
        examples: &[
            E::fires(RESPONSE).with(r#"{"now": "2026-06-01T00:08:00Z"}"#),
            E::quiet(RESPONSE).with(r#"{"now": "2026-06-01T00:07:00Z"}"#),
        ],
    },
    R {
        rule: &AUDIENCE_MISSING,
        examples: &[E::fires(NO_AUDIENCE), E::quiet(RESPONSE)],
    },
    R {
        rule: &AUDIENCE_MISMATCH,
        examples: &[E::fires(AUDIENCE_SLASH), E::quiet(RESPONSE)],
    },
    R {
        rule: &AUTHN_STATEMENT_MISSING,
        examples: &[E::fires(NO_AUTHN), E::quiet(RESPONSE)],
    },
    R {
        rule: &AUTHN_CONTEXT_MISSING,
        examples: &[E::fires(DECL_REF), E::quiet(RESPONSE)],
    },
    R {
        rule: &ATTRIBUTE_REQUIRED_MISSING,
        examples: &[E::fires(LASTNAME_EMPTY), E::quiet(RESPONSE)],
    },
    R {
        rule: &ATTRIBUTE_UNKNOWN,
        examples: &[E::fires(DEPARTMENT), E::quiet(JOB_TITLE)],
    },
    R {
        rule: &ATTRIBUTE_NAME_CASE,
        examples: &[E::fires(FIRSTNAME_CASE), E::quiet(RESPONSE)],
    },
    R {
        rule: &ATTRIBUTE_URI_NAME,
        examples: &[E::fires(EMAIL_URI), E::quiet(RESPONSE)],
    },
    R {
        rule: &ATTRIBUTE_MULTI_VALUED,
        examples: &[E::fires(EMAIL_TWO_VALUES), E::quiet(GROUPS)],
    },
    R {
        rule: &EMAIL_ATTRIBUTE_INVALID,
        examples: &[E::fires(EMAIL_DISPLAY_NAME), E::quiet(RESPONSE)],
    },
    R {
        rule: &UPDATE_TIMESTAMP_FORMAT,
        examples: &[E::fires(UTS_US_FORMAT), E::quiet(UTS_LDIF)],
    },
    R {
        rule: &ISO_COUNTRY_INVALID,
        examples: &[E::fires(COUNTRY_UK), E::quiet(COUNTRY_GB)],
    },
    R {
        rule: &IMLOGGING_NOT_BOOLEAN,
        examples: &[E::fires(IMLOGGING_YES), E::quiet(IMLOGGING_TRUE)],
    },
    R {
        rule: &AUTO_ACCOUNT_CREATION,
        examples: &[E::fires(LASTNAME_EMPTY), E::quiet(RESPONSE)],
    },
    R {
        rule: &AUTO_ACCOUNT_UPDATE,
        examples: &[E::fires(NO_UPDATE_TIMESTAMP), E::quiet(RESPONSE)],
    },
    R {
        rule: &UID_UPN,
        examples: &[E::fires(RESPONSE), E::quiet(UID_SAM)],
    },
    R {
        rule: &UID_WITHOUT_DOMAIN,
        examples: &[E::fires(UID_SAM), E::quiet(RESPONSE)],
    },
    R {
        rule: &UID_DOMAIN_DIFFERS,
        examples: &[E::fires(UID_CORP_LOCAL), E::quiet(UID_UPN_NAMEID_MAIL)],
    },
];
