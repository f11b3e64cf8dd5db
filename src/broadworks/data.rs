//! What the broadworks tool reports in `data`: one shape per mode (the
//! lookup, each log tool, the IM&P comparison), each the type its module
//! builds, serialised as that type alone (no tag: the JSON is the mode's
//! own object, as the CLI has always printed it).

use serde::{Deserialize, Serialize};

use crate::broadworks::client_log::ClientLogData;
use crate::broadworks::imp::ImpData;
use crate::broadworks::pslog::PslogData;
use crate::broadworks::redact::RedactData;
use crate::broadworks::search::Lookup;
use crate::broadworks::xsp::XspData;

/// `report.data` of the broadworks tool, whichever mode ran.
///
/// Read back from JSON (a report the Web Worker sent) by its shape: each
/// mode's object has fields the others lack, and a refused log's data is
/// the empty object (tried first).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum BroadworksData {
    /// A log over the size the tools check at once, refused as a whole.
    Refused(Refused),
    /// An error-code lookup.
    Lookup(Lookup),
    /// Integrated IM&P settings against the customer template.
    Imp(ImpData),
    /// A redacted copy of a log.
    Redact(RedactData),
    /// XSP configuration and sign-in logs.
    Xsp(XspData),
    /// An Application Server PSLog.
    Pslog(PslogData),
    /// A Webex app log.
    ClientLog(ClientLogData),
}

/// The data of a refused input: `{}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Refused {}

impl BroadworksData {
    /// The tracking ids the log tools found (none for a lookup, a
    /// comparison or a refused log).
    pub fn tracking_ids(&self) -> &[String] {
        match self {
            Self::Pslog(d) => &d.tracking_ids,
            Self::Xsp(d) => &d.tracking_ids,
            Self::ClientLog(d) => &d.tracking_ids,
            Self::Redact(d) => &d.tracking_ids,
            Self::Refused(_) | Self::Lookup(_) | Self::Imp(_) => &[],
        }
    }
}

/// `report` with its data wrapped as the tool's (`wrap` is the mode's
/// variant, e.g. [`BroadworksData::Pslog`]).
pub fn wrap<D>(
    report: crate::report::Report<D>,
    wrap: impl FnOnce(D) -> BroadworksData,
) -> crate::report::Report<BroadworksData> {
    let crate::report::Report {
        tool,
        findings,
        summary,
        data,
        input_sha256,
    } = report;
    crate::report::Report {
        tool,
        findings,
        summary,
        data: wrap(data),
        input_sha256,
    }
}
