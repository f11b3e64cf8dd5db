//! `preflight srv DOMAIN [overrides] [--verify FILE]`

use clap::{Args, ValueEnum};

use crate::cli::FormatOpt;
use crate::output::emit;
use preflight::net::srv::SrvOptions;

/// Extra output formats to print after the zone-file lines (text mode).
#[derive(Clone, Copy, ValueEnum)]
pub enum Show {
    Nsupdate,
    Powershell,
    Route53,
    AzureCli,
    Cloudflare,
    Fields,
}

impl Show {
    fn key(self) -> &'static str {
        match self {
            Show::Nsupdate => "nsupdate",
            Show::Powershell => "powershell",
            Show::Route53 => "route53",
            Show::AzureCli => "azure_cli",
            Show::Cloudflare => "cloudflare",
            Show::Fields => "fields",
        }
    }
}

#[derive(Args)]
#[command(
    after_help = "Examples:\n  preflight srv acme.com\n  preflight srv acme.com --show route53 --format text\n  dig SRV _xmpp-server._tcp.acme.com | preflight srv acme.com --verify -"
)]
pub struct SrvArgs {
    /// The organisation domain, e.g. acme.com (internationalised names are converted to punycode).
    #[arg(allow_hyphen_values = true)]
    pub domain: String,
    /// TTL in seconds (default 86400).
    #[arg(long, allow_hyphen_values = true)]
    pub ttl: Option<String>,
    /// Priority of both records (default 5).
    #[arg(long, allow_hyphen_values = true)]
    pub priority: Option<String>,
    /// Weight of both records (default 0).
    #[arg(long, allow_hyphen_values = true)]
    pub weight: Option<String>,
    /// Port of the _xmpp-server (federation) record (default 5269).
    #[arg(long, allow_hyphen_values = true)]
    pub server_port: Option<String>,
    /// Port of the _xmpp-client (third-party clients) record (default 5222).
    #[arg(long, allow_hyphen_values = true)]
    pub client_port: Option<String>,
    /// Target of the _xmpp-server record (default s2s.<domain>.webexconnect.com).
    #[arg(long, allow_hyphen_values = true)]
    pub server_target: Option<String>,
    /// Target of the _xmpp-client record (default c2s.<domain>.webexconnect.com).
    #[arg(long, allow_hyphen_values = true)]
    pub client_target: Option<String>,
    /// Compare published records with the needed ones: a file (or - for stdin) holding
    /// dig / nslookup / host output or zone-file lines.
    #[arg(long, value_name = "FILE")]
    pub verify: Option<String>,
    /// In text mode, also print these output formats after the zone-file lines.
    #[arg(long, value_enum, value_delimiter = ',')]
    pub show: Vec<Show>,
    #[command(flatten)]
    pub format: FormatOpt,
}

pub fn run(a: SrvArgs) -> Result<u8, String> {
    let opts = SrvOptions {
        ttl: a.ttl,
        priority: a.priority,
        weight: a.weight,
        server_port: a.server_port,
        client_port: a.client_port,
        server_target: a.server_target,
        client_target: a.client_target,
    };
    let (report, artifact) = match &a.verify {
        Some(path) => {
            let bytes = crate::input::read_input(path)?;
            (
                preflight::net::srv_verify::verify_bytes(&a.domain, &opts, &bytes),
                if path == "-" { "stdin" } else { path.as_str() },
            )
        }
        None => (
            preflight::net::srv::generate(&a.domain, &opts),
            "srv-records",
        ),
    };
    let outputs = report.data.outputs.as_ref();
    let mut text = outputs.map(|o| o.bind.clone()).unwrap_or_default();
    if let Some(v) = report.data.verify.as_ref().and_then(|v| v.compared()) {
        if !v.results.is_empty() {
            text.push_str("\nPublished records:\n");
        }
        for r in &v.results {
            text.push_str(&format!("  {:<8} {}\n", r.status.as_str(), r.name));
        }
    }
    for show in &a.show {
        if let Some(s) = outputs.and_then(|o| o.get(show.key())) {
            text.push_str(&format!("\n# {}\n{s}", show.key()));
        }
    }
    emit(&report, a.format.format(), artifact, &text)
}
