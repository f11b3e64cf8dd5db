//! The verdicts the faces show beside the decoded message ("valid now",
//! "matches the IdP metadata", "not supported by Webex" …), decided here
//! from the checks that ran so that no page or command re-derives them from
//! rule ids. Stored as `data.verdicts`.

use serde::{Deserialize, Serialize};

use super::data::ResponseData;
use super::rules as r;
use crate::report::Report;

/// `data.verdicts` of a `saml-response` report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdicts {
    /// The Issuer is present, consistent and (when IdP metadata was given)
    /// the metadata's entityID.
    pub issuer_ok: bool,
    /// The NameID equals the attribute Webex takes it from.
    pub name_id_matches_source: bool,
    /// Webex accepts the NameID format.
    pub name_id_format_supported: bool,
    /// `valid`, `expired` or `not-yet-valid` against "now" (with the clock
    /// skew); `null` when the message carries no validity window.
    pub window: Option<String>,
    /// The Audience names the SP entity ID.
    pub audience_ok: bool,
    /// uid carries a UPN domain suffix.
    pub uid_is_upn: bool,
}

/// Decide the verdicts of a finished report.
pub fn of(report: &Report<ResponseData>) -> Verdicts {
    let fired = |rule: &crate::rules::Rule| report.fired(rule.id);
    let has_window = report
        .data
        .conditions()
        .is_some_and(|c| c.not_before.is_some() || c.not_on_or_after.is_some());
    let window = if fired(&r::EXPIRED) {
        Some("expired")
    } else if fired(&r::NOT_YET_VALID) {
        Some("not-yet-valid")
    } else if has_window {
        Some("valid")
    } else {
        None
    };
    Verdicts {
        issuer_ok: !(fired(&r::ISSUER_NOT_IDP_ENTITY)
            || fired(&r::ISSUER_INCONSISTENT)
            || fired(&r::ISSUER_MISSING)),
        name_id_matches_source: !fired(&r::NAMEID_ATTRIBUTE_MISMATCH),
        name_id_format_supported: !fired(&r::NAMEID_FORMAT_UNSUPPORTED),
        window: window.map(str::to_string),
        audience_ok: !(fired(&r::AUDIENCE_MISMATCH) || fired(&r::AUDIENCE_MISSING)),
        uid_is_upn: fired(&r::UID_UPN),
    }
}
