//! The metadata checks: entity identity, roles, endpoints, validity, keys
//! and NameID formats (OASIS SAML V2.0 Metadata, sections 2.2-2.4; admin
//! guide "Configure Federated Web SSO" and "Federated Web SSO Settings").
//! The reader hands each finished [`Entity`] here; this module reports its
//! findings and turns it into `data.entities[]`.

//!
//! One concern per file: [`values`] reads attribute values (dates, URIs,
//! Locations), [`document`] reports on the document and on values where
//! they are written, [`roles`] on role descriptors and their endpoints,
//! [`cert_cache`] inspects each distinct embedded certificate once,
//! [`entity`] on a finished entity, and [`signature`] on ds:Signature.

mod cert_cache;
mod document;
mod entity;
mod roles;
mod signature;
pub mod values;

use std::collections::HashMap;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

pub use cert_cache::{FastHash, FxLike};
pub use values::{is_absolute_uri, parse_datetime};

use super::data::{Counts, MetadataData, SignatureData};
use super::entity_data::EntityData;
use super::model::At;
use super::xml::LineIndex;
use crate::report::{Finding, Location, Report, Severity};
use crate::rules::Rule;

const SOURCE_IMPORT: &str =
    "Webex Messenger admin guide, \"Configure Federated Web SSO\" (Import SAML Metadata)";

pub const NOT_METADATA: Rule = Rule {
    id: "saml/not-metadata",
    severity: Severity::Error,
    summary: "The input is not SAML 2.0 metadata",
    source: "OASIS SAML V2.0 Metadata, section 2.3 (EntitiesDescriptor, EntityDescriptor); admin guide, \"Configure Federated Web SSO\"",
    help: "Webex imports a SAML 2.0 metadata file whose root element is md:EntityDescriptor (or a federation's md:EntitiesDescriptor). Download the IdP's federation metadata (ADFS: /FederationMetadata/2007-06/FederationMetadata.xml; Okta, Entra ID, PingFederate and Shibboleth: the app's or IdP's metadata URL), not a SAML response, a certificate or an HTML page.",
};

pub const WRONG_NAMESPACE: Rule = Rule {
    id: "saml/wrong-namespace",
    severity: Severity::Error,
    summary: "A metadata element is not in its SAML 2.0 namespace",
    source: "OASIS SAML V2.0 Metadata, section 1.2 (namespaces); W3C Namespaces in XML 1.0",
    help: "Metadata elements must be in urn:oasis:names:tc:SAML:2.0:metadata and signature elements in http://www.w3.org/2000/09/xmldsig#. Declare the namespace (xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\" or xmlns:md=\"…\") on the root element; a file without it is not read as SAML metadata by Webex.",
};

pub const ENTITY_ID_MISSING: Rule = Rule {
    id: "saml/entity-id-missing",
    severity: Severity::Error,
    summary: "EntityDescriptor has no entityID",
    source: "OASIS SAML V2.0 Metadata, section 2.3.2; admin guide, \"Federated Web SSO Settings\" (Issuer for SAML (IdP ID))",
    help: "The entityID becomes Webex's \"Issuer for SAML (IdP ID)\" and must equal the Issuer of every assertion. Export the metadata again from the IdP so the entityID attribute is present.",
};

pub const ENTITY_ID_NOT_ABSOLUTE: Rule = Rule {
    id: "saml/entity-id-not-absolute",
    severity: Severity::Error,
    summary: "entityID is not an absolute URI",
    source: "OASIS SAML V2.0 Core, section 8.3.6 (entity identifier); admin guide, \"Federated Web SSO Settings\" (Issuer for SAML (IdP ID): \"A URI uniquely identifies the IdP\")",
    help: "An entity identifier is an absolute URI such as https://idp.example.com/idp/shibboleth, http://sts.example.com/adfs/services/trust or urn:example:idp. Fix the IdP's entity ID setting; a bare host name or a relative path is rejected.",
};

pub const ENTITY_ID_TOO_LONG: Rule = Rule {
    id: "saml/entity-id-too-long",
    severity: Severity::Error,
    summary: "entityID is longer than 1024 characters",
    source: "OASIS SAML V2.0 Core, section 8.3.6 (\"The syntax of such an identifier is a URI of not more than 1024 characters\")",
    help: "Shorten the IdP's entity ID to at most 1024 characters.",
};

pub const DUPLICATE_ENTITY_ID: Rule = Rule {
    id: "saml/duplicate-entity-id",
    severity: Severity::Error,
    summary: "Two entities in an aggregate share an entityID",
    source: "OASIS SAML V2.0 Metadata, section 2.3.1; SAML V2.0 Metadata Interoperability Profile",
    help: "Every entity in an EntitiesDescriptor must have a unique entityID; otherwise which IdP Webex trusts depends on the order of the file. Remove or rename the duplicate.",
};

pub const NO_SSO_ROLE: Rule = Rule {
    id: "saml/no-sso-role",
    severity: Severity::Warning,
    summary: "The entity has neither an IDPSSODescriptor nor an SPSSODescriptor",
    source: SOURCE_IMPORT,
    help: "Webex imports the IDPSSODescriptor of the identity provider. Metadata with only WS-Federation RoleDescriptors, an attribute authority or an affiliation cannot configure SAML 2.0 SSO; export the SAML 2.0 metadata of the IdP.",
};

pub const PROTOCOL_SUPPORT: Rule = Rule {
    id: "saml/protocol-support-missing",
    severity: Severity::Error,
    summary: "protocolSupportEnumeration lacks the SAML 2.0 protocol",
    source: "OASIS SAML V2.0 Metadata, section 2.4.1 (protocolSupportEnumeration)",
    help: "IDPSSODescriptor and SPSSODescriptor must list urn:oasis:names:tc:SAML:2.0:protocol in protocolSupportEnumeration; a role that lists only SAML 1.x or WS-Federation is not used for SAML 2.0.",
};

pub const ENDPOINT_MISSING: Rule = Rule {
    id: "saml/endpoint-missing",
    severity: Severity::Error,
    summary: "An IdP has no SingleSignOnService or an SP no AssertionConsumerService",
    source: "OASIS SAML V2.0 Metadata, sections 2.4.3 and 2.4.4; admin guide, \"Federated Web SSO Settings\" (Customer SSO Service Login URL)",
    help: "The SingleSignOnService Location becomes the Customer SSO Service Login URL; without one the import leaves it empty. Publish at least an HTTP-POST or HTTP-Redirect SingleSignOnService (IdP) or an AssertionConsumerService (SP).",
};

pub const UNKNOWN_BINDING: Rule = Rule {
    id: "saml/unknown-binding",
    severity: Severity::Error,
    summary: "An endpoint's Binding is missing or not a known SAML binding URN",
    source: "OASIS SAML V2.0 Bindings, section 3 (binding URIs); SAML V2.0 Metadata, section 2.2.2 (EndpointType)",
    help: "Use a binding URN such as urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST or urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect (check the spelling and case: the URNs are compared exactly).",
};

pub const LOCATION_HTTP: Rule = Rule {
    id: "saml/endpoint-location-http",
    severity: Severity::Warning,
    summary: "An endpoint Location uses plain http",
    source: "OASIS SAML V2.0 Bindings, section 3.5.5.1 and 3.4.5.1 (use SSL 3.0/TLS); admin guide, \"Federated Web SSO Settings\"",
    help: "Sign-in requests and assertions sent over plain http can be read and replayed. Publish an https:// Location.",
};

pub const LOCATION_INVALID: Rule = Rule {
    id: "saml/endpoint-location-invalid",
    severity: Severity::Error,
    summary: "An endpoint Location is missing or not an absolute https URL",
    source: "OASIS SAML V2.0 Metadata, section 2.2.2 (Location is a required anyURI); admin guide, \"Federated Web SSO Settings\" (Customer SSO Service Login URL)",
    help: "The Location must be an absolute URL such as https://idp.example.com/sso/saml, with no spaces. Webex uses it as the Customer SSO Service Login URL.",
};

pub const VALID_UNTIL_EXPIRED: Rule = Rule {
    id: "saml/valid-until-expired",
    severity: Severity::Error,
    summary: "validUntil is in the past",
    source: "OASIS SAML V2.0 Metadata, section 2.3.1 (validUntil) and 4.3 (metadata must not be used after it)",
    help: "Expired metadata must not be used. Download the current metadata from the IdP or federation; if you host it yourself, regenerate it with a later validUntil.",
};

pub const VALID_UNTIL_SOON: Rule = Rule {
    id: "saml/valid-until-soon",
    severity: Severity::Warning,
    summary: "validUntil is near",
    source: "OASIS SAML V2.0 Metadata, section 2.3.1 (validUntil)",
    help: "The metadata expires soon; plan to refresh it (and the Webex configuration, if the IdP's certificate or URLs change) before that date. On a federation aggregate (EntitiesDescriptor) the finding is only informational: federations re-sign aggregates every few days with a short validUntil.",
};

pub const VALID_UNTIL_INVALID: Rule = Rule {
    id: "saml/valid-until-invalid",
    severity: Severity::Error,
    summary: "validUntil is not an xs:dateTime",
    source: "OASIS SAML V2.0 Metadata, section 2.3.1; XML Schema Part 2, section 3.2.7 (dateTime)",
    help: "Write validUntil as an xs:dateTime in UTC, for example 2027-01-31T00:00:00Z.",
};

pub const CACHE_DURATION_INVALID: Rule = Rule {
    id: "saml/cache-duration-invalid",
    severity: Severity::Error,
    summary: "cacheDuration is not a valid xs:duration",
    source: "OASIS SAML V2.0 Metadata, section 2.3.1 (cacheDuration); XML Schema Part 2, section 3.2.6 (duration)",
    help: "Write cacheDuration as a positive xs:duration such as PT6H (six hours) or P1D (one day).",
};

pub const KEY_USE_INVALID: Rule = Rule {
    id: "saml/key-use-invalid",
    severity: Severity::Error,
    summary: "KeyDescriptor use is neither signing nor encryption",
    source: "OASIS SAML V2.0 Metadata, section 2.4.1.1 (KeyDescriptor use: signing or encryption, or absent for both)",
    help: "Set use=\"signing\" for the IdP's token-signing certificate and use=\"encryption\" for an encryption certificate, or leave the attribute out when one key does both.",
};

pub const NO_SIGNING_CERTIFICATE: Rule = Rule {
    id: "saml/no-signing-certificate",
    severity: Severity::Warning,
    summary: "The IdP publishes no signing certificate",
    source: "Webex Messenger admin guide, \"Single Sign-on Requirements\" (an X509 certificate whose private key digitally signs) and \"Configuration of Single Sign-on in Cisco WebEx Messenger Administration Tool\" (Organization Certificate Management \"to manually import, validate, or remove X.509 certificates\"); SAML V2.0 Metadata, section 2.4.1.1",
    help: "Webex needs the IdP's X.509 signing certificate, but the guide imports it by hand in Organization Certificate Management (a .cer or .crt file), not from the metadata (whose imported fields it lists as AuthnRequestSigned Destination, Issuer and Customer SSO Service Login URL). Metadata without one still works if you import the certificate file there; publishing a KeyDescriptor with use=\"signing\" (or no use) holding the token-signing certificate lets every tool and SP find it.",
};

pub const INVALID_BOOLEAN: Rule = Rule {
    id: "saml/invalid-boolean",
    severity: Severity::Error,
    summary: "A boolean attribute is not true, false, 1 or 0",
    source: "OASIS SAML V2.0 Metadata, sections 2.4.3 and 2.4.4; XML Schema Part 2, section 3.2.2 (boolean)",
    help: "WantAuthnRequestsSigned, AuthnRequestsSigned, WantAssertionsSigned and isDefault take the xs:boolean values true, false, 1 or 0 (lower case).",
};

pub const AUTHN_REQUESTS_SIGNED: Rule = Rule {
    id: "saml/authn-requests-signed",
    severity: Severity::Info,
    summary: "The IdP wants signed AuthnRequests",
    source: "Webex Messenger admin guide, \"Federated Web SSO Settings\" (SSO Profile, AuthnRequest Signed Destination) and \"Configure WebEx Certificate Management\"",
    help: "With WantAuthnRequestsSigned=\"true\", select AuthnRequest Signed in Federated Web SSO Configuration, set the destination to the IdP's SSO URL, and import the active WebEx certificate into the IdP; otherwise SP-initiated sign-in fails.",
};

pub const RULES: &[Rule] = &[
    NOT_METADATA,
    WRONG_NAMESPACE,
    ENTITY_ID_MISSING,
    ENTITY_ID_NOT_ABSOLUTE,
    ENTITY_ID_TOO_LONG,
    DUPLICATE_ENTITY_ID,
    NO_SSO_ROLE,
    PROTOCOL_SUPPORT,
    ENDPOINT_MISSING,
    UNKNOWN_BINDING,
    LOCATION_HTTP,
    LOCATION_INVALID,
    VALID_UNTIL_EXPIRED,
    VALID_UNTIL_SOON,
    VALID_UNTIL_INVALID,
    CACHE_DURATION_INVALID,
    KEY_USE_INVALID,
    NO_SIGNING_CERTIFICATE,
    INVALID_BOOLEAN,
    AUTHN_REQUESTS_SIGNED,
];

pub const SAML2_PROTOCOL: &str = "urn:oasis:names:tc:SAML:2.0:protocol";

/// Binding URNs of SAML 2.0 (Bindings, section 3), the holder-of-key
/// profile, and the SAML 1.x / Shibboleth ones that IdPs still publish.
pub const KNOWN_BINDINGS: &[&str] = &[
    "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect",
    "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
    "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST-SimpleSign",
    "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact",
    "urn:oasis:names:tc:SAML:2.0:bindings:SOAP",
    "urn:oasis:names:tc:SAML:2.0:bindings:PAOS",
    "urn:oasis:names:tc:SAML:2.0:bindings:URI",
    "urn:oasis:names:tc:SAML:2.0:profiles:holder-of-key:SSO:browser",
    "urn:oasis:names:tc:SAML:1.0:profiles:browser-post",
    "urn:oasis:names:tc:SAML:1.0:profiles:artifact-01",
    "urn:oasis:names:tc:SAML:1.0:bindings:SOAP-binding",
    "urn:mace:shibboleth:1.0:profiles:AuthnRequest",
    "urn:mace:shibboleth:2.0:profiles:AuthnRequest",
];

/// Options of [`super::check_metadata`].
#[derive(Debug, Clone, Copy)]
pub struct MetadataOptions {
    /// The instant validity is judged at (the CLI's `--now`).
    pub now: DateTime<Utc>,
    /// validUntil within this many days of `now` is a warning.
    pub expiry_warning_days: i64,
    /// Validate against the SAML metadata schemas (the CLI's `--no-schema` turns it off).
    pub schema: bool,
}

impl MetadataOptions {
    pub fn at(now: DateTime<Utc>) -> Self {
        Self {
            now,
            expiry_warning_days: 30,
            schema: true,
        }
    }

    /// The options every face builds: `expiry_warning_days` must lie in
    /// [`crate::options::EXPIRY_WARNING_DAYS`].
    pub fn new(
        now: DateTime<Utc>,
        expiry_warning_days: i64,
    ) -> Result<Self, crate::options::OptionError> {
        Ok(Self {
            now,
            expiry_warning_days: crate::options::whole_in(
                "expiry_warning_days",
                expiry_warning_days,
                crate::options::EXPIRY_WARNING_DAYS,
                "days",
            )?,
            schema: true,
        })
    }
}

/// One inspected certificate: its details (shared by every use), whether
/// it decoded, and its findings.
type InspectedCert = (Rc<Map<String, Value>>, bool, Vec<Finding>);

/// Where a streaming caller takes each finished entity.
pub type EntitySink<'t> = Box<dyn FnMut(&EntityData) + 't>;

/// Where finished entities go.
enum Entities<'t> {
    /// Kept for `data.entities[]`.
    Kept(Vec<EntityData>),
    /// Handed to the caller one at a time (see [`Checker::stream_entities`]).
    Streamed(EntitySink<'t>),
}

/// The state of one validation run: findings, data being gathered, and
/// the lazily built line index that turns offsets into line and column.
pub struct Checker<'t> {
    lines: LineIndex<'t>,
    /// Added to text offsets to get input byte offsets (UTF-8 BOM).
    base: usize,
    /// Spans are only meaningful when the text is the input itself.
    spans: bool,
    opts: MetadataOptions,
    /// The findings (`data` is built by [`Self::finish`]).
    report: Report<()>,
    /// Inspected certificates (details, decoded, findings), and indexes by
    /// text as written and by base64.
    cert_results: Vec<InspectedCert>,
    cert_by_text: HashMap<String, usize, FastHash>,
    cert_by_der_text: HashMap<String, usize, FastHash>,
    seen: HashMap<String, String>,
    entities: Entities<'t>,
    entity_count: usize,
    idp_count: usize,
    sp_count: usize,
    signatures: Vec<SignatureData>,
    root: Option<&'static str>,
    progress: Option<Box<dyn FnMut(usize) + 't>>,
    certificate_count: usize,
    /// The schema verdict of the walk, reported by [`Self::finish`] (outer
    /// None: schema validation was off).
    schema: Option<Option<crate::xmlschema::Outcome>>,
}

impl<'t> Checker<'t> {
    pub fn new(
        text: &'t str,
        base: usize,
        spans: bool,
        opts: MetadataOptions,
        report: Report<()>,
    ) -> Self {
        Self {
            lines: LineIndex::new(text),
            base,
            spans,
            opts,
            report,
            cert_results: Vec::new(),
            cert_by_text: HashMap::default(),
            cert_by_der_text: HashMap::default(),
            seen: HashMap::new(),
            entities: Entities::Kept(Vec::new()),
            entity_count: 0,
            idp_count: 0,
            sp_count: 0,
            signatures: Vec::new(),
            root: None,
            progress: None,
            certificate_count: 0,
            schema: None,
        }
    }

    pub fn set_progress(&mut self, f: Box<dyn FnMut(usize) + 't>) {
        self.progress = Some(f);
    }

    /// Hand each finished entity to `sink` instead of keeping it: the
    /// report then has no `data.entities`, and memory does not grow with
    /// the number of entities.
    pub fn stream_entities(&mut self, sink: EntitySink<'t>) {
        self.entities = Entities::Streamed(sink);
    }

    pub fn progress(&mut self, offset: usize) {
        if let Some(f) = self.progress.as_mut() {
            f(offset);
        }
    }

    pub fn add(&mut self, rule: &Rule, message: impl Into<String>, location: Location) {
        self.report.add(rule, message, location);
    }

    pub fn offset_location(&self, start: usize, end: usize) -> Location {
        let (line, col) = self.lines.line_col(start);
        let loc = Location::line_col(line, col);
        if self.spans {
            loc.with_span(start + self.base, end.max(start) + self.base)
        } else {
            loc
        }
    }

    pub fn locate(&self, at: &At) -> Location {
        let mut loc = self.offset_location(at.start, at.end);
        loc.path = Some(at.path.clone());
        loc
    }

    /// The report with `data` filled in.
    pub fn finish(mut self) -> Report<MetadataData> {
        let schema = self.report_schema();
        let data = MetadataData {
            schema,
            root: self.root.map(str::to_string),
            counts: Counts {
                entities: self.entity_count,
                idp: self.idp_count,
                sp: self.sp_count,
                certificates: self.certificate_count,
                distinct_certificates: self.cert_results.len(),
                signatures: self.signatures.len(),
            },
            entities: match &mut self.entities {
                Entities::Kept(list) => Some(std::mem::take(list)),
                Entities::Streamed(_) => None,
            },
            signatures: std::mem::take(&mut self.signatures),
            focus: None,
        };
        self.report.with_data_value(data)
    }

    pub fn has_entities(&self) -> bool {
        self.entity_count > 0
    }
}

impl Checker<'_> {
    /// Report the schema validation of the walk (`None`: not validated)
    /// (its verdict is `data.schema`).
    pub fn schema(&mut self, outcome: Option<crate::xmlschema::Outcome>) {
        self.schema = Some(outcome);
    }

    fn report_schema(&mut self) -> crate::xmlschema::SchemaData {
        match self.schema.take().flatten() {
            Some(o) => {
                for p in &o.problems {
                    let rule = crate::xmlschema::rules::METADATA.rule(p.kind);
                    let loc = self.offset_location(p.start, p.end);
                    self.report.add(rule, p.message.clone(), loc);
                }
                crate::xmlschema::SchemaData::from_outcome(&o)
            }
            None => crate::xmlschema::SchemaData::unchecked(),
        }
    }

    pub fn has_errors(&self) -> bool {
        self.report.has_errors()
    }
}
