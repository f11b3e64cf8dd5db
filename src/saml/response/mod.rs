//! The SAML response checker: decode a captured `SAMLResponse` (or
//! `AuthnRequest`), explain its status, and check its assertion against what
//! Webex Messenger expects.
//!
//! Guide sections implemented (Webex Messenger admin guide):
//! "Configuration of Single Sign-on in Cisco WebEx Messenger Administration
//! Tool" (the SAML 2.0 attribute table), "Federated Web SSO Settings" (SP
//! entity ID, NameID formats, AuthnContextClassRef, Auto Account Creation /
//! Update, Remove uid Domain Suffix for Active Directory UPN) and "Enter
//! Security Settings" (NameID selection: UserName, Email or EmployeeID).
//!
//! Pipeline: [`decode`] (xml / base64 / base64-deflate) → [`xml::parse`]
//! (hardened tree: no DTD, bounded) → the checks in `check`, `assertion` and
//! `attributes`. [`redact`] rewrites a response with placeholders for
//! support cases.
//!
//! `Report.data` (a public contract, add fields, never rename):
//! - `kind` ("Response" / "Assertion" / "AuthnRequest" / null), `encoding`
//!   ("xml" / "base64" / "base64-deflate" / null), `url_encoded`,
//!   `form_field` ("SAMLResponse" / "SAMLRequest" / null), `xml_pretty`,
//!   `redirect_signature {sig_alg, signature} | null` (the query-string
//!   signature of an HTTP-Redirect URL), `envelope[]` (the SOAP /
//!   ArtifactResponse wrappers around the message, outermost first);
//! - `now`, `sp_entity_id`, `clock_skew_seconds`, `nameid_source`;
//! - Response: `id`, `destination`, `in_response_to`, `issue_instant`,
//!   `response_issuer`, `status {code, meaning, success, second_level[]
//!   {code, meaning}, message}`, `assertion {present, encrypted, id |
//!   encryption_methods[]}`;
//! - `issuer`, `assertion_issuer`, `name_id {value, format, format_label,
//!   has_comment, name_qualifier, sp_name_qualifier}`,
//!   `subject_confirmation {method, recipient, not_on_or_after, not_before,
//!   in_response_to, address}`, `conditions {not_before, not_on_or_after,
//!   audiences[]}`, `authn {authn_instant, session_index,
//!   session_not_on_or_after, authn_context_class_ref}`;
//! - `attributes` (name → values[]), `attribute_table[] {name, values[],
//!   status ("ok" / "info" / "warning" / "error"), rule (the rule the row
//!   breaks, or for "ok" the rule it satisfies), note, required}`,
//!   `account {auto_account_creation {ready, missing[]},
//!   auto_account_update {ready, update_timestamp, update_timestamp_form,
//!   update_timestamp_utc}, upgradesite}`;
//! - `signatures[] {path, parent_path, parent_id, signature_method,
//!   digest_methods[], canonicalization, reference_uri,
//!   embedded_certificate_sha256[]}` plus the verification
//!   (`xmldsig::SignatureCheck`): `covers, covers_id, transforms[],
//!   digest_algorithm, signature_algorithm, digest_ok, digest_expected,
//!   digest_computed, signature_ok, trusted, certificate_sha256 | null,
//!   certificate {sha256, subject, not_before, not_after, source, expired},
//!   problems[], verdict`; with IdP metadata `idp_metadata {entity_id,
//!   signing_certificate_sha256[]}`;
//! - `schema {checked, valid, problems, extensions[]}` (see
//!   [`crate::xmlschema::SchemaData`]; the SAML message inside a SOAP
//!   envelope is what is validated);
//! - AuthnRequest: `authn_request {id, destination, issue_instant,
//!   assertion_consumer_service_url, protocol_binding, force_authn,
//!   is_passive, name_id_policy {format, allow_create},
//!   requested_authn_context {comparison, class_refs[]}}`.

mod assertion;
mod attributes;
mod authn_request;
mod check;
pub mod data;
pub mod decode;
pub mod examples;
pub mod examples_signed;
pub mod idp_metadata;
pub mod names;
mod redact;
pub mod rules;
pub mod signature;
pub mod status;
pub mod values;
pub mod verdicts;
mod verify;
pub mod xml;

pub use check::{check, check_bytes, check_bytes_typed, check_typed};
pub use data::ResponseData;
pub use decode::{decode, DecodeError, Decoded, Encoding};
pub use redact::{redact, RedactError};
pub use rules::RULES;

/// The tool id (CLI subcommand, report `tool`).
pub const TOOL: &str = "saml-response";

/// Webex's default SP entity ID ("WebEx SAML Issuer (SP ID)").
pub const DEFAULT_SP_ENTITY_ID: &str = "http://www.webex.com";

/// Default tolerance for clock differences between the IdP and Webex.
pub const DEFAULT_CLOCK_SKEW_SECS: i64 = 180;

/// How the organisation identifies users ("Enter Security Settings": the
/// NameID selection), i.e. which attribute the NameID must equal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum NameIdSource {
    #[default]
    UserName,
    Email,
    EmployeeId,
}

impl NameIdSource {
    /// The attribute carrying the same identifier.
    pub fn attribute(self) -> &'static str {
        match self {
            NameIdSource::UserName => "uid",
            NameIdSource::Email => "email",
            NameIdSource::EmployeeId => "employeeid",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            NameIdSource::UserName => "username",
            NameIdSource::Email => "email",
            NameIdSource::EmployeeId => "employeeid",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "username" | "uid" => Some(NameIdSource::UserName),
            "email" => Some(NameIdSource::Email),
            "employeeid" => Some(NameIdSource::EmployeeId),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseOptions {
    /// The "WebEx SAML Issuer (SP ID)" the Audience must name.
    pub sp_entity_id: String,
    /// Tolerated clock difference, in seconds.
    pub clock_skew_secs: i64,
    pub nameid_source: NameIdSource,
    /// The IdP's metadata XML, to check the Issuer and signing certificate.
    pub idp_metadata: Option<String>,
    /// Validate the message against the SAML protocol and assertion schemas.
    pub schema: bool,
    /// Certificates the administrator trusts (`--trust-cert`); the IdP
    /// metadata's signing certificates are added to them.
    pub trust: crate::xmldsig::TrustStore,
}

impl ResponseOptions {
    /// The options every face builds: `sp_entity_id` a non-empty URI of at
    /// most [`crate::options::MAX_URI_CHARS`], `clock_skew_secs` within
    /// [`crate::options::CLOCK_SKEW_SECS`].
    pub fn new(
        sp_entity_id: &str,
        clock_skew_secs: i64,
        nameid_source: NameIdSource,
        idp_metadata: Option<String>,
    ) -> Result<Self, crate::options::OptionError> {
        use crate::options;
        Ok(Self {
            sp_entity_id: options::uri("sp_entity_id", sp_entity_id)?,
            clock_skew_secs: options::whole_in(
                "clock_skew",
                clock_skew_secs,
                options::CLOCK_SKEW_SECS,
                "seconds",
            )?,
            nameid_source,
            idp_metadata,
            schema: true,
            trust: crate::xmldsig::TrustStore::default(),
        })
    }
}

impl Default for ResponseOptions {
    fn default() -> Self {
        Self {
            sp_entity_id: DEFAULT_SP_ENTITY_ID.to_string(),
            clock_skew_secs: DEFAULT_CLOCK_SKEW_SECS,
            nameid_source: NameIdSource::UserName,
            idp_metadata: None,
            schema: true,
            trust: crate::xmldsig::TrustStore::default(),
        }
    }
}

/// The options of one run of the tool: the check's options and the instant
/// times are checked against (the core never reads the clock).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOptions {
    pub options: ResponseOptions,
    pub now: chrono::DateTime<chrono::Utc>,
}

/// The saml-response tool (`crate::tool::Tool`).
pub struct SamlResponse;

impl SamlResponse {
    /// The option names of the JSON API (the CLI's flags in kebab case:
    /// `--clock-skew` is `clock_skew_seconds`).
    pub const OPTIONS: &'static [&'static str] = &[
        "now",
        "sp_entity_id",
        "clock_skew_seconds",
        "nameid_source",
        "idp_metadata",
    ];
}

impl crate::tool::Tool for SamlResponse {
    const ID: &'static str = TOOL;
    type Options = RunOptions;
    type Data = ResponseData;

    /// The options through [`ResponseOptions::new`], as the CLI and the page
    /// build them: a clock skew outside [`crate::options::CLOCK_SKEW_SECS`]
    /// or an empty or overlong SP entity ID is an error.
    fn options(json: &crate::tool::OptionsJson) -> Result<RunOptions, String> {
        let o = crate::tool::JsonOptions::new(Self::ID, json, Self::OPTIONS)?;
        let sp = o
            .string("sp_entity_id")?
            .unwrap_or_else(|| DEFAULT_SP_ENTITY_ID.to_string());
        let skew = match o.u64("clock_skew_seconds")? {
            Some(s) => i64::try_from(s).unwrap_or(i64::MAX),
            None => DEFAULT_CLOCK_SKEW_SECS,
        };
        let source = match o.string("nameid_source")? {
            Some(src) => NameIdSource::parse(&src)
                .ok_or_else(|| format!("options.nameid_source `{src}` is not a NameID source"))?,
            None => NameIdSource::default(),
        };
        let options =
            ResponseOptions::new(&sp, skew, source, o.string("idp_metadata")?).map_err(|e| {
                let name = match e.option {
                    "clock_skew" => "clock_skew_seconds",
                    other => other,
                };
                format!("options.{name}: {}", e.message)
            })?;
        Ok(RunOptions {
            options,
            now: o.now()?,
        })
    }

    fn check(input: &[u8], o: &RunOptions) -> crate::report::Report<ResponseData> {
        check_bytes_typed(input, &o.options, o.now)
    }
}

/// Echo a user value in a message: escaped and capped by the shared text
/// layer (a 10 MB paste must not make a 10 MB finding).
pub(crate) fn short(s: &str) -> String {
    crate::text::shorten(s, 80).into_owned()
}
