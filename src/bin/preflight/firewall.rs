//! `preflight firewall [--p2p MIN-MAX] [--restrict-to-ip-ranges] [--verify FILE]`

use clap::Args;

use crate::cli::FormatOpt;
use crate::output::emit;
use preflight::net::firewall::FirewallOptions;

#[derive(Args)]
#[command(
    after_help = "Examples:\n  preflight firewall\n  preflight firewall --p2p 40000-41999 --domain acme.com --format json\n  iptables-save | preflight firewall --p2p 40000-41999 --verify -"
)]
pub struct FirewallArgs {
    /// The P2P UDP range for Jabber-to-Jabber calling, MIN-MAX (default 32434-33598).
    #[arg(long, value_name = "MIN-MAX", allow_hyphen_values = true)]
    pub p2p: Option<String>,
    /// Narrow rules to the IP ranges the guide lists (the guide does not recommend it).
    #[arg(long)]
    pub restrict_to_ip_ranges: bool,
    /// Your organisation domain, to name the XMPP hosts (c2s/s2s.<domain>.webexconnect.com) in comments.
    #[arg(long, allow_hyphen_values = true)]
    pub domain: Option<String>,
    /// Leave out TCP 5222 (third-party XMPP applications).
    #[arg(long)]
    pub no_xmpp_clients: bool,
    /// Leave out TCP 5269 (XMPP federation).
    #[arg(long)]
    pub no_federation: bool,
    /// Check an existing rule file (iptables, nft, PowerShell, netsh, Cisco ASA; `-` for stdin) against the requirements instead of writing rules.
    #[arg(long, value_name = "FILE")]
    pub verify: Option<String>,
    #[command(flatten)]
    pub format: FormatOpt,
}

pub fn run(a: FirewallArgs) -> Result<u8, String> {
    let opts = FirewallOptions {
        p2p: a.p2p,
        restrict_to_ip_ranges: a.restrict_to_ip_ranges,
        third_party_xmpp: !a.no_xmpp_clients,
        federation: !a.no_federation,
        domain: a.domain,
    };
    if let Some(file) = &a.verify {
        let bytes = crate::input::read_input(file)?;
        let report = preflight::net::firewall_verify::check(&bytes, &opts);
        let allowed = report.data.verify().map_or(0, |v| v.allowed.len());
        let text = format!("{allowed} allow rules read from {file}\n");
        return emit(&report, a.format.format(), file, &text);
    }
    let report = preflight::net::firewall::generate(&opts);
    let mut text = String::new();
    let reqs = &report.data.requirements;
    if !reqs.is_empty() {
        text.push_str("Requirements (outbound):\n");
    }
    for r in reqs {
        text.push_str(&format!(
            "  {:<4} {:<12} {}\n",
            r.protocol,
            r.ports.join(","),
            r.purpose
        ));
    }
    if let Some(sets) = &report.data.rulesets {
        for (title, s) in [
            ("iptables", &sets.iptables),
            ("nftables", &sets.nftables),
            ("Windows Firewall (PowerShell)", &sets.powershell),
            ("Cisco ASA", &sets.asa),
        ] {
            text.push_str(&format!("\n== {title} ==\n{s}"));
        }
    }
    emit(&report, a.format.format(), "firewall-rules", &text)
}
