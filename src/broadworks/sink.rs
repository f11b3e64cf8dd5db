//! The BroadWorks log tools fed in chunks (the browser's Web Worker for a
//! large picked log): the chunks are buffered up to
//! [`crate::stream::MAX_INPUT_BYTES`] and the tool runs on the whole log at
//! the end. A larger log is refused with a finding, not checked in part.
//!
//! Options (JSON): `{"tool": "pslog" | "xsp" | "client-log" | "redact",
//! "tracking_id": string (xsp only, optional)}`, read by the tool's
//! [`Tool::options`] (`crate::broadworks::Broadworks`); the report is the
//! one [`tool::analyse_log`] gives for the whole log.

use serde_json::Value;

use crate::broadworks::tool::{self, Broadworks, LogOptions, Options};
use crate::report::{Report, Severity};
use crate::rules::Rule;
use crate::stream::{Sink, MAX_INPUT_BYTES};
use crate::tool::Tool;

/// The tool id of `crate::tools` the sink answers to.
pub const TOOL: &str = tool::TOOL;

pub const TOO_LARGE: Rule = Rule {
    id: "broadworks/input-too-large",
    severity: Severity::Error,
    summary: "The log is larger than the tools check at once",
    source: "Best practice",
    help: "Cut the log to the time of the attempt (a PSLog or XSP log of a few minutes around it), or run `preflight broadworks` on the command line.",
};

/// A buffering sink for one of the log tools.
pub struct LogSink {
    options: LogOptions,
    bytes: Vec<u8>,
    received: usize,
    limit: usize,
}

impl LogSink {
    /// The sink for `options` (see the module doc), read by [`Broadworks`]'s
    /// [`Tool::options`].
    pub fn from_options(options: &Value) -> Result<Self, String> {
        let empty = serde_json::Map::new();
        let map = match options {
            Value::Null => &empty,
            Value::Object(m) => m,
            other => return Err(format!("options must be an object, not {other}")),
        };
        match Broadworks::options(map)? {
            Options::Log(log) => Ok(Self::with_limit(log, MAX_INPUT_BYTES)),
            _ => Err("options.tool must be pslog, xsp, client-log or redact".to_string()),
        }
    }

    /// The sink for one log tool, keeping at most `limit` bytes (tests use a small one).
    pub fn with_limit(options: LogOptions, limit: usize) -> Self {
        Self {
            options,
            bytes: Vec::new(),
            received: 0,
            limit,
        }
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
        let report = if self.received > self.limit {
            tool::refused(self.received, self.limit)
        } else {
            tool::analyse_log(&self.bytes, &self.options)
        };
        progress(1.0);
        report.into_json()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::broadworks::tool::LogTool;
    use crate::testkit::{assert_fires, assert_quiet};
    use serde_json::json;

    const LOG: &str = include_str!("../../tests/fixtures/broadworks/pslog-409.txt");

    #[test]
    fn chunked_log_gives_the_same_report() {
        let whole = crate::broadworks::pslog::analyse(LOG.as_bytes()).into_json();
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
        let mut sink: Box<dyn Sink> = Box::new(LogSink::with_limit(
            LogOptions::new(LogTool::Redact, None).unwrap(),
            100,
        ));
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
