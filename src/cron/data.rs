//! What the CRON check reports in `data` ([`CronData`]), and its options
//! ([`CronOptions`]). The JSON of these types is the public contract the CLI
//! prints (`tests/json_contract.rs`): keys that only some inputs have are
//! absent, never `null`, except `min_interval_seconds` (`null` when the job
//! fires once in the window it is measured over).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::directory::DayFiles;
use super::dst::Transition;
use super::{MAX_RUNS_PER_DAY, MIN_INTERVAL_SECS};

/// How the input was read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReadAs {
    /// A Quartz expression (valid or not).
    #[default]
    Quartz,
    /// A five-field Unix crontab line or a `@daily`-style shortcut.
    UnixCrontab,
    /// An AWS EventBridge `cron(...)` schedule.
    AwsEventbridge,
}

impl ReadAs {
    /// The name the JSON uses (`quartz`, `unix-crontab`, `aws-eventbridge`).
    pub fn as_str(self) -> &'static str {
        match self {
            ReadAs::Quartz => "quartz",
            ReadAs::UnixCrontab => "unix-crontab",
            ReadAs::AwsEventbridge => "aws-eventbridge",
        }
    }
}

/// What the CRON check reports in `data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CronData {
    /// The start of the preview (RFC 3339, GMT).
    pub from: String,
    /// The IANA zone local times are shown in (absent without a known zone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// The expression in plain English, or why it is not one.
    pub description: String,
    /// The fields as written (empty when the input is far too long).
    pub fields: Vec<FieldData>,
    /// The next fire times (RFC 3339, GMT); empty unless a valid Quartz
    /// expression that fires.
    pub next: Vec<String>,
    /// `next` in the local zone (with a known zone only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_local: Option<Vec<String>>,
    /// Whether a valid expression never fires after `from` (absent when the
    /// input is not a valid Quartz expression).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub never_fires: Option<bool>,
    /// Months without a run over the next 28 years (`YYYY-MM`, at most 24),
    /// when there are any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skipped_months: Option<Vec<String>>,
    /// The directory job's runs (when the expression fires).
    #[serde(flatten)]
    pub directory: Option<DirectoryJob>,
    /// Daylight-saving changes of the local zone near fire times (with a
    /// known zone, when the expression fires).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dst: Option<Vec<Transition>>,
    /// The Quartz expression for a Unix crontab line or an EventBridge
    /// schedule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quartz_equivalent: Option<QuartzEquivalent>,
    /// The verdict: the input is a valid Quartz expression (an unknown
    /// display zone does not change that).
    pub valid: bool,
    /// Whether the display zone, if any, is a known IANA zone.
    pub time_zone_valid: bool,
    /// How the input was read.
    pub read_as: ReadAs,
}

impl CronData {
    /// Data with nothing found yet, for a preview from `from`.
    pub fn new(from: String) -> Self {
        Self {
            from,
            time_zone: None,
            description: String::new(),
            fields: Vec::new(),
            next: Vec::new(),
            next_local: None,
            never_fires: None,
            skipped_months: None,
            directory: None,
            dst: None,
            quartz_equivalent: None,
            valid: false,
            time_zone_valid: true,
            read_as: ReadAs::Quartz,
        }
    }

    /// Whether a valid expression was found never to fire.
    pub fn fires_never(&self) -> bool {
        self.never_fires == Some(true)
    }
}

/// One field as written, and (for a valid expression) what it selects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldData {
    /// 1-based position.
    pub index: u32,
    /// `day-of-month`, `minute` (Unix), `extra` for a field past the last…
    pub name: String,
    /// The field as written (shortened when long).
    pub text: String,
    /// Byte span `[start, end)` in the input.
    pub span: (usize, usize),
    /// The values the field selects (valid Quartz expressions only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<u32>>,
    /// `values` as shown (`2 (MON)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// The field in plain English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meaning: Option<String>,
}

/// How often the directory job runs, and the files its runs import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryJob {
    /// Runs on each day the job runs.
    pub runs_per_day: u32,
    /// The shortest gap between two runs, in seconds (`null` when there is
    /// no second run to measure against).
    pub min_interval_seconds: Option<u32>,
    /// The runs of today (or the next day the job runs) and their files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory_files: Option<DayFiles>,
}

impl DirectoryJob {
    /// More runs a day than the per-run file sets stay manageable with
    /// (`cron/too-many-runs`).
    pub fn too_many_runs(&self) -> bool {
        self.runs_per_day > MAX_RUNS_PER_DAY
    }

    /// Runs closer together than the upload cycle supports
    /// (`cron/too-frequent`).
    pub fn too_frequent(&self) -> bool {
        self.min_interval_seconds
            .is_some_and(|g| g < MIN_INTERVAL_SECS)
    }
}

/// The Quartz expression offered for a Unix crontab line or an EventBridge
/// schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuartzEquivalent {
    pub expression: String,
    /// Whether it fires at exactly the same times.
    pub exact: bool,
    /// What changed and why, one sentence each.
    pub differences: Vec<String>,
    /// The equivalent in plain English (when it parses).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its next fire times (when it parses; at most the default count).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<Vec<String>>,
}

/// The CRON tool's options: the start of the preview, how many fire times to
/// list and the IANA zone for local times. The CLI's flags, the page's
/// fields and the JSON API's `now`, `count` and `tz` all build this.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CronOptions {
    /// The start of the preview (the core never reads the clock).
    pub now: DateTime<Utc>,
    /// Fire times to list; more than [`super::MAX_COUNT`] are listed as
    /// that many, with a `cron/count-limited` finding.
    pub count: usize,
    /// IANA zone for local times and daylight-saving notes (trimmed; an
    /// empty name is none). An unknown name is a finding of the check
    /// (`cron/unknown-time-zone`), not an option error: the expression is
    /// still checked.
    pub tz: Option<String>,
}

impl CronOptions {
    pub fn new(now: DateTime<Utc>, count: usize, tz: Option<&str>) -> Self {
        Self {
            now,
            count,
            tz: tz
                .map(str::trim)
                .filter(|z| !z.is_empty())
                .map(str::to_string),
        }
    }
}

impl Default for CronOptions {
    /// [`crate::run::EXAMPLE_NOW`], [`super::DEFAULT_COUNT`], no zone.
    fn default() -> Self {
        let now = DateTime::parse_from_rfc3339(crate::run::EXAMPLE_NOW)
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default();
        Self::new(now, super::DEFAULT_COUNT, None)
    }
}

/// The CRON tool: the input is the expression.
pub struct Cron;

impl crate::tool::Tool for Cron {
    const ID: &'static str = "cron";
    type Options = CronOptions;
    type Data = CronData;

    fn options(json: &crate::tool::OptionsJson) -> Result<CronOptions, String> {
        let o = crate::tool::JsonOptions::new(Self::ID, json, &["now", "count", "tz"])?;
        let count = o.u64("count")?.unwrap_or(super::DEFAULT_COUNT as u64);
        let count = usize::try_from(count).map_err(|_| "options.count is too large".to_string())?;
        Ok(CronOptions::new(
            o.now()?,
            count,
            o.string("tz")?.as_deref(),
        ))
    }

    fn check(input: &[u8], options: &CronOptions) -> crate::report::Report<CronData> {
        super::check_with(&String::from_utf8_lossy(input), options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tool::Tool;
    use serde_json::json;

    fn opts(v: serde_json::Value) -> Result<CronOptions, String> {
        Cron::options(v.as_object().unwrap())
    }

    #[test]
    fn options_from_json() {
        let o = opts(json!({"count": 3, "tz": " Europe/London ", "now": "2026-01-01T00:00:00Z"}))
            .unwrap();
        assert_eq!(o.count, 3);
        assert_eq!(o.tz.as_deref(), Some("Europe/London"));
        assert_eq!(o.now.to_rfc3339(), "2026-01-01T00:00:00+00:00");
        assert_eq!(opts(json!({})).unwrap(), CronOptions::default());
        assert_eq!(opts(json!({"tz": ""})).unwrap().tz, None);
        for bad in [
            json!({"sso": true}),
            json!({"count": -1}),
            json!({"count": 1.5}),
            json!({"tz": 3}),
            json!({"now": "yesterday"}),
        ] {
            assert!(opts(bad.clone()).is_err(), "{bad}");
        }
    }

    #[test]
    fn json_round_trips() {
        let o = CronOptions::new(
            DateTime::parse_from_rfc3339("2026-03-01T00:00:00Z")
                .unwrap()
                .with_timezone(&Utc),
            5,
            Some("Europe/London"),
        );
        for expr in [
            "0 30 0 * * ?",
            "0 0 0 30 2 ?",
            "0 0 12 32 * ?",
            "*/5 * * * *",
            "cron(0 12 * * ? *)",
            "'0 0 12 * * ?'",
            "0 0 0 1 1 ? 2020",
        ] {
            let r = Cron::check(expr.as_bytes(), &o);
            let json = r.clone().into_json();
            let back = json.typed::<CronData>().unwrap();
            assert_eq!(back, r, "{expr}");
        }
    }
}
