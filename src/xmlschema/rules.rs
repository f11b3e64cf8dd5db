//! The schema rules, once for metadata (`saml/schema-*`) and once for SAML
//! messages (`saml-response/schema-*`): the same checks, reported by each
//! tool under its own prefix.

use super::validator::Kind;
use crate::report::Severity;
use crate::rules::Rule;

const SOURCE_MD: &str = "OASIS SAML V2.0 Metadata, section 2 and its schema saml-schema-metadata-2.0.xsd (with the metadata extension schemas); W3C XML Schema Part 1, section 3.4.4 \"Element Locally Valid (Complex Type)\"";
const SOURCE_MD_TYPES: &str = "OASIS SAML V2.0 Metadata schema saml-schema-metadata-2.0.xsd; W3C XML Schema Part 2, section 3.2 (built-in datatypes)";
const SOURCE_MSG: &str = "OASIS SAML V2.0 Core, sections 2 and 3 and the schemas saml-schema-assertion-2.0.xsd and saml-schema-protocol-2.0.xsd; W3C XML Schema Part 1, section 3.4.4 \"Element Locally Valid (Complex Type)\"";
const SOURCE_MSG_TYPES: &str = "OASIS SAML V2.0 Core schemas saml-schema-assertion-2.0.xsd and saml-schema-protocol-2.0.xsd; W3C XML Schema Part 2, section 3.2 (built-in datatypes)";
const SOURCE_UTC: &str = "OASIS SAML V2.0 Core, section 1.3.3 (\"All SAML time values have the type xs:dateTime … and MUST be expressed in UTC form, with no time zone component\")";
const SOURCE_ID: &str = "W3C XML Schema Part 2, section 3.3.8 (ID: unique within the document); OASIS SAML V2.0 Core, section 1.3.4 (ID and ID reference values)";

/// One tool's schema rules.
pub struct SchemaRules {
    pub unexpected_element: Rule,
    pub missing_element: Rule,
    pub unknown_attribute: Rule,
    pub missing_attribute: Rule,
    pub attribute_type: Rule,
    pub content_type: Rule,
    pub duplicate_id: Rule,
    pub time_not_utc: Rule,
}

impl SchemaRules {
    pub fn rule(&self, kind: Kind) -> &Rule {
        match kind {
            Kind::UnexpectedElement => &self.unexpected_element,
            Kind::MissingElement => &self.missing_element,
            Kind::UnknownAttribute => &self.unknown_attribute,
            Kind::MissingAttribute => &self.missing_attribute,
            Kind::AttributeType => &self.attribute_type,
            Kind::ContentType => &self.content_type,
            Kind::DuplicateId => &self.duplicate_id,
            Kind::TimeNotUtc => &self.time_not_utc,
        }
    }

    pub const fn all(&self) -> [&Rule; 8] {
        [
            &self.unexpected_element,
            &self.missing_element,
            &self.unknown_attribute,
            &self.missing_attribute,
            &self.attribute_type,
            &self.content_type,
            &self.duplicate_id,
            &self.time_not_utc,
        ]
    }
}

pub const METADATA: SchemaRules = SchemaRules {
    unexpected_element: Rule {
        id: "saml/schema-unexpected-element",
        severity: Severity::Error,
        summary: "An element is not allowed where it stands (wrong order, wrong parent or unknown)",
        source: SOURCE_MD,
        help: "Importers that validate metadata against the SAML schema (Shibboleth, xmlsectool, many IdP and SP products) refuse the whole file; others may ignore the element. Put the children in the order the message gives — for a role: ds:Signature, md:Extensions, md:KeyDescriptor, md:Organization, md:ContactPerson, then (SSO roles) md:ArtifactResolutionService, md:SingleLogoutService, md:ManageNameIDService, md:NameIDFormat, then md:SingleSignOnService (IdP) or md:AssertionConsumerService and md:AttributeConsumingService (SP) — or remove the element. Export the metadata again from the product rather than editing it by hand.",
    },
    missing_element: Rule {
        id: "saml/schema-missing-element",
        severity: Severity::Error,
        summary: "A child element the schema requires is missing",
        source: SOURCE_MD,
        help: "Schema-validating importers refuse the file. Add the missing element where the message says (for example md:Organization needs md:OrganizationName, md:OrganizationDisplayName and md:OrganizationURL, in that order; md:KeyDescriptor needs ds:KeyInfo), or remove the incomplete parent.",
    },
    unknown_attribute: Rule {
        id: "saml/schema-unknown-attribute",
        severity: Severity::Error,
        summary: "An element carries an attribute its schema does not define",
        source: SOURCE_MD,
        help: "Schema-validating importers refuse the file; others ignore the attribute, so whatever it was meant to set is not set. Check the spelling and case (attribute names are case-sensitive: `Location`, not `location`), or move a vendor attribute into its own namespace.",
    },
    missing_attribute: Rule {
        id: "saml/schema-missing-attribute",
        severity: Severity::Error,
        summary: "A required attribute is missing",
        source: SOURCE_MD,
        help: "Schema-validating importers refuse the file. Add the attribute the message names (for example `Binding` and `Location` on every endpoint, `index` on an AssertionConsumerService, `protocolSupportEnumeration` on a role, `contactType` on md:ContactPerson, `xml:lang` on localized names).",
    },
    attribute_type: Rule {
        id: "saml/schema-attribute-type",
        severity: Severity::Error,
        summary: "An attribute value is not of its schema type",
        source: SOURCE_MD_TYPES,
        help: "Schema-validating importers refuse the file, and others may read the value differently. Write the value in the form the message gives: times as xs:dateTime in UTC (2026-01-31T12:00:00Z), durations as xs:duration (PT6H), booleans as true or false, index as a whole number from 0 to 65535, use as signing or encryption.",
    },
    content_type: Rule {
        id: "saml/schema-content-type",
        severity: Severity::Error,
        summary: "An element's text is not of its schema type, or text stands where only elements may",
        source: SOURCE_MD_TYPES,
        help: "Schema-validating importers refuse the file. Fix the element's content as the message says: a certificate must be base64 only (no PEM BEGIN/END lines), a URL element a URI, and elements that hold other elements take no text of their own.",
    },
    duplicate_id: Rule {
        id: "saml/schema-duplicate-id",
        severity: Severity::Error,
        summary: "Two elements share the same ID",
        source: SOURCE_ID,
        help: "IDs must be unique in the document: a signature refers to the element it signs by ID, so a repeated ID makes the signature ambiguous and schema-validating importers refuse the file. Give each element its own ID (merging two metadata files by hand often repeats them).",
    },
    time_not_utc: Rule {
        id: "saml/schema-time-not-utc",
        severity: Severity::Warning,
        summary: "A time (validUntil) is not given in UTC",
        source: SOURCE_UTC,
        help: "SAML requires times in UTC, written with a trailing Z. The value is a valid xs:dateTime, but some importers ignore the offset or refuse the value, so the metadata may be taken to expire at another time. Write it in UTC: 2027-01-31T00:00:00+01:00 is 2027-01-30T23:00:00Z.",
    },
};

pub const RESPONSE: SchemaRules = SchemaRules {
    unexpected_element: Rule {
        id: "saml-response/schema-unexpected-element",
        severity: Severity::Error,
        summary: "An element of the SAML message is not allowed where it stands",
        source: SOURCE_MSG,
        help: "A service provider that validates messages against the SAML schema rejects the sign-in. Fix the IdP's response template or custom rule so the elements come in the schema's order — for an Assertion: saml:Issuer, ds:Signature, saml:Subject, saml:Conditions, saml:Advice, then the statements; for a Response: saml:Issuer, ds:Signature, samlp:Extensions, samlp:Status, then the assertions.",
    },
    missing_element: Rule {
        id: "saml-response/schema-missing-element",
        severity: Severity::Error,
        summary: "A child element the SAML schema requires is missing from the message",
        source: SOURCE_MSG,
        help: "A schema-validating service provider rejects the sign-in. Add the missing element (a Response needs samlp:Status with a samlp:StatusCode; an Assertion needs saml:Issuer) in the IdP's configuration.",
    },
    unknown_attribute: Rule {
        id: "saml-response/schema-unknown-attribute",
        severity: Severity::Error,
        summary: "An element of the message carries an attribute its schema does not define",
        source: SOURCE_MSG,
        help: "A schema-validating service provider rejects the sign-in; others ignore the attribute. Check the spelling and case of the attribute the message names.",
    },
    missing_attribute: Rule {
        id: "saml-response/schema-missing-attribute",
        severity: Severity::Error,
        summary: "A required attribute is missing from the message",
        source: SOURCE_MSG,
        help: "A schema-validating service provider rejects the sign-in. Add the attribute the message names (ID, Version and IssueInstant on Response and Assertion; Name on saml:Attribute; Value on samlp:StatusCode).",
    },
    attribute_type: Rule {
        id: "saml-response/schema-attribute-type",
        severity: Severity::Error,
        summary: "An attribute value of the message is not of its schema type",
        source: SOURCE_MSG_TYPES,
        help: "A schema-validating service provider rejects the sign-in. Write the value in the form the message gives: times as xs:dateTime in UTC (2026-01-31T12:00:00Z), IDs as XML names that start with a letter or underscore.",
    },
    content_type: Rule {
        id: "saml-response/schema-content-type",
        severity: Severity::Error,
        summary: "An element's text in the message is not of its schema type, or text stands where only elements may",
        source: SOURCE_MSG_TYPES,
        help: "A schema-validating service provider rejects the sign-in. Fix the element's content as the message says (base64 only in ds:SignatureValue and ds:X509Certificate; no text directly inside elements that hold elements).",
    },
    duplicate_id: Rule {
        id: "saml-response/schema-duplicate-id",
        severity: Severity::Error,
        summary: "Two elements of the message share the same ID",
        source: SOURCE_ID,
        help: "IDs must be unique in the message: the signature points at the signed element by ID, and a repeated ID is the shape of a signature-wrapping attack. Service providers reject it; make the IdP generate a fresh ID for the Response and each Assertion.",
    },
    time_not_utc: Rule {
        id: "saml-response/schema-time-not-utc",
        severity: Severity::Warning,
        summary: "A time in the message (IssueInstant, NotBefore, NotOnOrAfter …) is not in UTC",
        source: SOURCE_UTC,
        help: "SAML requires times in UTC with a trailing Z. Service providers that ignore the offset judge the validity window hours off, so sign-in fails as expired or not yet valid. Configure the IdP to issue UTC times.",
    },
};
