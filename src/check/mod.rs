//! The whole-setup check: every file of a Webex SSO or Directory
//! Integration change recognised by its content, checked by its tool with
//! shared options, and checked against the other files.
//!
//! The tools run in two batches (the second needs facts from the first:
//! the IdP metadata and the SP entityID for the responses, the SP
//! certificate for the certificate files). Each batch is a list of
//! independent jobs handed to a [`Runner`]; the CLI runs them on every core,
//! the browser's worker one after another with progress. Nothing here reads
//! the clock or the file system.

pub mod bundle;
pub mod cross;
pub mod examples;
pub mod expand;
pub mod facts;
pub mod recognise;
pub mod rules;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::report::{Finding, Location, Report, Summary};
pub use recognise::{Kind, LogKind, Recognised};
pub use rules::RULES;

/// The tool name stamped on the report.
pub const TOOL: &str = "check";

/// Options shared by every tool of the run.
#[derive(Debug, Clone)]
pub struct Options {
    /// The instant times are judged at.
    pub now: DateTime<Utc>,
    /// SSO is enabled (user CSV: employeeID; directory: id lists are SSO ids).
    pub sso: bool,
    /// The email domains the organization has claimed (lower case).
    pub domains: Vec<String>,
    /// The planned go-live date: signing certificates must outlive it.
    pub go_live: Option<NaiveDate>,
    /// The GMT day the directory job runs (`YYYY-MM-DD`).
    pub date: Option<String>,
    /// The SP entityID the Audience must name, when the set has no Webex SP metadata.
    pub sp_entity_id: Option<String>,
    /// Certificates the administrator trusts to sign (`--trust-cert`).
    pub trust: crate::xmldsig::TrustStore,
    /// Kinds chosen by the user for files the recognition got wrong, by path.
    pub overrides: BTreeMap<String, Kind>,
    /// The P2P UDP range of P2P Settings (`MIN-MAX`), which firewall rule
    /// files must open; the default range when not given.
    pub p2p: Option<String>,
}

impl Options {
    /// The defaults at `now`: SSO on, no domains, no go-live date.
    pub fn at(now: DateTime<Utc>) -> Self {
        Self {
            now,
            sso: true,
            domains: Vec::new(),
            go_live: None,
            date: None,
            sp_entity_id: None,
            trust: Default::default(),
            overrides: BTreeMap::new(),
            p2p: None,
        }
    }

    /// Add a claimed domain as typed (`example.com`, `@example.com`, an
    /// internationalised name); an error names what is wrong with it.
    pub fn add_domain(&mut self, domain: &str) -> Result<(), String> {
        let d = domain.trim().trim_start_matches('@').trim_end_matches('.');
        let ascii = idna::domain_to_ascii(d).map_err(|_| {
            format!(
                "--domain `{}` is not a domain name",
                crate::text::shorten(domain, 80)
            )
        })?;
        if ascii.is_empty() || !ascii.contains('.') || ascii.len() > 253 {
            return Err(format!(
                "--domain `{}` is not a domain name such as example.com",
                crate::text::shorten(domain, 80)
            ));
        }
        if !self.domains.contains(&ascii) {
            self.domains.push(ascii);
        }
        Ok(())
    }

    /// Set the go-live date from `YYYY-MM-DD`.
    pub fn set_go_live(&mut self, date: &str) -> Result<(), String> {
        let d = date.trim();
        self.go_live = Some(
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .ok()
                .filter(|_| d.len() == 10)
                .ok_or_else(|| {
                    format!(
                        "--go-live `{}` is not a date in the form YYYY-MM-DD",
                        crate::text::shorten(date, 40)
                    )
                })?,
        );
        Ok(())
    }

    /// Set the directory run date, checked as the directory tool checks it.
    pub fn set_date(&mut self, date: &str) -> Result<(), String> {
        crate::directory::Options::new(self.sso, Some(date), None)?;
        self.date = Some(date.trim().to_string());
        Ok(())
    }

    /// Set the P2P range (`MIN-MAX`), checked as the ports tool checks it.
    pub fn set_p2p(&mut self, range: &str) -> Result<(), String> {
        let f = crate::net::firewall::FirewallOptions {
            p2p: Some(range.trim().to_string()),
            ..Default::default()
        };
        let mut scratch = Report::new("firewall", b"");
        match crate::net::firewall::p2p_range(&f, &mut scratch) {
            Some(_) => {
                self.p2p = f.p2p;
                Ok(())
            }
            None => Err(format!(
                "--p2p: {}",
                scratch
                    .findings
                    .iter()
                    .find(|x| x.severity == crate::report::Severity::Error)
                    .map_or("not a MIN-MAX range", |x| x.message.as_str())
            )),
        }
    }

    /// Set the SP entityID used when the set has no Webex SP metadata.
    pub fn set_sp_entity_id(&mut self, uri: &str) -> Result<(), String> {
        let uri = crate::options::uri("sp_entity_id", uri).map_err(|e| e.to_string())?;
        self.sp_entity_id = Some(uri);
        Ok(())
    }
}

impl Options {
    /// The options as the page, the widgets and the worker send them:
    /// `{"now": RFC 3339, "sso": bool, "domains": [..], "go_live": "YYYY-MM-DD",
    /// "date": "YYYY-MM-DD", "sp_entity_id": URI, "overrides": {path: kind}}`,
    /// every key optional (`now` defaults to [`crate::run::EXAMPLE_NOW`]).
    /// Unknown keys and bad values are an error, as in [`crate::run::run`].
    pub fn from_json(v: &serde_json::Value) -> Result<Self, String> {
        use serde_json::Value;
        let empty = serde_json::Map::new();
        let map = match v {
            Value::Null => &empty,
            Value::Object(m) => m,
            other => return Err(format!("options must be an object, not {other}")),
        };
        const KEYS: [&str; 8] = [
            "now",
            "sso",
            "domains",
            "go_live",
            "date",
            "sp_entity_id",
            "overrides",
            "p2p",
        ];
        if let Some(k) = map.keys().find(|k| !KEYS.contains(&k.as_str())) {
            return Err(format!("the check tool has no option `{k}`"));
        }
        let text = |key: &str| -> Result<Option<&str>, String> {
            match map.get(key) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
                Some(Value::String(s)) => Ok(Some(s.as_str())),
                Some(other) => Err(format!("options.{key} must be a string, not {other}")),
            }
        };
        let now = text("now")?.unwrap_or(crate::run::EXAMPLE_NOW);
        let now = DateTime::parse_from_rfc3339(now)
            .map_err(|e| format!("options.now `{now}` is not an RFC 3339 date-time ({e})"))?
            .with_timezone(&Utc);
        let mut o = Options::at(now);
        match map.get("sso") {
            None | Some(Value::Null) => {}
            Some(Value::Bool(b)) => o.sso = *b,
            Some(other) => return Err(format!("options.sso must be true or false, not {other}")),
        }
        match map.get("domains") {
            None | Some(Value::Null) => {}
            Some(Value::Array(list)) => {
                for d in list {
                    let d = d
                        .as_str()
                        .ok_or_else(|| format!("options.domains: `{d}` is not a domain"))?;
                    o.add_domain(d)?;
                }
            }
            Some(other) => return Err(format!("options.domains must be a list, not {other}")),
        }
        if let Some(d) = text("go_live")? {
            o.set_go_live(d)?;
        }
        if let Some(d) = text("date")? {
            o.set_date(d)?;
        }
        if let Some(uri) = text("sp_entity_id")? {
            o.set_sp_entity_id(uri)?;
        }
        if let Some(p2p) = text("p2p")? {
            o.set_p2p(p2p)?;
        }
        match map.get("overrides") {
            None | Some(Value::Null) => {}
            Some(Value::Object(m)) => {
                for (path, kind) in m {
                    let kind = kind
                        .as_str()
                        .and_then(Kind::from_id)
                        .ok_or_else(|| format!("options.overrides: `{kind}` is not a kind"))?;
                    o.overrides.insert(path.clone(), kind);
                }
            }
            Some(other) => return Err(format!("options.overrides must be an object, not {other}")),
        }
        Ok(o)
    }
}

/// Runs jobs one after another, reporting the share of the set done.
pub struct Counting<'p> {
    pub done: usize,
    /// The number of files (an upper bound of the jobs).
    pub total: usize,
    pub progress: &'p mut dyn FnMut(f64),
}

impl Runner for Counting<'_> {
    fn run<'a>(&mut self, jobs: Vec<Job<'a>>) -> Vec<Report> {
        jobs.into_iter()
            .map(|job| {
                let report = job();
                self.done += 1;
                (self.progress)((self.done as f64 / self.total.max(1) as f64).min(0.99));
                report
            })
            .collect()
    }
}

/// Check a [`bundle`] of files (or one file, such as a zip) as the worker
/// receives it, reporting progress.
pub fn check_bytes(input: &[u8], options: &Options, progress: &mut dyn FnMut(f64)) -> Report {
    check_bytes_typed(input, options, progress).into_json()
}

/// As [`check_bytes`], the data typed.
pub fn check_bytes_typed(
    input: &[u8],
    options: &Options,
    progress: &mut dyn FnMut(f64),
) -> Report<Data> {
    let files = if bundle::is_bundle(input) {
        match bundle::decode(input) {
            Ok(files) => files,
            Err(e) => vec![(format!("({e})"), input.to_vec())],
        }
    } else {
        vec![("input".to_string(), input.to_vec())]
    };
    let total = files.len();
    let report = check_with_typed(
        files,
        options,
        &mut Counting {
            done: 0,
            total,
            progress,
        },
    );
    progress(1.0);
    report
}

/// One file of the set and what became of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileResult {
    pub path: String,
    /// The id of the tool that checked it, or `unknown`.
    pub kind: Kind,
    /// Why it was taken for that.
    pub why: String,
    /// The kind was chosen by the user, not recognised.
    #[serde(default)]
    pub overridden: bool,
    /// The other files whose content the tool was given (the IdP metadata
    /// for a response, the schedule for the directory files …).
    #[serde(default)]
    pub inputs: Vec<String>,
    /// The tool's own report (null for a file not recognised).
    pub report: Option<Report>,
}

/// The verdict of one area of the setup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// No file of the area was given.
    NotChecked,
    Pass,
    Warnings,
    Fail,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Area {
    pub verdict: Verdict,
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

/// The areas, in the order the page shows them.
pub const AREAS: [&str; 5] = ["sso", "users", "directory", "network", "broadworks"];

fn area_of_kind(kind: Kind) -> Option<&'static str> {
    match kind {
        Kind::SamlMetadata | Kind::SamlResponse | Kind::Cert => Some("sso"),
        Kind::CsvUsers => Some("users"),
        Kind::Directory | Kind::Cron => Some("directory"),
        Kind::Broadworks => Some("broadworks"),
        Kind::Firewall => Some("network"),
        Kind::Unknown => None,
    }
}

fn area_of_rule(rule: &str) -> Option<&'static str> {
    match rule {
        "check/nameid-not-in-users" | "check/email-domain-not-claimed" => Some("users"),
        "check/file-not-recognised" => None,
        _ => Some("sso"),
    }
}

/// The whole-setup check as a [`crate::tool::Tool`].
pub struct Check;

/// What a whole-setup report holds: the run's data, or nothing when the
/// input was refused (over [`crate::stream::MAX_INPUT_BYTES`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Outcome {
    Checked(Box<Data>),
    Refused {},
}

impl crate::tool::Tool for Check {
    const ID: &'static str = TOOL;
    type Options = Options;
    type Data = Outcome;

    fn options(json: &crate::tool::OptionsJson) -> Result<Options, String> {
        Options::from_json(&serde_json::Value::Object(json.clone()))
    }

    fn check(input: &[u8], options: &Options) -> Report<Outcome> {
        let max = crate::stream::MAX_INPUT_BYTES;
        if input.len() > max {
            let mut report = Report::with_data(TOOL, input, Outcome::Refused {});
            report.add(
                &rules::TOO_LARGE,
                format!(
                    "the files add up to {} bytes; at most {max} bytes are checked at once",
                    input.len()
                ),
                Location::none(),
            );
            return report;
        }
        let report = check_bytes_typed(input, options, &mut |_| {});
        let data = Outcome::Checked(Box::new(report.data.clone()));
        report.with_data_value(data)
    }
}

/// `data` of the report, typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Data {
    pub files: Vec<FileResult>,
    pub areas: BTreeMap<String, Area>,
    /// The worst area verdict.
    pub verdict: Verdict,
    /// What the run assumed: the shared options as used.
    pub options: RunOptions,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunOptions {
    pub now: String,
    pub sso: bool,
    pub domains: Vec<String>,
    pub go_live: Option<String>,
    pub date: Option<String>,
    /// The SP entityID the responses were checked against, and where it came from.
    pub sp_entity_id: String,
    pub sp_entity_id_from: String,
    /// The P2P range firewall rule files were checked against.
    #[serde(default)]
    pub p2p: Option<String>,
}

/// The typed data of a check report.
pub fn data(report: &Report) -> Option<Data> {
    serde_json::from_value(report.data.clone()).ok()
}

/// A batch of independent tool runs.
pub type Job<'a> = Box<dyn FnOnce() -> Report + Send + 'a>;

/// Runs a batch of jobs and returns their reports in the same order.
pub trait Runner {
    fn run<'a>(&mut self, jobs: Vec<Job<'a>>) -> Vec<Report>;
}

/// Runs jobs one after another.
pub struct InOrder;

impl Runner for InOrder {
    fn run<'a>(&mut self, jobs: Vec<Job<'a>>) -> Vec<Report> {
        jobs.into_iter().map(|job| job()).collect()
    }
}

/// Check `files` (`(path, bytes)`; zip archives are opened) one tool run
/// after another.
pub fn check(files: Vec<(String, Vec<u8>)>, options: &Options) -> Report {
    check_with(files, options, &mut InOrder)
}

/// As [`check`], with the tool runs handed to `runner`.
pub fn check_with(
    files: Vec<(String, Vec<u8>)>,
    options: &Options,
    runner: &mut dyn Runner,
) -> Report {
    check_with_typed(files, options, runner).into_json()
}

/// As [`check_with`], the data typed.
pub fn check_with_typed(
    files: Vec<(String, Vec<u8>)>,
    options: &Options,
    runner: &mut dyn Runner,
) -> Report<Data> {
    let (files, unopened) = expand::expand(files);
    let mut recognised: Vec<Recognised> = files
        .iter()
        .map(|f| recognise::recognise(&f.path, &f.bytes))
        .collect();
    for (path, why) in &unopened {
        if let Some(i) = files.iter().position(|f| &f.path == path) {
            recognised[i].why = format!("a zip archive that could not be opened: {why}");
        }
    }
    let mut overridden = vec![false; files.len()];
    for (i, f) in files.iter().enumerate() {
        if let Some(&kind) = options.overrides.get(&f.path) {
            if kind != recognised[i].kind {
                recognised[i].kind = kind;
                recognised[i].why = format!(
                    "chosen by you (recognised as: {})",
                    crate::text::shorten(&recognised[i].why, 160)
                );
                overridden[i] = true;
            }
        }
    }
    let plan = plan::Plan::new(&files, &recognised, options);
    let mut reports: Vec<Option<Report>> = vec![None; files.len()];
    let mut inputs: Vec<Vec<String>> = vec![Vec::new(); files.len()];

    // Batch 1: everything that needs nothing from another file's report.
    let (first, first_at) = plan.first_batch(&mut inputs);
    for (at, report) in first_at.into_iter().zip(runner.run(first)) {
        plan.store(at, report, &mut reports);
    }
    // Batch 2: responses and certificate files, with what batch 1 found.
    let context = plan::Context::from_reports(&files, &recognised, &reports, options);
    let (second, second_at) = plan.second_batch(&context, &mut inputs);
    for (at, report) in second_at.into_iter().zip(runner.run(second)) {
        plan.store(at, report, &mut reports);
    }

    let mut cross = Vec::new();
    for (i, r) in recognised.iter().enumerate() {
        let loc = Location::none().with_file(files[i].path.clone());
        if r.private_key {
            cross.push(Finding::new(
                &rules::PRIVATE_KEY,
                format!(
                    "{} holds a private key",
                    crate::text::shorten(&files[i].path, 200)
                ),
                loc.clone(),
            ));
        }
        if r.kind == Kind::Unknown {
            cross.push(Finding::new(
                &rules::NOT_RECOGNISED,
                format!(
                    "{} was not checked: {}",
                    crate::text::shorten(&files[i].path, 200),
                    r.why
                ),
                loc,
            ));
        }
    }
    cross.extend(cross::check(
        &files,
        &recognised,
        &reports,
        &context,
        options,
    ));

    let results: Vec<FileResult> = files
        .iter()
        .enumerate()
        .map(|(i, f)| FileResult {
            path: f.path.clone(),
            kind: recognised[i].kind,
            why: recognised[i].why.clone(),
            overridden: overridden[i],
            inputs: std::mem::take(&mut inputs[i]),
            report: reports[i].take(),
        })
        .collect();
    assemble(results, cross, &context, options)
}

fn assemble(
    files: Vec<FileResult>,
    cross: Vec<Finding>,
    context: &plan::Context,
    options: &Options,
) -> Report<Data> {
    let mut report = Report::new(TOOL, b"");
    // The hash of the set: of every file's hash, in order.
    let hashes: String = files
        .iter()
        .filter_map(|f| f.report.as_ref().map(|r| r.input_sha256.clone()))
        .collect();
    report.input_sha256 = crate::report::sha256_hex(hashes.as_bytes());
    let mut areas: BTreeMap<String, Area> = AREAS
        .iter()
        .map(|a| {
            (
                a.to_string(),
                Area {
                    verdict: Verdict::NotChecked,
                    files: 0,
                    errors: 0,
                    warnings: 0,
                    infos: 0,
                },
            )
        })
        .collect();
    let mut total = Summary::default();
    let count = |area: &mut Area, s: &Summary| {
        area.errors += s.errors;
        area.warnings += s.warnings;
        area.infos += s.infos;
    };
    for f in &files {
        let Some(r) = &f.report else { continue };
        add(&mut total, &r.summary);
        if let Some(area) = area_of_kind(f.kind).and_then(|a| areas.get_mut(a)) {
            area.files += 1;
            count(area, &r.summary);
        }
    }
    for f in cross {
        if let Some(area) = area_of_rule(&f.rule).and_then(|a| areas.get_mut(a)) {
            let mut s = Summary::default();
            add_one(&mut s, &f);
            count(area, &s);
        }
        report.push(f);
    }
    add(&mut total, &report.summary);
    report.summary = total;
    for area in areas.values_mut() {
        area.verdict = if area.errors > 0 {
            Verdict::Fail
        } else if area.files == 0 && area.warnings == 0 {
            Verdict::NotChecked
        } else if area.warnings > 0 {
            Verdict::Warnings
        } else {
            Verdict::Pass
        };
    }
    let verdict = areas
        .values()
        .map(|a| a.verdict)
        .max()
        .unwrap_or(Verdict::NotChecked);
    let data = Data {
        files,
        areas,
        verdict,
        options: RunOptions {
            now: options
                .now
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            sso: options.sso,
            domains: options.domains.clone(),
            go_live: options.go_live.map(|d| d.to_string()),
            date: options.date.clone(),
            sp_entity_id: context.sp_entity_id.clone(),
            sp_entity_id_from: context.sp_entity_id_from.clone(),
            p2p: options.p2p.clone(),
        },
    };
    report.with_data_value(data)
}

fn add(total: &mut Summary, s: &Summary) {
    total.errors += s.errors;
    total.warnings += s.warnings;
    total.infos += s.infos;
}

fn add_one(s: &mut Summary, f: &Finding) {
    match f.severity {
        crate::report::Severity::Error => s.errors += 1,
        crate::report::Severity::Warning => s.warnings += 1,
        crate::report::Severity::Info => s.infos += 1,
    }
}

mod plan;
