//! X.509 certificates: the certificate tool and the shared inspection that
//! the SAML tools run on every embedded certificate.
//!
//! Admin guide: "Configure Organization Certificate Management" (the IdP
//! certificate Webex imports: a .cer/.crt file, 1024, 2048 or 4096 bit keys,
//! at most three stored, one active), "Configure WebEx Certificate
//! Management" (SP certificates valid 90 to 3652 days, generated when the
//! existing one is about to expire) and "Single Sign-on Requirements".
//!
//! Layout: `input` (PEM/DER/base64/PKCS#7 detection), `details` (the
//! `data.certificates[]` object), `lints` (per-certificate rules), `verify`
//! (signatures), `chain` (issuer links and order), `rollover` (organisation
//! set and timeline), `ics` (expiry calendar), `text` (details block),
//! `check` (entry points and the [`Cert`] tool), `data` (the report's
//! typed `data`, [`CertData`]).
//!
//! # For the SAML tools
//!
//! Make one [`Inspector`] per document and call its `inspect_base64` once per
//! `ds:X509Certificate` element (repeated certificates are served from its
//! memory; the free [`inspect_base64`] is the one-off form): it decodes,
//! parses once, extracts the details and runs every per-certificate rule
//! (key, validity, signature algorithm, key usage, self-signature), with the
//! findings located where you say.
//!
//! ```
//! use preflight::x509::{inspect_base64, LintContext};
//! use preflight::Location;
//!
//! let now = chrono::DateTime::from_timestamp(1_780_272_000, 0).unwrap();
//! let mut ctx = LintContext::new(now);
//! ctx.signing = true; // KeyDescriptor use="signing" (or no use attribute)
//! let at = Location::xml_path("/EntityDescriptor/IDPSSODescriptor/KeyDescriptor[1]");
//! match inspect_base64("not base64!", &ctx, at) {
//!     Ok((info, findings)) => { /* info serialises to a data.certificates[] object */ }
//!     Err(unreadable) => assert_eq!(unreadable.rule, "x509/unreadable"),
//! }
//! ```

pub mod catalog;
pub mod chain;
pub mod check;
pub mod data;
pub mod details;
pub mod examples;
pub mod ics;
pub mod input;
pub mod lints;
pub mod oids;
pub mod rollover;
pub mod text;
pub mod util;
pub mod verify;

pub use catalog::RULES;
pub use check::{
    certificates_of, check, check_files, check_files_typed, check_typed, inspect_base64,
    inspect_der, Cert, Inspector,
};
pub use data::{CertData, Chain, ChainLink, FileSummary, Settings};
pub use details::{CertificateInfo, Validity, CONTRACT_FIELDS};
pub use ics::expiry_calendar;
pub use lints::LintContext;
pub use rollover::{Rollover, RolloverEntry, Window};
pub use text::details_text;
