//! The catalog entries of the SAML response checker.

use crate::report::Severity;
use crate::rules::Rule;

const SRC_ATTRS: &str = "Webex Messenger admin guide, \"Configuration of Single Sign-on in Cisco WebEx Messenger Administration Tool\" (SAML 2.0 attribute table)";
const SRC_FED: &str = "Webex Messenger admin guide, \"Federated Web SSO Settings\"";
const SRC_FED_NAMEID: &str =
    "Webex Messenger admin guide, \"Federated Web SSO Settings\" (NamedID Format)";
const SRC_AUTO: &str =
    "Webex Messenger admin guide, \"Federated Web SSO Settings\" (Auto Account Creation / Auto Account Update)";
const SRC_UPN: &str = "Webex Messenger admin guide, \"Federated Web SSO Settings\" (Remove uid Domain Suffix for Active Directory UPN)";
const SRC_BINDINGS: &str =
    "OASIS SAML 2.0 Bindings (saml-bindings-2.0-os) §3.4 HTTP-Redirect and §3.5 HTTP-POST";
const SRC_CORE_STATUS: &str = "OASIS SAML 2.0 Core (saml-core-2.0-os) §3.2.2 Status";
const SRC_CORE_ASSERTION: &str = "OASIS SAML 2.0 Core (saml-core-2.0-os) §2.3-2.7 Assertions";
const SRC_PROFILE: &str =
    "OASIS SAML 2.0 Profiles (saml-profiles-2.0-os) §4.1.4.2 Web Browser SSO <Response> usage";
const SRC_XXE: &str = "Best practice: OWASP XML External Entity Prevention Cheat Sheet; SAML 2.0 Security and Privacy Considerations §6";

// Input and XML.
pub const EMPTY_INPUT: Rule = Rule {
    id: "saml-response/empty-input",
    severity: Severity::Error,
    summary: "The input is empty",
    source: SRC_BINDINGS,
    help: "Paste the SAML response: the XML, the base64 `SAMLResponse` form field (HTTP-POST), or the `SAMLRequest`/`SAMLResponse` query parameter (HTTP-Redirect).",
};
pub const INPUT_TOO_LARGE: Rule = Rule {
    id: "saml-response/input-too-large",
    severity: Severity::Error,
    summary: "The input exceeds the 10 MB limit",
    source: SRC_BINDINGS,
    help: "SAML responses are a few kilobytes. Make sure you captured only the SAMLResponse value, not a whole HAR file or log.",
};
pub const NOT_DECODABLE: Rule = Rule {
    id: "saml-response/not-decodable",
    severity: Severity::Error,
    summary: "The input is neither XML, base64 nor base64 of DEFLATE data",
    source: SRC_BINDINGS,
    help: "Copy the complete value of the SAMLResponse form field (HTTP-POST, base64) or SAMLRequest query parameter (HTTP-Redirect, base64 of DEFLATE data). A truncated copy does not decode.",
};
pub const INFLATE_LIMIT: Rule = Rule {
    id: "saml-response/inflate-limit",
    severity: Severity::Error,
    summary: "The DEFLATE data expands beyond the size limit",
    source: SRC_BINDINGS,
    help: "A real Redirect-binding message inflates to a few kilobytes. This input expands to more than 10 MB, which is a decompression bomb or not a SAML message.",
};
pub const XML_MALFORMED: Rule = Rule {
    id: "saml-response/xml-malformed",
    severity: Severity::Error,
    summary: "The decoded XML is not well-formed",
    source: SRC_CORE_ASSERTION,
    help: "Capture the message again; a truncated copy or an edited response does not parse. The message names the position of the first error.",
};
pub const XML_DTD: Rule = Rule {
    id: "saml-response/xml-dtd-forbidden",
    severity: Severity::Error,
    summary: "The XML contains a DOCTYPE (entity declarations)",
    source: SRC_XXE,
    help: "SAML messages never contain a DTD. A DOCTYPE enables XML external entity (XXE) and entity-expansion (billion laughs) attacks; Preflight refuses it and your service provider should too.",
};
pub const XML_TOO_DEEP: Rule = Rule {
    id: "saml-response/xml-too-deep",
    severity: Severity::Error,
    summary: "The XML nests deeper than 64 levels or holds too many elements",
    source: SRC_XXE,
    help: "Real SAML responses nest about ten levels deep. Such nesting is hostile input or not a SAML message.",
};
pub const UNKNOWN_ROOT: Rule = Rule {
    id: "saml-response/unknown-root",
    severity: Severity::Error,
    summary: "The root element is not a SAML 2.0 Response, Assertion or AuthnRequest",
    source: SRC_CORE_ASSERTION,
    help: "Paste a samlp:Response (or a bare saml:Assertion, or an AuthnRequest). IdP metadata (EntityDescriptor) belongs in the saml-metadata tool; SAML 1.1 and WS-Federation messages are not SAML 2.0.",
};

// Status.
pub const STATUS_MISSING: Rule = Rule {
    id: "saml-response/status-missing",
    severity: Severity::Error,
    summary: "The Response has no Status/StatusCode",
    source: SRC_CORE_STATUS,
    help: "Every samlp:Response carries samlp:Status/samlp:StatusCode. Check that the IdP produced a complete response.",
};
pub const STATUS_NOT_SUCCESS: Rule = Rule {
    id: "saml-response/status-not-success",
    severity: Severity::Error,
    summary: "The IdP answered with a non-Success status",
    source: SRC_CORE_STATUS,
    help: "The IdP refused to authenticate the user; the message explains the top-level and second-level status codes. Look at the IdP's logs for the same time and fix the cause there (user not assigned to the application, NameID policy not supported, ...).",
};

// Assertion, Issuer, Subject.
pub const ASSERTION_MISSING: Rule = Rule {
    id: "saml-response/assertion-missing",
    severity: Severity::Error,
    summary: "The Response contains no Assertion",
    source: SRC_PROFILE,
    help: "A successful Response must contain a saml:Assertion (or saml:EncryptedAssertion) with the user's identity.",
};
pub const ASSERTION_ENCRYPTED: Rule = Rule {
    id: "saml-response/assertion-encrypted",
    severity: Severity::Info,
    summary: "The Assertion is encrypted and cannot be read without the SP private key",
    source: "W3C XML Encryption 1.1; Webex Messenger admin guide, \"Configuration of Single Sign-on\" (WebEx Certificate Management: certificate for SAML assertion encryption)",
    help: "Only Webex (the SP) holds the private key. To check the attributes, temporarily turn off assertion encryption for the Webex application in the IdP, or capture the decrypted assertion from the IdP's logs.",
};
pub const MULTIPLE_ASSERTIONS: Rule = Rule {
    id: "saml-response/multiple-assertions",
    severity: Severity::Warning,
    summary: "The Response contains more than one Assertion",
    source: SRC_PROFILE,
    help: "Send exactly one assertion. Several assertions are unusual and a sign of a signature-wrapping attempt.",
};
pub const ISSUER_MISSING: Rule = Rule {
    id: "saml-response/issuer-missing",
    severity: Severity::Error,
    summary: "The Assertion has no Issuer",
    source: SRC_CORE_ASSERTION,
    help: "The assertion must name the IdP in saml:Issuer; Webex matches it against \"Issuer for SAML (IdP ID)\".",
};
pub const ISSUER_INCONSISTENT: Rule = Rule {
    id: "saml-response/issuer-inconsistent",
    severity: Severity::Warning,
    summary: "The Response Issuer differs from the Assertion Issuer",
    source: SRC_PROFILE,
    help: "Both Issuers must name the same IdP entity ID; configure the IdP to use one entity ID.",
};
pub const SUBJECT_MISSING: Rule = Rule {
    id: "saml-response/subject-missing",
    severity: Severity::Error,
    summary: "The Assertion has no Subject",
    source: SRC_PROFILE,
    help: "The assertion must contain saml:Subject with the NameID that identifies the user.",
};
pub const NAMEID_MISSING: Rule = Rule {
    id: "saml-response/nameid-missing",
    severity: Severity::Error,
    summary: "The Subject has no NameID (or it is empty)",
    source: SRC_FED_NAMEID,
    help: "Configure the IdP to send a NameID for the Webex application, in the NameID Format set in Webex.",
};
pub const NAMEID_FORMAT_UNSUPPORTED: Rule = Rule {
    id: "saml-response/nameid-format-unsupported",
    severity: Severity::Error,
    summary: "The NameID Format is not one Webex supports",
    source: SRC_FED_NAMEID,
    help: "Use one of: urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified (default), ...:1.1:nameid-format:emailAddress, ...:1.1:nameid-format:X509SubjectName, urn:oasis:names:tc:SAML:2.0:nameid-format:entity, ...:2.0:nameid-format:persistent, and set the same format in Webex.",
};
pub const NAMEID_EMAIL_INVALID: Rule = Rule {
    id: "saml-response/nameid-email-invalid",
    severity: Severity::Error,
    summary: "An emailAddress NameID is not a valid email address",
    source: "OASIS SAML 2.0 Core (saml-core-2.0-os) §8.3.2 (emailAddress: the form of an addr-spec, RFC 2822); Webex Messenger admin guide, \"Federated Web SSO Settings\" (NamedID Format: Email address)",
    help: "With Format emailAddress the NameID must be an address like user@example.com. Map the mail attribute, not the UPN or a display name.",
};
pub const NAMEID_COMMENT: Rule = Rule {
    id: "saml-response/nameid-comment",
    severity: Severity::Error,
    summary: "The NameID contains an XML comment",
    source: "CVE-2017-11427 family (XML comment truncation of NameID, Duo Security 2018); SAML 2.0 Core §2.2.3",
    help: "No IdP puts comments inside NameID. Comments can make a vulnerable SP read only part of the value (user@evil.com<!---->.attacker.com). Treat this response as an attack and investigate where it came from.",
};
pub const NAMEID_ATTRIBUTE_MISMATCH: Rule = Rule {
    id: "saml-response/nameid-attribute-mismatch",
    severity: Severity::Warning,
    summary: "The NameID does not match the attribute the organisation identifies users by",
    source: "Webex Messenger admin guide, \"Enter Security Settings\" (step 3: \"The NameID selection should match the identifier for your organization ... The available selections are UserName, Email, and EmployeeID\")",
    help: "The NameID must carry the identifier Webex uses for your organisation (UserName → uid, Email → email, EmployeeID → employeeid). Map the same source attribute to the NameID, or choose the matching --nameid-source.",
};
pub const SUBJECT_CONFIRMATION_MISSING: Rule = Rule {
    id: "saml-response/subject-confirmation-missing",
    severity: Severity::Error,
    summary: "There is no bearer SubjectConfirmation with SubjectConfirmationData",
    source: SRC_PROFILE,
    help: "The Web Browser SSO profile needs <saml:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\"> with SubjectConfirmationData carrying Recipient and NotOnOrAfter.",
};
pub const RECIPIENT_MISSING: Rule = Rule {
    id: "saml-response/recipient-missing",
    severity: Severity::Warning,
    summary: "SubjectConfirmationData has no Recipient",
    source: SRC_PROFILE,
    help: "Set Recipient to the Webex assertion consumer service URL so the assertion cannot be replayed to another service.",
};
pub const CONFIRMATION_EXPIRED: Rule = Rule {
    id: "saml-response/subject-confirmation-expired",
    severity: Severity::Error,
    summary: "SubjectConfirmationData NotOnOrAfter has passed",
    source: SRC_PROFILE,
    help: "The bearer confirmation has expired (allowing for clock skew). Capture a fresh response; if this happens in production, synchronise the IdP clock with NTP.",
};
pub const IN_RESPONSE_TO_MISMATCH: Rule = Rule {
    id: "saml-response/in-response-to-mismatch",
    severity: Severity::Warning,
    summary: "InResponseTo of the Response and of SubjectConfirmationData differ",
    source: SRC_PROFILE,
    help: "Both must carry the ID of the AuthnRequest this response answers; a mismatch means the IdP mixed up requests or the response was tampered with.",
};
pub const RECIPIENT_DESTINATION_MISMATCH: Rule = Rule {
    id: "saml-response/recipient-destination-mismatch",
    severity: Severity::Warning,
    summary: "SubjectConfirmationData Recipient differs from the Response Destination",
    source: SRC_PROFILE,
    help: "Both must be the Webex assertion consumer service URL the response is posted to. Fix the ACS / reply URL (Entra ID), Single sign-on URL (Okta), endpoint (ADFS) or AssertionConsumerService (Shibboleth metadata) so they agree.",
};
pub const BAD_TIMESTAMP: Rule = Rule {
    id: "saml-response/bad-timestamp",
    severity: Severity::Error,
    summary: "A SAML time attribute is not a valid xs:dateTime",
    source: SRC_CORE_ASSERTION,
    help: "SAML times are UTC xs:dateTime values like 2024-05-01T12:00:00Z.",
};

// Conditions and authentication.
pub const CONDITIONS_MISSING: Rule = Rule {
    id: "saml-response/conditions-missing",
    severity: Severity::Warning,
    summary: "The Assertion has no Conditions",
    source: SRC_PROFILE,
    help: "Send Conditions with NotBefore/NotOnOrAfter and an AudienceRestriction naming the Webex SP entity ID.",
};
pub const NOT_YET_VALID: Rule = Rule {
    id: "saml-response/not-yet-valid",
    severity: Severity::Error,
    summary: "Conditions NotBefore is in the future",
    source: SRC_CORE_ASSERTION,
    help: "The assertion is not valid yet, even allowing for clock skew. The IdP clock is probably ahead: synchronise it with NTP.",
};
pub const EXPIRED: Rule = Rule {
    id: "saml-response/expired",
    severity: Severity::Error,
    summary: "Conditions NotOnOrAfter has passed",
    source: SRC_CORE_ASSERTION,
    help: "The assertion has expired (allowing for clock skew). Capture a fresh response (use --now to check a captured one at its capture time); if fresh ones fail too, the IdP clock is behind or its validity window too short.",
};
pub const AUDIENCE_MISSING: Rule = Rule {
    id: "saml-response/audience-missing",
    severity: Severity::Warning,
    summary: "The Conditions have no AudienceRestriction",
    source: SRC_FED,
    help: "Restrict the assertion to Webex: AudienceRestriction/Audience must be the \"WebEx SAML Issuer (SP ID)\" (default http://www.webex.com).",
};
pub const AUDIENCE_MISMATCH: Rule = Rule {
    id: "saml-response/audience-mismatch",
    severity: Severity::Error,
    summary: "No Audience equals the Webex SP entity ID",
    source: SRC_FED,
    help: "Set the relying party identifier (ADFS), Audience URI (Okta), Identifier (Entra ID) or entityID (Shibboleth) to the \"WebEx SAML Issuer (SP ID)\" shown in Webex (default http://www.webex.com), or pass the right --sp-entity-id.",
};
pub const AUTHN_STATEMENT_MISSING: Rule = Rule {
    id: "saml-response/authn-statement-missing",
    severity: Severity::Error,
    summary: "The Assertion has no AuthnStatement",
    source: SRC_PROFILE,
    help:
        "The Web Browser SSO profile requires an AuthnStatement describing how the user signed in.",
};
pub const AUTHN_CONTEXT_MISSING: Rule = Rule {
    id: "saml-response/authn-context-missing",
    severity: Severity::Warning,
    summary: "The AuthnStatement has no AuthnContextClassRef",
    source: SRC_FED,
    help: "Webex compares AuthnContextClassRef with its \"AuthnContextClassRef\" setting; send one (e.g. urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport) that matches it.",
};

// Attributes.
pub const ATTRIBUTE_REQUIRED_MISSING: Rule = Rule {
    id: "saml-response/attribute-required-missing",
    severity: Severity::Error,
    summary: "A required attribute (uid, firstname, lastname, email) is missing or empty",
    source: SRC_ATTRS,
    help: "Add an attribute statement with these names, spelled as the guide's table spells them: uid, firstname, lastname, email.",
};
pub const ATTRIBUTE_NAME_CASE: Rule = Rule {
    id: "saml-response/attribute-name-case",
    severity: Severity::Warning,
    summary: "An attribute name differs from the Webex attribute table only in letter case",
    source: SRC_ATTRS,
    help: "The guide does not say whether Webex matches attribute names regardless of case. Rename the claim in the IdP to the exact name of the table (uid, firstname, lastname, email, updateTimeStamp, ISOCountry …) to be sure it is recognised.",
};
pub const ATTRIBUTE_UNKNOWN: Rule = Rule {
    id: "saml-response/attribute-unknown",
    severity: Severity::Info,
    summary: "An attribute name is not in the Webex attribute table",
    source: SRC_ATTRS,
    help: "The guide's attribute table has no such attribute, so Webex has no field for it. If the name is a near miss of a Webex attribute, rename it in the IdP claim rules.",
};
pub const ATTRIBUTE_URI_NAME: Rule = Rule {
    id: "saml-response/attribute-uri-name",
    severity: Severity::Warning,
    summary: "An attribute is named by a URI instead of the short name Webex expects",
    source: SRC_ATTRS,
    help: "ADFS and Entra ID name claims by URI (http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress), Shibboleth by OID. Webex expects the short names of its table: rename the claim (e.g. to email) in the IdP.",
};
pub const ATTRIBUTE_MULTI_VALUED: Rule = Rule {
    id: "saml-response/attribute-multi-valued",
    severity: Severity::Warning,
    summary: "An attribute that takes one value has several (or appears twice)",
    source: "Best practice (the guide's SAML 2.0 attribute table gives one value per attribute and does not say which of several Webex would use); admin guide, \"Configuration of Single Sign-on in Cisco WebEx Messenger Administration Tool\"",
    help: "Best practice: send a single AttributeValue. The guide's table describes one value for each of these attributes and does not say which of several Webex would pick.",
};
pub const EMAIL_ATTRIBUTE_INVALID: Rule = Rule {
    id: "saml-response/email-attribute-invalid",
    severity: Severity::Error,
    summary: "The email attribute is not a valid email address",
    source: SRC_ATTRS,
    help: "Map email to the user's mail address (Active Directory mail, not the display name or sAMAccountName).",
};
pub const UPDATE_TIMESTAMP_FORMAT: Rule = Rule {
    id: "saml-response/update-timestamp-format",
    severity: Severity::Error,
    summary: "updateTimeStamp is not a long, UTC time or LDIF time",
    source: SRC_ATTRS,
    help: "Send updateTimeStamp as epoch milliseconds (1700000000000), a UTC time (2024-05-01T12:00:00Z) or an LDIF generalized time (20240501120000.0Z), e.g. Active Directory's whenChanged.",
};
pub const ISO_COUNTRY_INVALID: Rule = Rule {
    id: "saml-response/iso-country-invalid",
    severity: Severity::Error,
    summary: "ISOCountry is not an ISO 3166-1 alpha-2 code",
    source: SRC_ATTRS,
    help: "Send the two-letter ISO 3166-1 code (US, GB, DE), not the country name or a three-letter code (Active Directory attribute c, not co).",
};
pub const IMLOGGING_NOT_BOOLEAN: Rule = Rule {
    id: "saml-response/imlogging-not-boolean",
    severity: Severity::Warning,
    summary: "imloggingenabled is not true or false",
    source: "Best practice (the guide's table gives no values for imloggingenabled, only that without it \"it would be set to false\"); admin guide, \"Configuration of Single Sign-on in Cisco WebEx Messenger Administration Tool\" (SAML 2.0 attribute table)",
    help: "Best practice: send true or false. The guide does not list the values this attribute takes; it says only that, when an organization has IM logging enabled and the attribute is absent, it would be set to false.",
};

// Account provisioning.
pub const AUTO_ACCOUNT_CREATION: Rule = Rule {
    id: "saml-response/auto-account-creation",
    severity: Severity::Info,
    summary: "Whether this response could create a Webex account",
    source: SRC_AUTO,
    help: "Auto Account Creation needs uid, email, firstname and lastname in the assertion. Send all four if Auto Account Creation is checked.",
};
pub const AUTO_ACCOUNT_UPDATE: Rule = Rule {
    id: "saml-response/auto-account-update",
    severity: Severity::Info,
    summary: "Whether this response could update a Webex account",
    source: SRC_AUTO,
    help: "Auto Account Update only updates the profile when updateTimeStamp is present and newer than the last update (e.g. Active Directory whenChanged).",
};
pub const UID_UPN: Rule = Rule {
    id: "saml-response/uid-upn",
    severity: Severity::Info,
    summary: "uid looks like an Active Directory UPN (user@domain)",
    source: SRC_UPN,
    help: "Keep \"Remove uid Domain Suffix for Active Directory UPN\" unchecked: Webex Messenger uids require the email domain, and stripping it causes an error. If the UPN domain is internal (corp.local), map uid to the mail attribute instead.",
};
pub const UID_WITHOUT_DOMAIN: Rule = Rule {
    id: "saml-response/uid-without-domain",
    severity: Severity::Warning,
    summary: "uid has no email domain",
    source: SRC_UPN,
    help: "Webex Messenger uids require the email domain (user@example.com). Map uid to the UPN or mail attribute rather than sAMAccountName.",
};
pub const UID_DOMAIN_DIFFERS: Rule = Rule {
    id: "saml-response/uid-domain-differs",
    severity: Severity::Warning,
    summary: "uid's domain differs from the email domain",
    source: SRC_UPN,
    help: "An Active Directory UPN suffix (corp.local) that is not the email domain makes a uid Webex does not know; map uid to mail or add a UPN suffix that matches the email domain.",
};

// IdP metadata.
pub const IDP_METADATA_UNREADABLE: Rule = Rule {
    id: "saml-response/idp-metadata-unreadable",
    severity: Severity::Error,
    summary: "The --idp-metadata file has no IdP entityID",
    source: "OASIS SAML 2.0 Metadata (saml-metadata-2.0-os) §2.3.2 EntityDescriptor",
    help: "Pass the IdP's SAML 2.0 metadata (an EntityDescriptor with an IDPSSODescriptor), the same file imported with \"Import SAML Metadata\".",
};
pub const ISSUER_NOT_IDP_ENTITY: Rule = Rule {
    id: "saml-response/issuer-not-idp-entity",
    severity: Severity::Error,
    summary: "The Issuer is not the entityID of the IdP metadata",
    source: SRC_FED,
    help: "\"Issuer for SAML (IdP ID)\" must match the IdP: re-import the IdP metadata in Webex, or fix the IdP's entity ID.",
};
pub const SIGNING_CERT_UNKNOWN: Rule = Rule {
    id: "saml-response/signing-cert-unknown",
    severity: Severity::Error,
    summary: "The response is signed with a certificate the IdP metadata does not list",
    source: "Webex Messenger admin guide, \"Configure Organization Certificate Management\"; SAML 2.0 Metadata §2.4.1.1 KeyDescriptor",
    help: "The IdP signs with a certificate Webex does not trust (a rollover?). Import the new signing certificate under Organization Certificate Management (the guide: \"Used to manually import, validate, or remove X.509 certificates\"), and publish it in the IdP metadata.",
};

// Signatures (presence and algorithms; verification is separate).
pub const UNSIGNED: Rule = Rule {
    id: "saml-response/unsigned",
    severity: Severity::Error,
    summary: "Neither the Response nor the Assertion is signed",
    source: "Webex Messenger admin guide, \"Using SSO with the Cisco WebEx and Cisco WebEx Meeting Applications\" (\"SAML assertions are digitally signed to ensure their authenticity\"); OASIS SAML 2.0 Profiles (saml-profiles-2.0-os) §4.1.3.5 (assertions delivered by HTTP-POST are signed)",
    help: "Configure the IdP to sign the assertion (or the whole response) with the certificate Webex has imported.",
};
pub const WEAK_SIGNATURE_ALGORITHM: Rule = Rule {
    id: "saml-response/weak-signature-algorithm",
    severity: Severity::Warning,
    summary: "A signature uses SHA-1 (or MD5)",
    source: "Best practice: RFC 6931 §2.1.3 and §2.2.1, NIST SP 800-131A Rev. 2 (SHA-1 deprecated for signatures); W3C XML Signature 1.1 §6 Algorithms. The guide names no signature algorithm for SAML",
    help: "Best practice, not a limit of the guide: switch the IdP's signing algorithm to RSA-SHA256 (http://www.w3.org/2001/04/xmldsig-more#rsa-sha256) and digest to SHA-256; SHA-1 signatures are deprecated.",
};
pub const SIGNATURE_REFERENCE_MISMATCH: Rule = Rule {
    id: "saml-response/signature-reference-mismatch",
    severity: Severity::Warning,
    summary: "A Signature's Reference URI is not the ID of the element that contains it",
    source: "OASIS SAML 2.0 Core (saml-core-2.0-os) §5.4.2 (References: a same-document reference to the ID of the signed element); W3C XML Signature 1.1",
    help: "An enveloped SAML signature references its parent (Reference URI=\"#\" + the parent's ID). Anything else is a broken signature or a signature-wrapping attempt.",
};

// Signature verification (src/xmldsig).
const SRC_VERIFY: &str = "W3C XML Signature 1.1 §3.2 Core Validation; OASIS SAML 2.0 core §5.4; Webex Messenger admin guide, \"Single Sign-on\" (SAML assertions are digitally signed to ensure their authenticity)";
pub const SIGNATURE_INVALID: Rule = Rule {
    id: "saml-response/signature-invalid",
    severity: Severity::Error,
    summary: "A signature does not verify: the signed content changed (digest mismatch) or the SignatureValue is wrong",
    source: SRC_VERIFY,
    help: "Webex rejects this message. A digest mismatch means the signed element was modified after signing (by a proxy, an editor that reformatted it, or an attacker); a SignatureValue mismatch means the key is not the one that signed. Capture the message again, unmodified.",
};
pub const SIGNATURE_UNTRUSTED: Rule = Rule {
    id: "saml-response/signature-untrusted",
    severity: Severity::Error,
    summary: "A signature verifies only with the certificate it carries, not with the trusted certificate",
    source: SRC_VERIFY,
    help: "The IdP signs with a key other than the certificate you trust (after a certificate rollover, usually). Import the IdP's current signing certificate in Webex (Organization Certificate Management) or re-import its metadata — or investigate: anyone can sign with a certificate of their own.",
};
pub const SIGNATURE_NO_TRUST_SOURCE: Rule = Rule {
    id: "saml-response/signature-no-trust-source",
    severity: Severity::Warning,
    summary: "A signature is valid with its embedded certificate, but no trusted certificate was given to check it against",
    source: SRC_VERIFY,
    help: "A self-carried certificate proves only that the message is intact. Give the IdP's signing certificate (--trust-cert FILE) or its metadata (--idp-metadata FILE) to check who signed it.",
};
pub const SIGNATURE_FORBIDDEN_ALGORITHM: Rule = Rule {
    id: "saml-response/signature-forbidden-algorithm",
    severity: Severity::Error,
    summary: "A signature uses HMAC (a shared secret) or MD5",
    source: "W3C XML Signature 1.1 §6.3.1 (HMAC), RFC 6931 §2.3.1 (MD5); RFC 6151",
    help: "An HMAC proves nothing about the IdP (whoever knows the secret can sign) and MD5 is broken. Sign with RSA-SHA256 and the IdP's certificate.",
};
pub const SIGNATURE_UNVERIFIABLE: Rule = Rule {
    id: "saml-response/signature-unverifiable",
    severity: Severity::Error,
    summary: "A signature cannot be verified (malformed, unknown algorithm or transform, missing key, unresolvable Reference)",
    source: SRC_VERIFY,
    help: "Webex cannot verify this signature either. Sign with the algorithms of XML Signature 1.1 (RSA-SHA256, exclusive canonicalization, enveloped-signature) and include the certificate in KeyInfo.",
};
pub const SIGNATURE_DUPLICATE_ID: Rule = Rule {
    id: "saml-response/signature-duplicate-id",
    severity: Severity::Error,
    summary: "Several elements carry the ID a signature references (signature wrapping)",
    source: "OASIS SAML 2.0 core §1.3.4 (IDs are unique); Somorovsky et al., On Breaking SAML (2012)",
    help: "An ID must be unique in the message. Two elements with the same ID let an attacker show one while the signature covers the other; treat the message as forged.",
};
pub const SIGNATURE_WRONG_ELEMENT: Rule = Rule {
    id: "saml-response/signature-wrong-element",
    severity: Severity::Error,
    summary: "A signature covers an element other than the Response or the Assertion this report shows",
    source: "OASIS SAML 2.0 core §5.4.2; Somorovsky et al., On Breaking SAML (2012)",
    help: "A signature only vouches for the element it references. When it covers another element, the NameID and attributes shown are not signed — the classic signature-wrapping attack (XSW).",
};
pub const SIGNATURE_TRUSTED: Rule = Rule {
    id: "saml-response/signature-trusted",
    severity: Severity::Info,
    summary: "A signature verifies with a trusted certificate",
    source: SRC_VERIFY,
    help:
        "Nothing to do: the signed element is intact and was signed by the certificate you trust.",
};
pub const SIGNATURE_CERT_EXPIRED: Rule = Rule {
    id: "saml-response/signature-cert-expired",
    severity: Severity::Warning,
    summary: "The certificate that verifies a signature has expired",
    source: "RFC 5280 §4.1.2.5; Webex Messenger admin guide, \"Configure Organization Certificate Management\"",
    help: "Webex may still accept the signature, but the IdP should roll over to a new signing certificate before it is refused. Import the new certificate first, then switch the IdP.",
};

pub const RULES: &[Rule] = &[
    EMPTY_INPUT,
    INPUT_TOO_LARGE,
    NOT_DECODABLE,
    INFLATE_LIMIT,
    XML_MALFORMED,
    XML_DTD,
    XML_TOO_DEEP,
    UNKNOWN_ROOT,
    STATUS_MISSING,
    STATUS_NOT_SUCCESS,
    ASSERTION_MISSING,
    ASSERTION_ENCRYPTED,
    MULTIPLE_ASSERTIONS,
    ISSUER_MISSING,
    ISSUER_INCONSISTENT,
    SUBJECT_MISSING,
    NAMEID_MISSING,
    NAMEID_FORMAT_UNSUPPORTED,
    NAMEID_EMAIL_INVALID,
    NAMEID_COMMENT,
    NAMEID_ATTRIBUTE_MISMATCH,
    SUBJECT_CONFIRMATION_MISSING,
    RECIPIENT_MISSING,
    CONFIRMATION_EXPIRED,
    IN_RESPONSE_TO_MISMATCH,
    RECIPIENT_DESTINATION_MISMATCH,
    BAD_TIMESTAMP,
    CONDITIONS_MISSING,
    NOT_YET_VALID,
    EXPIRED,
    AUDIENCE_MISSING,
    AUDIENCE_MISMATCH,
    AUTHN_STATEMENT_MISSING,
    AUTHN_CONTEXT_MISSING,
    ATTRIBUTE_REQUIRED_MISSING,
    ATTRIBUTE_UNKNOWN,
    ATTRIBUTE_NAME_CASE,
    ATTRIBUTE_URI_NAME,
    ATTRIBUTE_MULTI_VALUED,
    EMAIL_ATTRIBUTE_INVALID,
    UPDATE_TIMESTAMP_FORMAT,
    ISO_COUNTRY_INVALID,
    IMLOGGING_NOT_BOOLEAN,
    AUTO_ACCOUNT_CREATION,
    AUTO_ACCOUNT_UPDATE,
    UID_UPN,
    UID_WITHOUT_DOMAIN,
    UID_DOMAIN_DIFFERS,
    IDP_METADATA_UNREADABLE,
    ISSUER_NOT_IDP_ENTITY,
    SIGNING_CERT_UNKNOWN,
    UNSIGNED,
    WEAK_SIGNATURE_ALGORITHM,
    SIGNATURE_REFERENCE_MISMATCH,
    crate::xmlschema::rules::RESPONSE.unexpected_element,
    crate::xmlschema::rules::RESPONSE.missing_element,
    crate::xmlschema::rules::RESPONSE.unknown_attribute,
    crate::xmlschema::rules::RESPONSE.missing_attribute,
    crate::xmlschema::rules::RESPONSE.attribute_type,
    crate::xmlschema::rules::RESPONSE.content_type,
    crate::xmlschema::rules::RESPONSE.duplicate_id,
    crate::xmlschema::rules::RESPONSE.time_not_utc,
    SIGNATURE_INVALID,
    SIGNATURE_UNTRUSTED,
    SIGNATURE_NO_TRUST_SOURCE,
    SIGNATURE_FORBIDDEN_ALGORITHM,
    SIGNATURE_UNVERIFIABLE,
    SIGNATURE_DUPLICATE_ID,
    SIGNATURE_WRONG_ELEMENT,
    SIGNATURE_TRUSTED,
    SIGNATURE_CERT_EXPIRED,
];
