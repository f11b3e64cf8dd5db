//! One entry for every tool: `run(tool, input, options)` with the options
//! as a JSON object, named as the worker's messages name them. The rule
//! examples (`crate::rules::examples`) run through it, and so can any face
//! that holds a tool's id, its input and its options as data (a widget, a
//! whole-setup check) — the same core call the CLI makes.
//!
//! Unknown option names are an error rather than ignored, so a misspelt
//! option cannot silently change what is checked. Time-dependent tools take
//! `now` (RFC 3339) and default to [`EXAMPLE_NOW`], never the clock: the
//! core does not read the clock.

use serde_json::{Map, Value};

use crate::report::Report;
use crate::tool::{OptionsJson, Tool};

/// The "now" of a run whose options name none (fixed, so results repeat).
pub const EXAMPLE_NOW: &str = "2026-06-01T00:00:00Z";

/// One tool's runner: its input and its options (a JSON object).
pub type Runner = fn(&[u8], &OptionsJson) -> Result<Report, String>;

/// Run `tool` on `input` with `options` (a JSON object, or null for the
/// defaults).
pub fn run(tool: &str, input: &[u8], options: &Value) -> Result<Report, String> {
    let runner = runner(tool).ok_or_else(|| format!("no tool `{tool}` runs from here"))?;
    run_with(runner, input, options)
}

/// Run one known runner. A build that needs a single tool (a widget's
/// wasm) calls this with that tool's function, so it links only that tool.
pub fn run_with(runner: Runner, input: &[u8], options: &Value) -> Result<Report, String> {
    let empty = Map::new();
    let map = match options {
        Value::Null => &empty,
        Value::Object(m) => m,
        other => return Err(format!("options must be an object, not {other}")),
    };
    runner(input, map)
}

/// The runner of a [`Tool`]: its options read, its report as JSON.
pub fn run_tool<T: Tool>(input: &[u8], options: &OptionsJson) -> Result<Report, String> {
    let options = T::options(options)?;
    Ok(T::check(input, &options).into_json())
}

/// The runner of `tool`, if it runs from here.
pub fn runner(tool: &str) -> Option<Runner> {
    Some(match tool {
        "ports" => run_tool::<crate::net::ports::Ports>,
        "firewall" => firewall,
        "srv" => srv,
        "cron" => cron,
        "cert" => cert,
        "saml-response" => saml_response,
        "saml-metadata" => saml_metadata,
        "csv-users" => csv_users,
        "directory" => directory,
        "broadworks" => broadworks,
        "check" => check,
        _ => return None,
    })
}

/// `firewall`: rules generated from the options, or (`verify`) a rule file
/// checked against them.
pub fn firewall(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    run_tool::<crate::net::firewall::Firewall>(input, map)
}

/// `srv`: records generated for the domain in the input, or (`domain`)
/// published records verified.
pub fn srv(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    run_tool::<crate::net::srv::Srv>(input, map)
}

/// `cron`: a Quartz expression.
pub fn cron(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    run_tool::<crate::cron::Cron>(input, map)
}

/// `cert`: one certificate or a chain (PEM, DER or base64).
pub fn cert(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    run_tool::<crate::x509::Cert>(input, map)
}

/// `saml-response`: a response as XML, base64 or a captured binding.
pub fn saml_response(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    run_tool::<crate::saml::response::SamlResponse>(input, map)
}

// The streaming tools: the worker's sink, fed the whole input at once.

/// `saml-metadata`: IdP metadata or a federation aggregate.
/// With `entity`, the report is focused on that entity of an aggregate.
pub fn saml_metadata(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    run_tool::<crate::saml::SamlMetadata>(input, map)
}

/// `csv-users`: a user-import CSV.
pub fn csv_users(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    run_tool::<crate::csv::CsvUsers>(input, map)
}

/// `directory`: a bundle of the set's files (`check::bundle`), or one file.
pub fn directory(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    run_tool::<crate::directory::Directory>(input, map)
}

/// `broadworks`: an error code or message to look up, or (`tool`: pslog,
/// xsp, client-log, redact) a log to analyse, or (`tool`: imp-compare) the
/// Application Server's Integrated IM&P settings and the template's, as a
/// set of two files in that order.
pub fn broadworks(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    // Not `run_tool`: an input the tool cannot take at all (an empty query,
    // an imp-compare set that is not two files) is an error for the caller.
    use crate::broadworks::Broadworks;
    Ok(Broadworks::try_check(input, &Broadworks::options(map)?)?.into_json())
}

/// `check`: the whole setup, as a bundle of files or one file (an input
/// over the size limit is refused).
pub fn check(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    run_tool::<crate::check::Check>(input, map)
}
