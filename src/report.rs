//! The shape every validator returns: findings with precise locations, a
//! summary, tool-specific data, and the SHA-256 of the input so a report can be
//! attached to a change ticket and matched to the exact file it describes.
//!
//! The JSON field names here are a public contract (CLI `--format json`,
//! downloads from the app): add fields, never rename them.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::rules::{self, Rule};

/// How bad a finding is. Errors make the CLI exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// The SARIF 2.1.0 `level` for this severity.
    pub fn sarif_level(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "note",
        }
    }
}

/// A column is a number in text input and a header name in CSV input, so
/// both shapes serialise under the same `column` key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Column {
    Number(u32),
    Name(String),
}

/// Where a finding points. Every field is optional; a validator fills the ones
/// that make sense for its input (line/column for text, row/column name for
/// CSV, an XPath-like path for XML, a field index for CRON).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// 1-based line in text input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// 1-based column (characters) in text input, or the header name in CSV.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<Column>,
    /// Byte span `[start, end)` in the input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<(usize, usize)>,
    /// The row number a spreadsheet shows (the header is row 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u64>,
    /// XPath-like path of an XML element or attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// 1-based field index (CRON fields, form fields).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<u32>,
    /// Name of the field at `field` (e.g. "day-of-month", "Min").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field_name: Option<String>,
}

impl Location {
    pub fn none() -> Self {
        Self::default()
    }

    pub fn line_col(line: u32, column: u32) -> Self {
        Self {
            line: Some(line),
            column: Some(Column::Number(column)),
            ..Self::default()
        }
    }

    pub fn cell(row: u64, column_name: impl Into<String>) -> Self {
        Self {
            row: Some(row),
            column: Some(Column::Name(column_name.into())),
            ..Self::default()
        }
    }

    pub fn xml_path(path: impl Into<String>) -> Self {
        Self {
            path: Some(path.into()),
            ..Self::default()
        }
    }

    pub fn field(index: u32, name: impl Into<String>) -> Self {
        Self {
            field: Some(index),
            field_name: Some(name.into()),
            ..Self::default()
        }
    }

    pub fn with_span(mut self, start: usize, end: usize) -> Self {
        self.span = Some((start, end));
        self
    }

    pub fn with_file(mut self, file: impl Into<String>) -> Self {
        self.file = Some(file.into());
        self
    }

    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// A short human form: `line 3, column 7`, `row 12, column email`,
    /// `field 4 (day-of-month)`, `/EntityDescriptor/...`.
    pub fn describe(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(f) = &self.file {
            parts.push(f.clone());
        }
        if let Some(l) = self.line {
            parts.push(format!("line {l}"));
        }
        if let Some(r) = self.row {
            parts.push(format!("row {r}"));
        }
        match &self.column {
            Some(Column::Number(c)) => parts.push(format!("column {c}")),
            Some(Column::Name(n)) => parts.push(format!("column {n}")),
            None => {}
        }
        if let Some(i) = self.field {
            match &self.field_name {
                Some(n) => parts.push(format!("field {i} ({n})")),
                None => parts.push(format!("field {i}")),
            }
        } else if let Some(n) = &self.field_name {
            parts.push(n.clone());
        }
        if let Some(p) = &self.path {
            parts.push(p.clone());
        }
        if parts.is_empty() {
            if let Some((s, e)) = self.span {
                parts.push(format!("bytes {s}-{e}"));
            }
        }
        parts.join(", ")
    }
}

/// One problem (or note) about the input, tied to a catalog rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    pub location: Location,
    pub help: String,
}

impl Finding {
    /// A finding of `rule` at its default severity, with the rule's help text.
    pub fn new(rule: &Rule, message: impl Into<String>, location: Location) -> Self {
        Self {
            rule: rule.id.to_string(),
            severity: rule.severity,
            message: message.into(),
            location,
            help: rule.help.to_string(),
        }
    }

    /// The same rule at another severity, for rules whose weight depends on
    /// context (e.g. a key size that is accepted but weak).
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// The rule's help made specific to this finding (e.g. naming the very
    /// record or field it is about instead of listing every case).
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = help.into();
        self
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

/// What a validator returns: findings, their counts, the tool's `data` and
/// the hash of the input. `D` is the tool's typed data (`crate::tool::Tool`);
/// `Report` alone is the JSON form every face can carry (`data` a JSON value),
/// which [`Report::into_json`] turns a typed report into and
/// [`Report::typed`] reads back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report<D = serde_json::Value> {
    pub tool: String,
    pub findings: Vec<Finding>,
    pub summary: Summary,
    pub data: D,
    pub input_sha256: String,
}

impl Report {
    /// An empty report for `tool`, stamped with the hash of `input`.
    pub fn new(tool: &str, input: &[u8]) -> Self {
        Report::with_data(tool, input, serde_json::Value::Object(Default::default()))
    }

    /// Set one key of the `data` object.
    pub fn set_data(&mut self, key: &str, value: serde_json::Value) {
        if !self.data.is_object() {
            self.data = serde_json::Value::Object(Default::default());
        }
        if let Some(obj) = self.data.as_object_mut() {
            obj.insert(key.to_string(), value);
        }
    }

    /// The report with its data read as the tool's type `D` (what a page does
    /// with a report the worker sent as JSON).
    pub fn typed<D: serde::de::DeserializeOwned>(mut self) -> Result<Report<D>, String> {
        let json = std::mem::take(&mut self.data);
        let data = serde_json::from_value(json).map_err(|e| {
            format!(
                "the {} report's data is not what the tool writes: {e}",
                self.tool
            )
        })?;
        Ok(self.with_data_value(data))
    }
}

impl<D> Report<D> {
    /// An empty report for `tool` holding `data`, stamped with the hash of
    /// `input`.
    pub fn with_data(tool: &str, input: &[u8], data: D) -> Self {
        Self {
            tool: tool.to_string(),
            findings: Vec::new(),
            summary: Summary::default(),
            data,
            input_sha256: sha256_hex(input),
        }
    }

    /// The same findings with other data.
    pub fn with_data_value<E>(self, data: E) -> Report<E> {
        Report {
            tool: self.tool,
            findings: self.findings,
            summary: self.summary,
            data,
            input_sha256: self.input_sha256,
        }
    }

    /// The report with its data as JSON, as the CLI prints it and the worker
    /// sends it.
    pub fn into_json(self) -> Report
    where
        D: Serialize,
    {
        let data = serde_json::to_value(&self.data).unwrap_or_default();
        self.with_data_value(data)
    }

    pub fn push(&mut self, finding: Finding) {
        match finding.severity {
            Severity::Error => self.summary.errors += 1,
            Severity::Warning => self.summary.warnings += 1,
            Severity::Info => self.summary.infos += 1,
        }
        self.findings.push(finding);
    }

    /// Shorthand for `push(Finding::new(..))`.
    pub fn add(&mut self, rule: &Rule, message: impl Into<String>, location: Location) {
        self.push(Finding::new(rule, message, location));
    }

    pub fn extend(&mut self, findings: impl IntoIterator<Item = Finding>) {
        for f in findings {
            self.push(f);
        }
    }

    pub fn has_errors(&self) -> bool {
        self.summary.errors > 0
    }

    /// Whether any finding carries `rule_id`.
    pub fn fired(&self, rule_id: &str) -> bool {
        self.findings.iter().any(|f| f.rule == rule_id)
    }

    /// Findings sorted errors first, then warnings, then infos, keeping the
    /// validator's order within a severity.
    pub fn sort_by_severity(&mut self) {
        self.findings.sort_by_key(|f| f.severity);
    }

    /// The rule metadata of every rule that fired, for SARIF and the UI.
    pub fn rules_fired(&self) -> Vec<&'static Rule> {
        let mut out: Vec<&'static Rule> = Vec::new();
        for f in &self.findings {
            if let Some(r) = rules::find(&f.rule) {
                if !out.iter().any(|o| o.id == r.id) {
                    out.push(r);
                }
            }
        }
        out
    }
}

pub fn sha256_hex(input: &[u8]) -> String {
    let digest = Sha256::digest(input);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_is_stamped_with_input_hash() {
        let r = Report::new("ports", b"abc");
        assert_eq!(
            r.input_sha256,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn csv_column_serialises_as_name_and_text_column_as_number() {
        let cell = serde_json::to_value(Location::cell(3, "email")).unwrap();
        assert_eq!(cell, serde_json::json!({"row": 3, "column": "email"}));
        let text = serde_json::to_value(Location::line_col(2, 9)).unwrap();
        assert_eq!(text, serde_json::json!({"line": 2, "column": 9}));
    }

    #[test]
    fn location_describe_reads_naturally() {
        assert_eq!(Location::line_col(3, 7).describe(), "line 3, column 7");
        assert_eq!(
            Location::field(4, "day-of-month").describe(),
            "field 4 (day-of-month)"
        );
        assert_eq!(
            Location::cell(12, "email").describe(),
            "row 12, column email"
        );
    }
}
