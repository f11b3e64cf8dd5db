//! The one shape every tool has: validated options, an input, and a report
//! whose `data` is a typed struct.
//!
//! - [`Tool::Options`] is built by [`Tool::options`] from the JSON object the
//!   worker, the widgets and `crate::run` carry (names in snake case, as the
//!   CLI's flags are in kebab case). It is the one place where an option's
//!   limits are checked (the bounds live in `crate::options`): an unknown
//!   name or a value out of range is an error, never clamped in silence.
//!   The CLI and the pages build the same type through its constructors.
//! - [`Tool::check`] takes the input's bytes and returns `Report<Data>`;
//!   `Data` serialises to exactly the JSON the CLI prints (the contract in
//!   `tests/json_contract.rs`), and the faces read its fields instead of
//!   looking keys up in JSON. Whatever a face shows as a verdict is a field
//!   of `Data`, decided here in the core.
//!
//! Adding a tool: see `docs/ARCHITECTURE.md`, "How to add a tool".

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::report::Report;

/// A tool's options as the JSON API gives them.
pub type OptionsJson = Map<String, Value>;

/// One tool of the catalogue (`crate::tools::TOOLS`).
pub trait Tool {
    /// The tool's id, as `crate::tools::TOOLS` and the CLI name it.
    const ID: &'static str;
    /// The validated options.
    type Options;
    /// What the report's `data` holds.
    type Data: Serialize;
    /// The options from the JSON API's object.
    fn options(json: &OptionsJson) -> Result<Self::Options, String>;
    /// Check `input`.
    fn check(input: &[u8], options: &Self::Options) -> Report<Self::Data>;
}

/// Reading a tool's JSON options: each accessor says what is wrong with a
/// value of the wrong type, and [`JsonOptions::only`] refuses names the tool
/// does not have (a misspelt option must not silently change the check).
pub struct JsonOptions<'a> {
    tool: &'static str,
    map: &'a OptionsJson,
}

impl<'a> JsonOptions<'a> {
    /// `map`, for the tool `tool`, which takes the options named `allowed`.
    pub fn new(tool: &'static str, map: &'a OptionsJson, allowed: &[&str]) -> Result<Self, String> {
        match map.keys().find(|k| !allowed.contains(&k.as_str())) {
            Some(k) => Err(format!("the {tool} tool has no option `{k}`")),
            None => Ok(Self { tool, map }),
        }
    }

    /// The tool these options are for.
    pub fn tool(&self) -> &'static str {
        self.tool
    }

    /// The whole object (for a reader that takes JSON).
    pub fn json(&self) -> &'a OptionsJson {
        self.map
    }

    pub fn string(&self, key: &str) -> Result<Option<String>, String> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(format!("options.{key} must be a string, not {other}")),
        }
    }

    pub fn bool(&self, key: &str) -> Result<Option<bool>, String> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(other) => Err(format!("options.{key} must be true or false, not {other}")),
        }
    }

    pub fn u64(&self, key: &str) -> Result<Option<u64>, String> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => v
                .as_u64()
                .map(Some)
                .ok_or_else(|| format!("options.{key} must be a whole number ≥ 0, not {v}")),
        }
    }

    /// `now` (RFC 3339), or the fixed [`crate::run::EXAMPLE_NOW`]: the core
    /// never reads the clock, so a report repeats.
    pub fn now(&self) -> Result<DateTime<Utc>, String> {
        let s = self
            .string("now")?
            .unwrap_or_else(|| crate::run::EXAMPLE_NOW.to_string());
        DateTime::parse_from_rfc3339(&s)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|e| format!("options.now `{s}` is not an RFC 3339 date-time ({e})"))
    }
}
