//! The BroadWorks log tools fed in chunks (the browser's Web Worker for a
//! large picked log): the chunks are buffered up to
//! [`crate::stream::MAX_INPUT_BYTES`] and the tool runs on the whole log at
//! the end. A larger log is refused with a finding, not checked in part.
//!
//! Options (JSON): `{"tool": "pslog" | "xsp" | "client-log" | "redact",
//! "tracking_id": string (xsp only, optional)}`.

use serde_json::Value;

use crate::broadworks::{client_log, pslog, redact, xsp};
use crate::report::{Location, Report, Severity};
use crate::rules::Rule;
use crate::stream::{Sink, MAX_INPUT_BYTES};

/// The tool id of `crate::tools` the sink answers to.
pub const TOOL: &str = "broadworks";

pub const TOO_LARGE: Rule = Rule {
    id: "broadworks/input-too-large",
    severity: Severity::Error,
    summary: "The log is larger than the tools check at once",
    source: "Best practice",
    help: "Cut the log to the time of the attempt (a PSLog or XSP log of a few minutes around it), or run `preflight broadworks` on the command line.",
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Pslog,
    Xsp,
    Client,
    Redact,
}

/// A buffering sink for one of the log tools.
pub struct LogSink {
    which: Which,
    xsp: xsp::XspOptions,
    bytes: Vec<u8>,
    received: usize,
    limit: usize,
}

impl LogSink {
    /// The sink for `options` (see the module doc).
    pub fn from_options(options: &Value) -> Result<Self, String> {
        Self::with_limit(options, MAX_INPUT_BYTES)
    }

    /// As [`LogSink::from_options`] with another input limit (tests use a small one).
    pub fn with_limit(options: &Value, limit: usize) -> Result<Self, String> {
        let which = match options.get("tool").and_then(Value::as_str) {
            Some("pslog") => Which::Pslog,
            Some("xsp") => Which::Xsp,
            Some("client-log") => Which::Client,
            Some("redact") => Which::Redact,
            other => {
                return Err(format!(
                    "options.tool must be pslog, xsp, client-log or redact, not {other:?}"
                ))
            }
        };
        let tracking = match options.get("tracking_id") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.as_str()),
            Some(other) => {
                return Err(format!("options.tracking_id must be a string, not {other}"))
            }
        };
        Ok(Self {
            which,
            xsp: xsp::XspOptions::new(tracking)?,
            bytes: Vec::new(),
            received: 0,
            limit,
        })
    }
}

impl Sink for LogSink {
    fn push(&mut self, chunk: &[u8]) {
        self.received = self.received.saturating_add(chunk.len());
        if self.received <= self.limit {
            self.bytes.extend_from_slice(chunk);
        } else {
            // Refused as a whole: keeping part of it would only hold memory.
            self.bytes = Vec::new();
        }
    }

    fn received(&self) -> usize {
        self.received
    }

    fn finish_with_progress(self: Box<Self>, progress: &mut dyn FnMut(f64)) -> Report {
        if self.received > self.limit {
            let mut report = Report::new(TOOL, b"");
            report.add(
                &TOO_LARGE,
                format!(
                    "the log is {} bytes; at most {} bytes are checked, and a larger log is refused rather than checked in part",
                    self.received, self.limit
                ),
                Location::none(),
            );
            progress(1.0);
            return report;
        }
        let report = match self.which {
            Which::Pslog => pslog::analyse(&self.bytes),
            Which::Xsp => xsp::analyse(&self.bytes, &self.xsp),
            Which::Client => client_log::analyse(&self.bytes),
            Which::Redact => redact::redact(&self.bytes),
        };
        progress(1.0);
        report
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{assert_fires, assert_quiet};
    use serde_json::json;

    const LOG: &str = include_str!("../../tests/fixtures/broadworks/pslog-409.txt");

    #[test]
    fn chunked_log_gives_the_same_report() {
        let whole = pslog::analyse(LOG.as_bytes());
        for size in [1, 5, 4096] {
            let mut sink: Box<dyn Sink> =
                Box::new(LogSink::from_options(&json!({"tool": "pslog"})).unwrap());
            for c in LOG.as_bytes().chunks(size) {
                sink.push(c);
            }
            let report = sink.finish();
            assert_eq!(report, whole);
            assert_quiet(&report, "broadworks/input-too-large");
        }
    }

    #[test]
    fn oversized_log_is_refused() {
        let mut sink: Box<dyn Sink> =
            Box::new(LogSink::with_limit(&json!({"tool": "redact"}), 100).unwrap());
        sink.push(LOG.as_bytes());
        assert_fires(&sink.finish(), "broadworks/input-too-large");
    }

    #[test]
    fn bad_options() {
        assert!(LogSink::from_options(&json!({})).is_err());
        assert!(LogSink::from_options(&json!({"tool": "xsp", "tracking_id": "a b"})).is_err());
        assert!(LogSink::from_options(&json!({"tool": "xsp", "tracking_id": 3})).is_err());
        assert!(LogSink::from_options(&json!({"tool": "xsp", "tracking_id": "CLIENT_1"})).is_ok());
    }
}
