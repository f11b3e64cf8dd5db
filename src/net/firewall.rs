//! Firewall rules for Webex Messenger clients.
//!
//! Implements admin guide "Network Requirements" (TCP 80/443 to webex.com,
//! webexconnect.com and their sub-domains; TCP 5222 for third-party XMPP
//! applications; the certificate-revocation domains; the IP ranges, with
//! "It is generally not recommended to restrict access based on IP ranges as
//! WebEx may acquire new IP addresses or reassign IP addresses"),
//! "Audio-Video Firewall and Bandwidth Requirements" (UDP 5101 A/V server,
//! STUN TCP 80 and UDP 8070/8090, the P2P UDP range, default 32434-33598) and
//! "WebEx with Other IM Providers" (TCP 5269 for federation). The P2P range
//! is checked by `ports::check`, so its findings keep their `ports/` ids.
//!
//! The rules are outbound allow rules for the clients' side; each format's
//! header says where to put them. Host names cannot be matched by packet
//! filters, so destinations are named in comments and, only on request,
//! narrowed to the guide's IP ranges.

use std::net::Ipv4Addr;

use serde::{Deserialize, Serialize};

use crate::net::domain::{check_name, NameField};
use crate::net::firewall_verify::RuleFileCheck;
use crate::net::ports::{self, PortsData};
use crate::net::text::shorten;
use crate::report::{Location, Report, Severity};
use crate::rules::Rule;

const SOURCE_NET: &str = "Webex Messenger admin guide, \"Network Requirements\" (IP Ranges)";
const SOURCE_AV: &str =
    "Webex Messenger admin guide, \"Audio-Video Firewall and Bandwidth Requirements\"";

/// The guide's own words, repeated in every generated rule set.
pub const IP_RANGE_NOTE: &str = "It is generally not recommended to restrict access based on IP ranges as WebEx may acquire new IP addresses or reassign IP addresses.";

pub const P2P_RANGE_SYNTAX: Rule = Rule {
    id: "firewall/p2p-range-syntax",
    severity: Severity::Error,
    summary: "The P2P range must be written MIN-MAX",
    source: SOURCE_AV,
    help: "Give the P2P UDP range as two port numbers joined by a hyphen, e.g. 32434-33598 (the default), matching P2P Settings > Configure Ports Manually.",
};

pub const P2P_RANGE_NOT_DEFAULT: Rule = Rule {
    id: "firewall/p2p-range-not-default",
    severity: Severity::Info,
    summary: "A P2P range other than the default must also be set in the admin tool",
    source: SOURCE_AV,
    help: "If you choose a different port range for Jabber to Jabber calling, change it in the Webex Messenger Administration tool (P2P Settings > Configure Ports Manually) as well as in the firewall.",
};

pub const IP_RESTRICTION_NOT_RECOMMENDED: Rule = Rule {
    id: "firewall/ip-restriction-not-recommended",
    severity: Severity::Warning,
    summary: "Restricting access to the guide's IP ranges is not recommended",
    source: SOURCE_NET,
    help: "WebEx may acquire new IP addresses or reassign IP addresses; rules tied to today's ranges can break the service without notice. Prefer port rules, or a proxy that filters by the host names the guide lists.",
};

pub const RULES: &[Rule] = &[
    P2P_RANGE_SYNTAX,
    P2P_RANGE_NOT_DEFAULT,
    IP_RESTRICTION_NOT_RECOMMENDED,
];

/// The IP ranges the guide lists, first and last address.
pub const GUIDE_IP_RANGES: &[(Ipv4Addr, Ipv4Addr)] = &[
    (
        Ipv4Addr::new(64, 68, 115, 0),
        Ipv4Addr::new(64, 68, 115, 255),
    ),
    (
        Ipv4Addr::new(64, 68, 116, 0),
        Ipv4Addr::new(64, 68, 116, 255),
    ),
    (
        Ipv4Addr::new(66, 163, 32, 0),
        Ipv4Addr::new(66, 163, 63, 255),
    ),
    (
        Ipv4Addr::new(209, 197, 192, 0),
        Ipv4Addr::new(209, 197, 223, 255),
    ),
    (
        Ipv4Addr::new(173, 243, 12, 0),
        Ipv4Addr::new(173, 243, 12, 255),
    ),
];

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirewallOptions {
    /// The P2P UDP range as `MIN-MAX`; `None` is the default 32434-33598.
    pub p2p: Option<String>,
    /// Narrow rules to the guide's IP ranges (not recommended by the guide).
    pub restrict_to_ip_ranges: bool,
    /// Include TCP 5222 for third-party XMPP applications.
    pub third_party_xmpp: bool,
    /// Include TCP 5269 for XMPP federation.
    pub federation: bool,
    /// The organisation domain, to name the XMPP hosts
    /// (`c2s.<domain>.webexconnect.com`) in the rule comments.
    pub domain: Option<String>,
}

impl Default for FirewallOptions {
    fn default() -> Self {
        Self {
            p2p: None,
            restrict_to_ip_ranges: false,
            third_party_xmpp: true,
            federation: true,
            domain: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    Tcp,
    Udp,
}

impl Protocol {
    pub fn lower(self) -> &'static str {
        match self {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
        }
    }
    pub fn upper(self) -> &'static str {
        match self {
            Protocol::Tcp => "TCP",
            Protocol::Udp => "UDP",
        }
    }
}

/// One row of the requirements table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    pub id: &'static str,
    pub protocol: Protocol,
    /// Inclusive port ranges; a single port is `(p, p)`.
    pub ports: Vec<(u32, u32)>,
    /// What the rule is for; short enough for an ASA remark (100 characters).
    pub purpose: &'static str,
    /// The Webex host the rule serves, when there is one.
    pub host: Option<String>,
    pub destinations: String,
    pub source: &'static str,
    /// Whether the destination is Webex's own service (and so could be
    /// narrowed to the guide's IP ranges). P2P media goes to peers and CRL
    /// checks to certificate authorities, never to those ranges.
    pub webex_hosts: bool,
}

impl Requirement {
    /// The comment naming the rule's purpose (and host), or the purpose
    /// alone when the host would push it past a format's `limit`
    /// (ASA remarks: 100 characters, nftables comments: 128, iptables: 256).
    pub fn comment(&self, limit: usize) -> String {
        match &self.host {
            Some(h) => {
                let full = format!("{} ({h})", self.purpose);
                if full.len() <= limit {
                    full
                } else {
                    self.purpose.to_string()
                }
            }
            None => self.purpose.to_string(),
        }
    }

    fn ports_text(&self, sep: &str, range: &str) -> String {
        ranges_text(&self.ports, sep, range)
    }
}

/// Port ranges as a rule format writes them: `80,443`, `7050:7550` …
pub fn ranges_text(ranges: &[(u32, u32)], sep: &str, range: &str) -> String {
    ranges
        .iter()
        .map(|&(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}{range}{b}")
            }
        })
        .collect::<Vec<_>>()
        .join(sep)
}

/// The requirements table for these options, P2P range and organisation
/// domain (ASCII; `<domain>` when none was given).
pub fn requirements(opts: &FirewallOptions, p2p: (u32, u32), domain: &str) -> Vec<Requirement> {
    let mut v = vec![
        Requirement {
            id: "webex-service",
            protocol: Protocol::Tcp,
            ports: vec![(80, 80), (443, 443)],
            purpose: "Webex Messenger service and A/V server: webex.com, webexconnect.com and sub-domains",
            host: None,
            destinations: "webex.com, webexconnect.com, *.webex.com, *.webexconnect.com".to_string(),
            source: "Webex Messenger admin guide, \"Network Requirements\" (Domains) and \"Audio-Video Firewall and Bandwidth Requirements\"",
            webex_hosts: true,
        },
        Requirement {
            id: "certificate-revocation",
            protocol: Protocol::Tcp,
            ports: vec![(80, 80), (443, 443)],
            purpose: "Certificate revocation checks (CRL/OCSP) by Jabber clients",
            host: None,
            destinations: "*.verisign.com, *.comodo.com, *.usertrust.com, *.cisco.com".to_string(),
            source: "Webex Messenger admin guide, \"Network Requirements\" (Certificate Revocation List (CRL) Domains)",
            webex_hosts: false,
        },
        Requirement {
            id: "av-server",
            protocol: Protocol::Udp,
            ports: vec![(5101, 5101)],
            purpose: "A/V server connection (falls back to TCP 80/443)",
            host: None,
            destinations: "Webex A/V servers".to_string(),
            source: SOURCE_AV,
            webex_hosts: true,
        },
        Requirement {
            id: "stun-tcp",
            protocol: Protocol::Tcp,
            ports: vec![(80, 80)],
            purpose: "STUN server (TCP)",
            host: None,
            destinations: "Webex STUN servers".to_string(),
            source: SOURCE_AV,
            webex_hosts: true,
        },
        Requirement {
            id: "stun-udp",
            protocol: Protocol::Udp,
            ports: vec![(8070, 8070), (8090, 8090)],
            purpose: "STUN server (UDP)",
            host: None,
            destinations: "Webex STUN servers".to_string(),
            source: SOURCE_AV,
            webex_hosts: true,
        },
        Requirement {
            id: "p2p-media",
            protocol: Protocol::Udp,
            ports: vec![p2p],
            purpose: "P2P audio and video media for Jabber to Jabber calling",
            host: None,
            destinations: "Other Jabber clients and the Cisco Spark media platform".to_string(),
            source: "Webex Messenger admin guide, \"P2P Settings\" and \"Audio-Video Firewall and Bandwidth Requirements\"",
            webex_hosts: false,
        },
    ];
    if opts.third_party_xmpp {
        v.push(Requirement {
            id: "xmpp-client",
            protocol: Protocol::Tcp,
            ports: vec![(5222, 5222)],
            purpose: "Third-party XMPP IM applications",
            host: Some(format!("c2s.{domain}.webexconnect.com")),
            destinations: format!("c2s.{domain}.webexconnect.com"),
            source: "Webex Messenger admin guide, \"Network Requirements\" and \"Third Party XMPP IM Application Support\"",
            webex_hosts: true,
        });
    }
    if opts.federation {
        v.push(Requirement {
            id: "xmpp-federation",
            protocol: Protocol::Tcp,
            ports: vec![(5269, 5269)],
            purpose: "XMPP federation with external IM networks",
            host: Some(format!("s2s.{domain}.webexconnect.com")),
            destinations: format!("s2s.{domain}.webexconnect.com"),
            source: "Webex Messenger admin guide, \"WebEx with Other IM Providers\"",
            webex_hosts: true,
        });
    }
    v
}

/// The fewest CIDR blocks covering `first..=last`.
pub fn cidrs(first: Ipv4Addr, last: Ipv4Addr) -> Vec<(Ipv4Addr, u8)> {
    let (mut lo, hi) = (u64::from(u32::from(first)), u64::from(u32::from(last)));
    let mut out = Vec::new();
    while lo <= hi {
        // Largest block aligned at `lo` that stays within `hi`.
        let mut size: u64 = if lo == 0 {
            1 << 32
        } else {
            lo & lo.wrapping_neg()
        };
        while lo + size - 1 > hi {
            size >>= 1;
        }
        let prefix = 32 - size.trailing_zeros() as u8;
        out.push((Ipv4Addr::from(lo as u32), prefix));
        lo += size;
    }
    out
}

fn guide_cidrs() -> Vec<(Ipv4Addr, u8)> {
    GUIDE_IP_RANGES
        .iter()
        .flat_map(|&(a, b)| cidrs(a, b))
        .collect()
}

fn mask(prefix: u8) -> Ipv4Addr {
    Ipv4Addr::from(u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0))
}

/// Split `MIN-MAX` (also with an en dash or a colon, as iptables writes
/// ranges). `None` when it is not two parts.
fn split_range(raw: &str) -> Option<(&str, &str)> {
    let t = raw.trim();
    for sep in ['-', '–', ':'] {
        if let Some((a, b)) = t.split_once(sep) {
            return Some((a, b));
        }
    }
    None
}

/// The P2P range of `opts` (the default when none is given), checked as
/// the ports tool checks it; its findings go into `report`. `None` when the
/// range is not valid.
pub fn p2p_range<D>(opts: &FirewallOptions, report: &mut Report<D>) -> Option<(u32, u32)> {
    p2p_checked(opts, report).0
}

/// [`p2p_range`] and the ports tool's data on the range (`None` when the
/// range is not written MIN-MAX).
pub fn p2p_checked<D>(
    opts: &FirewallOptions,
    report: &mut Report<D>,
) -> (Option<(u32, u32)>, Option<PortsData>) {
    let p2p_loc = || Location::field(1, "p2p");
    let Some(raw) = opts.p2p.as_deref() else {
        let d = ports::check(
            &ports::DEFAULT_MIN.to_string(),
            &ports::DEFAULT_MAX.to_string(),
        );
        return (Some((ports::DEFAULT_MIN, ports::DEFAULT_MAX)), Some(d.data));
    };
    let Some((min, max)) = split_range(raw) else {
        report.add(
            &P2P_RANGE_SYNTAX,
            format!("P2P range `{}` is not MIN-MAX", shorten(raw.trim())),
            p2p_loc(),
        );
        return (None, None);
    };
    let checked = ports::check(min, max);
    let ok = !checked.has_errors();
    report.extend(checked.findings);
    let parsed = (min.trim().parse::<u32>(), max.trim().parse::<u32>());
    let range = match (ok, parsed) {
        (true, (Ok(a), Ok(b))) => {
            if (a, b) != (ports::DEFAULT_MIN, ports::DEFAULT_MAX) {
                report.add(
                    &P2P_RANGE_NOT_DEFAULT,
                    format!(
                        "P2P range {a}-{b} is not the default {}-{}; set the same range in P2P Settings > Configure Ports Manually",
                        ports::DEFAULT_MIN,
                        ports::DEFAULT_MAX
                    ),
                    p2p_loc(),
                );
            }
            Some((a, b))
        }
        _ => None,
    };
    (range, Some(checked.data))
}

/// What the firewall tool reports in `data`: the rules it generated, or
/// (`verify`) what a rule file allows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FirewallData {
    Rules(RulesData),
    Verify(VerifyData),
}

impl FirewallData {
    /// The ports tool's data on the P2P range (absent when it is not
    /// written MIN-MAX).
    pub fn p2p(&self) -> Option<&PortsData> {
        match self {
            FirewallData::Rules(d) => d.p2p.as_ref(),
            FirewallData::Verify(d) => d.p2p.as_ref(),
        }
    }

    pub fn rules(&self) -> Option<&RulesData> {
        match self {
            FirewallData::Rules(d) => Some(d),
            FirewallData::Verify(_) => None,
        }
    }

    pub fn verify(&self) -> Option<&RuleFileCheck> {
        match self {
            FirewallData::Rules(_) => None,
            FirewallData::Verify(d) => Some(&d.verify),
        }
    }
}

/// The generated requirements and rule sets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RulesData {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub p2p: Option<PortsData>,
    /// The guide's warning against IP-range rules ([`IP_RANGE_NOTE`]).
    pub note: String,
    /// The guide's IP ranges.
    pub ip_ranges: Vec<IpRange>,
    /// The requirements table (empty while the range or domain is invalid).
    pub requirements: Vec<RequirementRow>,
    /// The four rule sets; `null` while the range or domain is invalid (a
    /// half-right firewall is worse than none).
    pub rulesets: Option<RuleSets>,
}

/// `data` of a rule file checked against the requirements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerifyData {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub p2p: Option<PortsData>,
    pub verify: RuleFileCheck,
}

/// One of the guide's IP ranges, and the CIDR blocks covering it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IpRange {
    pub first: String,
    pub last: String,
    pub cidrs: Vec<String>,
}

/// One row of the requirements table as the report lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequirementRow {
    pub id: String,
    /// `TCP` or `UDP`.
    pub protocol: String,
    /// `80`, `32434-33598` …
    pub ports: Vec<String>,
    pub purpose: String,
    pub destinations: String,
    pub source: String,
    /// Whether the rules narrow this requirement to the guide's IP ranges.
    pub restricted_to_ip_ranges: bool,
}

/// The generated rules, one text per firewall.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleSets {
    pub iptables: String,
    pub nftables: String,
    pub powershell: String,
    pub asa: String,
}

impl RuleSets {
    /// The rule set named by its key in `data.rulesets`.
    pub fn get(&self, key: &str) -> Option<&str> {
        Some(match key {
            "iptables" => &self.iptables,
            "nftables" => &self.nftables,
            "powershell" => &self.powershell,
            "asa" => &self.asa,
            _ => return None,
        })
    }
}

/// The firewall tool: without `verify`, the rules are generated from the
/// options (the input is unused); with it, the input is a rule file
/// checked against them.
pub struct Firewall;

/// The firewall tool's options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FirewallToolOptions {
    pub rules: FirewallOptions,
    /// Check the input as a rule file instead of generating rules.
    pub verify: bool,
}

/// The names of the firewall tool's options in the JSON API.
pub const OPTION_NAMES: &[&str] = &[
    "p2p",
    "domain",
    "restrict_to_ip_ranges",
    "third_party_xmpp",
    "federation",
    "verify",
];

impl crate::tool::Tool for Firewall {
    const ID: &'static str = "firewall";
    type Options = FirewallToolOptions;
    type Data = FirewallData;

    fn options(json: &crate::tool::OptionsJson) -> Result<FirewallToolOptions, String> {
        let o = crate::tool::JsonOptions::new(Self::ID, json, OPTION_NAMES)?;
        let d = FirewallOptions::default();
        Ok(FirewallToolOptions {
            rules: FirewallOptions {
                p2p: o.string("p2p")?,
                domain: o.string("domain")?,
                restrict_to_ip_ranges: o
                    .bool("restrict_to_ip_ranges")?
                    .unwrap_or(d.restrict_to_ip_ranges),
                third_party_xmpp: o.bool("third_party_xmpp")?.unwrap_or(d.third_party_xmpp),
                federation: o.bool("federation")?.unwrap_or(d.federation),
            },
            verify: o.bool("verify")?.unwrap_or(false),
        })
    }

    fn check(input: &[u8], options: &FirewallToolOptions) -> Report<FirewallData> {
        if options.verify {
            crate::net::firewall_verify::check(input, &options.rules)
        } else {
            let Report {
                tool,
                findings,
                summary,
                data,
                input_sha256,
            } = generate(&options.rules);
            Report {
                tool,
                findings,
                summary,
                data: FirewallData::Rules(data),
                input_sha256,
            }
        }
    }
}

/// Generate the requirements table and the four rule sets.
pub fn generate(opts: &FirewallOptions) -> Report<RulesData> {
    let input = format!(
        "p2p={}\nrestrict={}\nxmpp-client={}\nfederation={}\ndomain={}",
        opts.p2p.as_deref().unwrap_or(""),
        opts.restrict_to_ip_ranges,
        opts.third_party_xmpp,
        opts.federation,
        opts.domain.as_deref().unwrap_or("")
    );
    let mut report = Report::with_data("firewall", input.as_bytes(), ());
    let (range, p2p) = p2p_checked(opts, &mut report);

    if opts.restrict_to_ip_ranges {
        report.add(
            &IP_RESTRICTION_NOT_RECOMMENDED,
            format!(
                "Rules to Webex services are narrowed to the guide's {} IP ranges. {IP_RANGE_NOTE}",
                GUIDE_IP_RANGES.len()
            ),
            Location::field(2, "restrict-to-ip-ranges"),
        );
    }

    let mut data = RulesData {
        p2p,
        note: IP_RANGE_NOTE.to_string(),
        ip_ranges: GUIDE_IP_RANGES
            .iter()
            .map(|&(a, b)| IpRange {
                first: a.to_string(),
                last: b.to_string(),
                cidrs: cidrs(a, b)
                    .iter()
                    .map(|(n, p)| format!("{n}/{p}"))
                    .collect(),
            })
            .collect(),
        requirements: Vec::new(),
        rulesets: None,
    };

    // The domain only names hosts in comments; it is checked like the SRV
    // tool's domain so a typo does not end up in every rule.
    let domain = match opts.domain.as_deref() {
        None => Some("<domain>".to_string()),
        Some(raw) => {
            let field = NameField {
                index: 3,
                name: "domain",
            };
            check_name(raw, field, &mut report).map(|d| d.ascii)
        }
    };
    let (Some(p2p), Some(domain)) = (range, domain) else {
        // No rule set from an invalid range or domain: a half-right
        // firewall is worse than none. The findings say what to fix.
        return report.with_data_value(data);
    };
    let reqs = requirements(opts, p2p, &domain);
    let restrict = opts.restrict_to_ip_ranges;
    data.requirements = reqs
        .iter()
        .map(|r| RequirementRow {
            id: r.id.to_string(),
            protocol: r.protocol.upper().to_string(),
            ports: r
                .ports
                .iter()
                .map(|&(a, b)| {
                    if a == b {
                        a.to_string()
                    } else {
                        format!("{a}-{b}")
                    }
                })
                .collect(),
            purpose: r.comment(usize::MAX),
            destinations: r.destinations.clone(),
            source: r.source.to_string(),
            restricted_to_ip_ranges: restrict && r.webex_hosts,
        })
        .collect();
    data.rulesets = Some(RuleSets {
        iptables: iptables(&reqs, restrict),
        nftables: nftables(&reqs, restrict),
        powershell: powershell(&reqs, restrict),
        asa: asa(&reqs, restrict),
    });
    report.with_data_value(data)
}

fn header(out: &mut String, comment: &str, title: &str, placement: &str) {
    out.push_str(&format!(
        "{comment} Webex Messenger outbound rules ({title}), generated by Preflight.\n"
    ));
    out.push_str(&format!("{comment} {placement}\n"));
    out.push_str(&format!("{comment} Note: {IP_RANGE_NOTE}\n"));
}

/// iptables commands for the OUTPUT chain.
pub fn iptables(reqs: &[Requirement], restrict: bool) -> String {
    let mut s = String::new();
    header(
        &mut s,
        "#",
        "iptables",
        "Insert before your DROP/REJECT rules; on a gateway use the FORWARD chain instead of OUTPUT.",
    );
    let dests = guide_cidrs()
        .iter()
        .map(|(n, p)| format!("{n}/{p}"))
        .collect::<Vec<_>>()
        .join(",");
    for r in reqs {
        let proto = r.protocol.lower();
        let ports = if r.ports.len() == 1 {
            format!("--dport {}", r.ports_text(",", ":"))
        } else {
            format!("-m multiport --dports {}", r.ports_text(",", ":"))
        };
        let dest = if restrict && r.webex_hosts {
            format!(" -d {dests}")
        } else {
            String::new()
        };
        s.push_str(&format!(
            "iptables -A OUTPUT -p {proto}{dest} {ports} -m comment --comment \"{}\" -j ACCEPT\n",
            r.comment(256)
        ));
    }
    s
}

/// An `nft -f` script adding rules to the common `inet filter output` chain.
pub fn nftables(reqs: &[Requirement], restrict: bool) -> String {
    let mut s = String::new();
    header(
        &mut s,
        "#",
        "nftables, nft -f",
        "Adds accept rules to table inet filter, chain output; change the names to match your ruleset.",
    );
    if restrict {
        let elems = guide_cidrs()
            .iter()
            .map(|(n, p)| format!("{n}/{p}"))
            .collect::<Vec<_>>()
            .join(", ");
        s.push_str("add set inet filter webex_ipv4 { type ipv4_addr; flags interval; }\n");
        s.push_str(&format!(
            "add element inet filter webex_ipv4 {{ {elems} }}\n"
        ));
    }
    for r in reqs {
        let ports = if r.ports.len() == 1 {
            r.ports_text(", ", "-")
        } else {
            format!("{{ {} }}", r.ports_text(", ", "-"))
        };
        let dest = if restrict && r.webex_hosts {
            "ip daddr @webex_ipv4 "
        } else {
            ""
        };
        s.push_str(&format!(
            "add rule inet filter output {dest}{} dport {ports} accept comment \"{}\"\n",
            r.protocol.lower(),
            r.comment(128)
        ));
    }
    s
}

/// Windows Defender Firewall rules (`New-NetFirewallRule`).
pub fn powershell(reqs: &[Requirement], restrict: bool) -> String {
    let mut s = String::new();
    header(
        &mut s,
        "#",
        "Windows Defender Firewall, PowerShell",
        "Run in an elevated PowerShell; the rules are grouped as 'Webex Messenger'.",
    );
    let addrs = guide_cidrs()
        .iter()
        .map(|(n, p)| format!("'{n}/{p}'"))
        .collect::<Vec<_>>()
        .join(",");
    for r in reqs {
        let ports = r.ports_text(",", "-");
        let port_arg = if ports.contains('-') {
            format!("'{ports}'")
        } else {
            ports.clone()
        };
        let remote = if restrict && r.webex_hosts {
            format!(" -RemoteAddress {addrs}")
        } else {
            String::new()
        };
        s.push_str(&format!(
            "New-NetFirewallRule -DisplayName 'Webex Messenger - {} {}' -Description '{}' -Group 'Webex Messenger' -Direction Outbound -Protocol {} -RemotePort {port_arg}{remote} -Action Allow\n",
            r.protocol.upper(),
            ports,
            r.comment(usize::MAX),
            r.protocol.upper()
        ));
    }
    s
}

/// A Cisco ASA extended access list, with a remark naming each rule.
pub fn asa(reqs: &[Requirement], restrict: bool) -> String {
    let mut s = String::new();
    header(
        &mut s,
        "!",
        "Cisco ASA",
        "Apply to the inside interface, e.g. access-group WEBEX-MESSENGER in interface inside.",
    );
    if restrict {
        s.push_str("object-group network WEBEX-SERVICES\n");
        for (n, p) in guide_cidrs() {
            s.push_str(&format!(" network-object {n} {}\n", mask(p)));
        }
    }
    for r in reqs {
        s.push_str(&format!(
            "access-list WEBEX-MESSENGER remark {}\n",
            r.comment(100)
        ));
        let dest = if restrict && r.webex_hosts {
            "object-group WEBEX-SERVICES"
        } else {
            "any"
        };
        for &(a, b) in &r.ports {
            let ports = if a == b {
                format!("eq {a}")
            } else {
                format!("range {a} {b}")
            };
            s.push_str(&format!(
                "access-list WEBEX-MESSENGER extended permit {} any {dest} {ports}\n",
                r.protocol.lower()
            ));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guide_ranges_as_cidrs() {
        let all: Vec<String> = guide_cidrs()
            .iter()
            .map(|(n, p)| format!("{n}/{p}"))
            .collect();
        assert_eq!(
            all,
            [
                "64.68.115.0/24",
                "64.68.116.0/24",
                "66.163.32.0/19",
                "209.197.192.0/19",
                "173.243.12.0/24"
            ]
        );
        assert_eq!(
            cidrs(Ipv4Addr::new(10, 0, 0, 1), Ipv4Addr::new(10, 0, 0, 6)).len(),
            4 // .1/32, .2/31, .4/31, .6/32
        );
        assert_eq!(
            cidrs(Ipv4Addr::new(0, 0, 0, 0), Ipv4Addr::new(255, 255, 255, 255)),
            [(Ipv4Addr::new(0, 0, 0, 0), 0)]
        );
        assert_eq!(mask(19), Ipv4Addr::new(255, 255, 224, 0));
        assert_eq!(mask(0), Ipv4Addr::new(0, 0, 0, 0));
    }

    /// Every shape of `data` reads back from its JSON as itself, with `p2p`
    /// absent when the range is not MIN-MAX and `rulesets` null when no
    /// rules are written.
    #[test]
    fn data_round_trips_through_json() {
        use crate::tool::Tool;
        let opts = |p2p: Option<&str>, verify: bool| FirewallToolOptions {
            rules: FirewallOptions {
                p2p: p2p.map(str::to_string),
                ..FirewallOptions::default()
            },
            verify,
        };
        let rules = b"-A OUTPUT -p udp --dport 40000:41999 -j ACCEPT\n";
        for (p2p, verify) in [
            (None, false),
            (Some("40000-41999"), false),
            (Some("bad"), false),
            (Some("1-2"), false),
            (None, true),
            (Some("bad"), true),
            (Some("40000-41999"), true),
        ] {
            let r = Firewall::check(rules, &opts(p2p, verify));
            assert_eq!(r.data.verify().is_some(), verify);
            let json = r.clone().into_json();
            assert_eq!(json.data.get("p2p").is_some(), p2p != Some("bad"));
            let back = json.clone().typed::<FirewallData>().unwrap();
            assert_eq!(back, r);
            assert_eq!(back.into_json(), json);
        }
        let r = generate(&FirewallOptions {
            p2p: Some("bad".into()),
            ..FirewallOptions::default()
        });
        assert!(serde_json::to_value(&r.data).unwrap()["rulesets"].is_null());
    }

    #[test]
    fn range_separators() {
        assert_eq!(split_range(" 1-2 "), Some(("1", "2")));
        assert_eq!(split_range("1:2"), Some(("1", "2")));
        assert_eq!(split_range("1–2"), Some(("1", "2")));
        assert_eq!(split_range("12"), None);
    }
}
