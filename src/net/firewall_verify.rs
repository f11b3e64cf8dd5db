//! Verify an existing firewall rule file against the requirements table of
//! [`super::firewall`] (admin guide "Network Requirements", "Audio-Video
//! Firewall and Bandwidth Requirements", "WebEx with Other IM Providers"):
//! does it allow every port Webex Messenger clients need, and does its UDP
//! P2P rule open the range set in P2P Settings?
//!
//! The allow rules are read in the shapes the generator writes and
//! administrators keep: `iptables` / `iptables-save` (`-p udp --dport A:B`,
//! `-m multiport --dports a,b`), `nft` (`udp dport { a, b-c } accept`),
//! PowerShell `New-NetFirewallRule` and `netsh advfirewall` (`-Protocol UDP
//! -RemotePort a-b -Action Allow`, `protocol=UDP remoteport=a-b action=allow`)
//! and Cisco ASA (`access-list … permit udp … eq N | range A B`). A rule
//! without a port opens every port of its protocol; deny rules are not
//! modelled (their order matters), so the verdict says what is allowed.

use serde::{Deserialize, Serialize};

use super::firewall::{requirements, FirewallData, FirewallOptions, Protocol, VerifyData};
use crate::report::{Location, Report, Severity};
use crate::rules::Rule;

const SOURCE: &str = "Webex Messenger admin guide, \"Network Requirements\" and \"Audio-Video Firewall and Bandwidth Requirements\" (the ports and protocols clients need)";

pub const REQUIREMENT_NOT_OPENED: Rule = Rule {
    id: "firewall/requirement-not-opened",
    severity: Severity::Warning,
    summary: "A port the clients need is not allowed by any rule of the file",
    source: SOURCE,
    help: "Add an allow rule for the protocol and port (`preflight firewall` writes them). If another file or device allows it, ignore this for that port.",
};

pub const P2P_RANGE_NOT_OPENED: Rule = Rule {
    id: "firewall/p2p-range-not-opened",
    severity: Severity::Error,
    summary: "The firewall rules do not open the P2P UDP range of P2P Settings",
    source: "Webex Messenger admin guide, \"Audio-Video Firewall and Bandwidth Requirements\" (a P2P port range changed in the Administration tool must also be opened in the company network)",
    help: "Make the firewall's UDP rule and P2P Settings > Configure Ports Manually name the same Min and Max; when one changes, change the other.",
};

/// This module's rules, listed in `crate::net::RULES`.
pub const RULES: &[Rule] = &[REQUIREMENT_NOT_OPENED, P2P_RANGE_NOT_OPENED, NO_RULES];

pub const NO_RULES: Rule = Rule {
    id: "firewall/no-rules-found",
    severity: Severity::Error,
    summary: "The file holds no allow rule that can be read",
    source: "Best practice",
    help: "Give the rules as iptables, nft, PowerShell New-NetFirewallRule, netsh advfirewall or Cisco ASA access-list lines (`iptables-save`, `nft list ruleset`, `show running-config access-list`).",
};

/// One allow rule as read from the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Allowed {
    pub line: u32,
    /// `tcp` or `udp`.
    pub protocol: String,
    /// Inclusive ranges; empty = every port.
    pub ports: Vec<(u32, u32)>,
}

impl Allowed {
    fn opens(&self, protocol: Protocol, (a, b): (u32, u32)) -> bool {
        self.protocol == protocol.lower()
            && (self.ports.is_empty() || self.ports.iter().any(|&(x, y)| x <= a && b <= y))
    }
}

/// The allow rules of a rule file.
pub fn parse(text: &str) -> Vec<Allowed> {
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with('!') {
            continue;
        }
        let lower = line.to_ascii_lowercase();
        let parsed = if lower.contains("-j accept") {
            iptables(&lower)
        } else if lower.contains(" accept") && lower.contains("dport") {
            nft(&lower)
        } else if lower.contains("new-netfirewallrule") && lower.contains("-action allow") {
            powershell(&lower)
        } else if lower.contains("advfirewall") && lower.contains("action=allow") {
            netsh(&lower)
        } else if lower.starts_with("access-list") && lower.contains(" permit ") {
            asa(&lower)
        } else {
            None
        };
        if let Some((protocol, ports)) = parsed {
            out.push(Allowed {
                line: n as u32 + 1,
                protocol: protocol.to_string(),
                ports,
            });
        } else if unconditional(&lower) {
            // `-A OUTPUT -j ACCEPT`: every protocol, every port.
            for protocol in ["tcp", "udp"] {
                out.push(Allowed {
                    line: n as u32 + 1,
                    protocol: protocol.to_string(),
                    ports: Vec::new(),
                });
            }
        }
    }
    out
}

/// An iptables accept rule with no match at all (no protocol, interface,
/// address or module): it allows everything.
fn unconditional(line: &str) -> bool {
    line.contains("-j accept")
        && [" -p ", " -m ", " -i ", " -o ", " -d ", " -s ", "--protocol"]
            .iter()
            .all(|m| !line.contains(m))
}

fn protocol_word(w: &str) -> Option<&'static str> {
    match w.trim_matches(|c| c == '\'' || c == '"') {
        "tcp" => Some("tcp"),
        "udp" => Some("udp"),
        _ => None,
    }
}

/// `80,443,7050-7550` / `7050:7550` / `{ 80, 443 }` as ranges.
fn port_list(s: &str) -> Option<Vec<(u32, u32)>> {
    let s = s
        .trim_matches(|c: char| c == '{' || c == '}' || c == '\'' || c == '"' || c.is_whitespace());
    let mut out = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (a, b) = match part.split_once(['-', ':']) {
            Some((a, b)) => (a.trim().parse().ok()?, b.trim().parse().ok()?),
            None => {
                let p: u32 = part.parse().ok()?;
                (p, p)
            }
        };
        if a > b || b > 65_535 {
            return None;
        }
        out.push((a, b));
    }
    (!out.is_empty()).then_some(out)
}

/// The value after `flag` (the next word, or a `{ … }` group).
fn after<'a>(line: &'a str, flag: &str) -> Option<&'a str> {
    let at = line.find(flag)? + flag.len();
    let rest = line[at..].trim_start();
    if let Some(group) = rest.strip_prefix('{') {
        return group.find('}').map(|end| &group[..end]);
    }
    rest.split_whitespace().next()
}

fn iptables(line: &str) -> Option<(&'static str, Vec<(u32, u32)>)> {
    let protocol = protocol_word(after(line, "-p ").or_else(|| after(line, "--protocol "))?)?;
    let ports = match after(line, "--dports ").or_else(|| after(line, "--dport ")) {
        Some(p) => port_list(p)?,
        None => Vec::new(),
    };
    Some((protocol, ports))
}

fn nft(line: &str) -> Option<(&'static str, Vec<(u32, u32)>)> {
    for protocol in ["udp", "tcp"] {
        if let Some(p) = after(line, &format!("{protocol} dport")) {
            return Some((protocol_word(protocol)?, port_list(p)?));
        }
    }
    None
}

fn powershell(line: &str) -> Option<(&'static str, Vec<(u32, u32)>)> {
    let protocol = protocol_word(after(line, "-protocol ")?)?;
    let ports = match after(line, "-remoteport ").or_else(|| after(line, "-localport ")) {
        Some(p) if p.trim_matches('\'') != "any" => port_list(p)?,
        _ => Vec::new(),
    };
    Some((protocol, ports))
}

fn netsh(line: &str) -> Option<(&'static str, Vec<(u32, u32)>)> {
    let value = |key: &str| {
        line.split_whitespace()
            .find_map(|w| w.strip_prefix(key))
            .map(|v| v.trim_matches('"'))
    };
    let protocol = protocol_word(value("protocol=")?)?;
    let ports = match value("remoteport=").or_else(|| value("localport=")) {
        Some(p) if p != "any" => port_list(p)?,
        _ => Vec::new(),
    };
    Some((protocol, ports))
}

fn asa(line: &str) -> Option<(&'static str, Vec<(u32, u32)>)> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let permit = words.iter().position(|w| *w == "permit")?;
    let protocol = protocol_word(words.get(permit + 1)?)?;
    // The destination port comes last: `eq N`, `range A B`.
    let ports = match words.iter().rposition(|w| *w == "eq" || *w == "range") {
        Some(i) if words[i] == "eq" => {
            let p: u32 = words.get(i + 1)?.parse().ok()?;
            vec![(p, p)]
        }
        Some(i) => vec![(
            words.get(i + 1)?.parse().ok()?,
            words.get(i + 2)?.parse().ok()?,
        )],
        None => Vec::new(),
    };
    Some((protocol, ports))
}

fn show(ranges: &[(u32, u32)]) -> String {
    super::firewall::ranges_text(ranges, ", ", "-")
}

/// `data.verify`: what the rule file allows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleFileCheck {
    /// The P2P range checked for, `[min, max]` (`null` when it is invalid).
    pub p2p: Option<[u32; 2]>,
    /// Every allow rule read from the file, in its order.
    pub allowed: Vec<Allowed>,
}

/// [`check`] as JSON, the form the whole-setup check collects.
pub fn verify(input: &[u8], opts: &FirewallOptions) -> Report {
    check(input, opts).into_json()
}

/// Check the rule file `input` against the requirements for `opts` (its
/// P2P range and optional XMPP rules).
pub fn check(input: &[u8], opts: &FirewallOptions) -> Report<FirewallData> {
    let mut report = Report::with_data("firewall", input, ());
    let text = String::from_utf8_lossy(input);
    let allowed = parse(&text);
    // An invalid range is reported (as the generator reports it) and the
    // other requirements are still checked.
    let (p2p, p2p_data) = super::firewall::p2p_checked(opts, &mut report);
    if allowed.is_empty() {
        report.add(
            &NO_RULES,
            "no iptables, nft, PowerShell, netsh or ASA allow rule was found",
            Location::none(),
        );
    } else {
        compare(&allowed, p2p, opts, &mut report);
    }
    report.with_data_value(FirewallData::Verify(VerifyData {
        p2p: p2p_data,
        verify: RuleFileCheck {
            p2p: p2p.map(|(a, b)| [a, b]),
            allowed,
        },
    }))
}

/// A finding for each required port no allow rule opens.
fn compare<D>(
    allowed: &[Allowed],
    p2p: Option<(u32, u32)>,
    opts: &FirewallOptions,
    report: &mut Report<D>,
) {
    let udp: Vec<(u32, u32)> = allowed
        .iter()
        .filter(|a| a.protocol == "udp")
        .flat_map(|a| a.ports.iter().copied())
        .collect();
    for req in requirements(opts, p2p.unwrap_or((0, 0)), "<domain>") {
        if req.id == "p2p-media" && p2p.is_none() {
            continue;
        }
        for &range in &req.ports {
            if allowed.iter().any(|a| a.opens(req.protocol, range)) {
                continue;
            }
            let wanted = show(&[range]);
            if req.id == "p2p-media" {
                report.add(
                    &P2P_RANGE_NOT_OPENED,
                    format!(
                        "the P2P range is UDP {wanted}, but the rules open UDP {}",
                        if udp.is_empty() {
                            "nothing".to_string()
                        } else {
                            show(&udp)
                        }
                    ),
                    Location::field(1, "p2p"),
                );
            } else {
                report.add(
                    &REQUIREMENT_NOT_OPENED,
                    format!(
                        "no rule allows {} {wanted} ({})",
                        req.protocol.upper(),
                        req.purpose
                    ),
                    Location::none(),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_format_the_generator_writes() {
        let opts = FirewallOptions {
            p2p: Some("7050-7550".into()),
            ..FirewallOptions::default()
        };
        let generated = super::super::firewall::generate(&opts);
        for key in ["iptables", "nftables", "powershell", "asa"] {
            let sets = generated.data.rulesets.as_ref();
            let text = sets
                .and_then(|s| s.get(key))
                .unwrap_or_else(|| panic!("{key}: {:#?}", generated.data));
            let r = verify(text.as_bytes(), &opts);
            // Only the P2P range's own notes (not the default, narrower).
            assert!(
                r.findings
                    .iter()
                    .all(|f| RULES.iter().all(|x| x.id != f.rule)),
                "{key}: {:#?}",
                r.findings
            );
            assert!(!r.has_errors(), "{key}: {:#?}", r.findings);
        }
    }

    #[test]
    fn a_rule_file_for_another_range_is_named() {
        let save = "-A OUTPUT -p udp -m udp --dport 32434:33598 -j ACCEPT\n-A OUTPUT -p tcp -m multiport --dports 80,443 -j ACCEPT\n";
        let opts = FirewallOptions {
            p2p: Some("40000-41999".into()),
            ..FirewallOptions::default()
        };
        let r = verify(save.as_bytes(), &opts);
        let f = r
            .findings
            .iter()
            .find(|f| f.rule == P2P_RANGE_NOT_OPENED.id)
            .expect("fires");
        assert!(
            f.message.contains("UDP 40000-41999") && f.message.contains("32434-33598"),
            "{}",
            f.message
        );
        assert!(
            r.fired(REQUIREMENT_NOT_OPENED.id),
            "UDP 5101 and the STUN ports are missing"
        );
        assert!(verify(b"# nothing here\n", &opts).fired(NO_RULES.id));
    }

    #[test]
    fn reads_saved_rulesets_and_netsh() {
        let save = "*filter\n:OUTPUT ACCEPT [0:0]\n-A OUTPUT -p udp -m udp --dport 32434:33598 -j ACCEPT\n-A OUTPUT -p tcp -m multiport --dports 80,443 -j ACCEPT\nCOMMIT\n";
        let a = parse(save);
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].ports, [(32434, 33598)]);
        let netsh = r#"netsh advfirewall firewall add rule name="Jabber P2P" dir=out action=allow protocol=UDP remoteport=7050-7550"#;
        assert_eq!(parse(netsh)[0].ports, [(7050, 7550)]);
        assert_eq!(
            parse("access-list X extended permit udp any any")[0].ports,
            []
        );
    }
}
