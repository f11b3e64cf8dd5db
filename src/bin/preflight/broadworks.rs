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
    /// Check XSP CLI `get` output and registration settings, and lay out the sign-in flow of XSP logs.
    Xsp(XspArgs),
    /// Recognise the guide's known issue signatures in a Webex app log (current_log.txt).
    ClientLog(FileArgs),
    /// Compare the Integrated IM&P settings of the Application Server with the Partner Hub customer template.
    ImpCompare(ImpArgs),
    /// Write a redacted copy of a log (emails, phone numbers, user ids, secrets, IPs replaced).
    Redact(FileArgs),
}

#[derive(Args)]
pub struct ImpArgs {
    /// Messaging Server URL / Username / Password lines (AS_CLI/Interface/Messaging> get), or -.
    pub application_server: String,
    /// Provisioning URL / Account Name / Password / Confirm Password lines of the template.
    pub template: String,
    #[command(flatten)]
    pub format: FormatOpt,
}

#[derive(Args)]
pub struct XspArgs {
    /// The XSP CLI output or log file, or - for standard input.
    pub file: String,
    /// Show only the sign-in steps carrying this tracking id (from the client log).
    #[arg(long, value_name = "ID")]
    pub tracking_id: Option<String>,
    #[command(flatten)]
    pub format: FormatOpt,
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
            let mut text = String::new();
            for m in &report.data.matches {
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
            let mut text = String::new();
            for r in &report.data.requests {
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
        Tool::Xsp(x) => {
            let opts = broadworks::xsp::XspOptions::new(x.tracking_id.as_deref())?;
            let bytes = read_input(&x.file)?;
            let report = broadworks::xsp::analyse(&bytes, &opts);
            let data = &report.data;
            let mut text = String::new();
            for s in &data.settings {
                text.push_str(&format!("line {:>5}  {} = {}\n", s.line, s.name, s.value));
            }
            for e in &data.timeline {
                text.push_str(&format!(
                    "line {:>5}  [{:>3}] {:<4} {}\n",
                    e.line,
                    e.guide_step,
                    e.status.map_or(String::new(), |s| s.to_string()),
                    e.label
                ));
            }
            emit(&report, x.format.format(), artifact(&x.file), &text)
        }
        Tool::ClientLog(f) => {
            let bytes = read_input(&f.file)?;
            let report = broadworks::client_log::analyse(&bytes);
            let mut text = String::new();
            for id in &report.data.tracking_ids {
                text.push_str(&format!("tracking id  {}\n", broadworks::text::shorten(id)));
            }
            emit(&report, f.format.format(), artifact(&f.file), &text)
        }
        Tool::ImpCompare(i) => {
            if i.application_server == "-" && i.template == "-" {
                return Err("only one of the two files can be standard input".into());
            }
            let a = read_input(&i.application_server)?;
            let t = read_input(&i.template)?;
            let report = broadworks::imp::compare(&a, &t);
            let mut text = String::new();
            for r in &report.data.rows {
                text.push_str(&format!(
                    "{}  {} / {}\n",
                    if r.equal { "equal  " } else { "DIFFERS" },
                    r.application_server,
                    r.template
                ));
            }
            emit(&report, i.format.format(), "imp-settings", &text)
        }
        Tool::Redact(f) => {
            let bytes = read_input(&f.file)?;
            let report = broadworks::redact::redact(&bytes);
            if matches!(f.format.format(), crate::output::Format::Text) {
                // The copy itself goes to stdout, ready to redirect into a file;
                // what was replaced goes to stderr.
                let data = &report.data;
                use std::io::Write;
                let mut out = std::io::stdout().lock();
                if let Err(e) = out
                    .write_all(data.redacted.as_bytes())
                    .and_then(|_| out.flush())
                {
                    if e.kind() != std::io::ErrorKind::BrokenPipe {
                        return Err(format!("cannot write output: {e}"));
                    }
                }
                let d = &data.distinct;
                eprintln!(
                    "preflight: redacted {} value(s): {} email(s), {} phone number(s), {} user id(s), {} secret(s), {} IP address(es); {} tracking id(s) kept",
                    data.replacements, d.emails, d.phones, d.user_ids, d.secrets, d.ips, data.tracking_ids.len()
                );
                for f in &report.findings {
                    eprintln!("preflight: {}: {}", f.rule, f.message);
                }
                return Ok(u8::from(report.has_errors()));
            }
            emit(&report, f.format.format(), artifact(&f.file), "")
        }
    }
}
