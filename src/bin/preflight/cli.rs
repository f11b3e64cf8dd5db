//! The command line: one subcommand per tool, named as in `preflight::tools`.

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::output::Format;

#[derive(Parser)]
#[command(
    name = "preflight",
    version,
    about = "Check Webex and BroadWorks SSO, directory and network configuration before you upload it.",
    after_help = "Exit status: 0 no error findings, 1 at least one error finding, 2 usage or I/O error.\nRun `preflight rules` for the catalog of every check."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Text,
    Json,
    Sarif,
}

#[derive(Args, Clone, Copy)]
pub struct FormatOpt {
    /// Output format.
    #[arg(long, value_enum, default_value = "text", global = true)]
    pub format: FormatArg,
}

impl FormatOpt {
    pub fn format(self) -> Format {
        match self.format {
            FormatArg::Text => Format::Text,
            FormatArg::Json => Format::Json,
            FormatArg::Sarif => Format::Sarif,
        }
    }
}

/// Arguments of a tool that is not built yet: accepted so that its `--help`
/// works, then refused with exit 2 rather than a made-up result.
#[derive(Args)]
pub struct Pending {
    /// Input files or values.
    #[arg(allow_hyphen_values = true, trailing_var_arg = true)]
    pub args: Vec<String>,
    #[command(flatten)]
    pub format: FormatOpt,
}

#[derive(Subcommand)]
pub enum Command {
    /// Validate SAML 2.0 metadata (EntityDescriptor or EntitiesDescriptor). [not available yet]
    SamlMetadata(Pending),
    /// Decode and check a SAML response or AuthnRequest.
    SamlResponse(crate::saml_response::SamlResponseArgs),
    /// Inspect and lint X.509 certificates (PEM, DER, base64, PKCS#7). [not available yet]
    Cert(Pending),
    /// Validate, explain and preview a Quartz CRON expression. [not available yet]
    Cron(Pending),
    /// Validate a user-import CSV file. [not available yet]
    CsvUsers(Pending),
    /// Check directory-integration user and group files. [not available yet]
    Directory(Pending),
    /// Generate and verify XMPP DNS SRV records. [not available yet]
    Srv(Pending),
    /// Check the P2P UDP port range (Min and Max) for Jabber-to-Jabber calling.
    Ports(crate::ports::PortsArgs),
    /// Generate firewall rules for Webex Messenger. [not available yet]
    Firewall(Pending),
    /// Explain BroadWorks error codes and scan logs. [not available yet]
    Broadworks(Pending),
    /// List the catalog of every rule, or explain one rule by id.
    Rules(crate::rules_cmd::RulesArgs),
}

impl Command {
    pub fn run(self) -> Result<u8, String> {
        match self {
            Command::Ports(a) => crate::ports::run(a),
            Command::Rules(a) => crate::rules_cmd::run(a),
            Command::SamlMetadata(_) => pending("saml-metadata"),
            Command::SamlResponse(a) => crate::saml_response::run(a),
            Command::Cert(_) => pending("cert"),
            Command::Cron(_) => pending("cron"),
            Command::CsvUsers(_) => pending("csv-users"),
            Command::Directory(_) => pending("directory"),
            Command::Srv(_) => pending("srv"),
            Command::Firewall(_) => pending("firewall"),
            Command::Broadworks(_) => pending("broadworks"),
        }
    }
}

fn pending(tool: &str) -> Result<u8, String> {
    Err(format!("{tool}: not available yet"))
}
