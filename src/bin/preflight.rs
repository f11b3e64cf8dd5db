//! `preflight`: the command-line face of the Preflight core, for scripts and
//! CI pipelines. It reads input, calls one core function and prints the
//! `Report` as text, JSON or SARIF.
//!
//! Exit status: 0 no error findings, 1 at least one error finding, 2 usage or
//! I/O error (including tools that are not available yet).
//!
//! One file per tool lives in `src/bin/preflight/`.

#[cfg(not(target_arch = "wasm32"))]
#[path = "preflight/broadworks.rs"]
mod broadworks;
#[cfg(not(target_arch = "wasm32"))]
#[path = "preflight/cert.rs"]
mod cert;
#[cfg(not(target_arch = "wasm32"))]
#[path = "preflight/check.rs"]
mod check;
#[cfg(not(target_arch = "wasm32"))]
#[path = "preflight/cli.rs"]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
#[path = "preflight/cron.rs"]
mod cron;
#[cfg(not(target_arch = "wasm32"))]
#[path = "preflight/csv_users.rs"]
mod csv_users;
#[cfg(not(target_arch = "wasm32"))]
#[path = "preflight/directory.rs"]
mod directory;
#[cfg(not(target_arch = "wasm32"))]
#[path = "preflight/firewall.rs"]
mod firewall;
#[cfg(not(target_arch = "wasm32"))]
#[path = "preflight/input.rs"]
mod input;
#[cfg(not(target_arch = "wasm32"))]
#[path = "preflight/json_stream.rs"]
mod json_stream;

#[cfg(not(target_arch = "wasm32"))]
#[path = "preflight/output.rs"]
mod output;
#[cfg(not(target_arch = "wasm32"))]
#[path = "preflight/ports.rs"]
mod ports;
#[cfg(not(target_arch = "wasm32"))]
#[path = "preflight/rules_cmd.rs"]
mod rules_cmd;
#[cfg(not(target_arch = "wasm32"))]
#[path = "preflight/saml_metadata.rs"]
mod saml_metadata;
#[cfg(not(target_arch = "wasm32"))]
#[path = "preflight/saml_response.rs"]
mod saml_response;
#[cfg(not(target_arch = "wasm32"))]
#[path = "preflight/srv.rs"]
mod srv;

#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
use clap::Parser;

/// The CLI is native only; on wasm32 (built when testing the whole package
/// for the browser) it is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // Help and version are successes; everything else is a usage error.
            if !e.use_stderr() {
                let _ = e.print();
                return ExitCode::from(0);
            }
            // A usage error quotes the offending value: escaped, uncoloured.
            eprint!("{}", preflight::text::escape_lines(&e.render().to_string()));
            return ExitCode::from(2);
        }
    };
    match cli.command.run() {
        Ok(code) => ExitCode::from(code),
        Err(msg) => {
            // Errors quote options and file names: escaped like all output.
            eprintln!("preflight: {}", preflight::text::escape_lines(&msg));
            ExitCode::from(2)
        }
    }
}
