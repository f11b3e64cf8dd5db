//! XML Schema validation of SAML metadata and SAML protocol messages,
//! streamed and without a DOM (OASIS SAML V2.0 Core and Metadata schemas,
//! with the metadata extension schemas mdui, mdattr, mdrpi, alg,
//! attribute-ext and shibmd; W3C XML Signature and XML Encryption schemas;
//! W3C XML Schema 1.0 Parts 1 and 2 for what "valid" means).
//!
//! [`tables`] is generated from the normative XSDs by
//! `scripts/xsd/gen_tables.py` (every content model compiled to a
//! deterministic automaton), [`model`] are its shapes, [`simple`] checks the
//! built-in datatypes and [`validator`] walks the event stream. [`rules`]
//! has the findings each tool reports.
//!
//! Deviations from a full XML Schema processor, by design: `xsi:type`
//! naming a type from a schema not bundled (WS-Federation's
//! `fed:SecurityTokenServiceType` in ADFS metadata) is accepted as an
//! extension of the declared type and named in the outcome; `anyURI` is
//! checked only for broken `%` escapes (as libxml2 does, nearly every
//! string is a URI); identity constraints other than ID uniqueness are not
//! checked (the SAML schemas declare none).

pub mod model;
pub mod rules;
pub mod simple;
#[allow(clippy::all, clippy::pedantic)]
#[rustfmt::skip]
pub mod tables;
pub mod validator;

pub use validator::{validate_str, Kind, Outcome, Problem, Validator};

/// `data.schema` of the SAML reports (field names are a contract).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SchemaData {
    /// Whether the document was validated (false when `--no-schema` or when
    /// it is not well-formed XML, so there is nothing to validate).
    pub checked: bool,
    /// No schema problem was found (`false` when not checked).
    pub valid: bool,
    /// Number of schema problems (all of them, also past the reported ones).
    pub problems: usize,
    /// `xsi:type` extension types from other schemas that were accepted.
    pub extensions: Vec<String>,
}

impl SchemaData {
    pub fn from_outcome(o: &Outcome) -> Self {
        Self {
            checked: true,
            valid: o.count == 0,
            problems: o.count,
            extensions: o.extensions.clone(),
        }
    }

    /// The summary line's text: "valid", "3 problems" or "not checked".
    pub fn label(&self) -> String {
        match (self.checked, self.problems) {
            (false, _) => "not checked".into(),
            (true, 0) => "valid".into(),
            (true, 1) => "1 problem".into(),
            (true, n) => format!("{n} problems"),
        }
    }

    /// `data.schema` of a report, if present.
    pub fn from_data(data: &serde_json::Value) -> Option<Self> {
        serde_json::from_value(data["schema"].clone()).ok()
    }

    pub fn unchecked() -> Self {
        Self {
            checked: false,
            valid: false,
            problems: 0,
            extensions: Vec::new(),
        }
    }
}
