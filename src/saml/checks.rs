//! The metadata checks: entity identity, roles, endpoints, validity, keys
//! and NameID formats (OASIS SAML V2.0 Metadata, sections 2.2-2.4; admin
//! guide "Configure Federated Web SSO" and "Federated Web SSO Settings").
//! The reader hands each finished [`Entity`] here; this module reports its
//! findings and turns it into `data.entities[]`.

use std::collections::HashMap;
use std::rc::Rc;

use chrono::{DateTime, NaiveDateTime, Utc};
use serde_json::{json, Map, Value};

use super::certs;
use super::duration;
use super::entity_data::{EntityCert, EntityData};
use super::model::{At, EmbeddedCert, Endpoint, Entity, Role, RoleKind, Signature};
use super::signature;
use super::webex;
use super::xml::{shorten, LineIndex};
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

/// Parse an xs:dateTime. SAML requires UTC; a value with no zone is read as UTC.
pub fn parse_datetime(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d.with_timezone(&Utc));
    }
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f")
        .ok()
        .map(|n| n.and_utc())
}

fn rfc3339(d: DateTime<Utc>) -> String {
    d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// An absolute URI (RFC 3986 section 4.3): a scheme, a colon, something
/// after it, and no whitespace.
pub fn is_absolute_uri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !rest.is_empty()
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// What a Location is: https, http, or unusable (with the reason).
fn classify_location(loc: &str) -> Result<bool, String> {
    if loc.trim().is_empty() {
        return Err("is empty".into());
    }
    if loc.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("contains spaces or control characters".into());
    }
    let lower = loc.get(..8).unwrap_or(loc).to_ascii_lowercase();
    let (secure, rest) = if lower.starts_with("https://") {
        (true, &loc[8..])
    } else if lower.starts_with("http://") {
        (false, &loc[7..])
    } else if is_absolute_uri(loc) {
        return Err("is not an http(s) URL".into());
    } else {
        return Err("is not an absolute URL".into());
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    if host.is_empty() || host.starts_with(':') {
        return Err("has no host name".into());
    }
    Ok(secure)
}

/// A fast non-cryptographic hash for the certificate cache: keys are
/// kilobytes of base64 from the (trusted-to-be-ours) input, and SipHash's
/// flooding resistance buys nothing when the map holds a few dozen entries.
#[derive(Default, Clone, Copy)]
pub struct FastHash;

impl std::hash::BuildHasher for FastHash {
    type Hasher = FxLike;
    fn build_hasher(&self) -> FxLike {
        FxLike(0)
    }
}

/// FxHash-style word-at-a-time mixing.
pub struct FxLike(u64);

impl std::hash::Hasher for FxLike {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
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
    Kept(Vec<Value>),
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
    report: Report,
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
    signatures: Vec<Value>,
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
        report: Report,
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

    pub fn not_metadata_root(&mut self, name: &str, ns: Option<&[u8]>, start: usize, end: usize) {
        let what = match name.rsplit(':').next().unwrap_or(name) {
            "Response" | "Assertion" | "AuthnRequest" => {
                " (a SAML message, not metadata: use the saml-response tool)"
            }
            "html" | "HTML" => {
                " (an HTML page: download the metadata itself, not the page linking to it)"
            }
            _ => "",
        };
        let ns = ns
            .map(|n| format!(" in namespace {}", shorten(&String::from_utf8_lossy(n))))
            .unwrap_or_default();
        let loc = self.offset_location(start, end);
        self.add(
            &NOT_METADATA,
            format!(
                "the root element is <{}>{ns}{what}; expected EntityDescriptor or EntitiesDescriptor",
                shorten(name)
            ),
            loc,
        );
    }

    pub fn not_metadata_text(&mut self, snippet: &str, offset: usize) {
        let lower = snippet.get(..8).unwrap_or(snippet).to_ascii_lowercase();
        let hint = if lower.starts_with("https://") || lower.starts_with("http://") {
            " (a URL: open it in the browser, save the metadata it returns and check that file; nothing is fetched from here)"
        } else if snippet.starts_with("-----BEGIN") {
            " (a PEM certificate, not metadata: use the cert tool)"
        } else if snippet.starts_with('{') || snippet.starts_with('[') {
            " (JSON, not XML metadata)"
        } else if snippet.starts_with("PD94")
            || snippet.starts_with("PE")
            || snippet.starts_with("PH")
        {
            " (it looks base64-encoded: decode it first)"
        } else {
            ""
        };
        let loc = self.offset_location(offset, offset);
        self.add(
            &NOT_METADATA,
            format!(
                "the input starts with `{}`, not an XML element{hint}",
                shorten(snippet)
            ),
            loc,
        );
    }

    pub fn empty_document(&mut self) {
        self.add(
            &NOT_METADATA,
            "the input is empty or holds no XML element",
            Location::none(),
        );
    }

    pub fn wrong_namespace(&mut self, name: &str, found: Option<&str>, expected: &str, at: &At) {
        let found = match found {
            Some(ns) => format!("namespace {}", shorten(ns)),
            None => "no namespace".to_string(),
        };
        let loc = self.locate(at);
        self.add(
            &WRONG_NAMESPACE,
            format!("<{name}> is in {found}; expected {expected}"),
            loc,
        );
    }

    /// validUntil on any element: checked where written. Returns the parsed value.
    fn check_valid_until(
        &mut self,
        value: Option<&str>,
        element: &str,
        at: &At,
    ) -> Option<DateTime<Utc>> {
        let raw = value?;
        let Some(when) = parse_datetime(raw) else {
            let loc = self.locate(at);
            self.add(
                &VALID_UNTIL_INVALID,
                format!(
                    "{element} validUntil `{}` is not an xs:dateTime",
                    shorten(raw)
                ),
                loc,
            );
            return None;
        };
        let now = self.opts.now;
        if when <= now {
            let loc = self.locate(at);
            self.add(
                &VALID_UNTIL_EXPIRED,
                format!(
                    "{element} validUntil {} is before now ({})",
                    rfc3339(when),
                    rfc3339(now)
                ),
                loc,
            );
        } else if match chrono::Duration::try_days(self.opts.expiry_warning_days) {
            Some(window) => when - now <= window,
            // A window too large for a duration covers every date (or none).
            None => self.opts.expiry_warning_days > 0,
        } {
            let days = (when - now).num_days();
            let loc = self.locate(at);
            let message = format!(
                "{element} validUntil {} is {days} day(s) away (warning threshold {} days)",
                rfc3339(when),
                self.opts.expiry_warning_days
            );
            if element == "EntitiesDescriptor" {
                // A federation re-signs its aggregate every few days with a
                // validUntil one to four weeks ahead: by design, not a fault.
                self.report.push(
                    Finding::new(
                        &VALID_UNTIL_SOON,
                        format!("{message}; federations re-publish aggregates with a short validUntil by design, so download the current one before each use"),
                        loc,
                    )
                    .with_severity(Severity::Info),
                );
            } else {
                self.add(&VALID_UNTIL_SOON, message, loc);
            }
        }
        Some(when)
    }

    fn check_cache_duration(&mut self, value: Option<&str>, element: &str, at: &At) -> Option<f64> {
        let raw = value?;
        match duration::parse(raw) {
            Ok(d) if d.negative => {
                let loc = self.locate(at);
                self.add(
                    &CACHE_DURATION_INVALID,
                    format!("{element} cacheDuration `{}` is negative", shorten(raw)),
                    loc,
                );
                None
            }
            Ok(d) => Some(d.approx_seconds()),
            Err(why) => {
                let loc = self.locate(at);
                self.add(
                    &CACHE_DURATION_INVALID,
                    format!(
                        "{element} cacheDuration `{}` is not an xs:duration: {why}",
                        shorten(raw)
                    ),
                    loc,
                );
                None
            }
        }
    }

    fn check_bool(&mut self, value: Option<&str>, attr: &str, at: &At) -> Option<bool> {
        let raw = value?;
        match webex::parse_bool(raw) {
            Some(b) => Some(b),
            None => {
                let loc = self.locate(at);
                self.add(
                    &INVALID_BOOLEAN,
                    format!("{attr}=\"{}\" is not an xs:boolean", shorten(raw)),
                    loc,
                );
                None
            }
        }
    }

    pub fn entities_descriptor(
        &mut self,
        at: &At,
        valid_until: Option<String>,
        cache_duration: Option<String>,
    ) -> Option<DateTime<Utc>> {
        if self.root.is_none() {
            self.root = Some("EntitiesDescriptor");
        }
        self.check_cache_duration(cache_duration.as_deref(), "EntitiesDescriptor", at);
        self.check_valid_until(valid_until.as_deref(), "EntitiesDescriptor", at)
    }

    fn check_endpoint(&mut self, ep: &Endpoint, element: &str) {
        match ep.binding.as_deref() {
            None => {
                let loc = self.locate(&ep.at);
                self.add(
                    &UNKNOWN_BINDING,
                    format!("{element} has no Binding attribute"),
                    loc,
                );
            }
            Some(b) if !KNOWN_BINDINGS.contains(&b) => {
                let hint = KNOWN_BINDINGS
                    .iter()
                    .find(|k| k.eq_ignore_ascii_case(b.trim()))
                    .map(|k| format!(" (did you mean {k}?)"))
                    .unwrap_or_default();
                let loc = self.locate(&ep.at);
                self.add(
                    &UNKNOWN_BINDING,
                    format!(
                        "{element} Binding `{}` is not a known SAML binding{hint}",
                        shorten(b)
                    ),
                    loc,
                );
            }
            Some(_) => {}
        }
        match ep.location.as_deref() {
            None => {
                let loc = self.locate(&ep.at);
                self.add(
                    &LOCATION_INVALID,
                    format!("{element} has no Location attribute"),
                    loc,
                );
            }
            Some(l) => match classify_location(l) {
                Ok(true) => {}
                Ok(false) => {
                    let loc = self.locate(&ep.at);
                    self.add(
                        &LOCATION_HTTP,
                        format!("{element} Location `{}` uses http, not https", shorten(l)),
                        loc,
                    );
                }
                Err(why) => {
                    let loc = self.locate(&ep.at);
                    self.add(
                        &LOCATION_INVALID,
                        format!("{element} Location `{}` {why}", shorten(l)),
                        loc,
                    );
                }
            },
        }
    }

    /// Inspect one embedded certificate through the x509 seam, once per
    /// distinct certificate (federations reuse a few keys thousands of times).
    fn inspect_cert(
        &mut self,
        cert: &EmbeddedCert,
        signing: bool,
    ) -> (Rc<Map<String, Value>>, bool) {
        self.certificate_count += 1;
        // Look up the text as written first (cheap), then without its
        // whitespace (the same certificate wrapped or indented differently).
        let index = match self.cert_by_text.get(cert.base64.as_str()) {
            Some(&i) => i,
            None => {
                let key = certs::normalise(&cert.base64);
                let i = match self.cert_by_der_text.get(&key).copied() {
                    Some(i) => i,
                    None => {
                        let loc = self.locate(&cert.at);
                        let (value, findings) =
                            certs::inspect_embedded(&key, self.opts.now, signing, loc);
                        self.report.extend(findings.iter().cloned());
                        let (details, decoded) = match value {
                            Value::Object(m) => (Rc::new(m), true),
                            _ => (Rc::new(certs::undecoded_object()), false),
                        };
                        self.cert_results
                            .push((Rc::clone(&details), decoded, findings));
                        let i = self.cert_results.len() - 1;
                        self.cert_by_der_text.insert(key, i);
                        self.cert_by_text.insert(cert.base64.clone(), i);
                        return (details, decoded);
                    }
                };
                self.cert_by_text.insert(cert.base64.clone(), i);
                i
            }
        };
        let Some((details, decoded, findings)) = self.cert_results.get(index) else {
            return (Rc::new(certs::undecoded_object()), false);
        };
        let out = (Rc::clone(details), *decoded);
        if !findings.is_empty() {
            let findings = findings.clone();
            let loc = self.locate(&cert.at);
            self.report.extend(findings.into_iter().map(|f| Finding {
                location: loc.clone(),
                ..f
            }));
        }
        out
    }

    fn check_role(&mut self, role: &Role, certificates: &mut Vec<EntityCert>) {
        let el = role.element.as_str();
        self.check_valid_until(role.valid_until.as_deref(), el, &role.at);
        self.check_cache_duration(role.cache_duration.as_deref(), el, &role.at);
        // Only the SSO roles are Webex's concern: an AttributeAuthorityDescriptor
        // that speaks SAML 1.1 alone (the Shibboleth IdP default) is valid
        // metadata and plays no part in SAML 2.0 sign-in.
        if matches!(role.kind, RoleKind::Idp | RoleKind::Sp) {
            let ok = role
                .protocol_support
                .as_deref()
                .is_some_and(|p| p.split_whitespace().any(|t| t == SAML2_PROTOCOL));
            if !ok {
                let msg = match role.protocol_support.as_deref() {
                    None => format!("{el} has no protocolSupportEnumeration"),
                    Some(p) => format!(
                        "{el} protocolSupportEnumeration `{}` does not contain {SAML2_PROTOCOL}",
                        shorten(p)
                    ),
                };
                let loc = self.locate(&role.at);
                self.add(&PROTOCOL_SUPPORT, msg, loc);
            }
        }
        match role.kind {
            RoleKind::Idp => {
                let want = self.check_bool(
                    role.want_authn_requests_signed.as_deref(),
                    "WantAuthnRequestsSigned",
                    &role.at,
                );
                if want == Some(true) {
                    let dest = role
                        .sso
                        .iter()
                        .find_map(|e| e.location.as_deref())
                        .map(|l| format!(" (destination {})", shorten(l)))
                        .unwrap_or_default();
                    let loc = self.locate(&role.at);
                    self.add(
                        &AUTHN_REQUESTS_SIGNED,
                        format!("IDPSSODescriptor WantAuthnRequestsSigned=\"true\": Webex must sign its AuthnRequests{dest}"),
                        loc,
                    );
                }
                if role.sso.is_empty() {
                    let loc = self.locate(&role.at);
                    self.add(
                        &ENDPOINT_MISSING,
                        "IDPSSODescriptor has no SingleSignOnService, so there is no Customer SSO Service Login URL",
                        loc,
                    );
                }
                for ep in &role.sso {
                    self.check_endpoint(ep, "SingleSignOnService");
                }
            }
            RoleKind::Sp => {
                self.check_bool(
                    role.authn_requests_signed.as_deref(),
                    "AuthnRequestsSigned",
                    &role.at,
                );
                self.check_bool(
                    role.want_assertions_signed.as_deref(),
                    "WantAssertionsSigned",
                    &role.at,
                );
                if role.acs.is_empty() {
                    let loc = self.locate(&role.at);
                    self.add(
                        &ENDPOINT_MISSING,
                        "SPSSODescriptor has no AssertionConsumerService",
                        loc,
                    );
                }
                for ep in &role.acs {
                    self.check_endpoint(ep, "AssertionConsumerService");
                    self.check_bool(ep.is_default.as_deref(), "isDefault", &ep.at);
                }
            }
            _ => {}
        }
        // Webex matches the NamedID Format against what the IdP issues; an
        // SP's list (other SPs in an aggregate) is not Webex's concern.
        if role.kind == RoleKind::Idp {
            self.check_nameid_formats(role);
        }

        let mut signing_certs = 0;
        for kd in &role.keys {
            let use_ = kd.use_.as_deref().map(str::trim);
            if let Some(u) = use_ {
                if u != "signing" && u != "encryption" {
                    let loc = self.locate(&kd.at);
                    self.add(
                        &KEY_USE_INVALID,
                        format!(
                            "KeyDescriptor use=\"{}\" is not signing or encryption",
                            shorten(u)
                        ),
                        loc,
                    );
                }
            }
            for cert in &kd.certs {
                let (details, decoded) = self.inspect_cert(cert, use_ != Some("encryption"));
                if use_ != Some("encryption") && decoded {
                    signing_certs += 1;
                }
                certificates.push(EntityCert {
                    details,
                    decoded,
                    use_: use_.map(str::to_string),
                    role: role.kind.as_str(),
                    role_element: role.element.clone(),
                    key_descriptor: kd.at.path.clone(),
                    path: cert.at.path.clone(),
                });
            }
        }
        if role.kind == RoleKind::Idp && signing_certs == 0 {
            let loc = self.locate(&role.at);
            self.add(
                &NO_SIGNING_CERTIFICATE,
                "IDPSSODescriptor has no KeyDescriptor with a usable signing certificate (use=\"signing\" or no use)",
                loc,
            );
        }
    }

    fn check_nameid_formats(&mut self, role: &Role) {
        let el = role.element.as_str();
        if role.nameid_formats.is_empty() {
            let loc = self.locate(&role.at);
            self.add(
                &webex::NAMEID_MISSING,
                format!("{el} lists no NameIDFormat; Webex will use its NamedID Format setting (default Unspecified)"),
                loc,
            );
            return;
        }
        let mut supported = 0;
        for f in &role.nameid_formats {
            if webex::is_supported(&f.value) {
                supported += 1;
            } else {
                let loc = self.locate(&f.at);
                self.add(
                    &webex::NAMEID_UNSUPPORTED,
                    format!(
                        "NameIDFormat `{}` is not supported by Webex: {}",
                        shorten(&f.value),
                        webex::unsupported_reason(&f.value)
                    ),
                    loc,
                );
            }
        }
        if supported == 0 {
            let loc = self.locate(&role.at);
            self.add(
                &webex::NAMEID_NONE_SUPPORTED,
                format!(
                    "none of the {} NameIDFormat value(s) of {el} is one Webex supports",
                    role.nameid_formats.len()
                ),
                loc,
            );
        }
    }

    /// Check a finished EntityDescriptor and add it to `data.entities[]`.
    pub fn entity(&mut self, e: Entity) {
        if self.root.is_none() {
            self.root = Some("EntityDescriptor");
        }
        match e.entity_id.as_deref() {
            None => {
                let loc = self.locate(&e.at);
                self.add(
                    &ENTITY_ID_MISSING,
                    "EntityDescriptor has no entityID attribute",
                    loc,
                );
            }
            Some(id) if id.trim().is_empty() => {
                let loc = self.locate(&e.at);
                self.add(
                    &ENTITY_ID_MISSING,
                    "EntityDescriptor entityID is empty",
                    loc,
                );
            }
            Some(id) => {
                let chars = id.chars().count();
                if chars > 1024 {
                    let loc = self.locate(&e.at);
                    self.add(
                        &ENTITY_ID_TOO_LONG,
                        format!(
                            "entityID `{}` is {chars} characters long (at most 1024)",
                            shorten(id)
                        ),
                        loc,
                    );
                }
                if !is_absolute_uri(id) {
                    let loc = self.locate(&e.at);
                    self.add(
                        &ENTITY_ID_NOT_ABSOLUTE,
                        format!("entityID `{}` is not an absolute URI", shorten(id)),
                        loc,
                    );
                }
                if let Some(first) = self.seen.get(id) {
                    let msg = format!(
                        "entityID `{}` is also used by the entity at {first}",
                        shorten(id)
                    );
                    let loc = self.locate(&e.at);
                    self.add(&DUPLICATE_ENTITY_ID, msg, loc);
                } else {
                    self.seen.insert(id.to_string(), e.at.path.clone());
                }
            }
        }
        let own_valid = self.check_valid_until(e.valid_until.as_deref(), "EntityDescriptor", &e.at);
        let cache =
            self.check_cache_duration(e.cache_duration.as_deref(), "EntityDescriptor", &e.at);
        let has_sso_role = e
            .roles
            .iter()
            .any(|r| matches!(r.kind, RoleKind::Idp | RoleKind::Sp));
        if !has_sso_role {
            let found: Vec<&str> = e.roles.iter().map(|r| r.element.as_str()).collect();
            let found = if found.is_empty() {
                "no role descriptor".to_string()
            } else {
                found.join(", ")
            };
            let loc = self.locate(&e.at);
            self.add(
                &NO_SSO_ROLE,
                format!("entity has no IDPSSODescriptor or SPSSODescriptor (found {found})"),
                loc,
            );
        }
        let mut certificates = Vec::new();
        for role in &e.roles {
            self.check_role(role, &mut certificates);
        }

        let mut roles: Vec<&str> = Vec::new();
        for r in &e.roles {
            if r.kind != RoleKind::Other && !roles.contains(&r.kind.as_str()) {
                roles.push(r.kind.as_str());
            }
        }
        let endpoints = |kind: RoleKind, acs: bool| -> Vec<Value> {
            e.roles
                .iter()
                .filter(|r| r.kind == kind)
                .flat_map(|r| if acs { r.acs.iter() } else { r.sso.iter() })
                .map(|ep| {
                    let mut o = Map::new();
                    o.insert("binding".into(), json!(ep.binding));
                    o.insert("location".into(), json!(ep.location));
                    if acs {
                        if let Some(i) = ep.index.as_deref() {
                            o.insert(
                                "index".into(),
                                i.trim()
                                    .parse::<u64>()
                                    .map(|n| json!(n))
                                    .unwrap_or_else(|_| json!(i)),
                            );
                        }
                        if let Some(d) = ep.is_default.as_deref() {
                            o.insert(
                                "is_default".into(),
                                webex::parse_bool(d)
                                    .map(|b| json!(b))
                                    .unwrap_or_else(|| json!(d)),
                            );
                        }
                    }
                    Value::Object(o)
                })
                .collect()
        };
        let sso = endpoints(RoleKind::Idp, false);
        let acs = endpoints(RoleKind::Sp, true);
        let nameids: Vec<String> = e
            .roles
            .iter()
            .filter(|r| matches!(r.kind, RoleKind::Idp | RoleKind::Sp))
            .flat_map(|r| r.nameid_formats.iter().map(|t| t.value.clone()))
            .collect();
        let valid_until = match (own_valid, e.inherited_valid_until) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let flag = |kind: RoleKind, f: fn(&Role) -> Option<&str>| {
            e.roles
                .iter()
                .filter(|r| r.kind == kind)
                .find_map(f)
                .and_then(webex::parse_bool)
        };
        let want = flag(RoleKind::Idp, |r| r.want_authn_requests_signed.as_deref());
        let signs = flag(RoleKind::Sp, |r| r.authn_requests_signed.as_deref());
        let webex_import = webex::import_summary(e.entity_id.as_deref(), &e.roles, &certificates);
        let data = EntityData {
            entity_id: e.entity_id,
            path: e.at.path,
            roles,
            sso_services: sso,
            acs_services: acs,
            nameid_formats: nameids,
            valid_until: valid_until.map(rfc3339),
            cache_duration_seconds: cache,
            want_authn_requests_signed: want,
            authn_requests_signed: signs,
            certificates,
            webex_import,
        };
        self.entity_count += 1;
        self.idp_count += usize::from(data.is_idp());
        self.sp_count += usize::from(data.is_sp());
        match &mut self.entities {
            Entities::Streamed(sink) => sink(&data),
            Entities::Kept(list) => list.push(data.to_value()),
        }
    }

    pub fn signature(&mut self, sig: Signature) {
        let loc = self.locate(&sig.at);
        let method = sig
            .signature_method
            .as_deref()
            .map(signature::short)
            .unwrap_or("none declared");
        let digests: Vec<&str> = sig
            .references
            .iter()
            .flat_map(|r| r.digest_methods.iter().map(|d| signature::short(d)))
            .collect();
        self.add(
            &signature::PRESENT,
            format!(
                "ds:Signature present (SignatureMethod {method}, DigestMethod {}); its verification follows",
                if digests.is_empty() { "none declared".to_string() } else { digests.join(", ") }
            ),
            loc.clone(),
        );
        let mut weak: Vec<&str> = Vec::new();
        if let Some(m) = sig.signature_method.as_deref() {
            if signature::is_weak(m) {
                weak.push(m);
            }
        }
        for r in &sig.references {
            for d in &r.digest_methods {
                if signature::is_weak(d) {
                    weak.push(d);
                }
            }
        }
        for w in weak {
            self.add(
                &signature::WEAK_ALGORITHM,
                format!(
                    "the signature uses {} ({})",
                    signature::short(w),
                    shorten(w)
                ),
                loc.clone(),
            );
        }
        let mut obj = signature::to_json(&sig);
        let certs: Vec<Value> = sig
            .certs
            .iter()
            .map(|c| match self.inspect_cert(c, true) {
                (details, true) => Value::Object((*details).clone()),
                _ => Value::Null,
            })
            .collect();
        if let Some(o) = obj.as_object_mut() {
            o.insert("certificates".into(), Value::Array(certs));
        }
        self.signatures.push(obj);
    }

    /// The report with `data` filled in.
    pub fn finish(mut self) -> Report {
        self.report_schema();
        let counts = json!({
            "entities": self.entity_count,
            "idp": self.idp_count,
            "sp": self.sp_count,
            "certificates": self.certificate_count,
            "distinct_certificates": self.cert_results.len(),
            "signatures": self.signatures.len(),
        });
        self.report.set_data("root", json!(self.root));
        self.report.set_data("counts", counts);
        if let Entities::Kept(list) = &mut self.entities {
            self.report
                .set_data("entities", Value::Array(std::mem::take(list)));
        }
        self.report.set_data(
            "signatures",
            Value::Array(std::mem::take(&mut self.signatures)),
        );
        self.report
    }

    pub fn has_entities(&self) -> bool {
        self.entity_count > 0
    }
}

impl Checker<'_> {
    /// Report the schema validation of the walk (`None`: not validated)
    /// and fill `data.schema`.
    pub fn schema(&mut self, outcome: Option<crate::xmlschema::Outcome>) {
        self.schema = Some(outcome);
    }

    fn report_schema(&mut self) {
        let data = match self.schema.take().flatten() {
            Some(o) => {
                for p in &o.problems {
                    let rule = crate::xmlschema::rules::METADATA.rule(p.kind);
                    let loc = self.offset_location(p.start, p.end);
                    self.report.add(rule, p.message.clone(), loc);
                }
                crate::xmlschema::SchemaData::from_outcome(&o)
            }
            None => crate::xmlschema::SchemaData::unchecked(),
        };
        self.report
            .set_data("schema", serde_json::to_value(data).unwrap_or(Value::Null));
    }

    pub fn has_errors(&self) -> bool {
        self.report.has_errors()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_uris() {
        for ok in ["https://a", "urn:x:y", "http://www.webex.com", "a+b-c.d:x"] {
            assert!(is_absolute_uri(ok), "{ok}");
        }
        for bad in ["", "a", ":x", "1a:x", "a:", "https://a b", "host/path"] {
            assert!(!is_absolute_uri(bad), "{bad}");
        }
    }

    #[test]
    fn locations() {
        assert_eq!(classify_location("https://idp.example.com/sso"), Ok(true));
        assert_eq!(classify_location("HTTPS://idp.example.com"), Ok(true));
        assert_eq!(classify_location("http://idp.example.com"), Ok(false));
        assert!(classify_location("https://").is_err());
        assert!(classify_location("https://:443/x").is_err());
        assert!(classify_location("ftp://x").is_err());
        assert!(classify_location("/relative").is_err());
        assert!(classify_location("é").is_err());
    }

    #[test]
    fn datetimes() {
        assert!(parse_datetime("2026-11-22T00:00:00Z").is_some());
        assert!(parse_datetime(" 2026-11-22T00:00:00.5+02:00 ").is_some());
        assert!(parse_datetime("2026-11-22T00:00:00").is_some());
        assert!(parse_datetime("2026-11-22").is_none());
        assert!(parse_datetime("tomorrow").is_none());
    }
}
