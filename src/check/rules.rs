//! The whole-setup check's own rules: relations between files that no
//! single tool can see. Where a tool already has the rule and only needs a
//! value from another file, the check passes that value in instead (the
//! response tool gets the IdP metadata and the SP entityID; the directory
//! tool gets the schedule), so each relation is decided in one place.

use crate::report::Severity;
use crate::rules::Rule;

pub const CERT_FILE_NOT_IN_METADATA: Rule = Rule {
    id: "check/cert-file-not-in-metadata",
    severity: Severity::Warning,
    summary: "A certificate file is not a signing certificate of the IdP metadata",
    source: "Webex Messenger Administrator's Guide, \"Configure Organization Certificate Management\" (only one imported certificate is active at a time); SAML 2.0 Metadata section 2.4.1.1 (KeyDescriptor use=\"signing\")",
    help: "Webex verifies the IdP's responses with the certificate imported in Organization Certificate Management, and the IdP signs with the certificate its metadata lists for signing. Import the metadata's signing certificate (export it again from the IdP: ADFS \"Token-signing\", not \"Service communications\"), or update the metadata if the IdP has rolled over to this certificate.",
};

pub const CERT_EXPIRES_BEFORE_GO_LIVE: Rule = Rule {
    id: "check/cert-expires-before-go-live",
    severity: Severity::Error,
    summary: "A signing certificate expires before the planned go-live date",
    source: "RFC 5280 section 4.1.2.5 (a certificate is valid only until notAfter); best practice: roll the certificate over before the change, not after",
    help: "Sign-ins fail from the day the IdP signing certificate expires. Roll the IdP over to a new signing certificate (publish it in the metadata, import it into Webex) before the go-live date, or move the date.",
};

pub const DESTINATION_NOT_SP_ACS: Rule = Rule {
    id: "check/destination-not-sp-acs",
    severity: Severity::Error,
    summary: "The response is addressed to a URL that is not an assertion consumer service of the Webex SP metadata",
    source: "SAML 2.0 Bindings section 3.5.5.2 (Destination must be the URL the message was received at); SAML 2.0 Profiles section 4.1.4.2 (Recipient is the assertion consumer service URL)",
    help: "The IdP posts to the ACS URL it was configured with. Import the exported Webex SP metadata into the IdP again (or set its ACS / reply URL to the metadata's AssertionConsumerService Location), so that Destination and Recipient name it exactly.",
};

pub const NAMEID_NOT_IN_USERS: Rule = Rule {
    id: "check/nameid-not-in-users",
    severity: Severity::Warning,
    summary: "The response's NameID is not a user in the user files of the set",
    source: "Webex Messenger Administrator's Guide, \"Federated Web SSO Settings\" (NameID Format must match the IAM configuration) and \"Configure Partner Delegated Authentication\" (the NameID selection, UserName, Email or EmployeeID, identifies the user)",
    help: "Webex finds the user by the NameID. If the test user should be in this import, add them; otherwise make the IdP send the identifier the import uses (the email address or userName) as NameID.",
};

pub const EMAIL_DOMAIN_NOT_CLAIMED: Rule = Rule {
    id: "check/email-domain-not-claimed",
    severity: Severity::Warning,
    summary: "Users have email addresses in a domain the organization has not claimed",
    source: "Webex Messenger Administrator's Guide, \"Domain Information\" (the organization's domains and sub domains are provisioned for it) and \"Provision Tightly Coupled Integration\" (user email domains should match the organization's email domain)",
    help: "Correct the addresses, or ask your Cisco representative to add the domain to the organization (sub domains are provisioned one by one). Pass every claimed domain with --domain.",
};

pub const PRIVATE_KEY: Rule = Rule {
    id: "check/private-key-in-set",
    severity: Severity::Warning,
    summary: "A file of the set holds a private key",
    source: "Best practice: no Webex or IdP configuration step needs a private key, and a folder of setup files travels by email and tickets",
    help: "Remove the key from the folder (keep it in the IdP or the key store it belongs to). If it has been shared, replace the key and its certificate.",
};

pub const NOT_RECOGNISED: Rule = Rule {
    id: "check/file-not-recognised",
    severity: Severity::Info,
    summary: "A file was not recognised as any input Preflight checks",
    source: "Best practice",
    help: "The file is listed and not checked. If it is an input of one of the tools, choose its kind on the page (or run that tool on it); spreadsheets must be saved as CSV.",
};

pub const TOO_LARGE: Rule = Rule {
    id: "check/input-too-large",
    severity: Severity::Error,
    summary: "The files add up to more than the page checks at once",
    source: "Best practice",
    help: "Check the largest files (a federation aggregate, a full user export) with their own tool, or run `preflight check` on the command line, which has no such limit.",
};

pub const RULES: &[Rule] = &[
    CERT_FILE_NOT_IN_METADATA,
    CERT_EXPIRES_BEFORE_GO_LIVE,
    DESTINATION_NOT_SP_ACS,
    NAMEID_NOT_IN_USERS,
    EMAIL_DOMAIN_NOT_CLAIMED,
    PRIVATE_KEY,
    NOT_RECOGNISED,
    TOO_LARGE,
];
