//! Chunked input for any tool: the seam the browser's Web Worker (and any
//! other caller that receives a large file in slices) uses to run a tool
//! without knowing which one it is.
//!
//! A caller asks [`sink_for`] for the tool by its id (the ids of
//! `crate::tools`, e.g. `saml-metadata`) with the tool's options as JSON,
//! [`Sink::push`]es the input in chunks of any size, and calls
//! [`Sink::finish`] (or [`Sink::finish_with_progress`]) for the [`Report`].
//! Tools whose checks need the whole document (XML) buffer the chunks;
//! tools that can stream (CSV) may check as the chunks arrive.
//!
//! Every sink is bounded: input beyond its limit is counted, not kept, and
//! the report says the input was refused — never a silent truncation.
//!
//! Options are plain JSON so JavaScript can build them:
//!
//! ```text
//! saml-metadata  {"now": RFC 3339 (required: the core never reads the clock),
//!                 "expiry_warning_days": integer (default 30),
//!                 "trust": string (a certificate — PEM, DER as base64 — or metadata
//!                 whose keys are trusted to sign the metadata; optional)}
//! csv-users      {"sso": bool (default false),
//!                 "mandatory": ["city", ...] (fields the organisation made mandatory),
//!                 "max_findings_per_rule": integer (default 10000; 0 = all),
//!                 "size_hint": integer (the file size, if known)}
//! broadworks     {"tool": "pslog" | "xsp" | "client-log" | "redact",
//!                 "tracking_id": string (xsp, optional)}
//! directory      {"sso": bool (default true), "date": "YYYY-MM-DD", "schedule": "CRON"};
//!                 the input is a `crate::check::bundle` of the set's files
//! check          {"now", "sso", "domains": [..], "go_live", "date", "sp_entity_id",
//!                 "overrides": {path: kind}} (see `crate::check::Options::from_json`);
//!                 the input is a `crate::check::bundle` of the files, or one file
//! ```

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::csv;
use crate::report::{Location, Report};
use crate::saml;

/// The input a sink keeps before refusing the rest. Federation aggregates
/// (the largest XML anyone checks) are tens of megabytes; half a gigabyte
/// is well past them and still within a browser tab's memory.
pub const MAX_INPUT_BYTES: usize = 512 * 1024 * 1024;

/// A tool fed its input in chunks.
pub trait Sink {
    /// Take the next chunk of the input (chunks may have any size,
    /// including zero, and split characters or lines anywhere).
    fn push(&mut self, chunk: &[u8]);

    /// Bytes received so far (kept or not).
    fn received(&self) -> usize;

    /// The share (0..=1) of the work done while the input is pushed: a
    /// caller weighs reading against [`Sink::finish_with_progress`] with
    /// it. Buffering sinks do little on `push`; streaming sinks do nearly
    /// everything there.
    fn push_share(&self) -> f64 {
        0.2
    }

    /// A job that a second worker can run on the same input and options
    /// while this one reads it (the tool id for [`sink_for`]); its report
    /// goes to [`Sink::accept_helper`]. None: the sink works alone.
    fn helper(&self) -> Option<&'static str> {
        None
    }

    /// Do the work that does not need the helper's result, before
    /// [`Sink::accept_helper`] and [`Sink::finish_with_progress`] (a sink
    /// without a helper does everything in `finish`).
    fn prepare(&mut self, _progress: &mut dyn FnMut(f64)) {}

    /// The report of the [`Sink::helper`] job. A report it cannot use is
    /// ignored: `finish` then does that work itself.
    fn accept_helper(&mut self, _report: &Report) {}

    /// Run the checks on what was pushed, calling `progress(fraction)`
    /// (0.0 ..= 1.0) as the core gets through the input.
    fn finish_with_progress(self: Box<Self>, progress: &mut dyn FnMut(f64)) -> Report;

    /// Run the checks on what was pushed.
    fn finish(self: Box<Self>) -> Report {
        self.finish_with_progress(&mut |_| {})
    }
}

/// The sink for `tool`, configured by `options` (see the module doc for
/// each tool's options). An unknown tool or bad options is an `Err` with a
/// message for the caller, not a finding: it is a programming error in the
/// caller, not a problem with the user's input.
pub fn sink_for(tool: &str, options: &Value) -> Result<Box<dyn Sink>, String> {
    let job = StreamTool::ALL
        .iter()
        .find(|t| t.id == tool)
        .ok_or_else(|| format!("no streaming sink for the tool `{tool}`"))?;
    (job.sink)(options)
}

/// A tool as a streaming job: its id (as [`sink_for`] and the worker name
/// it) and its sink's constructor. A face that holds one of these (not
/// just the id) links only that tool's sink, which keeps a page bundle of
/// the app to its own tools.
#[derive(Clone, Copy)]
pub struct StreamTool {
    pub id: &'static str,
    pub sink: fn(&Value) -> Result<Box<dyn Sink>, String>,
}

impl StreamTool {
    pub const SAML_METADATA: StreamTool = StreamTool {
        id: saml::TOOL,
        sink: saml_metadata_sink,
    };
    pub const SIGNATURES: StreamTool = StreamTool {
        id: SIGNATURES,
        sink: signatures_sink,
    };
    pub const CSV_USERS: StreamTool = StreamTool {
        id: csv::TOOL,
        sink: csv_users_sink,
    };
    pub const BROADWORKS: StreamTool = StreamTool {
        id: crate::broadworks::sink::TOOL,
        sink: broadworks_sink,
    };
    pub const DIRECTORY: StreamTool = StreamTool {
        id: crate::directory::TOOL,
        sink: directory_sink,
    };
    pub const CHECK: StreamTool = StreamTool {
        id: crate::check::TOOL,
        sink: check_sink,
    };
    /// Every streaming tool.
    pub const ALL: &'static [StreamTool] = &[
        Self::SAML_METADATA,
        Self::SIGNATURES,
        Self::CSV_USERS,
        Self::BROADWORKS,
        Self::DIRECTORY,
        Self::CHECK,
    ];
}

// One constructor per tool, so that a build holding one tool (a widget's
// wasm) links that tool's sink and not every other one.

/// The `saml-metadata` sink.
pub fn saml_metadata_sink(options: &Value) -> Result<Box<dyn Sink>, String> {
    Ok(Box::new(
        MetadataSink::new(metadata_options(options)?).trusting(metadata_trust(options)?),
    ))
}

/// The helper job of `saml-metadata`: its signatures only.
pub fn signatures_sink(options: &Value) -> Result<Box<dyn Sink>, String> {
    Ok(Box::new(SignaturesSink {
        now: metadata_options(options)?.now,
        trust: metadata_trust(options)?,
        buffer: Buffer::new(MAX_INPUT_BYTES),
    }))
}

/// The `csv-users` sink (options read by `csv::CsvUsers`, as `crate::run` reads them).
pub fn csv_users_sink(options: &Value) -> Result<Box<dyn Sink>, String> {
    use crate::tool::Tool;
    let empty = serde_json::Map::new();
    let map = match options {
        Value::Null => &empty,
        Value::Object(m) => m,
        other => return Err(format!("options must be an object, not {other}")),
    };
    let o = csv::CsvUsers::options(map)?;
    Ok(Box::new(CsvUsersSink(csv::Validator::with_size_hint(
        &o.options,
        o.size_hint,
    ))))
}

/// The `broadworks` log sink (PSLog, XSP, client log, redaction).
pub fn broadworks_sink(options: &Value) -> Result<Box<dyn Sink>, String> {
    Ok(Box::new(crate::broadworks::sink::LogSink::from_options(
        options,
    )?))
}

/// The `directory` sink (a bundle of the set's files, or one file).
pub fn directory_sink(options: &Value) -> Result<Box<dyn Sink>, String> {
    Ok(Box::new(DirectorySink::with_limit(
        crate::directory::Options::from_json(options)?,
        MAX_INPUT_BYTES,
    )))
}

/// The whole-setup `check` sink.
pub fn check_sink(options: &Value) -> Result<Box<dyn Sink>, String> {
    Ok(Box::new(CheckSink::with_limit(
        crate::check::Options::from_json(options)?,
        MAX_INPUT_BYTES,
    )))
}

fn metadata_options(options: &Value) -> Result<saml::MetadataOptions, String> {
    // The sink needs `now` (the core never reads the clock); the rest is
    // read as the tool reads it.
    match options.get("now") {
        Some(Value::String(_)) => {}
        Some(other) => return Err(format!("options.now must be a string, not {other}")),
        None => return Err("options.now (RFC 3339) is required".into()),
    }
    saml::tool::metadata_options(&metadata_json(options)?)
}

/// `options.trust`: the certificate or metadata the administrator trusts.
fn metadata_trust(options: &Value) -> Result<crate::xmldsig::TrustStore, String> {
    saml::tool::trust_store(&metadata_json(options)?)
}

/// The metadata sink's options, read by the tool's own readers
/// ([`saml::tool`]). The sink takes any name, as it always has; the tool's
/// runner (`crate::run`) refuses unknown ones.
fn metadata_json(options: &Value) -> Result<crate::tool::JsonOptions<'_>, String> {
    static EMPTY: std::sync::OnceLock<crate::tool::OptionsJson> = std::sync::OnceLock::new();
    let map = match options {
        Value::Object(m) => m,
        _ => EMPTY.get_or_init(Default::default),
    };
    let names: Vec<&str> = map.keys().map(String::as_str).collect();
    crate::tool::JsonOptions::new(saml::TOOL, map, &names)
}

/// User CSV: validated as the chunks arrive ([`csv::Validator`] keeps only
/// the current record and the uniqueness tables), so there is no size
/// limit and nearly all the work is done on `push`.
pub struct CsvUsersSink(csv::Validator);

impl Sink for CsvUsersSink {
    fn push(&mut self, chunk: &[u8]) {
        self.0.push(chunk);
    }

    fn received(&self) -> usize {
        usize::try_from(self.0.bytes_seen()).unwrap_or(usize::MAX)
    }

    fn push_share(&self) -> f64 {
        0.98
    }

    fn finish_with_progress(self: Box<Self>, progress: &mut dyn FnMut(f64)) -> Report {
        let report = self.0.finish().into_json();
        progress(1.0);
        report
    }
}

/// Bytes kept up to a limit; the rest counted.
struct Buffer {
    bytes: Vec<u8>,
    received: usize,
    limit: usize,
}

impl Buffer {
    fn new(limit: usize) -> Self {
        Self {
            bytes: Vec::new(),
            received: 0,
            limit,
        }
    }

    fn push(&mut self, chunk: &[u8]) {
        self.received = self.received.saturating_add(chunk.len());
        if self.received <= self.limit {
            self.bytes.extend_from_slice(chunk);
        } else if !self.bytes.is_empty() {
            // Over the limit: the input is refused as a whole, so keeping
            // any of it would only hold memory.
            self.bytes = Vec::new();
        }
    }

    fn overflowed(&self) -> bool {
        self.received > self.limit
    }

    /// For an input over the limit, the report that refuses it as a whole
    /// (`message(received, limit)` says why); `None` otherwise.
    fn refusal(
        &self,
        tool: &str,
        rule: &'static crate::rules::Rule,
        message: impl Fn(usize, usize) -> String,
    ) -> Option<Report> {
        self.overflowed().then(|| {
            let mut report = Report::new(tool, b"");
            report.add(rule, message(self.received, self.limit), Location::none());
            report
        })
    }

    /// [`Buffer::refusal`] for a set of files sent as one bundle.
    fn set_refusal(&self, tool: &str, rule: &'static crate::rules::Rule) -> Option<Report> {
        self.refusal(tool, rule, |n, max| {
            format!("the files add up to {n} bytes; at most {max} bytes are checked at once")
        })
    }
}

/// SAML metadata: XML is checked as a whole document, so the chunks are
/// buffered and [`saml::check_metadata_with_progress`] runs at the end.
/// Its helper ([`SIGNATURES`]) verifies the signatures in a second worker
/// while this one reads and checks.
pub struct MetadataSink {
    opts: saml::MetadataOptions,
    trust: crate::xmldsig::TrustStore,
    buffer: Buffer,
    /// Read and checked by [`Sink::prepare`], signatures not yet verified.
    pending: Option<saml::Pending>,
    /// The helper's verification.
    verified: Option<saml::Verified>,
}

/// The internal tool id of the metadata sink's helper: the signatures of
/// the same document, verified on their own; its report's
/// `data.verification` is [`crate::xmldsig::transport`] JSON.
pub const SIGNATURES: &str = "saml-metadata-signatures";

impl MetadataSink {
    pub fn new(opts: saml::MetadataOptions) -> Self {
        Self::with_limit(opts, MAX_INPUT_BYTES)
    }

    /// As [`MetadataSink::new`] with another input limit (tests use a small one).
    pub fn with_limit(opts: saml::MetadataOptions, limit: usize) -> Self {
        Self {
            opts,
            trust: crate::xmldsig::TrustStore::default(),
            buffer: Buffer::new(limit),
            pending: None,
            verified: None,
        }
    }

    fn refusal(&self) -> Option<Report> {
        self.buffer.refusal(saml::TOOL, &saml::xml::TOO_LARGE, |n, max| {
            format!("the input is {n} bytes; at most {max} bytes are checked, and a larger file is refused rather than checked in part")
        })
    }

    /// Verify the metadata's signatures against `trust`.
    pub fn trusting(mut self, trust: crate::xmldsig::TrustStore) -> Self {
        self.trust = trust;
        self
    }
}

impl Sink for MetadataSink {
    fn push(&mut self, chunk: &[u8]) {
        self.buffer.push(chunk);
    }

    fn received(&self) -> usize {
        self.buffer.received
    }

    fn helper(&self) -> Option<&'static str> {
        Some(SIGNATURES)
    }

    fn prepare(&mut self, progress: &mut dyn FnMut(f64)) {
        if self.refusal().is_none() {
            self.pending = Some(saml::read_metadata(
                &self.buffer.bytes,
                &self.opts,
                |done, total| {
                    if total > 0 {
                        progress(done as f64 / total as f64);
                    }
                },
            ));
        }
    }

    fn accept_helper(&mut self, report: &Report) {
        if report.tool != SIGNATURES {
            return;
        }
        if let Some(Ok(v)) = report.data["verification"]
            .as_str()
            .map(crate::xmldsig::transport::from_json)
        {
            self.verified = Some(v);
        }
    }

    fn finish_with_progress(mut self: Box<Self>, progress: &mut dyn FnMut(f64)) -> Report {
        if let Some(report) = self.refusal() {
            progress(1.0);
            return report;
        }
        if let Some(pending) = self.pending.take() {
            let report = pending.finish(
                &self.buffer.bytes,
                &self.opts,
                &self.trust,
                self.verified.take(),
            );
            progress(1.0);
            return report.into_json();
        }
        let report = saml::check_metadata_trusting(
            &self.buffer.bytes,
            &self.opts,
            &self.trust,
            |done, total| {
                if total > 0 {
                    progress(done as f64 / total as f64);
                }
            },
        );
        progress(1.0);
        report
    }
}

/// The metadata sink's helper: verifies the signatures of the document it
/// is given, and nothing else ([`SIGNATURES`]).
pub struct SignaturesSink {
    now: DateTime<Utc>,
    trust: crate::xmldsig::TrustStore,
    buffer: Buffer,
}

impl Sink for SignaturesSink {
    fn push(&mut self, chunk: &[u8]) {
        self.buffer.push(chunk);
    }

    fn received(&self) -> usize {
        self.buffer.received
    }

    fn finish_with_progress(self: Box<Self>, progress: &mut dyn FnMut(f64)) -> Report {
        // Not a report anyone reads: the hash of the input is left out.
        let mut report = Report::new(SIGNATURES, b"");
        if !self.buffer.overflowed() {
            let verified = saml::verify_signatures(&self.buffer.bytes, &self.trust, self.now);
            report.set_data(
                "verification",
                Value::from(crate::xmldsig::transport::to_json(&verified)),
            );
        }
        progress(1.0);
        report
    }
}

/// The whole-setup check: the set arrives as one [`crate::check::bundle`]
/// and is checked when complete.
pub struct CheckSink {
    options: crate::check::Options,
    buffer: Buffer,
}

impl CheckSink {
    /// The sink keeping at most `limit` bytes (tests use a small one).
    pub fn with_limit(options: crate::check::Options, limit: usize) -> Self {
        Self {
            options,
            buffer: Buffer::new(limit),
        }
    }
}

impl Sink for CheckSink {
    fn push(&mut self, chunk: &[u8]) {
        self.buffer.push(chunk);
    }

    fn received(&self) -> usize {
        self.buffer.received
    }

    fn finish_with_progress(self: Box<Self>, progress: &mut dyn FnMut(f64)) -> Report {
        if let Some(report) = self
            .buffer
            .set_refusal(crate::check::TOOL, &crate::check::rules::TOO_LARGE)
        {
            progress(1.0);
            return report;
        }
        crate::check::check_bytes(&self.buffer.bytes, &self.options, progress)
    }
}

/// Directory Integration files: the set arrives as one
/// [`crate::check::bundle`] and is checked when complete.
pub struct DirectorySink {
    options: crate::directory::Options,
    buffer: Buffer,
}

impl DirectorySink {
    /// The sink keeping at most `limit` bytes (tests use a small one).
    pub fn with_limit(options: crate::directory::Options, limit: usize) -> Self {
        Self {
            options,
            buffer: Buffer::new(limit),
        }
    }
}

impl Sink for DirectorySink {
    fn push(&mut self, chunk: &[u8]) {
        self.buffer.push(chunk);
    }

    fn received(&self) -> usize {
        self.buffer.received
    }

    fn finish_with_progress(self: Box<Self>, progress: &mut dyn FnMut(f64)) -> Report {
        use crate::directory;
        if self.buffer.overflowed() {
            progress(1.0);
            return directory::refused(self.buffer.received, self.buffer.limit).into_json();
        }
        directory::check_bundle(&self.buffer.bytes, &self.options, progress).into_json()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{assert_fires, assert_quiet};
    use serde_json::json;

    const OKTA: &str = include_str!("../tests/fixtures/saml/okta-idp.xml");

    fn opts() -> Value {
        json!({"now": "2026-11-22T00:00:00Z"})
    }

    #[test]
    fn chunked_input_gives_the_same_report_as_a_single_call() {
        let whole = saml::check_metadata(
            OKTA.as_bytes(),
            &metadata_options(&opts()).expect("options"),
        )
        .into_json();
        for size in [1, 7, 4096, OKTA.len()] {
            let mut sink = sink_for("saml-metadata", &opts()).expect("sink");
            for chunk in OKTA.as_bytes().chunks(size) {
                sink.push(chunk);
            }
            sink.push(b"");
            assert_eq!(sink.received(), OKTA.len());
            let mut seen = Vec::new();
            let report = sink.finish_with_progress(&mut |f| seen.push(f));
            assert_eq!(report, whole, "chunk size {size}");
            assert_eq!(seen.last().copied(), Some(1.0));
            assert!(seen.iter().all(|f| (0.0..=1.0).contains(f)));
            assert!(
                seen.windows(2).all(|w| w[0] <= w[1]),
                "progress goes forward"
            );
        }
    }

    #[test]
    fn the_metadata_signature_is_trusted_through_options_trust() {
        let signed = include_str!("../tests/fixtures/xmldsig/metadata-aggregate-signed.xml");
        let cert = include_str!("../tests/fixtures/xmldsig/keys/idp-rsa.crt");
        let other = include_str!("../tests/fixtures/xmldsig/keys/other-rsa.crt");
        let run = |options: Value| {
            let mut sink = sink_for("saml-metadata", &options).expect("sink");
            sink.push(signed.as_bytes());
            sink.finish()
        };
        let now = "2026-11-22T00:00:00Z";
        let trusted = |r: &Report| r.data["signatures"][0]["trusted"].as_bool();
        let untrusted = run(json!({"now": now}));
        assert_eq!(trusted(&untrusted), Some(false));
        let good = run(json!({"now": now, "trust": cert}));
        assert_eq!(trusted(&good), Some(true));
        assert_fires(&good, "saml/signature-trusted");
        let wrong = run(json!({"now": now, "trust": other}));
        assert_eq!(trusted(&wrong), Some(false));
        assert_fires(&wrong, "saml/signature-untrusted");
        // Unusable trust text is the caller's error, not a finding.
        for bad in [json!("not a certificate"), json!(42)] {
            let err = sink_for("saml-metadata", &json!({"now": now, "trust": bad})).err();
            assert!(err.is_some_and(|e| e.starts_with("options.trust")));
        }
    }

    #[test]
    fn input_over_the_limit_is_refused_with_a_finding() {
        let o = metadata_options(&opts()).expect("options");
        let mut sink: Box<dyn Sink> = Box::new(MetadataSink::with_limit(o, 100));
        for chunk in OKTA.as_bytes().chunks(64) {
            sink.push(chunk);
        }
        let report = sink.finish();
        assert_fires(&report, "saml/input-too-large");
        assert!(report.findings[0].message.contains(&OKTA.len().to_string()));
        assert!(report.has_errors());

        // At the limit exactly, the input is checked.
        let mut sink: Box<dyn Sink> = Box::new(MetadataSink::with_limit(o, OKTA.len()));
        sink.push(OKTA.as_bytes());
        let report = sink.finish();
        assert_quiet(&report, "saml/input-too-large");
        assert_eq!(report.data["counts"]["entities"], 1);
    }

    #[test]
    fn unknown_tools_and_bad_options_are_errors_for_the_caller() {
        assert!(sink_for("no-such-tool", &opts()).is_err());
        assert!(sink_for("saml-metadata", &json!({})).is_err());
        assert!(sink_for("saml-metadata", &json!({"now": "yesterday"})).is_err());
        assert!(sink_for("saml-metadata", &json!({"now": 5})).is_err());
        assert!(sink_for(
            "saml-metadata",
            &json!({"now": "2026-11-22T00:00:00Z", "expiry_warning_days": -1})
        )
        .is_err());
        assert!(sink_for(
            "saml-metadata",
            &json!({"now": "2026-11-22T00:00:00Z", "expiry_warning_days": 60})
        )
        .is_ok());
    }

    const USERS: &str = include_str!("../tests/fixtures/csv/messy_values.csv");

    #[test]
    fn csv_users_chunked_gives_the_same_report_as_the_validator() {
        let options = json!({"sso": true, "mandatory": ["city"], "size_hint": USERS.len()});
        let whole = csv::validate(
            USERS.as_bytes(),
            &csv::Options {
                sso: true,
                mandatory: vec!["city".into()],
                ..csv::Options::default()
            },
        );
        assert!(
            !whole.findings.is_empty(),
            "the fixture has problems to find"
        );
        for size in [1, 3, 100, USERS.len()] {
            let mut sink = sink_for("csv-users", &options).expect("sink");
            assert!(sink.push_share() > 0.9, "CSV is checked while it is read");
            for chunk in USERS.as_bytes().chunks(size) {
                sink.push(chunk);
            }
            assert_eq!(sink.received(), USERS.len());
            let mut seen = Vec::new();
            let report = sink.finish_with_progress(&mut |f| seen.push(f));
            assert_eq!(report, whole.clone().into_json(), "chunk size {size}");
            assert_eq!(seen, [1.0]);
        }
    }

    #[test]
    fn csv_users_options_are_honoured_and_checked() {
        let header_only = b"firstName,lastName,email,userName\r\n";
        let run = |o: Value| {
            let mut sink = sink_for("csv-users", &o).expect("sink");
            sink.push(header_only);
            sink.finish()
        };
        let plain = run(json!({}));
        let sso = run(json!({"sso": true}));
        let mentions = |r: &Report, what: &str| r.findings.iter().any(|f| f.message.contains(what));
        assert!(!mentions(&plain, "employeeID"));
        assert!(mentions(&sso, "employeeID"));
        assert!(mentions(&run(json!({"mandatory": ["zipCode"]})), "zipCode"));

        for bad in [
            json!({"sso": "yes"}),
            json!({"mandatory": "city"}),
            json!({"mandatory": ["favouriteColour"]}),
            json!({"mandatory": [3]}),
            json!({"max_findings_per_rule": -5}),
            json!({"size_hint": "big"}),
        ] {
            assert!(sink_for("csv-users", &bad).is_err(), "{bad}");
        }
    }

    /// The browser's two-worker metadata check (read and check in one,
    /// verify in the helper, merge) gives the report of the one-pass check.
    #[test]
    fn the_metadata_sink_with_its_helper_gives_the_same_report() {
        let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
        let key = std::fs::read_to_string(format!("{fixtures}xmldsig/keys/idp-rsa.crt")).unwrap();
        let options = json!({"now": "2026-11-22T00:00:00Z", "trust": key});
        for name in [
            "xmldsig/metadata-aggregate-signed.xml",
            "xmldsig/neg-metadata-tampered.xml",
            "saml/adfs-federationmetadata.xml",
            "saml/federation-aggregate.xml",
            "saml-response/billion-laughs.xml",
        ] {
            let input = std::fs::read(format!("{fixtures}{name}")).unwrap();
            let run = |helper: Option<&str>| {
                let mut sink = sink_for("saml-metadata", &options).unwrap();
                sink.push(&input);
                let tool = sink.helper().unwrap();
                let mut helper_sink = sink_for(tool, &options).unwrap();
                helper_sink.push(&input);
                let helper_report = helper_sink.finish();
                let mut seen = Vec::new();
                sink.prepare(&mut |f| seen.push(f));
                match helper {
                    Some("garbage") => {
                        let mut r = helper_report;
                        r.set_data("verification", json!("{not json"));
                        sink.accept_helper(&r)
                    }
                    Some(_) => sink.accept_helper(&helper_report),
                    None => {}
                }
                sink.finish()
            };
            let alone = {
                let mut sink = sink_for("saml-metadata", &options).unwrap();
                sink.push(&input);
                sink.finish()
            };
            assert_eq!(run(Some("helper")), alone, "{name}");
            assert_eq!(
                run(Some("garbage")),
                alone,
                "{name}: an unusable helper report"
            );
            assert_eq!(run(None), alone, "{name}: no helper report");
        }
        // The signed aggregate's verdict did come through the helper.
        let input =
            std::fs::read(format!("{fixtures}xmldsig/metadata-aggregate-signed.xml")).unwrap();
        let mut helper = sink_for(SIGNATURES, &options).unwrap();
        helper.push(&input);
        let verification = helper.finish().data["verification"]
            .as_str()
            .unwrap()
            .to_string();
        let v = crate::xmldsig::transport::from_json(&verification)
            .unwrap()
            .unwrap();
        assert!(v.signatures[0].trusted && v.signatures[0].valid());
        assert!(crate::xmldsig::transport::from_json("[]").is_err());
    }

    fn directory_set() -> Vec<(String, Vec<u8>)> {
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/directory/clean"
        );
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "csv"))
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read(&p).unwrap())
            })
            .collect();
        files.sort();
        files
    }

    #[test]
    fn a_directory_set_in_a_bundle_gives_the_report_of_the_files() {
        let files = directory_set();
        assert_eq!(files.len(), 4);
        let inputs: Vec<crate::directory::Input> = files
            .iter()
            .map(|(name, bytes)| crate::directory::Input { name, bytes })
            .collect();
        let options = crate::directory::Options::new(false, Some("2026-03-02"), None).unwrap();
        let direct = crate::directory::check(&inputs, &options).into_json();
        let mut sink = sink_for("directory", &json!({"sso": false, "date": "2026-03-02"})).unwrap();
        let bundle = crate::check::bundle::encode(&files);
        for chunk in bundle.chunks(1000) {
            sink.push(chunk);
        }
        let mut seen = Vec::new();
        let report = sink.finish_with_progress(&mut |f| seen.push(f));
        assert_eq!(report, direct);
        assert_quiet(&report, "directory/input-too-large");
        // Progress climbs to 1 and never goes back.
        assert_eq!(seen.last(), Some(&1.0));
        assert!(seen.len() >= 5, "{seen:?}");
        assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
        // Options are checked like the CLI's flags.
        assert!(sink_for("directory", &json!({"date": "2026-13-02"})).is_err());
        assert!(sink_for("directory", &json!({"sso": "yes"})).is_err());
        assert!(sink_for("directory", &json!({"schedule": "0 0 6 * *"})).is_err());
    }

    #[test]
    fn a_directory_set_over_the_limit_is_refused_with_a_finding() {
        let options = crate::directory::Options::default();
        let mut sink: Box<dyn Sink> = Box::new(DirectorySink::with_limit(options, 100));
        sink.push(&crate::check::bundle::encode(&directory_set()));
        let report = sink.finish();
        assert_fires(&report, "directory/input-too-large");
        assert_eq!(report.tool, "directory");
    }

    #[test]
    fn empty_input_is_a_finding_not_a_failure() {
        let sink = sink_for("saml-metadata", &opts()).expect("sink");
        let report = sink.finish();
        assert!(report.has_errors());
    }
}
