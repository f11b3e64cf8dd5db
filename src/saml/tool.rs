//! The `saml-metadata` tool ([`crate::tool::Tool`]): its options, read and
//! validated in one place for the JSON API, the worker's sink, the CLI and
//! the page, and its typed report ([`MetadataData`]).

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::data::MetadataData;
use super::MetadataOptions;
use crate::report::{Location, Report};
use crate::tool::{JsonOptions, OptionsJson};
use crate::xmldsig::TrustStore;

/// The saml-metadata tool: IdP metadata or a federation aggregate.
pub struct SamlMetadata;

/// What the tool is asked: the check's options, the keys trusted to sign
/// the metadata, and (for an aggregate) the one entity to report on.
#[derive(Debug, Clone)]
pub struct ToolOptions {
    pub metadata: MetadataOptions,
    /// `trust`: the certificate or metadata whose keys sign the metadata.
    pub trust: TrustStore,
    /// `entity`: report on this entity of an aggregate only ([`super::focus`]).
    pub entity: Option<String>,
}

/// The option names the tool takes.
pub const OPTION_NAMES: &[&str] = &["now", "expiry_warning_days", "trust", "entity"];

impl ToolOptions {
    /// The options at `now` with the defaults (no trusted key, no entity).
    pub fn at(now: DateTime<Utc>) -> Self {
        Self {
            metadata: MetadataOptions::at(now),
            trust: TrustStore::default(),
            entity: None,
        }
    }
}

/// `now` and `expiry_warning_days` of the JSON options: the bound is
/// [`crate::options::EXPIRY_WARNING_DAYS`], through [`MetadataOptions::new`].
pub fn metadata_options(o: &JsonOptions) -> Result<MetadataOptions, String> {
    let now = o.now()?;
    let days = match o.json().get("expiry_warning_days") {
        None | Some(Value::Null) => MetadataOptions::at(now).expiry_warning_days,
        Some(v) => v
            .as_i64()
            .ok_or_else(|| format!("options.expiry_warning_days `{v}` is not a whole number"))?,
    };
    MetadataOptions::new(now, days).map_err(|e| format!("options.{e}"))
}

/// `trust`: the certificate or metadata the administrator trusts (empty
/// text is none).
pub fn trust_store(o: &JsonOptions) -> Result<TrustStore, String> {
    let mut trust = TrustStore::default();
    if let Some(t) = o.string("trust")? {
        if !t.trim().is_empty() {
            trust
                .add(t.as_bytes(), "pasted certificate")
                .map_err(|e| format!("options.trust: {e}"))?;
        }
    }
    Ok(trust)
}

impl crate::tool::Tool for SamlMetadata {
    const ID: &'static str = super::TOOL;
    type Options = ToolOptions;
    type Data = MetadataData;

    fn options(json: &OptionsJson) -> Result<ToolOptions, String> {
        let o = JsonOptions::new(Self::ID, json, OPTION_NAMES)?;
        Ok(ToolOptions {
            metadata: metadata_options(&o)?,
            trust: trust_store(&o)?,
            entity: o.string("entity")?,
        })
    }

    fn check(input: &[u8], options: &ToolOptions) -> Report<MetadataData> {
        let limit = crate::stream::MAX_INPUT_BYTES;
        if input.len() > limit {
            // Refused as a whole, as the worker's sink refuses it.
            let mut report = Report::with_data(Self::ID, b"", MetadataData::empty());
            report.add(
                &super::xml::TOO_LARGE,
                too_large_message(input.len(), limit),
                Location::none(),
            );
            return report;
        }
        let report =
            super::check_metadata_typed(input, &options.metadata, &options.trust, |_, _| {});
        match options.entity.as_deref() {
            Some(id) => super::focus(report, id),
            None => report,
        }
    }
}

/// Why an input over the limit is refused.
pub fn too_large_message(received: usize, limit: usize) -> String {
    format!("the input is {received} bytes; at most {limit} bytes are checked, and a larger file is refused rather than checked in part")
}
