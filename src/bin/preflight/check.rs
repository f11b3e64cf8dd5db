//! `preflight check PATH... [--now RFC3339] [--sso|--no-sso] [--domain D]...
//! [--go-live YYYY-MM-DD] [--date YYYY-MM-DD] [--sp-entity-id URI]
//! [--trust-cert FILE]... [--as PATH=KIND]...`
//!
//! Reads the files, folders (recursively) and zip archives named, runs the
//! core's whole-setup check with the tool runs spread over every core, and
//! prints one report for the set.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use clap::Args;
use preflight::check::{self as core, Job, Kind, Runner};
use preflight::render;
use preflight::Report;

use crate::cli::FormatOpt;
use crate::output::Format;

#[derive(Args)]
#[command(
    after_help = "Each file is recognised by its content: SAML metadata (IdP, or the Webex SP export), SAML messages, certificates, a CRON expression, a user CSV, the four Directory Integration files, BroadWorks logs. Unknown files are listed, not checked.\nExample: preflight check ./cutover --domain example.com --go-live 2026-09-01 --format sarif > preflight.sarif"
)]
pub struct CheckArgs {
    /// Files, folders (read recursively) and zip archives.
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// Check times against this instant instead of the system clock.
    #[arg(long, value_name = "RFC3339")]
    pub now: Option<String>,
    /// SSO is enabled (the default).
    #[arg(long, overrides_with = "no_sso")]
    pub sso: bool,
    /// SSO is not enabled.
    #[arg(long, overrides_with = "sso")]
    pub no_sso: bool,
    /// An email domain the organization has claimed (repeatable); users outside them are reported.
    #[arg(long, value_name = "DOMAIN")]
    pub domain: Vec<String>,
    /// The planned go-live date: signing certificates must still be valid then.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub go_live: Option<String>,
    /// The GMT day the directory job runs; the directory files must be named for it.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// The WebEx SAML Issuer (SP ID) when the set has no Webex SP metadata.
    #[arg(long, value_name = "URI")]
    pub sp_entity_id: Option<String>,
    /// The P2P UDP range of P2P Settings, MIN-MAX: firewall rule files must open it (default 32434-33598).
    #[arg(long, value_name = "MIN-MAX", allow_hyphen_values = true)]
    pub p2p: Option<String>,
    /// A certificate (PEM, DER, base64) or metadata whose keys you trust to sign (repeatable).
    #[arg(long, value_name = "FILE")]
    pub trust_cert: Vec<String>,
    /// Take a file for another kind than recognised: PATH=KIND, KIND one of saml-metadata, saml-response, cert, cron, csv-users, directory, broadworks, firewall, unknown (repeatable).
    #[arg(long = "as", value_name = "PATH=KIND")]
    pub as_kind: Vec<String>,
    #[command(flatten)]
    pub format: FormatOpt,
}

/// Files read from one folder: a configuration repository, not a disk.
const MAX_FILES: usize = 100_000;

pub fn run(a: CheckArgs) -> Result<u8, String> {
    let now = crate::input::time_or_now("--now", a.now.as_deref())?;
    let mut options = core::Options::at(now);
    options.sso = !a.no_sso;
    for d in &a.domain {
        options.add_domain(d)?;
    }
    if let Some(d) = &a.go_live {
        options.set_go_live(d)?;
    }
    if let Some(d) = &a.date {
        options.set_date(d)?;
    }
    if let Some(uri) = &a.sp_entity_id {
        options.set_sp_entity_id(uri)?;
    }
    options.trust = crate::input::trust_store(&a.trust_cert)?;
    if let Some(p2p) = &a.p2p {
        options.set_p2p(p2p)?;
    }
    for spec in &a.as_kind {
        let (path, kind) = spec
            .rsplit_once('=')
            .ok_or_else(|| format!("--as `{spec}`: write PATH=KIND"))?;
        let kind = Kind::from_id(kind.trim())
            .ok_or_else(|| format!("--as `{spec}`: `{kind}` is not a kind (saml-metadata, saml-response, cert, cron, csv-users, directory, broadworks, firewall, unknown)"))?;
        options.overrides.insert(path.to_string(), kind);
    }
    let mut files = Vec::new();
    for p in &a.paths {
        collect(Path::new(p), &mut files)?;
    }
    if files.is_empty() {
        return Err(format!(
            "no files found in {} (hidden files are left out)",
            a.paths.join(", ")
        ));
    }
    let mut read = Vec::with_capacity(files.len());
    for f in files {
        let path = f.to_string_lossy().into_owned();
        let bytes = std::fs::read(&f).map_err(|e| format!("cannot read {path}: {e}"))?;
        read.push((path, bytes));
    }
    let report = core::check_with(read, &options, &mut Parallel::new());
    emit(&report, a.format.format())
}

/// Files under `path`, in name order, hidden files and folders left out.
fn collect(path: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let meta =
        std::fs::metadata(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if !meta.is_dir() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| format!("cannot read folder {}: {e}", path.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    entries.sort();
    for e in entries {
        if out.len() >= MAX_FILES {
            return Err(format!(
                "{} holds more than {MAX_FILES} files; name the folders of the setup",
                path.display()
            ));
        }
        collect(&e, out)?;
    }
    Ok(())
}

/// Runs a batch on every core: each worker takes the next job from a queue.
struct Parallel {
    workers: usize,
}

impl Parallel {
    /// One worker per core, or `PREFLIGHT_JOBS` of them (1 runs the tools
    /// one after another, as the benchmark compares).
    fn new() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let workers = std::env::var("PREFLIGHT_JOBS")
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|n| *n > 0)
            .unwrap_or(cores);
        Self { workers }
    }
}

impl Runner for Parallel {
    fn run<'a>(&mut self, jobs: Vec<Job<'a>>) -> Vec<Report> {
        let n = jobs.len();
        if n <= 1 || self.workers <= 1 {
            return jobs.into_iter().map(|job| job()).collect();
        }
        let queue = Mutex::new(jobs.into_iter().enumerate().collect::<Vec<_>>());
        let results: Mutex<Vec<Option<Report>>> = Mutex::new(vec![None; n]);
        std::thread::scope(|s| {
            for _ in 0..self.workers.min(n) {
                s.spawn(|| loop {
                    let next = queue.lock().map(|mut q| q.pop()).unwrap_or(None);
                    let Some((i, job)) = next else { break };
                    let report = job();
                    if let Ok(mut r) = results.lock() {
                        r[i] = Some(report);
                    }
                });
            }
        });
        results
            .into_inner()
            .unwrap_or_default()
            .into_iter()
            .map(|r| r.unwrap_or_else(|| Report::new("check", b"")))
            .collect()
    }
}

fn emit(report: &Report, format: Format) -> Result<u8, String> {
    match format {
        Format::Json => crate::output::emit(report, format, "check", ""),
        Format::Sarif => crate::output::emit(report, format, "check", ""),
        Format::Text => {
            let style = render::text::Style {
                colour: crate::output::colour_wanted(),
            };
            let data = core::data(report).unwrap_or_else(|| empty_data(report));
            let mut out = String::new();
            for f in &data.files {
                out.push_str(&format!(
                    "== {}  [{}{}] {}\n",
                    preflight::text::escape_for_display(&f.path),
                    f.kind.id(),
                    if f.overridden { ", chosen" } else { "" },
                    preflight::text::escape_for_display(&f.why)
                ));
                if !f.inputs.is_empty() {
                    out.push_str(&format!(
                        "   checked with {}\n",
                        preflight::text::escape_for_display(&f.inputs.join(", "))
                    ));
                }
                if let Some(r) = &f.report {
                    out.push_str(&render::text::findings(r, Some(&f.path), &style));
                }
                out.push('\n');
            }
            out.push_str("== Across files\n");
            if report.findings.is_empty() {
                out.push_str("✓ no findings between the files\n");
            } else {
                // The cross-file findings alone, counted as their own report.
                let mut cross = Report::new(core::TOOL, b"");
                cross.extend(report.findings.iter().cloned());
                out.push_str(&render::text::findings(&cross, None, &style));
            }
            out.push_str("\n== Areas\n");
            for (name, area) in core::AREAS
                .iter()
                .filter_map(|a| data.areas.get(*a).map(|area| (a, area)))
            {
                out.push_str(&format!(
                    "{name:<11} {:<12} {} file{}, {} errors, {} warnings\n",
                    serde_json::to_value(area.verdict)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default(),
                    area.files,
                    if area.files == 1 { "" } else { "s" },
                    area.errors,
                    area.warnings
                ));
            }
            out.push_str(&format!(
                "\n{} files, SP entityID {} (from {})\n",
                data.files.len(),
                preflight::text::escape_for_display(&data.options.sp_entity_id),
                preflight::text::escape_for_display(&data.options.sp_entity_id_from)
            ));
            out.push_str(&render::text::totals_line(&report.summary, &style));
            out.push('\n');
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            let written = stdout
                .write_all(out.as_bytes())
                .and_then(|_| stdout.flush());
            if let Err(e) = written {
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    return Err(format!("cannot write output: {e}"));
                }
            }
            Ok(if report.has_errors() { 1 } else { 0 })
        }
    }
}

fn empty_data(_: &Report) -> core::Data {
    core::Data {
        files: Vec::new(),
        areas: Default::default(),
        verdict: core::Verdict::NotChecked,
        options: core::RunOptions {
            now: String::new(),
            sso: true,
            domains: Vec::new(),
            go_live: None,
            date: None,
            sp_entity_id: String::new(),
            sp_entity_id_from: String::new(),
            p2p: None,
        },
    }
}
