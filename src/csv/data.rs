//! What the `csv-users` report holds in `data` ([`CsvData`]), and the
//! options of a run ([`RunOptions`]). The field names and their order are
//! the JSON the CLI prints and the worker sends (`tests/json_contract.rs`):
//! add fields, never rename them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::dialect::Dialect;
use super::Options;
use crate::tool::OptionsJson;

/// The report's `data`: counts and the file's shape. Cell values never go
/// in (a 150 MB file yields a report the size of its findings), and every
/// list is bounded ([`super::MAX_LISTED_COLUMNS`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CsvData {
    /// Data rows (the header and the lines above it not counted).
    pub rows: u64,
    /// The header's column names, the first [`super::MAX_LISTED_COLUMNS`].
    pub columns: Vec<String>,
    /// Every column of the header.
    pub columns_total: u64,
    /// Separator, encoding and line ending (`null` when the input has no
    /// header line to tell them from, e.g. an empty file).
    pub dialect: Option<DialectInfo>,
    /// What each automatic fix would change, so the faces can label their
    /// fix buttons without knowing which rule each fix answers.
    pub fixable: Fixable,
    /// The rules a page can filter the rows by: those reported on rows,
    /// by rule id.
    pub row_filters: Vec<RowFilter>,
    /// Findings per rule id: exact, even when the findings listed are capped.
    pub by_rule: BTreeMap<String, u64>,
    pub rows_with_errors: u64,
    pub rows_with_warnings: u64,
    pub empty_rows: u64,
    /// Input bytes read.
    pub bytes: u64,
    /// The file is a Webex Meetings site's user export (its columns have
    /// other names; `convert_meeting_export` makes an import file of it).
    pub meeting_site_export: bool,
    /// Every column whose name is not an import field.
    pub unknown_columns_total: u64,
    /// The first [`super::MAX_LISTED_COLUMNS`] unknown columns.
    pub unknown_columns: Vec<UnknownColumn>,
}

impl CsvData {
    /// Some unknown column's name is a near miss of a field name, so the
    /// "rename headers" fix changes something.
    pub fn has_header_renames(&self) -> bool {
        self.unknown_columns.iter().any(|c| c.suggestion.is_some())
    }
}

/// The file's shape, as decided from its header line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DialectInfo {
    /// `,`, `\t` or `;`.
    pub delimiter: String,
    /// `UTF-8`, `UTF-16LE` or `UTF-16BE`.
    pub encoding: String,
    /// The file starts with a byte-order mark.
    pub bom: bool,
    /// `CRLF`, `LF`, `CR`, `CRCRLF` or `none`.
    pub line_ending: String,
}

impl DialectInfo {
    pub(crate) fn of(d: &Dialect) -> Self {
        Self {
            delimiter: d.delimiter_label().to_string(),
            encoding: d.encoding.label().to_string(),
            bom: d.bom,
            line_ending: d.line_ending.to_string(),
        }
    }

    /// The separator in words: `comma`, `tab` or `semicolon`.
    pub fn delimiter_name(&self) -> &str {
        match self.delimiter.as_str() {
            "," => "comma",
            "\t" => "tab",
            ";" => "semicolon",
            other => other,
        }
    }
}

/// Rows or cells each automatic fix would change.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fixable {
    pub trim_whitespace: u64,
    pub na_to_dash: u64,
    pub upper_case_country: u64,
    pub drop_empty_rows: u64,
    pub drop_title_rows: u64,
}

/// A rule reported on rows, and how often.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowFilter {
    pub rule: String,
    pub count: u64,
}

/// A header name that is not an import field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnknownColumn {
    pub name: String,
    /// The field it is a near miss of (`null` when none is close).
    pub suggestion: Option<String>,
}

/// The options of one `csv-users` run: the organisation's settings
/// ([`Options`]) and the file's size when known.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunOptions {
    pub options: Options,
    /// The input's size in bytes (0 when unknown); it only sizes internal
    /// tables.
    pub size_hint: u64,
}

impl RunOptions {
    /// The JSON API's object for these options (what a page sends the
    /// worker); `<CsvUsers as Tool>::options` reads it back.
    pub fn to_json(&self) -> OptionsJson {
        let mut m = OptionsJson::new();
        m.insert("sso".into(), Value::Bool(self.options.sso));
        m.insert(
            "mandatory".into(),
            Value::Array(
                self.options
                    .mandatory
                    .iter()
                    .map(|n| Value::String(n.clone()))
                    .collect(),
            ),
        );
        m.insert(
            "max_findings_per_rule".into(),
            Value::from(self.options.max_findings_per_rule as u64),
        );
        m.insert("size_hint".into(), Value::from(self.size_hint));
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv::CsvUsers;
    use crate::tool::Tool;
    use serde_json::json;

    fn obj(v: Value) -> OptionsJson {
        v.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn options_round_trip_through_json() {
        let o = RunOptions {
            options: Options::new(true, &["city", "ISOcountry"], Some(7)).unwrap(),
            size_hint: 1234,
        };
        assert_eq!(CsvUsers::options(&o.to_json()), Ok(o));
        assert_eq!(
            CsvUsers::options(&OptionsJson::new()),
            Ok(RunOptions::default())
        );
    }

    #[test]
    fn bad_options_are_errors() {
        for bad in [
            json!({"sso": "yes"}),
            json!({"mandatory": "city"}),
            json!({"mandatory": ["favouriteColour"]}),
            json!({"mandatory": [3]}),
            json!({"max_findings_per_rule": -5}),
            json!({"size_hint": "big"}),
            json!({"colour": "blue"}),
        ] {
            assert!(CsvUsers::options(&obj(bad.clone())).is_err(), "{bad}");
        }
    }
}
