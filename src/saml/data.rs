//! What the `saml-metadata` tool reports in `data`, typed. The JSON these
//! structs serialise to is the public contract described in [`super`]
//! (`tests/golden/saml-metadata*.json`): field names, null-versus-absent and
//! order are those of the report before it was typed.
//!
//! One entity of `data.entities[]` is [`super::entity_data::EntityData`].
//! The certificate objects embedded in entities and signatures are the
//! certificate tool's shape (`crate::x509`), kept as JSON here.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::entity_data::EntityData;
use crate::xmlschema::SchemaData;

/// `data` of a `saml-metadata` report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MetadataData {
    /// Schema validation of the document.
    #[serde(default = "SchemaData::unchecked")]
    pub schema: SchemaData,
    /// `EntityDescriptor`, `EntitiesDescriptor`, or `null` when no metadata
    /// root element was read.
    #[serde(default)]
    pub root: Option<String>,
    #[serde(default)]
    pub counts: Counts,
    /// The entities in document order; absent when they were handed out one
    /// at a time as they were checked (`check_metadata_streaming`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<EntityData>>,
    #[serde(default)]
    pub signatures: Vec<SignatureData>,
    /// Present when the report was narrowed to one entity ([`super::focus`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus: Option<Focus>,
}

// Every field has a default so that the `{}` data of a refused input
// (the worker's sink refuses an input over its limit before reading it)
// reads as a report with nothing in it.

impl MetadataData {
    /// Nothing read: no root, no entity, schema not checked.
    pub fn empty() -> Self {
        Self {
            schema: SchemaData::unchecked(),
            root: None,
            counts: Counts::default(),
            entities: None,
            signatures: Vec::new(),
            focus: None,
        }
    }

    /// The entities the report holds (none when they were streamed).
    pub fn entities(&self) -> &[EntityData] {
        self.entities.as_deref().unwrap_or(&[])
    }

    /// Whether a metadata root element was read.
    pub fn has_root(&self) -> bool {
        self.root.is_some()
    }

    /// The IdP entities, which the Webex import can take.
    pub fn idps(&self) -> impl Iterator<Item = &EntityData> {
        self.entities().iter().filter(|e| e.webex_import.is_some())
    }
}

/// How much the document holds (the whole file, also when focused).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub entities: usize,
    pub idp: usize,
    pub sp: usize,
    /// Embedded certificates, every use counted.
    pub certificates: usize,
    /// Embedded certificates counted once each.
    pub distinct_certificates: usize,
    pub signatures: usize,
}

/// The entity a report was narrowed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Focus {
    /// The entityID asked for (trimmed).
    pub entity_id: String,
    /// How many entities have that entityID.
    pub matched: usize,
    /// How many entities the file holds.
    pub entities_in_file: usize,
}

/// One `ds:Signature` of the document: what the reader saw, then (once the
/// signatures are verified) the verification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignatureData {
    pub path: String,
    pub signature_method: Option<String>,
    pub digest_methods: Vec<String>,
    pub canonicalization: Option<String>,
    pub reference_uri: Option<String>,
    /// The signature is valid and its key trusted.
    pub verified: bool,
    /// The embedded certificates as the certificate tool describes them
    /// (`null` for one that does not decode): the certificate tool's shape.
    pub certificates: Vec<Value>,
    /// The verification (`crate::xmldsig::SignatureCheck` as JSON: covers,
    /// covers_id, transforms, digest_*, signature_*, trusted, certificate,
    /// problems, verdict …), empty until verified. Kept as JSON: it is the
    /// xmldsig module's shape, not this tool's.
    #[serde(flatten)]
    pub verification: Map<String, Value>,
}

/// An endpoint of an entity (`sso_services[]`, `acs_services[]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    pub binding: Option<String>,
    pub location: Option<String>,
    /// An AssertionConsumerService's index (a number, or the text as
    /// written when it is not one); absent when not written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<Index>,
    /// An AssertionConsumerService's isDefault (the text as written when it
    /// is not an xs:boolean); absent when not written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<Flag>,
}

/// A number, or the text that is not one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Index {
    Number(u64),
    Text(String),
}

/// An xs:boolean, or the text that is not one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Flag {
    Bool(bool),
    Text(String),
}

/// What the Webex import fills in from an IdP entity (admin guide,
/// "Configure Federated Web SSO", step 5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebexImport {
    /// Issuer for SAML (IdP ID): the entityID.
    pub issuer_for_saml_idp_id: Option<String>,
    /// Customer SSO Service Login URL: the HTTP-POST and HTTP-Redirect
    /// SingleSignOnServices.
    pub customer_sso_service_login_url: Vec<SsoUrl>,
    /// AuthnRequest Signed Destination.
    pub authn_request_signed_destination: Option<String>,
    pub want_authn_requests_signed: Option<bool>,
    /// The first decodable IdP signing certificate.
    pub signing_certificate: Option<SigningCertificate>,
    /// The IdP's NameID formats Webex supports, with their Webex setting.
    pub nameid_formats: Vec<NameIdChoice>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsoUrl {
    pub binding: Option<String>,
    pub location: Option<String>,
}

/// The certificate Webex takes from the metadata to verify the IdP's signatures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SigningCertificate {
    pub subject: Option<String>,
    pub not_after: Option<String>,
    pub sha1_fingerprint: Option<String>,
    pub sha256_fingerprint: Option<String>,
    pub key_descriptor: String,
}

/// A supported NameID format and the Webex "NamedID Format" setting for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameIdChoice {
    pub format: String,
    pub webex: String,
}
