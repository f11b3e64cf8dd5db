//! What the certificate tool reports in `data`: [`CertData`]. Its JSON is a
//! public contract (CLI `--format json`, downloads from the app): the field
//! names, their order, null-versus-absent and integer types are exactly
//! those the tool printed when `data` was built as JSON (add, never rename).

use serde::{Deserialize, Serialize};

use super::details::CertificateInfo;
use super::lints::LintContext;
use super::rollover::Rollover;
use super::util::rfc3339;

/// The certificate tool's `data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CertData {
    /// The input's format (pem, der, base64, pkcs7-der …), `mixed` when the
    /// files differ, `null` when nothing was recognised.
    pub format: Option<String>,
    /// One entry per input file, in the order given.
    pub files: Vec<FileSummary>,
    /// Every certificate found, in input order (repeats included).
    pub certificates: Vec<CertificateInfo>,
    /// Certificates counted once per SHA-256 fingerprint.
    pub distinct_certificates: usize,
    /// Private keys found (their content is never reported).
    pub private_keys: usize,
    /// Issuer links, the order verdict and the chains.
    pub chain: Chain,
    /// The organisation set and its rollover timeline.
    pub rollover: Rollover,
    /// The options the certificates were checked with.
    pub settings: Settings,
}

/// One input file: its name, format and what it held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileSummary {
    /// The file's name (`null` for a paste or an unnamed input).
    pub file: Option<String>,
    /// Its format, `null` when not recognised.
    pub format: Option<String>,
    /// Certificates read from it.
    pub certificates: usize,
    pub private_keys: usize,
}

/// `data.chain`: every issuer link found in the input, whether each file is
/// in the expected order (leaf first, each certificate followed by its
/// issuer), and the chains from each leaf up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chain {
    pub links: Vec<ChainLink>,
    /// The verdict behind `x509/chain-order`: every file is in order.
    pub in_order: bool,
    /// Positions in `data.certificates[]`, leaf first.
    pub chains: Vec<Vec<usize>>,
}

impl Chain {
    /// No link: a bundle of roots, one self-signed certificate.
    pub fn empty() -> Self {
        Self {
            links: Vec::new(),
            in_order: true,
            chains: Vec::new(),
        }
    }

    /// The link from `certificate` to `issuer`, if the input has it.
    pub fn link(&self, certificate: usize, issuer: usize) -> Option<&ChainLink> {
        self.links
            .iter()
            .find(|l| l.certificate == certificate && l.issuer == issuer)
    }

    /// Whether `certificate` was linked to an issuer in the input.
    pub fn is_linked(&self, certificate: usize) -> bool {
        self.links.iter().any(|l| l.certificate == certificate)
    }
}

/// A certificate and the certificate of the input that issued it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainLink {
    /// Positions in `data.certificates[]`.
    pub certificate: usize,
    pub issuer: usize,
    /// "valid", "invalid" or "unsupported": the link's signature check.
    pub signature: String,
}

/// `data.settings`: what the certificates were checked with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// RFC 3339, UTC.
    pub now: String,
    pub expiry_warning_days: i64,
    pub sp: bool,
    pub signing: bool,
}

impl Settings {
    /// `now` as a time.
    pub fn now_time(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        chrono::DateTime::parse_from_rfc3339(&self.now)
            .ok()
            .map(|t| t.with_timezone(&chrono::Utc))
    }

    pub fn of(ctx: &LintContext) -> Self {
        Self {
            now: rfc3339(ctx.now),
            expiry_warning_days: ctx.expiry_warning_days,
            sp: ctx.sp,
            signing: ctx.signing,
        }
    }
}
