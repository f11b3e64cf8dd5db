//! Turning a [`Report`](crate::report::Report) into the CLI's output formats
//! and the app's downloads. Pure string building: the caller decides where
//! the text goes.

pub mod sarif;
pub mod text;

use crate::report::Report;

/// The `--format json` document: one object, pretty-printed.
pub fn json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
