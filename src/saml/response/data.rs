//! `data` of a `saml-response` report, typed ([`ResponseData`]): the JSON
//! the CLI prints is the serialisation of these structs (a public contract,
//! see the list in [`super`]; add fields, never rename).
//!
//! Keys that some messages lack and others carry as `null` (a Response's
//! `destination`, an Assertion's `name_id` …) are `Option<Option<T>>`:
//! `None` is absent, `Some(None)` is `null`.

use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use super::verdicts::Verdicts;
pub use crate::xmlschema::SchemaData;

/// `null` read as `Some(None)`, so that an absent key (the `default`)
/// stays distinct from a `null` one.
fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// What the saml-response tool reports in `data`, in the order the keys
/// are printed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseData {
    /// The instant times were checked against (RFC 3339).
    pub now: String,
    pub sp_entity_id: String,
    pub clock_skew_seconds: i64,
    /// `username`, `email` or `employeeid`.
    pub nameid_source: String,
    /// `Response`, `Assertion`, `AuthnRequest`, or `null` (not decoded, not
    /// XML, or another root element).
    pub kind: Option<String>,
    /// `xml`, `base64`, `base64-deflate`, or `null` when the input could not
    /// be decoded (then only the keys above are present).
    pub encoding: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_encoded: Option<bool>,
    /// `SAMLResponse` / `SAMLRequest` when a whole form field or URL was given.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub form_field: Option<Option<String>>,
    /// The query-string signature of an HTTP-Redirect URL.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub redirect_signature: Option<Option<RedirectSignature>>,
    /// The decoded XML, indented (as decoded when it is not well-formed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub xml_pretty: Option<String>,
    /// Schema validation (absent when the XML is not well-formed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<SchemaData>,
    /// The SOAP / ArtifactResponse wrappers around the message, outermost
    /// first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub envelope: Option<Vec<String>>,

    // A Response's own attributes.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub id: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub destination: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub in_response_to: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub issue_instant: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub response_issuer: Option<Option<String>>,
    /// samlp:Status explained (`null` when the Response has none).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub status: Option<Option<Status>>,
    /// Whether the message carries an assertion (Response and Assertion).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion: Option<AssertionSummary>,

    // A readable assertion.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub assertion_issuer: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub name_id: Option<Option<NameId>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub subject_confirmation: Option<Option<SubjectConfirmation>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub conditions: Option<Option<Conditions>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub authn: Option<Option<Authn>>,
    /// Attribute name → values, in the order the assertion sends them
    /// (repeated names merged).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<AttributeValues>,
    /// The attributes against the Webex attribute table (plus a row per
    /// missing required attribute).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_table: Option<Vec<AttributeRow>>,
    /// Auto Account Creation / Update readiness.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<Account>,

    /// The Issuer that counts: the assertion's, else the Response's, or the
    /// AuthnRequest's.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub issuer: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authn_request: Option<AuthnRequestData>,
    /// The IdP metadata the message was checked against (when given and
    /// readable).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_metadata: Option<IdpMetadata>,
    /// Each signature: what the response's ds:Signature declares
    /// ([`super::signature::SignatureInfo`]) merged with its verification
    /// (`crate::xmldsig::SignatureCheck`, shared with the SAML metadata tool
    /// and read by the shared signatures panel), or for an HTTP-Redirect URL
    /// the query signature's check plus `binding`. Kept as JSON: the entry is
    /// mostly xmldsig's open shape, not this tool's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signatures: Option<Vec<serde_json::Value>>,
    /// What the faces show as verdicts (absent when the input could not be
    /// decoded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdicts: Option<Verdicts>,
}

impl ResponseData {
    /// The keys every report has: what was asked, nothing decoded yet.
    pub fn new(now: String, opts: &super::ResponseOptions) -> Self {
        Self {
            now,
            sp_entity_id: opts.sp_entity_id.clone(),
            clock_skew_seconds: opts.clock_skew_secs,
            nameid_source: opts.nameid_source.as_str().to_string(),
            kind: None,
            encoding: None,
            url_encoded: None,
            form_field: None,
            redirect_signature: None,
            xml_pretty: None,
            schema: None,
            envelope: None,
            id: None,
            destination: None,
            in_response_to: None,
            issue_instant: None,
            response_issuer: None,
            status: None,
            assertion: None,
            assertion_issuer: None,
            name_id: None,
            subject_confirmation: None,
            conditions: None,
            authn: None,
            attributes: None,
            attribute_table: None,
            account: None,
            issuer: None,
            authn_request: None,
            idp_metadata: None,
            signatures: None,
            verdicts: None,
        }
    }

    /// The input was decoded (then `verdicts` are present).
    pub fn decoded(&self) -> bool {
        self.encoding.is_some()
    }

    pub fn issuer(&self) -> Option<&str> {
        self.issuer.as_ref().and_then(|i| i.as_deref())
    }

    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref().and_then(Option::as_ref)
    }

    pub fn name_id(&self) -> Option<&NameId> {
        self.name_id.as_ref().and_then(Option::as_ref)
    }

    pub fn conditions(&self) -> Option<&Conditions> {
        self.conditions.as_ref().and_then(Option::as_ref)
    }

    pub fn authn(&self) -> Option<&Authn> {
        self.authn.as_ref().and_then(Option::as_ref)
    }

    pub fn redirect_signature(&self) -> Option<&RedirectSignature> {
        self.redirect_signature.as_ref().and_then(Option::as_ref)
    }

    pub fn form_field(&self) -> Option<&str> {
        self.form_field.as_ref().and_then(|f| f.as_deref())
    }

    /// The verification of each signature, as the shared signatures panel
    /// shows it.
    pub fn signature_checks(&self) -> Vec<crate::xmldsig::SignatureCheck> {
        self.signature_entries()
    }

    /// Where each signature sits and what it declares.
    pub fn signature_places(&self) -> Vec<SignaturePlace> {
        self.signature_entries()
    }

    fn signature_entries<T: serde::de::DeserializeOwned>(&self) -> Vec<T> {
        self.signatures
            .iter()
            .flatten()
            .filter_map(|s| serde_json::from_value(s.clone()).ok())
            .collect()
    }
}

/// The part of a `data.signatures[]` entry the response itself declares
/// (an HTTP-Redirect query signature has neither).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignaturePlace {
    /// Path of the element the signature sits in.
    #[serde(default)]
    pub parent_path: Option<String>,
    #[serde(default)]
    pub signature_method: Option<String>,
}

/// `data.redirect_signature`: the `SigAlg` / `Signature` parameters of an
/// HTTP-Redirect query string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedirectSignature {
    pub sig_alg: Option<String>,
    /// A `Signature` parameter came with the message.
    pub signature: bool,
}

impl From<&super::decode::RedirectSignature> for RedirectSignature {
    fn from(r: &super::decode::RedirectSignature) -> Self {
        Self {
            sig_alg: r.sig_alg.clone(),
            signature: r.signature,
        }
    }
}

/// `data.status`: samlp:Status explained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Status {
    pub code: String,
    /// What the code means (`null` for a code SAML 2.0 does not define).
    pub meaning: Option<String>,
    pub success: bool,
    /// Nested StatusCodes, outermost first (at most 8).
    pub second_level: Vec<StatusCode>,
    pub message: Option<String>,
}

/// A second-level status code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusCode {
    pub code: String,
    pub meaning: Option<String>,
}

/// `data.assertion`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssertionSummary {
    pub present: bool,
    pub encrypted: bool,
    /// A plain assertion's ID attribute (absent when encrypted or missing).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub id: Option<Option<String>>,
    /// An encrypted assertion's algorithms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_methods: Option<Vec<String>>,
}

impl AssertionSummary {
    /// A readable assertion with its ID attribute.
    pub fn plain(id: Option<&str>) -> Self {
        Self {
            present: true,
            encrypted: false,
            id: Some(id.map(str::to_string)),
            encryption_methods: None,
        }
    }
}

/// `data.name_id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameId {
    pub value: String,
    pub format: Option<String>,
    /// The Webex name of the (effective) format; `null` when Webex does not
    /// support it.
    pub format_label: Option<String>,
    /// The NameID holds an XML comment.
    pub has_comment: bool,
    pub name_qualifier: Option<String>,
    pub sp_name_qualifier: Option<String>,
}

/// `data.subject_confirmation`: the bearer SubjectConfirmationData.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubjectConfirmation {
    pub method: String,
    pub recipient: Option<String>,
    pub not_on_or_after: Option<String>,
    pub not_before: Option<String>,
    pub in_response_to: Option<String>,
    pub address: Option<String>,
}

/// `data.conditions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conditions {
    pub not_before: Option<String>,
    pub not_on_or_after: Option<String>,
    pub audiences: Vec<String>,
}

/// `data.authn`: the AuthnStatement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Authn {
    pub authn_instant: Option<String>,
    pub session_index: Option<String>,
    pub session_not_on_or_after: Option<String>,
    pub authn_context_class_ref: Option<String>,
}

/// `data.attributes`: a JSON object from attribute name to values, in the
/// order the assertion sends the names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AttributeValues(pub Vec<(String, Vec<String>)>);

impl AttributeValues {
    pub fn get(&self, name: &str) -> Option<&[String]> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_slice())
    }
}

impl Serialize for AttributeValues {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (name, values) in &self.0 {
            map.serialize_entry(name, values)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for AttributeValues {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Names;
        impl<'de> Visitor<'de> for Names {
            type Value = AttributeValues;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of attribute names to values")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = m.next_entry::<String, Vec<String>>()? {
                    out.push((k, v));
                }
                Ok(AttributeValues(out))
            }
        }
        d.deserialize_map(Names)
    }
}

/// `data.attribute_table[]`: one attribute against the Webex table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttributeRow {
    pub name: String,
    pub values: Vec<String>,
    /// `ok`, `info`, `warning` or `error`.
    pub status: String,
    /// The rule the row breaks (`null` for `ok`).
    pub rule: Option<String>,
    pub note: Option<String>,
    /// Webex requires the attribute.
    pub required: bool,
}

/// `data.account`: Auto Account Creation / Update readiness.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub auto_account_creation: AutoAccountCreation,
    pub auto_account_update: AutoAccountUpdate,
    pub upgradesite: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AutoAccountCreation {
    pub ready: bool,
    /// Required attributes without a value.
    pub missing: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AutoAccountUpdate {
    pub ready: bool,
    pub update_timestamp: Option<String>,
    /// `long` or `iso` (how the timestamp was written), `null` when it does
    /// not parse.
    pub update_timestamp_form: Option<String>,
    pub update_timestamp_utc: Option<String>,
}

/// `data.authn_request`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthnRequestData {
    pub id: Option<String>,
    pub destination: Option<String>,
    pub issue_instant: Option<String>,
    pub assertion_consumer_service_url: Option<String>,
    pub protocol_binding: Option<String>,
    /// As written (`true`, `1` …).
    pub force_authn: Option<String>,
    pub is_passive: Option<String>,
    pub name_id_policy: Option<NameIdPolicy>,
    pub requested_authn_context: Option<RequestedAuthnContext>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameIdPolicy {
    pub format: Option<String>,
    pub allow_create: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestedAuthnContext {
    pub comparison: Option<String>,
    pub class_refs: Vec<String>,
}

/// `data.idp_metadata`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdpMetadata {
    pub entity_id: String,
    pub signing_certificate_sha256: Vec<String>,
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::saml::response::{SamlResponse, DEFAULT_CLOCK_SKEW_SECS};
    use crate::tool::Tool;

    fn options(v: serde_json::Value) -> Result<super::super::RunOptions, String> {
        SamlResponse::options(v.as_object().unwrap())
    }

    /// The JSON a page receives reads back as the same data, absent and
    /// `null` keys told apart.
    #[test]
    fn json_reads_back_as_the_same_data() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/saml-response");
        let mut inputs: Vec<Vec<u8>> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| std::fs::read(e.path()).unwrap())
            .collect();
        inputs.extend([b"".to_vec(), b"<foo/>".to_vec(), b"<a><b>".to_vec()]);
        let o = options(json!({"now": "2026-11-20T10:00:30Z"})).unwrap();
        for input in inputs {
            let typed = SamlResponse::check(&input, &o);
            let back = typed.clone().into_json().typed::<ResponseData>().unwrap();
            assert_eq!(back.data, typed.data);
            assert_eq!(
                serde_json::to_value(&back.data).unwrap(),
                serde_json::to_value(&typed.data).unwrap()
            );
        }
    }

    #[test]
    fn options_are_validated_not_clamped() {
        let o = options(json!({})).unwrap();
        assert_eq!(o.options.clock_skew_secs, DEFAULT_CLOCK_SKEW_SECS);
        assert_eq!(o.now.to_rfc3339(), "2026-06-01T00:00:00+00:00");
        let o = options(json!({"clock_skew_seconds": 604_800, "nameid_source": "email"})).unwrap();
        assert_eq!(o.options.clock_skew_secs, 604_800);
        assert_eq!(o.options.nameid_source, super::super::NameIdSource::Email);
        for bad in [json!(604_801), json!(u64::MAX), json!(-1), json!("60")] {
            let e = options(json!({ "clock_skew_seconds": bad })).unwrap_err();
            assert!(e.contains("clock_skew_seconds"), "{e}");
        }
        let e = options(json!({"sp_entity_id": "a".repeat(2000)})).unwrap_err();
        assert!(e.contains("sp_entity_id") && e.len() < 400, "{e}");
        assert!(options(json!({"sp_entity_id": " "})).is_err());
        assert!(options(json!({"nameid_source": "upn"})).is_err());
        assert!(options(json!({"clock_skew": 10})).is_err());
    }
}
