//! SAML 2.0 metadata: the validator behind `preflight saml-metadata` and the
//! Webex SP metadata export.
//!
//! Admin guide: "Single Sign-on" (what SSO with Webex involves),
//! "Configure Federated Web SSO" (importing the IdP's SAML metadata fills in
//! Issuer for SAML (IdP ID), Customer SSO Service Login URL and AuthnRequest
//! Signed Destination) and "Federated Web SSO Settings" (WebEx SAML Issuer
//! (SP ID), NamedID Format). The specification behind the structure checks
//! is OASIS SAML V2.0 Metadata.
//!
//! Layout, one job per file: [`xml`] decodes and guards the input, [`reader`]
//! streams it into one [`model::Entity`] at a time, [`checks`] reports on
//! each, [`certs`] is the seam to the X.509 tool, [`signature`] describes
//! ds:Signature, [`webex`] knows what Webex imports and accepts,
//! [`duration`] parses xs:duration, and [`export`] writes Webex SP metadata.
//!
//! `data` of the report (field names are a contract; add, never rename):
//!
//! ```text
//! root        "EntityDescriptor" | "EntitiesDescriptor" | null
//! counts      {entities, idp, sp, certificates, distinct_certificates, signatures}
//! entities[]  {entity_id, path, roles[idp|sp|aa], sso_services[{binding, location}],
//!              acs_services[{binding, location, index?, is_default?}], nameid_formats[],
//!              valid_until (effective, RFC 3339), cache_duration_seconds,
//!              want_authn_requests_signed, authn_requests_signed,
//!              certificates[{<certificate tool object>, use, role, role_element,
//!                            key_descriptor, path}],
//!              webex_import {issuer_for_saml_idp_id, customer_sso_service_login_url[],
//!                            authn_request_signed_destination, want_authn_requests_signed,
//!                            signing_certificate, nameid_formats[]} | null}
//! signatures[] {path, signature_method, digest_methods[], canonicalization,
//!               reference_uri, verified (valid and trusted), certificates[],
//!               and the verification (`xmldsig::SignatureCheck`): covers,
//!               covers_id, transforms[], digest_algorithm, signature_algorithm,
//!               digest_ok, digest_expected, digest_computed, signature_ok,
//!               trusted, certificate_sha256 | null, certificate, problems[],
//!               verdict}
//! focus       {entity_id, matched, entities_in_file}   (only with [`focus`])
//! schema      {checked, valid, problems, extensions[]}   (see [`crate::xmlschema::SchemaData`])
//! ```

pub mod certs;
pub mod checks;
pub mod data;
pub mod duration;
pub mod entity_data;
pub mod examples;
pub mod export;
pub mod focus;
pub mod model;
pub mod reader;
/// SAML responses and AuthnRequests (tool `saml-response`).
pub mod response;
pub mod signature;
pub mod tool;
pub mod verify;
pub mod webex;
pub mod xml;

pub use checks::MetadataOptions;
pub use data::MetadataData;
pub use export::{sp_metadata, SpMetadataOptions};
pub use focus::focus;
pub use tool::{SamlMetadata, ToolOptions};

use crate::report::Report;
use crate::rules::Rule;

/// This domain's rules, gathered into the catalog by `crate::rules`.
pub const RULES: &[Rule] = &[
    xml::NOT_WELL_FORMED,
    xml::DTD_REFUSED,
    xml::ENCODING,
    xml::TOO_DEEP,
    xml::TOO_MANY_ATTRIBUTES,
    xml::TOO_LARGE,
    checks::NOT_METADATA,
    checks::WRONG_NAMESPACE,
    checks::ENTITY_ID_MISSING,
    checks::ENTITY_ID_NOT_ABSOLUTE,
    checks::ENTITY_ID_TOO_LONG,
    checks::DUPLICATE_ENTITY_ID,
    checks::NO_SSO_ROLE,
    checks::PROTOCOL_SUPPORT,
    checks::ENDPOINT_MISSING,
    checks::UNKNOWN_BINDING,
    checks::LOCATION_HTTP,
    checks::LOCATION_INVALID,
    checks::VALID_UNTIL_EXPIRED,
    checks::VALID_UNTIL_SOON,
    checks::VALID_UNTIL_INVALID,
    checks::CACHE_DURATION_INVALID,
    checks::KEY_USE_INVALID,
    checks::NO_SIGNING_CERTIFICATE,
    checks::INVALID_BOOLEAN,
    checks::AUTHN_REQUESTS_SIGNED,
    webex::NAMEID_UNSUPPORTED,
    webex::NAMEID_NONE_SUPPORTED,
    webex::NAMEID_MISSING,
    signature::PRESENT,
    signature::WEAK_ALGORITHM,
    verify::INVALID,
    verify::UNTRUSTED,
    verify::NO_TRUST_SOURCE,
    verify::FORBIDDEN_ALGORITHM,
    verify::UNVERIFIABLE,
    verify::DUPLICATE_ID,
    verify::WRONG_ELEMENT,
    verify::TRUSTED,
    verify::CERT_EXPIRED,
    certs::UNDECODABLE,
    focus::ENTITY_NOT_FOUND,
    SCHEMA.unexpected_element,
    SCHEMA.missing_element,
    SCHEMA.unknown_attribute,
    SCHEMA.missing_attribute,
    SCHEMA.attribute_type,
    SCHEMA.content_type,
    SCHEMA.duplicate_id,
    SCHEMA.time_not_utc,
];

/// The schema rules as this tool reports them (`saml/schema-*`).
const SCHEMA: crate::xmlschema::rules::SchemaRules = crate::xmlschema::rules::METADATA;

/// The tool name stamped on reports.
pub const TOOL: &str = "saml-metadata";

/// Validate SAML 2.0 metadata (one EntityDescriptor or an EntitiesDescriptor
/// aggregate). Never panics; every problem with the content is a finding.
pub fn check_metadata(input: &[u8], opts: &MetadataOptions) -> Report<MetadataData> {
    check_metadata_with_progress(input, opts, |_, _| {})
}

/// As [`check_metadata`], calling `progress(bytes_done, bytes_total)` after
/// each entity so a UI can show how far a large aggregate has got.
pub fn check_metadata_with_progress<'a>(
    input: &'a [u8],
    opts: &MetadataOptions,
    progress: impl FnMut(usize, usize) + 'a,
) -> Report<MetadataData> {
    check_metadata_typed(
        input,
        opts,
        &crate::xmldsig::TrustStore::default(),
        progress,
    )
}

/// As [`check_metadata_with_progress`], verifying the signatures against
/// the administrator's trusted certificates (`--trust-cert`).
pub fn check_metadata_typed<'a>(
    input: &'a [u8],
    opts: &MetadataOptions,
    trust: &crate::xmldsig::TrustStore,
    progress: impl FnMut(usize, usize) + 'a,
) -> Report<MetadataData> {
    check(input, opts, trust, progress, None)
}

/// [`check_metadata_typed`] as the JSON report, for callers that carry the
/// reports of several tools alike (the whole-setup check).
pub fn check_metadata_trusting<'a>(
    input: &'a [u8],
    opts: &MetadataOptions,
    trust: &crate::xmldsig::TrustStore,
    progress: impl FnMut(usize, usize) + 'a,
) -> Report {
    check_metadata_typed(input, opts, trust, progress).into_json()
}

/// As [`check_metadata_trusting`], handing each entity to `on_entity` as
/// soon as it is checked instead of keeping it: the report has every field
/// but `data.entities`, and memory stays flat however many entities the
/// aggregate holds (the CLI writes them out as they come).
pub fn check_metadata_streaming<'a>(
    input: &'a [u8],
    opts: &MetadataOptions,
    trust: &crate::xmldsig::TrustStore,
    on_entity: impl FnMut(&entity_data::EntityData) + 'a,
) -> Report<MetadataData> {
    check(input, opts, trust, |_, _| {}, Some(Box::new(on_entity)))
}

fn check<'a>(
    input: &'a [u8],
    opts: &MetadataOptions,
    trust: &crate::xmldsig::TrustStore,
    progress: impl FnMut(usize, usize) + 'a,
    sink: Option<checks::EntitySink<'a>>,
) -> Report<MetadataData> {
    let (pending, verified) = read_and_verify(
        || read(input, opts, progress, sink),
        || verify_signatures(input, trust, opts.now),
    );
    pending.finish(input, opts, trust, verified)
}

/// Metadata read and checked, its signatures not yet verified: the browser's
/// worker completes it with the verification a second worker did meanwhile
/// ([`Pending::finish`]).
pub struct Pending {
    report: Report<MetadataData>,
    root_found: bool,
}

impl Pending {
    /// The report, with the signatures' verdicts: `verified` when the
    /// caller had them verified elsewhere, else verified now.
    pub fn finish(
        self,
        input: &[u8],
        opts: &MetadataOptions,
        trust: &crate::xmldsig::TrustStore,
        verified: Option<Verified>,
    ) -> Report<MetadataData> {
        let mut report = self.report;
        if self.root_found {
            let signatures = verified.unwrap_or_else(|| verify_signatures(input, trust, opts.now));
            verify::merge(&mut report, signatures, trust);
        }
        report
    }
}

/// Read and check `input` without verifying its signatures (see
/// [`Pending`]); `progress(bytes_done, bytes_total)` after each entity.
pub fn read_metadata<'a>(
    input: &'a [u8],
    opts: &MetadataOptions,
    progress: impl FnMut(usize, usize) + 'a,
) -> Pending {
    read(input, opts, progress, None)
}

/// The signatures of the metadata `input`, verified on their own: the half
/// of the check that a second thread (or worker) does beside the reading.
pub fn verify_signatures(
    input: &[u8],
    trust: &crate::xmldsig::TrustStore,
    now: chrono::DateTime<chrono::Utc>,
) -> Verified {
    match xml::decode(input) {
        Ok(decoded) => crate::xmldsig::verify(decoded.text.as_bytes(), trust, now),
        // The reader reports why the input cannot be read; nothing to merge.
        Err(problem) => Err(crate::xmldsig::WalkError {
            offset: 0,
            message: problem.message,
        }),
    }
}

fn read<'a>(
    input: &'a [u8],
    opts: &MetadataOptions,
    mut progress: impl FnMut(usize, usize) + 'a,
    sink: Option<checks::EntitySink<'a>>,
) -> Pending {
    let report = Report::with_data(TOOL, input, ());
    let decoded = match xml::decode(input) {
        Ok(d) => d,
        Err(problem) => {
            let mut checker = checks::Checker::new("", 0, false, *opts, report);
            checker.add(&xml::ENCODING, problem.message, *problem.location);
            checker.schema(None);
            return Pending {
                report: checker.finish(),
                root_found: false,
            };
        }
    };
    let text: &str = &decoded.text;
    let total = text.len();
    let mut checker =
        checks::Checker::new(text, decoded.offset, !decoded.transcoded, *opts, report);
    checker.set_progress(Box::new(move |done| progress(done, total)));
    if let Some(sink) = sink {
        checker.stream_entities(sink);
    }
    let root_found = reader::Walker::new(text, &mut checker)
        .with_schema(opts.schema)
        .run();
    if root_found && !checker.has_entities() && !checker.has_errors() {
        checker.add(
            &checks::NOT_METADATA,
            "the EntitiesDescriptor holds no EntityDescriptor",
            crate::report::Location::xml_path("/EntitiesDescriptor"),
        );
    }
    Pending {
        report: checker.finish(),
        root_found,
    }
}

/// The verification of a document's signatures (an error: not well-formed).
pub type Verified = Result<crate::xmldsig::Verification, crate::xmldsig::WalkError>;

/// Reads the metadata and verifies its signatures side by side where there
/// are threads: both only read the same text, and on a signed aggregate the
/// verification (two streamed passes over the whole document) takes about
/// as long as the reading and every check together. An unsigned document
/// costs the second thread one substring search.
#[cfg(not(target_arch = "wasm32"))]
fn read_and_verify(
    read: impl FnOnce() -> Pending,
    verify: impl FnOnce() -> Verified + Send,
) -> (Pending, Option<Verified>) {
    std::thread::scope(|s| {
        let verifying = s.spawn(verify);
        let pending = read();
        // A panic in the verifier is a bug; surface it as the same panic.
        let verified = verifying
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        (pending, Some(verified))
    })
}

/// In a browser worker there is one thread: read first, and verify
/// afterwards only a document that has a root element (the worker script
/// lets a second worker verify beside it where it can: [`Pending`]).
#[cfg(target_arch = "wasm32")]
fn read_and_verify(
    read: impl FnOnce() -> Pending,
    _verify: impl FnOnce() -> Verified + Send,
) -> (Pending, Option<Verified>) {
    (read(), None)
}
