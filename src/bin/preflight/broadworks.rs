//! `preflight broadworks error-code|pslog|xsp|client-log|redact …`

use clap::{Args, Subcommand};

use crate::cli::FormatOpt;
use crate::input::read_input;
use crate::output::emit;
use preflight::broadworks;

#[derive(Args)]
#[command(
    after_help = "Examples:\n  preflight broadworks error-code 200039\n  preflight broadworks error-code \"emailId already in use in a different Org\" --format json\n  preflight broadworks pslog ps.log\n  preflight broadworks redact current_log.txt > redacted.txt"
)]
pub struct BroadworksArgs {
    #[command(subcommand)]
    pub command: Tool,
}

#[derive(Subcommand)]
pub enum Tool {
    /// Look up an end-user or directory-sync error code by number or by a fragment of its message.
    ErrorCode(ErrorCodeArgs),
    /// Analyse an Application Server PSLog: provisioning POSTs, responses and subscriber profiles.
    Pslog(FileArgs),
}

#[derive(Args)]
pub struct ErrorCodeArgs {
    /// The code (e.g. 200039) or the message text the user saw.
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
    #[command(flatten)]
    pub format: FormatOpt,
}

#[derive(Args)]
pub struct FileArgs {
    /// The log file, or - for standard input.
    pub file: String,
    #[command(flatten)]
    pub format: FormatOpt,
}

fn artifact(path: &str) -> &str {
    if path == "-" {
        "stdin"
    } else {
        path
    }
}

pub fn run(a: BroadworksArgs) -> Result<u8, String> {
    match a.command {
        Tool::ErrorCode(e) => {
            let query = e.query.join(" ");
            let report = broadworks::search::lookup(&query).map_err(|err| err.to_string())?;
            let data: broadworks::search::Lookup =
                serde_json::from_value(report.data.clone()).map_err(|err| err.to_string())?;
            let mut text = String::new();
            for m in &data.matches {
                text.push_str(&format!(
                    "{}  [{}, score {:.2}]\n  Message: {}\n  Action:  {}\n",
                    m.code, m.section, m.score, m.message, m.action
                ));
            }
            emit(&report, e.format.format(), "error-code", &text)
        }
        Tool::Pslog(f) => {
            let bytes = read_input(&f.file)?;
            let report = broadworks::pslog::analyse(&bytes);
            let data: broadworks::pslog::PslogData =
                serde_json::from_value(report.data.clone()).map_err(|err| err.to_string())?;
            let mut text = String::new();
            for r in &data.requests {
                text.push_str(&format!(
                    "line {:>5}  POST {}  -> {}\n",
                    r.line,
                    broadworks::text::shorten(&r.target),
                    r.status
                        .map_or("no response".to_string(), |s| s.to_string())
                ));
            }
            emit(&report, f.format.format(), artifact(&f.file), &text)
        }
    }
}
