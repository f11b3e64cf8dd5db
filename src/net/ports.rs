//! The P2P UDP port range for Jabber-to-Jabber calling.
//!
//! Implements admin guide "P2P Settings" / "Configure P2P Settings": the Min
//! box accepts 1024-65525, the Max box 1034-65535, and Max must be greater
//! than Min ("Min=1034 and Max=1024 is an invalid port range"). The default
//! range 32434-33598 and the other media ports come from "Audio-Video
//! Firewall and Bandwidth Requirements". The range is UDP ("Jabber to Jabber
//! calling always uses UDP ports"), so it is compared with the other UDP
//! ports only; the TCP ports inside it are an info, for a firewall rule that
//! is written for both protocols. `data.bar` places the range and the
//! default on the 1024-65535 span as fractions, for the small bar picture the
//! app and the CLI draw.

use serde::{Deserialize, Serialize};

use crate::net::text::shorten;
use crate::report::{Location, Report, Severity};
use crate::rules::Rule;

pub const MIN_LOWEST: u32 = 1024;
pub const MIN_HIGHEST: u32 = 65525;
pub const MAX_LOWEST: u32 = 1034;
pub const MAX_HIGHEST: u32 = 65535;
pub const DEFAULT_MIN: u32 = 32434;
pub const DEFAULT_MAX: u32 = 33598;

const SOURCE_P2P: &str =
    "Webex Messenger admin guide, \"P2P Settings\" / \"Configure P2P Settings\"";

pub const NOT_A_PORT: Rule = Rule {
    id: "ports/not-a-number",
    severity: Severity::Error,
    summary: "Min and Max must be whole port numbers",
    source: SOURCE_P2P,
    help: "Enter Min and Max as whole numbers without spaces, units or separators, e.g. Min 32434 and Max 33598.",
};

pub const MIN_OUT_OF_RANGE: Rule = Rule {
    id: "ports/min-out-of-range",
    severity: Severity::Error,
    summary: "Min must be between 1024 and 65525",
    source: SOURCE_P2P,
    help: "The Messenger administration tool only accepts a Min port from 1024 to 65525; ports below 1024 are privileged and the top 10 ports are reserved for the Max box.",
};

pub const MAX_OUT_OF_RANGE: Rule = Rule {
    id: "ports/max-out-of-range",
    severity: Severity::Error,
    summary: "Max must be between 1034 and 65535",
    source: SOURCE_P2P,
    help: "The Messenger administration tool only accepts a Max port from 1034 to 65535.",
};

pub const MAX_NOT_GREATER: Rule = Rule {
    id: "ports/max-not-greater",
    severity: Severity::Error,
    summary: "Max must be greater than Min",
    source: SOURCE_P2P,
    help: "Swap the values or widen the range so that Max is greater than Min (the guide's example Min=1034, Max=1024 is rejected).",
};

pub const NARROWER_THAN_DEFAULT: Rule = Rule {
    id: "ports/narrower-than-default",
    severity: Severity::Warning,
    summary: "The range is narrower than the default 32434-33598 (best practice)",
    source: "Best practice (the guide sets no minimum width; its own example 7050-7550 holds 501 ports); admin guide, \"P2P Settings\": \"If the port range specified is too restrictive then Jabber to Jabber calling is not available to the user\"",
    help: "Best practice, not a limit of the guide: the guide warns that a range that is too restrictive makes Jabber-to-Jabber calling unavailable, but gives no number. Keeping at least as many ports as the default range (1,165) is a safe choice; if your firewall policy requires fewer, keep them and test calls afterwards.",
};

pub const OVERLAPS_SERVICE_PORT: Rule = Rule {
    id: "ports/overlaps-service-port",
    severity: Severity::Warning,
    summary: "The UDP range includes a UDP port that another Webex service uses",
    source: "Webex Messenger admin guide, \"Audio-Video Firewall and Bandwidth Requirements\" (UDP 5101 A/V server, UDP 8070/8090 STUN); best practice: keep the P2P range apart from them",
    help: "Move the range so it does not include UDP 5101 (A/V server) or UDP 8070/8090 (STUN). The guide lists these ports but does not forbid the overlap; keeping them apart is best practice, because one UDP firewall rule then serves two purposes and a call problem is hard to trace to either.",
};

pub const RANGE_COVERS_TCP_PORT: Rule = Rule {
    id: "ports/range-covers-tcp-port",
    severity: Severity::Info,
    summary: "A firewall rule for the range that is not limited to UDP would also open a TCP service port",
    source: "Webex Messenger admin guide, \"Audio-Video Firewall and Bandwidth Requirements\" (\"Jabber to Jabber calling always uses UDP ports\"), \"WebEx with Other IM Providers\" (TCP 5269) and \"Third Party XMPP IM Application Support\" (TCP 5222); best practice",
    help: "The P2P range is UDP only, so it cannot collide with a TCP port. Only a firewall rule written for the range without a protocol (any/all instead of udp) would also open this TCP port; write the rule for UDP.",
};
pub const RULES: &[Rule] = &[
    NOT_A_PORT,
    MIN_OUT_OF_RANGE,
    MAX_OUT_OF_RANGE,
    MAX_NOT_GREATER,
    NARROWER_THAN_DEFAULT,
    OVERLAPS_SERVICE_PORT,
    RANGE_COVERS_TCP_PORT,
];

/// A port the same deployment needs for something else.
pub struct ServicePort {
    pub port: u32,
    pub protocol: &'static str,
    pub purpose: &'static str,
}

pub const SERVICE_PORTS: &[ServicePort] = &[
    ServicePort {
        port: 5101,
        protocol: "UDP",
        purpose: "A/V server connection",
    },
    ServicePort {
        port: 8070,
        protocol: "UDP",
        purpose: "STUN server",
    },
    ServicePort {
        port: 8090,
        protocol: "UDP",
        purpose: "STUN server",
    },
    ServicePort {
        port: 5222,
        protocol: "TCP",
        purpose: "XMPP client (third-party IM applications)",
    },
    ServicePort {
        port: 5269,
        protocol: "TCP",
        purpose: "XMPP server-to-server federation",
    },
];

/// Which of the two boxes a value came from.
#[derive(Clone, Copy)]
enum Field {
    Min,
    Max,
}

impl Field {
    fn location(self) -> Location {
        match self {
            Field::Min => Location::field(1, "Min"),
            Field::Max => Location::field(2, "Max"),
        }
    }
}

/// Parse one box. Surrounding whitespace is forgiven (a paste often carries
/// it); anything else that is not a plain decimal number is a finding.
fn parse_port(raw: &str, field: Field, report: &mut Report) -> Option<u32> {
    let name = match field {
        Field::Min => "Min",
        Field::Max => "Max",
    };
    let text = raw.trim();
    if text.is_empty() {
        report.add(&NOT_A_PORT, format!("{name} is empty"), field.location());
        return None;
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        report.add(
            &NOT_A_PORT,
            format!("{name} `{}` is not a whole number", shorten(text)),
            field.location(),
        );
        return None;
    }
    match text.parse::<u64>() {
        Ok(n) if n <= u64::from(u32::MAX) => Some(n as u32),
        _ => {
            // Too long to be a port at all; treat as far out of range.
            report.add(
                &NOT_A_PORT,
                format!(
                    "{name} `{}` is far larger than any port number",
                    shorten(text)
                ),
                field.location(),
            );
            None
        }
    }
}

/// What the ports tool reports in `data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PortsData {
    /// The Min box as a number (`null` when it is not one).
    pub min: Option<u32>,
    pub max: Option<u32>,
    /// How many ports the range holds (absent unless both are numbers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    /// The default range.
    pub default: Range,
    /// UDP service ports inside the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overlaps: Option<Vec<PortUse>>,
    /// TCP service ports whose numbers the range spans.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tcp_in_range: Option<Vec<PortUse>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bar: Option<Bar>,
}

/// A port range and its width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    pub min: u32,
    pub max: u32,
    pub width: u32,
}

/// A service port the range meets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortUse {
    pub port: u32,
    pub protocol: String,
    pub purpose: String,
}

/// A small bar picture of the range against the default: each segment as
/// fractions of the 1024-65535 span.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Bar {
    pub span: Span,
    pub range: Segment,
    pub default: Segment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub min: u32,
    pub max: u32,
}

/// Where a segment starts and ends, from 0.0 (1024) to 1.0 (65535).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    pub start: f64,
    pub end: f64,
}

/// The ports tool: the input is "MIN MAX" as typed into the two boxes.
pub struct Ports;

impl crate::tool::Tool for Ports {
    const ID: &'static str = "ports";
    type Options = ();
    type Data = PortsData;

    fn options(json: &crate::tool::OptionsJson) -> Result<(), String> {
        crate::tool::JsonOptions::new(Self::ID, json, &[]).map(|_| ())
    }

    fn check(input: &[u8], _: &()) -> Report<PortsData> {
        let text = String::from_utf8_lossy(input);
        let mut parts = text.split_whitespace();
        check(parts.next().unwrap_or(""), parts.next().unwrap_or(""))
    }
}

/// Check a P2P UDP port range as typed into the Min and Max boxes.
pub fn check(min_text: &str, max_text: &str) -> Report<PortsData> {
    let mut report = Report::new("ports", format!("{min_text}\n{max_text}").as_bytes());
    let min = parse_port(min_text, Field::Min, &mut report);
    let max = parse_port(max_text, Field::Max, &mut report);
    let mut data = PortsData {
        min,
        max,
        width: None,
        default: DEFAULT_RANGE,
        overlaps: None,
        tcp_in_range: None,
        bar: None,
    };

    if let Some(min) = min {
        if !(MIN_LOWEST..=MIN_HIGHEST).contains(&min) {
            report.add(
                &MIN_OUT_OF_RANGE,
                format!("Min {min} is outside {MIN_LOWEST}-{MIN_HIGHEST}"),
                Field::Min.location(),
            );
        }
    }
    if let Some(max) = max {
        if !(MAX_LOWEST..=MAX_HIGHEST).contains(&max) {
            report.add(
                &MAX_OUT_OF_RANGE,
                format!("Max {max} is outside {MAX_LOWEST}-{MAX_HIGHEST}"),
                Field::Max.location(),
            );
        }
    }

    let (Some(min), Some(max)) = (min, max) else {
        return report.with_data_value(data);
    };

    if max <= min {
        report.add(
            &MAX_NOT_GREATER,
            format!("Max {max} is not greater than Min {min}"),
            Field::Max.location(),
        );
    }

    let width = if max >= min { max - min + 1 } else { 0 };
    let default_width = DEFAULT_RANGE.width;
    if max > min && width < default_width {
        report.add(
            &NARROWER_THAN_DEFAULT,
            format!(
                "{min}-{max} holds {width} ports; the default {DEFAULT_MIN}-{DEFAULT_MAX} holds {default_width} (best practice: keep at least as many)"
            ),
            Location::none(),
        );
    }

    // The range is UDP: only a UDP port can collide with it. A TCP port in
    // the same numbers matters only to a rule written for both protocols.
    let mut overlaps = Vec::new();
    let mut tcp_in_range = Vec::new();
    if max >= min {
        for sp in SERVICE_PORTS
            .iter()
            .filter(|sp| (min..=max).contains(&sp.port))
        {
            let entry = PortUse {
                port: sp.port,
                protocol: sp.protocol.to_string(),
                purpose: sp.purpose.to_string(),
            };
            if sp.protocol == "UDP" {
                report.add(
                    &OVERLAPS_SERVICE_PORT,
                    format!("UDP {min}-{max} includes UDP {} ({})", sp.port, sp.purpose),
                    Location::none(),
                );
                overlaps.push(entry);
            } else {
                report.add(
                    &RANGE_COVERS_TCP_PORT,
                    format!(
                        "{min}-{max} spans the number {} of TCP {} ({}); a UDP range does not collide with it, but a firewall rule for {min}-{max} on any protocol would open it",
                        sp.port, sp.port, sp.purpose
                    ),
                    Location::none(),
                );
                tcp_in_range.push(entry);
            }
        }
    }

    data.width = Some(width);
    data.overlaps = Some(overlaps);
    data.tcp_in_range = Some(tcp_in_range);
    data.bar = Some(bar(min, max));
    report.with_data_value(data)
}

/// Lowest and highest port the bar picture spans (the Min box's lowest value
/// to the Max box's highest).
pub const BAR_LOW: u32 = MIN_LOWEST;
pub const BAR_HIGH: u32 = MAX_HIGHEST;

/// Where `port` sits on the bar, from 0.0 (1024) to 1.0 (65535), clamped and
/// rounded so the JSON stays short and stable.
fn bar_fraction(port: u32) -> f64 {
    let clamped = port.clamp(BAR_LOW, BAR_HIGH);
    let f = f64::from(clamped - BAR_LOW) / f64::from(BAR_HIGH - BAR_LOW);
    (f * 1e6).round() / 1e6
}

fn bar(min: u32, max: u32) -> Bar {
    let (lo, hi) = (min.min(max), min.max(max));
    let segment = |a, b| Segment {
        start: bar_fraction(a),
        end: bar_fraction(b),
    };
    Bar {
        span: Span {
            min: BAR_LOW,
            max: BAR_HIGH,
        },
        range: segment(lo, hi),
        default: segment(DEFAULT_MIN, DEFAULT_MAX),
    }
}

/// The default range.
pub const DEFAULT_RANGE: Range = Range {
    min: DEFAULT_MIN,
    max: DEFAULT_MAX,
    width: DEFAULT_MAX - DEFAULT_MIN + 1,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{assert_fires, assert_quiet};

    #[test]
    fn default_range_is_clean() {
        let r = check("32434", "33598");
        assert!(r.findings.is_empty(), "{:?}", r.findings);
        assert_eq!(r.data.width, Some(1165));
    }

    #[test]
    fn guide_invalid_example_max_below_min() {
        let r = check("1034", "1024");
        assert_fires(&r, "ports/max-not-greater");
        assert!(r.has_errors());
    }

    #[test]
    fn equal_min_and_max_is_not_greater() {
        assert_fires(&check("40000", "40000"), "ports/max-not-greater");
        assert_quiet(&check("40000", "40001"), "ports/max-not-greater");
    }

    #[test]
    fn min_bounds() {
        assert_fires(&check("1023", "40000"), "ports/min-out-of-range");
        assert_quiet(&check("1024", "40000"), "ports/min-out-of-range");
        assert_quiet(&check("65525", "65535"), "ports/min-out-of-range");
        assert_fires(&check("65526", "65535"), "ports/min-out-of-range");
    }

    #[test]
    fn max_bounds() {
        assert_fires(&check("1024", "1033"), "ports/max-out-of-range");
        assert_quiet(&check("1024", "1034"), "ports/max-out-of-range");
        assert_quiet(&check("1024", "65535"), "ports/max-out-of-range");
        assert_fires(&check("1024", "65536"), "ports/max-out-of-range");
    }

    #[test]
    fn non_numbers_are_findings_not_panics() {
        for bad in [
            "",
            "  ",
            "12a",
            "-5",
            "1e4",
            "３２４３４",
            "99999999999999999999999",
        ] {
            let r = check(bad, "33598");
            assert_fires(&r, "ports/not-a-number");
            assert_eq!(r.findings[0].location.field_name.as_deref(), Some("Min"));
        }
        assert_quiet(&check(" 32434 ", "33598\n"), "ports/not-a-number");
    }

    #[test]
    fn narrow_range_warns() {
        let r = check("7050", "7550");
        assert_fires(&r, "ports/narrower-than-default");
        assert!(!r.has_errors());
        assert_quiet(&check("20000", "30000"), "ports/narrower-than-default");
    }

    #[test]
    fn overlap_with_service_ports() {
        // Was: all five ports (UDP and TCP) were reported as overlaps.
        let r = check("5000", "9000");
        assert_fires(&r, "ports/overlaps-service-port");
        assert_eq!(r.data.overlaps.as_ref().unwrap().len(), 3);
        assert_quiet(&check("32434", "33598"), "ports/overlaps-service-port");
        // Boundaries are inclusive.
        assert_fires(&check("2000", "5101"), "ports/overlaps-service-port");
        assert_quiet(&check("5270", "8069"), "ports/overlaps-service-port");
    }

    #[test]
    fn udp_range_is_compared_with_udp_ports_only() {
        // 5200-5300 holds TCP 5222 and 5269 but no UDP service port.
        let r = check("5200", "5300");
        assert_quiet(&r, "ports/overlaps-service-port");
        assert_fires(&r, "ports/range-covers-tcp-port");
        let tcp: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.rule == "ports/range-covers-tcp-port")
            .collect();
        assert_eq!(tcp.len(), 2);
        assert!(tcp.iter().all(|f| f.severity == Severity::Info));
        assert!(tcp[0].message.contains("TCP 5222"), "{}", tcp[0].message);
        assert_eq!(r.data.tcp_in_range.as_ref().unwrap().len(), 2);
        // No UDP warning ever names a TCP port.
        let wide = check("5000", "9000");
        for f in wide
            .findings
            .iter()
            .filter(|f| f.rule == "ports/overlaps-service-port")
        {
            assert!(!f.message.contains("TCP"), "{}", f.message);
        }
        // A near miss: 5223-5268 sits between the two TCP ports.
        assert_quiet(&check("5223", "5268"), "ports/range-covers-tcp-port");
    }

    #[test]
    fn bar_fractions_span_1024_to_65535() {
        let r = check("1024", "65535");
        let bar = r.data.bar.unwrap();
        assert_eq!((bar.range.start, bar.range.end), (0.0, 1.0));
        let d = bar.default;
        assert!((d.start - 0.486894).abs() < 1e-6, "{d:?}");
        assert!(d.end > d.start);
        // Out-of-range and reversed values still draw inside the bar.
        let bar = check("70000", "10").data.bar.unwrap();
        assert_eq!((bar.range.start, bar.range.end), (0.0, 1.0));
        assert!(check("x", "1").data.bar.is_none());
    }

    #[test]
    fn huge_paste_is_shortened_in_messages() {
        let big = "9".repeat(10_000_000);
        let r = check(&big, "1");
        assert!(r.findings.iter().all(|f| f.message.len() < 200));
    }
}
