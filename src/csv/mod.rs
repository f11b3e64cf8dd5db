//! User-import CSV files (`csv-users`): admin guide chapters "CSV File
//! Format" (the field table, "-" and N/A, encodings), "Import and Export
//! Users Using a CSV File" (UTF-8 / UTF-16LE, the status file) and "Provision
//! Tightly Coupled Integration" (converting a Webex Meetings site export).
//!
//! One streaming pipeline (`engine`) serves every entry point: the
//! validator ([`validate`], or [`Validator`] chunk by chunk for a Web Worker),
//! the status file ([`status_file`]), the fixer ([`fix`]), the Meetings export
//! converter ([`convert_meeting_export`]) and the row pages of the app's table
//! ([`rows`]). Cell values never go into the report: a 150 MB file yields a
//! report the size of its findings.
//!
//! In a Web Worker: `let mut v = Validator::with_size_hint(&opts, file.size())`,
//! then `v.push(&slice)` for each slice read (post `v.bytes_seen()` as
//! progress; to cancel, drop `v`), then `v.finish()`. The table asks
//! `rows(bytes, offset, limit)` for the page it shows and highlights the
//! findings whose `location.row`/`location.column` fall on it. Inline edits
//! are [`CellEdit`]s applied by [`fix`]; validate its output again.
//!
//! Report `data`: [`CsvData`] — `rows`, `columns`, `dialect` {`delimiter`,
//! `encoding`, `bom`, `line_ending`}, `fixable`, `row_filters`, `by_rule`
//! (exact counts even when findings are capped), `rows_with_errors`,
//! `rows_with_warnings`, `empty_rows`, `bytes`, `meeting_site_export`,
//! `unknown_columns` [{`name`, `suggestion`}].

mod check;
pub mod country;
mod data;
pub mod decode;
pub mod dialect;
mod engine;
pub mod examples;
mod fix;
mod meeting;
mod quotes;
mod rowpage;
pub mod rules;
pub mod schema;
mod seen;
mod status;
pub mod values;
mod write;

use std::collections::BTreeMap;

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::report::{Finding, Location, Report, Severity};
use crate::rules::Rule;
use crate::tool::{JsonOptions, OptionsJson, Tool};

pub use data::{CsvData, DialectInfo, Fixable, RowFilter, RunOptions, UnknownColumn};
pub use fix::{fix, CellEdit, FixSet};
pub use meeting::convert_meeting_export;
pub use rowpage::{rows, rows_numbered, RowPager, RowView, RowsPage};
pub use rules::RULES;
pub use schema::{org_configurable, parse_mandatory_list, FieldSpec, FIELDS};
pub use status::status_file;

/// The tool id (CLI subcommand, report `tool`).
pub const TOOL: &str = "csv-users";

/// Text encoding of files we write (status file, fixed file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OutputEncoding {
    /// UTF-8 with a byte-order mark, so that Excel opens it correctly.
    #[default]
    Utf8Bom,
    /// UTF-16LE with a byte-order mark (Excel "Unicode Text").
    Utf16Le,
}

/// What the organization configured, and report limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// SSO is enabled: employeeID is mandatory.
    pub sso: bool,
    /// Fields the organization made mandatory (names from [`org_configurable`]).
    pub mandatory: Vec<String>,
    /// Findings listed per rule before the rest are only counted (0 = all).
    pub max_findings_per_rule: usize,
    /// Encoding of the files [`status_file`] and [`fix`] write.
    pub output: OutputEncoding,
}

impl Options {
    /// The organisation's settings: `mandatory` names fields it made
    /// mandatory (each item may itself be a comma-separated list; names are
    /// checked with [`parse_mandatory_list`] and stored as the guide spells
    /// them), `max_findings_per_rule` the findings listed per rule (0 = all;
    /// `None` = the default). The CLI's flags, the page's fields and the
    /// JSON options all build [`Options`] here.
    pub fn new<S: AsRef<str>>(
        sso: bool,
        mandatory: &[S],
        max_findings_per_rule: Option<usize>,
    ) -> Result<Self, String> {
        let list = mandatory
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(",");
        let defaults = Self::default();
        Ok(Self {
            sso,
            mandatory: parse_mandatory_list(&list)?
                .into_iter()
                .map(|f| f.name.to_string())
                .collect(),
            max_findings_per_rule: max_findings_per_rule.unwrap_or(defaults.max_findings_per_rule),
            output: defaults.output,
        })
    }

    /// The same settings, writing files in `output`.
    pub fn with_output(mut self, output: OutputEncoding) -> Self {
        self.output = output;
        self
    }
}

impl Default for Options {
    fn default() -> Self {
        Self {
            sso: false,
            mandatory: Vec::new(),
            max_findings_per_rule: 10_000,
            output: OutputEncoding::Utf8Bom,
        }
    }
}

/// Findings into a report, keeping exact per-rule counts but listing at most
/// `cap` findings per rule so that memory stays bounded on hostile files.
pub(crate) struct ReportSink {
    findings: Vec<Finding>,
    by_rule: BTreeMap<&'static str, u64>,
    cap: usize,
    hidden: [usize; 3],
}

impl ReportSink {
    fn new(cap: usize) -> Self {
        Self {
            findings: Vec::new(),
            by_rule: BTreeMap::new(),
            cap,
            hidden: [0; 3],
        }
    }
}

impl check::Sink for ReportSink {
    fn count(&mut self, rule: &'static crate::rules::Rule, severity: Severity) -> bool {
        let n = self.by_rule.entry(rule.id).or_insert(0);
        *n += 1;
        if self.cap == 0 || *n <= self.cap as u64 {
            true
        } else {
            self.hidden[severity as usize] += 1;
            false
        }
    }

    fn add(&mut self, f: Finding) {
        self.findings.push(f);
    }
}

/// Chunk size for feeding the engine: bounds the decoded buffer.
const CHUNK: usize = 256 * 1024;

/// Streaming validator: `push` chunks as they arrive (a Web Worker reading a
/// `File` slice by slice), then `finish`. Memory: the current chunk, the
/// current record, and one 16-byte entry per distinct email and userName.
pub struct Validator {
    engine: engine::Engine,
    checker: check::Checker<ReportSink>,
    sha: Sha256,
    bytes: u64,
}

impl Validator {
    pub fn new(options: &Options) -> Self {
        Self::with_size_hint(options, 0)
    }

    /// `total_bytes`: the file size when known (a `File`'s size in the
    /// browser, the file length natively); it only sizes internal tables.
    pub fn with_size_hint(options: &Options, total_bytes: u64) -> Self {
        Self {
            engine: engine::Engine::new(),
            checker: check::Checker::with_size_hint(
                ReportSink::new(options.max_findings_per_rule),
                options,
                total_bytes,
            ),
            sha: Sha256::new(),
            bytes: 0,
        }
    }

    pub fn push(&mut self, chunk: &[u8]) {
        self.sha.update(chunk);
        self.bytes += chunk.len() as u64;
        for c in chunk.chunks(CHUNK) {
            self.engine.push(c, &mut self.checker);
        }
    }

    /// Input bytes seen so far (for a progress bar).
    pub fn bytes_seen(&self) -> u64 {
        self.bytes
    }

    /// Records parsed so far, the header included.
    pub fn records_seen(&self) -> u64 {
        self.engine.records()
    }

    pub fn finish(mut self) -> Report<CsvData> {
        self.engine.finish(&mut self.checker);
        self.checker.finish();
        let c = self.checker;
        let sink = c.sink;
        let by_rule = sink.by_rule;
        let n = |rule: &Rule| by_rule.get(rule.id).copied().unwrap_or(0);
        // A header of junk can have hundreds of thousands of cells: the
        // lists name the first MAX_LISTED_COLUMNS, the totals count them all.
        let unknown = c.cols.iter().filter(|c| c.spec.is_none());
        let data = CsvData {
            rows: c.data_rows,
            columns: c
                .cols
                .iter()
                .take(MAX_LISTED_COLUMNS)
                .map(|c| c.name.clone())
                .collect(),
            columns_total: c.cols.len() as u64,
            dialect: self.engine.dialect().map(DialectInfo::of),
            fixable: Fixable {
                trim_whitespace: n(&rules::SURROUNDING_WHITESPACE),
                na_to_dash: n(&rules::NOT_APPLICABLE),
                upper_case_country: n(&rules::COUNTRY_CASE),
                drop_empty_rows: n(&rules::EMPTY_ROW),
                drop_title_rows: n(&rules::HEADER_NOT_FIRST),
            },
            row_filters: by_rule
                .iter()
                .filter(|(id, _)| **id != rules::FINDINGS_TRUNCATED.id)
                .map(|(id, &count)| RowFilter {
                    rule: id.to_string(),
                    count,
                })
                .collect(),
            by_rule: by_rule
                .iter()
                .map(|(id, &count)| (id.to_string(), count))
                .collect(),
            rows_with_errors: c.rows_with_errors,
            rows_with_warnings: c.rows_with_warnings,
            empty_rows: c.empty_rows,
            bytes: self.bytes,
            meeting_site_export: c.meeting_export,
            unknown_columns_total: unknown.clone().count() as u64,
            unknown_columns: unknown
                .take(MAX_LISTED_COLUMNS)
                .map(|c| UnknownColumn {
                    name: c.name.clone(),
                    suggestion: c.suggestion.map(str::to_string),
                })
                .collect(),
        };
        let mut report = Report::with_data(TOOL, b"", data);
        report.input_sha256 = self
            .sha
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        report.extend(sink.findings);
        if sink.cap > 0 {
            for (rule, &n) in &by_rule {
                if n > sink.cap as u64 {
                    report.add(
                        &rules::FINDINGS_TRUNCATED,
                        format!(
                            "{rule}: {n} findings, the first {} are listed (data.by_rule has the totals)",
                            sink.cap
                        ),
                        Location::none(),
                    );
                }
            }
        }
        report.summary.errors += sink.hidden[Severity::Error as usize];
        report.summary.warnings += sink.hidden[Severity::Warning as usize];
        report.summary.infos += sink.hidden[Severity::Info as usize];
        report
    }
}

/// Columns named in `data.columns` and `data.unknown_columns` (far more
/// than the import has; the `_total` fields count every column).
pub const MAX_LISTED_COLUMNS: usize = 1_000;

/// Validate a whole file held in memory.
pub fn validate(input: &[u8], options: &Options) -> Report<CsvData> {
    let mut v = Validator::with_size_hint(options, input.len() as u64);
    v.push(input);
    v.finish()
}

/// The `csv-users` tool: a user-import CSV validated whole (the streaming
/// entry points are [`Validator`] and `crate::stream`'s sink, with the same
/// options).
pub struct CsvUsers;

impl Tool for CsvUsers {
    const ID: &'static str = TOOL;
    type Options = RunOptions;
    type Data = CsvData;

    /// `sso` (bool), `mandatory` (a list of field names), `max_findings_per_rule`
    /// (0 = all) and `size_hint` (the file size, if known). Unknown names,
    /// fields that cannot be made mandatory and numbers out of range are
    /// errors.
    fn options(json: &OptionsJson) -> Result<RunOptions, String> {
        let o = JsonOptions::new(
            TOOL,
            json,
            &["sso", "mandatory", "max_findings_per_rule", "size_hint"],
        )?;
        let mandatory = match json.get("mandatory") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(names)) => names
                .iter()
                .map(|n| {
                    n.as_str()
                        .ok_or_else(|| format!("options.mandatory: `{n}` is not a field name"))
                })
                .collect::<Result<Vec<_>, _>>()?,
            Some(other) => return Err(format!("options.mandatory must be a list, not {other}")),
        };
        let max = match o.u64("max_findings_per_rule")? {
            Some(n) => Some(usize::try_from(n).map_err(|_| {
                format!(
                    "options.max_findings_per_rule `{n}` is out of range: use 0 to {}",
                    usize::MAX
                )
            })?),
            None => None,
        };
        Ok(RunOptions {
            options: Options::new(o.bool("sso")?.unwrap_or(false), &mandatory, max)?,
            size_hint: o.u64("size_hint")?.unwrap_or(0),
        })
    }

    fn check(input: &[u8], options: &RunOptions) -> Report<CsvData> {
        let mut v = Validator::with_size_hint(&options.options, options.size_hint);
        v.push(input);
        v.finish()
    }
}
