//! The x509 rules, one `const` each, with the guide section or standard
//! behind it. Checked in `lints.rs`, `chain.rs`, `input.rs` and `rollover.rs`.

use crate::report::Severity;
use crate::rules::Rule;

const SRC_ORG: &str = "Webex Messenger admin guide, \"Configure Organization Certificate Management\" (step 5: \"Only certificates with 1024, 2048 or 4096 encryption bits and RC4-MD5 algorithms are supported\")";
/// The guide's sentence on what the import supports, quoted in messages.
pub const GUIDE_KEY_SIZES: &str =
    "\"Only certificates with 1024, 2048 or 4096 encryption bits and RC4-MD5 algorithms are supported\"";
const SRC_ORG_SET: &str =
    "Webex Messenger admin guide, \"Configure Organization Certificate Management\" (step 1)";
const SRC_SP: &str =
    "Webex Messenger admin guide, \"Configure WebEx Certificate Management\" (step 3, Val)";
const SRC_VALIDITY: &str = "RFC 5280 section 4.1.2.5 (Validity)";

pub const UNREADABLE: Rule = Rule {
    id: "x509/unreadable",
    severity: Severity::Error,
    summary: "The input is not a readable X.509 certificate",
    source: "Webex Messenger admin guide, \"Configure Organization Certificate Management\" (step 6); RFC 5280 section 4.1; RFC 7468",
    help: "Export the certificate from your identity provider as a .cer or .crt file, PEM (-----BEGIN CERTIFICATE-----) or DER; base64 copied from SAML metadata and PKCS#7 (.p7b) bundles are read too. Webex shows an error for anything that is not an X.509 certificate.",
};

pub const PRIVATE_KEY: Rule = Rule {
    id: "x509/private-key",
    severity: Severity::Warning,
    summary: "The input contains a private key",
    source: "Best practice (a private key never leaves the IdP's key store); admin guide, \"Single Sign-on Requirements\" (the X509 certificate has the public key; the private key signs)",
    help: "A private key must never be pasted into any tool, uploaded, e-mailed or stored in a ticket: Webex only needs the certificate. Remove the key block and, if it left your IdP's key store, treat it as compromised and replace the key pair. Preflight never displays or keeps key content.",
};

pub const KEY_SIZE: Rule = Rule {
    id: "x509/key-size",
    severity: Severity::Error,
    summary: "RSA key size is not 1024, 2048 or 4096 bits",
    source: SRC_ORG,
    help: "The guide: \"Only certificates with 1024, 2048 or 4096 encryption bits ... are supported\". Reissue the certificate with a 2048 or 4096 bit RSA key (3072 bits, although strong, is not on the list).",
};

pub const WEAK_KEY: Rule = Rule {
    id: "x509/weak-key",
    severity: Severity::Warning,
    summary: "RSA key of 1024 bits: accepted by the guide, weak by best practice",
    source: "Best practice: NIST SP 800-131A Rev. 2 (RSA keys under 2048 bits are disallowed for signature generation); the guide accepts 1024 bits (\"Configure Organization Certificate Management\", step 5)",
    help: "Best practice, not a limit of the guide: the guide lists 1024 bits among the supported sizes, and the import accepts the certificate. But 1024-bit RSA keys have been disallowed for signatures (NIST SP 800-131A) since the end of 2013 and can be factored with enough resources. Reissue the certificate with a 2048 or 4096 bit RSA key at your next rollover.",
};

pub const NON_RSA_KEY: Rule = Rule {
    id: "x509/non-rsa-key",
    severity: Severity::Error,
    summary: "The public key is not RSA (EC, EdDSA, DSA …)",
    source: SRC_ORG,
    help: "The guide supports only \"1024, 2048 or 4096 encryption bits\", which are RSA modulus sizes: an EC P-256 key (256 bits) or an Ed25519 key matches none of them, so it is an error. A DSA key of a listed size (e.g. 2048 bits) is not excluded by those words and is only a warning, but DSA keys cannot encrypt and are rarely accepted for SAML signing: best practice is an RSA 2048 or 4096 bit signing certificate for Webex.",
};

pub const EXPIRED: Rule = Rule {
    id: "x509/expired",
    severity: Severity::Error,
    summary: "The certificate has expired",
    source: SRC_VALIDITY,
    help: "Signatures made with an expired certificate are rejected. Issue a new certificate on the IdP, import it in Organization Certificate Management, make it active, and remove the expired one.",
};

pub const NOT_YET_VALID: Rule = Rule {
    id: "x509/not-yet-valid",
    severity: Severity::Error,
    summary: "The certificate is not valid yet (notBefore is in the future)",
    source: SRC_VALIDITY,
    help: "The certificate's validity starts later. Make it active only after its notBefore date, or check the clock of the machine that issued it.",
};

pub const EXPIRING_SOON: Rule = Rule {
    id: "x509/expiring-soon",
    severity: Severity::Warning,
    summary: "The certificate expires within the warning window (30 days by default)",
    source: "Best practice (the 30-day window is Preflight's default); admin guide, \"Configure WebEx Certificate Management\" (step 2: new certificates are typically generated when an existing one is about to expire)",
    help: "Plan the rollover now: import the next certificate while the current one is still valid (up to three are stored), switch the active one, then remove the old one. Export the expiry calendar (--ics) to get reminders.",
};

pub const SP_VALIDITY_PERIOD: Rule = Rule {
    id: "x509/sp-validity-period",
    severity: Severity::Warning,
    summary: "An SP certificate's validity period is outside 90-3652 days",
    source: SRC_SP,
    help: "Webex generates SP certificates valid for a minimum of 90 and a maximum of 3652 days, so a certificate outside that range was not made by WebEx Certificate Management. Generate the SP certificate there (Generate New Certificate, Val between 90 and 3652) and import that one into the IdP.",
};

pub const WEAK_SIGNATURE: Rule = Rule {
    id: "x509/weak-signature-algorithm",
    severity: Severity::Warning,
    summary: "The certificate is signed with MD5 or SHA-1 (best practice)",
    source: "Best practice: RFC 6151 (MD5), RFC 9155 and NIST SP 800-131A Rev. 2 (SHA-1); the guide's \"RC4-MD5 algorithms\" (\"Configure Organization Certificate Management\", step 5) names a TLS cipher suite, not a certificate signature algorithm, and refuses none",
    help: "Best practice, not a limit of the guide (which names no certificate signature algorithm it refuses). MD5 and SHA-1 signatures can be forged. Reissue the certificate signed with SHA-256 (sha256WithRSAEncryption) or stronger.",
};

pub const NO_DIGITAL_SIGNATURE: Rule = Rule {
    id: "x509/missing-digital-signature",
    severity: Severity::Warning,
    summary: "A signing certificate's key usage lacks digitalSignature",
    source: "Webex Messenger admin guide, \"Single Sign-on Requirements\" (the X509 certificate's private key digitally signs); RFC 5280 section 4.2.1.3",
    help: "The IdP signs SAML assertions with this key, but the certificate's keyUsage does not allow digitalSignature, so strict verifiers reject the signature. Reissue it with keyUsage digitalSignature (or without a keyUsage extension).",
};

pub const BAD_SELF_SIGNATURE: Rule = Rule {
    id: "x509/bad-self-signature",
    severity: Severity::Error,
    summary: "A self-signed certificate's signature does not verify with its own key",
    source: "RFC 5280 section 6.1.3 (signature verification); Webex Messenger admin guide, \"Single Sign-on Requirements\" (self-signed certificates)",
    help: "The certificate was altered or corrupted after it was signed (a wrong copy, an edited byte, a mangled base64 paste). Export it again from the IdP.",
};

pub const CHAIN_SIGNATURE: Rule = Rule {
    id: "x509/chain-signature",
    severity: Severity::Error,
    summary: "A chain link's signature does not verify with its issuer's key",
    source: "RFC 5280 section 6.1.3 (signature verification)",
    help: "The certificate names this issuer but was not signed by its key: the file holds the wrong issuer certificate (same name, other key, e.g. after a CA renewal). Get the matching intermediate from the CA.",
};

pub const CHAIN_ORDER: Rule = Rule {
    id: "x509/chain-order",
    severity: Severity::Warning,
    summary: "The chain is not in order (each certificate followed by its issuer)",
    source: "RFC 5246 section 7.4.2 and RFC 8446 section 4.4.2 (certificate_list order); RFC 5280 section 6.1",
    help: "Put the leaf (the IdP signing certificate) first, then its intermediate, then the root: each certificate must be followed by the one that issued it.",
};

pub const CHAIN_MISMATCH: Rule = Rule {
    id: "x509/chain-issuer-mismatch",
    severity: Severity::Error,
    summary: "A certificate's issuer is not the subject of the CA certificate after it, nor of any other in the input",
    source: "RFC 5280 section 6.1.3 (issuer name chaining)",
    help: "A link is missing: the next certificate is a CA but not the one that issued this certificate. Add the missing intermediate between them (compare the Issuer of the first with the Subject of the second).",
};

pub const ORG_SET_TOO_MANY: Rule = Rule {
    id: "x509/org-set-too-many",
    severity: Severity::Warning,
    summary: "More than three organisation certificates: Webex stores at most three",
    source: SRC_ORG_SET,
    help: "Organization Certificate Management holds at most three certificates and only one is active at a time. Keep the active one and its planned successor; remove expired certificates before importing another.",
};

/// Every x509 rule, in catalog order.
pub const RULES: &[Rule] = &[
    UNREADABLE,
    PRIVATE_KEY,
    KEY_SIZE,
    WEAK_KEY,
    NON_RSA_KEY,
    EXPIRED,
    NOT_YET_VALID,
    EXPIRING_SOON,
    SP_VALIDITY_PERIOD,
    WEAK_SIGNATURE,
    NO_DIGITAL_SIGNATURE,
    BAD_SELF_SIGNATURE,
    CHAIN_SIGNATURE,
    CHAIN_ORDER,
    CHAIN_MISMATCH,
    ORG_SET_TOO_MANY,
];
