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

#[derive(Subcommand)]
pub enum Command {
    /// Check a whole setup: every file recognised, checked by its tool, and checked against the others.
    Check(crate::check::CheckArgs),
    /// Validate SAML 2.0 metadata (EntityDescriptor or EntitiesDescriptor), or export Webex SP metadata.
    SamlMetadata(crate::saml_metadata::SamlMetadataArgs),
    /// Decode and check a SAML response or AuthnRequest.
    SamlResponse(crate::saml_response::SamlResponseArgs),
    /// Inspect and lint X.509 certificates (PEM, DER, base64, PKCS#7).
    Cert(crate::cert::CertArgs),
    /// Validate, explain and preview a Quartz CRON expression.
    Cron(crate::cron::CronArgs),
    /// Validate, fix or convert a user-import CSV file (UTF-8 or UTF-16LE, comma or tab).
    CsvUsers(crate::csv_users::CsvUsersArgs),
    /// Check a Directory Integration file set: userFile, userInactivation, groupFile, groupDeletion.
    Directory(crate::directory::DirectoryArgs),
    /// Generate and verify the XMPP DNS SRV records for federation and third-party clients.
    Srv(crate::srv::SrvArgs),
    /// Check the P2P UDP port range (Min and Max) for Jabber-to-Jabber calling.
    Ports(crate::ports::PortsArgs),
    /// Generate firewall rules (iptables, nftables, Windows, Cisco ASA) for Webex Messenger.
    Firewall(crate::firewall::FirewallArgs),
    /// BroadWorks troubleshooting: error codes, PSLog, XSP and client logs, redaction.
    Broadworks(crate::broadworks::BroadworksArgs),
    /// List the catalog of every rule, or explain one rule by id.
    Rules(crate::rules_cmd::RulesArgs),
}

impl Command {
    pub fn run(self) -> Result<u8, String> {
        match self {
            Command::Check(a) => crate::check::run(a),
            Command::Ports(a) => crate::ports::run(a),
            Command::Cron(a) => crate::cron::run(a),
            Command::Rules(a) => crate::rules_cmd::run(a),
            Command::SamlMetadata(a) => crate::saml_metadata::run(a),
            Command::SamlResponse(a) => crate::saml_response::run(a),
            Command::Cert(a) => crate::cert::run(a),
            Command::CsvUsers(a) => crate::csv_users::run(a),
            Command::Directory(a) => crate::directory::run(a),
            Command::Srv(a) => crate::srv::run(a),
            Command::Firewall(a) => crate::firewall::run(a),
            Command::Broadworks(a) => crate::broadworks::run(a),
        }
    }
}
