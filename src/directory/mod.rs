//! Directory Integration file sets (`directory`): the four CSV files a
//! directory export script uploads for each run of the job — admin guide,
//! chapter "Directory Integration": "Directory Integration Import Process and
//! File Formats" (the four files, tab or comma, ISO-8859-1), "Directory
//! Integration Settings" (gpg File Password), "CRON Expressions", "User File
//! Formats" and "Group File Formats".
//!
//! One file, one job: [`archive`] (a zip of the files), [`names`] (file names and sets), [`encoding`],
//! [`dialect`] (records, fields, header rows), [`users`] (the userFile),
//! [`idlist`] (userInactivation, groupDeletion), [`groups`] (the groupFile),
//! [`cross`] (checks across the files, cycles), [`schedule`] (the job's
//! runs), [`tree`] (the group hierarchy and the run summary).
//!
//! Report `data` ([`Data`]): `files[]` {`name`, `kind`, `date`, `instance`,
//! `encoding`, `delimiter`, `rows`, `convertible`}, `groups` (the tree of the
//! first set), `summary` (what the first set's run does), `sets[]` (every
//! set: its files, tree, summary and run time), `field_tables` (mis-counted
//! userFile rows field by field), `by_rule` (exact counts), `cross_file`
//! (indexes of the findings that concern the set rather than one file).

pub mod archive;
pub mod cross;
pub mod dialect;
pub mod encoding;
pub mod examples;
pub mod groups;
pub mod idlist;
pub mod names;
pub mod rules;
pub mod schedule;
pub mod tree;
pub mod users;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::report::{Column, Finding, Location, Report};
use crate::rules::Rule;
use crate::tool::{JsonOptions, OptionsJson, Tool};

pub use names::Kind;
pub use rules::RULES;
pub use tree::{GroupNode, RunSummary};
pub use users::FieldTable;

/// The tool id (CLI subcommand, report `tool`).
pub const TOOL: &str = "directory";

/// What the organization configured; build with [`Options::new`].
#[derive(Debug, Clone)]
pub struct Options {
    /// SSO is enabled: inactivation and deletion lines are SSO ids (without
    /// SSO they are email addresses and group names).
    pub sso: bool,
    /// The GMT day the job runs; the set must be named for it.
    pub date: Option<NaiveDate>,
    /// The Job Scheduling expression.
    schedule: Option<(String, crate::cron::Expr)>,
    /// Findings listed per rule before the rest are only counted (0 = all).
    pub max_findings_per_rule: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            sso: true,
            date: None,
            schedule: None,
            max_findings_per_rule: 1_000,
        }
    }
}

impl Options {
    /// Options from what a user typed: `date` as YYYY-MM-DD, `schedule` a
    /// Quartz expression. A clear error for either.
    pub fn new(sso: bool, date: Option<&str>, schedule: Option<&str>) -> Result<Self, String> {
        let date = match date.map(str::trim).filter(|d| !d.is_empty()) {
            Some(d) => Some(
                NaiveDate::parse_from_str(d, "%Y-%m-%d")
                    .ok()
                    .filter(|_| d.len() == 10)
                    .ok_or_else(|| {
                        format!("--date `{}` is not a date in the form YYYY-MM-DD", show(d))
                    })?,
            ),
            None => None,
        };
        let schedule = match schedule.map(str::trim).filter(|s| !s.is_empty()) {
            Some(s) => {
                let parsed = crate::cron::parse(s);
                match parsed.expr {
                    Some(e) => Some((s.to_string(), e)),
                    None => {
                        let why = parsed
                            .issues
                            .iter()
                            .find(|i| i.rule.severity == crate::report::Severity::Error)
                            .map(|i| i.message.clone())
                            .unwrap_or_else(|| "it is not a valid Quartz expression".to_string());
                        return Err(format!("--schedule `{}`: {why}", show(s)));
                    }
                }
            }
            None => None,
        };
        Ok(Self {
            sso,
            date,
            schedule,
            ..Self::default()
        })
    }
}

impl Options {
    /// Options as the page's worker sends them: `{"sso": bool (default
    /// true), "date": "YYYY-MM-DD", "schedule": "CRON"}` (empty strings and
    /// nulls leave a field out; null is the defaults). Read by
    /// [`Directory`]'s [`Tool::options`], the one reader of these names.
    pub fn from_json(options: &serde_json::Value) -> Result<Self, String> {
        match options {
            serde_json::Value::Null => Directory::options(&Default::default()),
            serde_json::Value::Object(map) => Directory::options(map),
            other => Err(format!("options must be an object, not {other}")),
        }
    }

    /// These options as the JSON object [`Options::from_json`] reads (what a
    /// page sends the Web Worker).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "sso": self.sso,
            "date": self.date.map(|d| d.format("%Y-%m-%d").to_string()),
            "schedule": self.schedule.as_ref().map(|(text, _)| text.clone()),
        })
    }
}

/// The directory tool: the input is a [`crate::check::bundle`] of the
/// set's files, or one file on its own.
pub struct Directory;

impl Tool for Directory {
    const ID: &'static str = TOOL;
    type Options = Options;
    type Data = Data;

    fn options(json: &OptionsJson) -> Result<Options, String> {
        let o = JsonOptions::new(Self::ID, json, &["sso", "date", "schedule"])?;
        Options::new(
            o.bool("sso")?.unwrap_or(true),
            o.string("date")?.as_deref(),
            o.string("schedule")?.as_deref(),
        )
    }

    fn check(input: &[u8], options: &Options) -> Report<Data> {
        if input.len() > crate::stream::MAX_INPUT_BYTES {
            return refused(input.len(), crate::stream::MAX_INPUT_BYTES);
        }
        check_bundle(input, options, &mut |_| {})
    }
}

/// A set sent as one [`crate::check::bundle`] (one file sent on its own is
/// checked as a set of one), calling `progress` as [`check_with_progress`].
pub fn check_bundle(
    bytes: &[u8],
    options: &Options,
    progress: &mut dyn FnMut(f64),
) -> Report<Data> {
    let files = match crate::check::bundle::decode_borrowed(bytes) {
        Ok(files) => files,
        Err(_) => vec![("input".to_string(), bytes)],
    };
    let inputs: Vec<Input> = files
        .iter()
        .map(|(name, bytes)| Input { name, bytes })
        .collect();
    check_with_progress(&inputs, options, progress)
}

/// The report refusing a set of `received` bytes, over `limit`, as a
/// whole (its data empty).
pub fn refused(received: usize, limit: usize) -> Report<Data> {
    let mut report = Report::with_data(TOOL, b"", Data::default());
    report.add(
        &rules::TOO_LARGE,
        format!("the files add up to {received} bytes; at most {limit} bytes are checked at once"),
        Location::none(),
    );
    report
}

/// One input file: its name as given and its bytes.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// One file in `data.files`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileInfo {
    pub name: String,
    pub kind: Option<Kind>,
    pub date: Option<String>,
    pub instance: Option<u32>,
    pub encoding: String,
    /// `,` or `\t`; null when no line has a separator.
    pub delimiter: Option<String>,
    /// Non-blank lines.
    pub rows: u64,
    /// An ISO-8859-1 conversion is available ([`convert`]).
    pub convertible: bool,
    /// The job reads the file as it is (ISO-8859-1, ASCII or empty): no
    /// conversion is needed.
    #[serde(default)]
    pub job_reads_as_is: bool,
}

/// One run: the files that belong together and what they build.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetInfo {
    pub date: Option<String>,
    pub instance: Option<u32>,
    pub files: Vec<String>,
    /// The GMT time of this run under `--schedule`.
    pub run_time: Option<String>,
    pub groups: Vec<GroupNode>,
    /// Top-level groups left out of `groups` once its node budget ran out.
    #[serde(default)]
    pub groups_omitted: usize,
    pub summary: RunSummary,
}

/// `report.data` of the directory tool.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Data {
    pub files: Vec<FileInfo>,
    pub groups: Vec<GroupNode>,
    /// Top-level groups left out of `groups` once its node budget ran out.
    #[serde(default)]
    pub groups_omitted: usize,
    pub summary: RunSummary,
    pub sets: Vec<SetInfo>,
    pub field_tables: Vec<FieldTable>,
    pub by_rule: BTreeMap<String, u64>,
    /// Indexes into `findings` of the checks across files (a set's
    /// completeness, references between files, the schedule); the others
    /// concern the one file named in their location.
    pub cross_file: Vec<usize>,
}

/// Findings with their file, at most `cap` per rule (exact counts kept).
pub struct Sink {
    pub findings: Vec<Finding>,
    pub by_rule: BTreeMap<&'static str, u64>,
    cap: usize,
    pub file: Option<String>,
}

impl Sink {
    pub fn new(cap: usize) -> Self {
        Self {
            findings: Vec::new(),
            by_rule: BTreeMap::new(),
            cap,
            file: None,
        }
    }

    pub fn add(
        &mut self,
        rule: &'static Rule,
        message: String,
        row: Option<u64>,
        column: Option<&str>,
    ) {
        let n = self.by_rule.entry(rule.id).or_insert(0);
        *n += 1;
        if self.cap != 0 && *n > self.cap as u64 {
            return;
        }
        let location = Location {
            file: self.file.clone(),
            row,
            column: column.map(|c| Column::Name(c.to_string())),
            ..Location::default()
        };
        self.findings.push(Finding::new(rule, message, location));
    }
}

/// What one file yielded.
struct Checked<'a> {
    input: Input<'a>,
    name: names::Name,
    users: Option<Vec<users::User>>,
    groups: Option<groups::Groups>,
    ids: Option<Vec<idlist::Id>>,
}

/// Check a set of directory files (one run or several runs of a day).
pub fn check(inputs: &[Input], options: &Options) -> Report<Data> {
    check_with_progress(inputs, options, &mut |_| {})
}

/// Reading the files' records is nearly all the work; the checks across
/// the files, the tree and the summary take the rest.
const READ_SHARE: f64 = 0.9;

/// Reports `progress(fraction)` every few thousand records while the files
/// are read, by the share of the set's bytes behind the current line.
struct Ticker<'p> {
    progress: &'p mut dyn FnMut(f64),
    total: f64,
    /// Bytes of the files before this one.
    before: f64,
    /// This file's bytes and lines.
    bytes: f64,
    lines: f64,
}

impl Ticker<'_> {
    fn file(&mut self, before: usize, bytes: usize, text: &str) {
        self.before = before as f64;
        self.bytes = bytes as f64;
        self.lines = (memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1) as f64;
    }

    fn line(&mut self, line: u64) {
        if line % 4096 == 0 && self.total > 0.0 {
            let within = (line as f64 / self.lines).min(1.0) * self.bytes;
            (self.progress)(READ_SHARE * (self.before + within) / self.total);
        }
    }
}

/// As [`check`], calling `progress(fraction)` (0.0 ..= 1.0) as the files
/// are read, so a page can show how far a large set has got.
pub fn check_with_progress(
    inputs: &[Input],
    options: &Options,
    progress: &mut dyn FnMut(f64),
) -> Report<Data> {
    let total: usize = inputs.iter().map(|i| i.bytes.len()).sum();
    let mut ticks = Ticker {
        progress,
        total: total as f64,
        before: 0.0,
        bytes: 0.0,
        lines: 1.0,
    };
    let mut done = 0;
    // The hash of the files in the order given, without copying them.
    let mut hasher = Sha256::new();
    for i in inputs {
        hasher.update(i.bytes);
    }
    let mut report = Report::with_data(TOOL, b"", Data::default());
    report.input_sha256 = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let mut sink = Sink::new(options.max_findings_per_rule);
    let data = &mut report.data;
    let mut checked: Vec<Checked> = Vec::new();
    for input in inputs {
        sink.file = Some(input.name.to_string());
        let name = names::parse(input.name);
        if let Some(p) = &name.name_problem {
            sink.add(
                &rules::FILE_NAME,
                format!(
                    "`{}` {p}; expected a name like `{}`",
                    show(names::base_name(input.name)),
                    names::expected(name.kind, name.date_text.as_deref(), name.instance)
                ),
                None,
                None,
            );
        }
        if let Some(p) = &name.date_problem {
            sink.add(
                &rules::FILE_NAME_DATE,
                format!("in `{}`: {p}", show(names::base_name(input.name))),
                None,
                None,
            );
        }
        let decoded = encoding::decode(input.bytes, name.kind, &mut sink);
        let mut info = FileInfo {
            name: input.name.to_string(),
            kind: name.kind,
            date: name.date.map(|d| d.format("%Y-%m-%d").to_string()),
            instance: name.instance,
            encoding: decoded.encoding.to_string(),
            delimiter: None,
            rows: 0,
            convertible: decoded.convertible,
            job_reads_as_is: decoded.job_reads_as_is(),
        };
        let mut c = Checked {
            input: *input,
            name,
            users: None,
            groups: None,
            ids: None,
        };
        if let (Some(text), Some(kind)) = (&decoded.text, c.name.kind) {
            ticks.file(done, input.bytes.len(), text);
            let ticks = &mut ticks;
            let shape = match kind {
                Kind::UserFile => {
                    let mut file = users::UserFile::new(input.name);
                    let shape = dialect::split(text, kind, &mut sink, |rec, sink| {
                        ticks.line(rec.line);
                        file.record(&rec, sink)
                    });
                    let (u, tables) = file.finish();
                    data.field_tables.extend(
                        tables
                            .into_iter()
                            .take(users::MAX_TABLES.saturating_sub(data.field_tables.len())),
                    );
                    c.users = Some(u);
                    shape
                }
                Kind::GroupFile => {
                    let mut groups = groups::Groups::default();
                    let shape = dialect::split(text, kind, &mut sink, |rec, sink| {
                        ticks.line(rec.line);
                        groups.record(&rec, sink)
                    });
                    c.groups = Some(groups);
                    shape
                }
                Kind::UserInactivation | Kind::GroupDeletion => {
                    let mut ids = Vec::new();
                    let shape = dialect::split(text, kind, &mut sink, |rec, sink| {
                        ticks.line(rec.line);
                        idlist::record(&rec, kind, options.sso, &mut ids, sink)
                    });
                    c.ids = Some(ids);
                    shape
                }
            };
            info.delimiter = shape.delimiter.map(String::from);
            info.rows = shape.rows;
        }
        data.files.push(info);
        checked.push(c);
        done += input.bytes.len();
        if total > 0 {
            (ticks.progress)(READ_SHARE * done as f64 / total as f64);
        }
    }
    let first_cross = sink.findings.len();
    for set in sets(&checked, &mut sink) {
        data.sets.push(run_set(&checked, &set, options, &mut sink));
    }
    if let Some(first) = data.sets.first() {
        data.groups = first.groups.clone();
        data.groups_omitted = first.groups_omitted;
        data.summary = first.summary.clone();
    }
    data.cross_file = (first_cross..sink.findings.len()).collect();
    data.by_rule = sink
        .by_rule
        .iter()
        .map(|(k, v)| (k.to_string(), *v))
        .collect();
    report.extend(sink.findings);
    (ticks.progress)(1.0);
    report
}

/// Indexes into `checked`, one list per run.
fn sets(checked: &[Checked], sink: &mut Sink) -> Vec<Vec<usize>> {
    let key = |c: &Checked| c.name.date.zip(c.name.instance);
    let mut keys: Vec<(NaiveDate, u32)> = Vec::new();
    for c in checked {
        if let Some(k) = key(c) {
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
    }
    let kinds_of = |k: (NaiveDate, u32)| -> Vec<Kind> {
        checked
            .iter()
            .filter(|c| key(c) == Some(k))
            .filter_map(|c| c.name.kind)
            .collect()
    };
    // Different names but no kind twice: one set with a typo in a date or
    // number, not several incomplete runs.
    let disjoint = keys.len() > 1 && {
        let mut seen = Vec::new();
        keys.iter().flat_map(|k| kinds_of(*k)).all(|k| {
            let fresh = !seen.contains(&k);
            seen.push(k);
            fresh
        })
    };
    if keys.len() <= 1 || disjoint {
        if disjoint {
            let lead = checked
                .iter()
                .find(|c| c.name.kind == Some(Kind::UserFile) && key(c).is_some())
                .or_else(|| checked.iter().find(|c| key(c).is_some()))
                .and_then(key);
            for c in checked {
                if let (Some(k), Some(l)) = (key(c), lead) {
                    if k != l {
                        sink.file = Some(c.input.name.to_string());
                        sink.add(
                            &rules::SET_MISMATCH,
                            format!(
                                "`{}` is named for {} run _{} but the rest of the set for {} run _{}",
                                show(names::base_name(c.input.name)),
                                k.0.format("%Y-%m-%d"),
                                k.1,
                                l.0.format("%Y-%m-%d"),
                                l.1
                            ),
                            None,
                            None,
                        );
                    }
                }
            }
        }
        return vec![(0..checked.len()).collect()];
    }
    let mut out: Vec<Vec<usize>> = keys
        .iter()
        .map(|k| {
            (0..checked.len())
                .filter(|&i| key(&checked[i]) == Some(*k))
                .collect()
        })
        .collect();
    // Files whose name has no usable date join the first run.
    for (i, c) in checked.iter().enumerate() {
        if key(c).is_none() {
            out[0].push(i);
        }
    }
    out
}

fn run_set(checked: &[Checked], set: &[usize], options: &Options, sink: &mut Sink) -> SetInfo {
    let files: Vec<&Checked> = set.iter().map(|&i| &checked[i]).collect();
    let date = files.iter().find_map(|c| c.name.date);
    let instance = files.iter().find_map(|c| c.name.instance);
    let lead_name = files.first().map(|c| c.input.name.to_string());
    let mut by_kind: BTreeMap<Kind, &Checked> = BTreeMap::new();
    for c in &files {
        let Some(k) = c.name.kind else { continue };
        if let Some(first) = by_kind.get(&k) {
            sink.file = Some(c.input.name.to_string());
            sink.add(
                &rules::DUPLICATE_FILE,
                format!(
                    "`{}` is a second {} for this run (the first is `{}`); only one is imported",
                    show(c.input.name),
                    k.prefix(),
                    show(first.input.name)
                ),
                None,
                None,
            );
        } else {
            by_kind.insert(k, c);
        }
    }
    for k in Kind::ALL {
        if !by_kind.contains_key(&k) {
            let expected = match (date, instance) {
                (Some(d), Some(n)) => {
                    crate::cron::directory::file_names(d, n as usize)[k as usize].clone()
                }
                _ => names::expected(Some(k), None, None),
            };
            sink.file = Some(expected.clone());
            sink.add(
                &rules::MISSING_FILE,
                format!("`{expected}` is missing; all four files are uploaded for every run, an empty file where there is nothing to send"),
                None,
                None,
            );
        }
    }
    let part = |k: Kind| by_kind.get(&k).copied();
    let users = part(Kind::UserFile).and_then(|c| c.users.as_deref().map(|u| (c.input.name, u)));
    let groups = part(Kind::GroupFile).and_then(|c| c.groups.as_ref().map(|g| (c.input.name, g)));
    let inactivated =
        part(Kind::UserInactivation).and_then(|c| c.ids.as_deref().map(|i| (c.input.name, i)));
    let deleted =
        part(Kind::GroupDeletion).and_then(|c| c.ids.as_deref().map(|i| (c.input.name, i)));
    cross::check(
        &cross::Run {
            users,
            groups,
            inactivated,
            deleted,
            sso: options.sso,
        },
        sink,
    );
    sink.file = lead_name;
    let run_time = match (date, instance) {
        (Some(d), Some(n)) => schedule::check(
            d,
            n,
            options.date,
            options.schedule.as_ref().map(|(t, e)| (t.as_str(), e)),
            sink,
        ),
        _ => None,
    };
    let forest = tree::tree(
        users.map(|u| u.1),
        groups.map(|g| g.1),
        deleted.map(|d| d.1),
    );
    SetInfo {
        date: date.map(|d| d.format("%Y-%m-%d").to_string()),
        instance,
        files: files.iter().map(|c| c.input.name.to_string()).collect(),
        run_time,
        groups: forest.roots,
        groups_omitted: forest.omitted_roots,
        summary: tree::summary(
            users.map(|u| u.1),
            groups.map(|g| g.1),
            inactivated.map(|i| i.1),
            deleted.map(|d| d.1),
        ),
    }
}

/// The ISO-8859-1 conversion of a UTF-8 or UTF-16 file, when every
/// character fits (`None` for a file that is already what the job reads, or
/// that holds characters ISO-8859-1 cannot).
pub fn convert(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut sink = Sink::new(1);
    let d = encoding::decode(bytes, None, &mut sink);
    if !d.convertible {
        return None;
    }
    encoding::to_latin1(d.text.as_deref()?)
}

fn show(s: &str) -> String {
    crate::csv::values::show(s.as_bytes())
}

#[cfg(test)]
mod tool_tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn options_are_read_once_and_sent_as_read() {
        let read = |v: serde_json::Value| Options::from_json(&v);
        let o =
            read(json!({"sso": false, "date": "2026-03-02", "schedule": "0 0 6 * * ?"})).unwrap();
        assert!(!o.sso);
        assert_eq!(
            o.to_json(),
            json!({"sso": false, "date": "2026-03-02", "schedule": "0 0 6 * * ?"})
        );
        assert_eq!(read(o.to_json()).unwrap().to_json(), o.to_json());
        let defaults = read(serde_json::Value::Null).unwrap();
        assert!(defaults.sso);
        assert_eq!(
            read(json!({"date": "", "schedule": null})).unwrap().date,
            None
        );
        for bad in [
            json!({"sso": "yes"}),
            json!({"date": "2026-13-02"}),
            json!({"schedule": "0 0 6 * *"}),
            json!({"shcedule": "0 0 6 * * ?"}),
            json!([]),
        ] {
            assert!(read(bad.clone()).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_refused_set_reads_back_as_empty_data() {
        let r = refused(10, 5);
        assert!(r.fired("directory/input-too-large"));
        let json = r.clone().into_json();
        assert_eq!(json.typed::<Data>().unwrap(), r);
    }
}
