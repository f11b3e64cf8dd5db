//! The two XMPP SRV records a Webex Messenger organisation publishes.
//!
//! Implements admin guide "WebEx with Other IM Providers" (federation:
//! `_xmpp-server._tcp.<domain>. 86400 IN SRV 5 0 5269 s2s.<domain>.webexconnect.com`),
//! "Third Party XMPP IM Application Support" (third-party clients:
//! `_xmpp-client._tcp.<domain>. 86400 IN SRV 5 0 5222 c2s.<domain>.webexconnect.com`)
//! and "IM Federation Settings" (publish the first, the second, or both).
//! Field ranges follow RFC 2782 (priority, weight, port: 16 bits) and
//! RFC 2181 §8 (TTL: 0 to 2^31-1).

use serde::Serialize;
use serde_json::json;

use crate::net::domain::{check_name, DomainName, NameField};
use crate::net::srv_formats;
use crate::net::text::{parse_whole, shorten, NumberError};
use crate::report::{Location, Report, Severity};
use crate::rules::Rule;

const SOURCE_FED: &str = "Webex Messenger admin guide, \"WebEx with Other IM Providers\" and \"Third Party XMPP IM Application Support\"";

pub const DEFAULT_TTL: u32 = 86400;
pub const DEFAULT_PRIORITY: u16 = 5;
pub const DEFAULT_WEIGHT: u16 = 0;
pub const MAX_TTL: u64 = 2_147_483_647;

pub const NOT_A_NUMBER: Rule = Rule {
    id: "srv/not-a-number",
    severity: Severity::Error,
    summary: "TTL, priority, weight and port must be whole numbers",
    source: "RFC 2782 (SRV RR format); Webex Messenger admin guide, \"WebEx with Other IM Providers\"",
    help: "Enter plain decimal numbers without units, signs or separators, e.g. TTL 86400, priority 5, weight 0, port 5269.",
};

pub const TTL_OUT_OF_RANGE: Rule = Rule {
    id: "srv/ttl-out-of-range",
    severity: Severity::Error,
    summary: "The TTL must be between 0 and 2147483647 seconds",
    source: "RFC 2181 §8 (TTL is an unsigned 31-bit number)",
    help: "Use the guide's 86400 (one day) unless your DNS provider requires another value.",
};

pub const NUMBER_OUT_OF_RANGE: Rule = Rule {
    id: "srv/number-out-of-range",
    severity: Severity::Error,
    summary: "Priority, weight and port must be between 0 and 65535",
    source: "RFC 2782 (priority, weight and port are 16-bit fields)",
    help: "Use the guide's values: priority 5, weight 0, port 5269 for federation and 5222 for third-party clients.",
};

pub const PORT_NOT_WEBEX: Rule = Rule {
    id: "srv/port-not-webex",
    severity: Severity::Warning,
    summary: "The port differs from the one the Webex XMPP service listens on",
    source: SOURCE_FED,
    help: "Webex serves federation on TCP 5269 and third-party XMPP clients on TCP 5222; a record with another port sends servers and clients to a port nothing answers on.",
};

pub const TARGET_NOT_WEBEX: Rule = Rule {
    id: "srv/target-not-webex",
    severity: Severity::Warning,
    summary: "The target differs from the host the IM Federation screen shows",
    source: "Webex Messenger admin guide, \"IM Federation Settings\" / \"Specify IM Federation Settings\"",
    help: "The records must point at s2s.<domain>.webexconnect.com (federation) and c2s.<domain>.webexconnect.com (clients). Copy the target from Configuration > Additional Services > IM Federation if Webex shows another host.",
};

pub const RULES: &[Rule] = &[
    NOT_A_NUMBER,
    TTL_OUT_OF_RANGE,
    NUMBER_OUT_OF_RANGE,
    PORT_NOT_WEBEX,
    TARGET_NOT_WEBEX,
];

/// Overrides for the generated records. `None` keeps the guide's value; the
/// values are text as typed so the core, not the face, decides what is valid.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SrvOptions {
    pub ttl: Option<String>,
    pub priority: Option<String>,
    pub weight: Option<String>,
    /// Port of the `_xmpp-server` (federation) record; default 5269.
    pub server_port: Option<String>,
    /// Port of the `_xmpp-client` (third-party clients) record; default 5222.
    pub client_port: Option<String>,
    /// Target of the `_xmpp-server` record; default `s2s.<domain>.webexconnect.com.`.
    pub server_target: Option<String>,
    /// Target of the `_xmpp-client` record; default `c2s.<domain>.webexconnect.com.`.
    pub client_target: Option<String>,
}

/// One of the two services the guide publishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Service {
    pub service: &'static str,
    pub protocol: &'static str,
    pub port: u16,
    pub host_prefix: &'static str,
    pub purpose: &'static str,
}

pub const SERVER: Service = Service {
    service: "_xmpp-server",
    protocol: "_tcp",
    port: 5269,
    host_prefix: "s2s",
    purpose: "XMPP federation with external IM networks",
};

pub const CLIENT: Service = Service {
    service: "_xmpp-client",
    protocol: "_tcp",
    port: 5222,
    host_prefix: "c2s",
    purpose: "Third-party XMPP IM applications",
};

pub const SERVICES: [Service; 2] = [SERVER, CLIENT];

impl Service {
    /// The owner name, absolute: `_xmpp-server._tcp.acme.com.`.
    pub fn owner(&self, domain: &str) -> String {
        format!("{}.{}.{domain}.", self.service, self.protocol)
    }

    /// The Webex host for this service, absolute: `s2s.acme.com.webexconnect.com.`.
    pub fn webex_target(&self, domain: &str) -> String {
        format!("{}.{domain}.webexconnect.com.", self.host_prefix)
    }
}

/// One SRV record, names in absolute (trailing-dot) ASCII form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SrvRecord {
    /// `_xmpp-server` or `_xmpp-client`.
    pub service: String,
    pub protocol: String,
    /// The organisation domain, ASCII, no trailing dot (the guide's "Name").
    pub domain: String,
    pub ttl: u32,
    pub priority: u16,
    pub weight: u16,
    pub port: u16,
    pub target: String,
    pub purpose: String,
}

impl SrvRecord {
    pub fn name(&self) -> String {
        format!("{}.{}.{}.", self.service, self.protocol, self.domain)
    }

    /// The owner relative to the domain's zone: `_xmpp-server._tcp`.
    pub fn relative_name(&self) -> String {
        format!("{}.{}", self.service, self.protocol)
    }

    /// The target without its trailing dot, for tools that want it that way.
    pub fn target_no_dot(&self) -> &str {
        self.target.strip_suffix('.').unwrap_or(&self.target)
    }

    /// The BIND zone-file line.
    pub fn zone_line(&self) -> String {
        format!(
            "{} {} IN SRV {} {} {} {}",
            self.name(),
            self.ttl,
            self.priority,
            self.weight,
            self.port,
            self.target
        )
    }

    pub fn to_json(&self) -> serde_json::Value {
        json!({
            "name": self.name(),
            "ttl": self.ttl,
            "class": "IN",
            "type": "SRV",
            "priority": self.priority,
            "weight": self.weight,
            "port": self.port,
            "target": self.target,
            "service": self.service,
            "protocol": self.protocol,
            "domain": self.domain,
            "purpose": self.purpose,
        })
    }
}

/// What the organisation should publish, built from the domain and options.
#[derive(Debug, Clone)]
pub struct Expected {
    pub domain: DomainName,
    pub records: Vec<SrvRecord>,
}

const F_DOMAIN: NameField = NameField {
    index: 1,
    name: "domain",
};
const F_SERVER_TARGET: NameField = NameField {
    index: 7,
    name: "federation target",
};
const F_CLIENT_TARGET: NameField = NameField {
    index: 8,
    name: "client target",
};

/// Read one numeric option; `None` in, default out.
fn number(
    raw: Option<&str>,
    default: u64,
    max: u64,
    field: (u32, &str),
    report: &mut Report,
) -> Option<u64> {
    let Some(raw) = raw else {
        return Some(default);
    };
    let loc = Location::field(field.0, field.1);
    let name = field.1;
    match parse_whole(raw) {
        Ok(n) if n <= max => Some(n),
        Ok(n) => {
            let rule = if max == MAX_TTL {
                &TTL_OUT_OF_RANGE
            } else {
                &NUMBER_OUT_OF_RANGE
            };
            report.add(rule, format!("{name} {n} is outside 0-{max}"), loc);
            None
        }
        Err(NumberError::Empty) => {
            report.add(&NOT_A_NUMBER, format!("{name} is empty"), loc);
            None
        }
        Err(NumberError::NotDigits) => {
            report.add(
                &NOT_A_NUMBER,
                format!("{name} `{}` is not a whole number", shorten(raw.trim())),
                loc,
            );
            None
        }
        Err(NumberError::Huge) => {
            let rule = if max == MAX_TTL {
                &TTL_OUT_OF_RANGE
            } else {
                &NUMBER_OUT_OF_RANGE
            };
            report.add(
                rule,
                format!("{name} `{}` is far outside 0-{max}", shorten(raw.trim())),
                loc,
            );
            None
        }
    }
}

/// Check the domain and options and build the records, adding findings to
/// `report`. `None` when an error leaves nothing sensible to publish.
pub fn build(domain: &str, opts: &SrvOptions, report: &mut Report) -> Option<Expected> {
    let name = check_name(domain, F_DOMAIN, report);
    let ttl = number(
        opts.ttl.as_deref(),
        u64::from(DEFAULT_TTL),
        MAX_TTL,
        (2, "TTL"),
        report,
    );
    let priority = number(
        opts.priority.as_deref(),
        u64::from(DEFAULT_PRIORITY),
        65535,
        (3, "priority"),
        report,
    );
    let weight = number(
        opts.weight.as_deref(),
        u64::from(DEFAULT_WEIGHT),
        65535,
        (4, "weight"),
        report,
    );
    let ports = [
        (opts.server_port.as_deref(), SERVER, (5, "federation port")),
        (opts.client_port.as_deref(), CLIENT, (6, "client port")),
    ]
    .map(|(raw, svc, field)| {
        let p = number(raw, u64::from(svc.port), 65535, field, report);
        if let Some(p) = p {
            if p != u64::from(svc.port) {
                report.add(
                    &PORT_NOT_WEBEX,
                    format!(
                        "{} port {p} differs from TCP {} ({})",
                        svc.service, svc.port, svc.purpose
                    ),
                    Location::field(field.0, field.1),
                );
            }
        }
        p
    });
    let targets = [
        (opts.server_target.as_deref(), SERVER, F_SERVER_TARGET),
        (opts.client_target.as_deref(), CLIENT, F_CLIENT_TARGET),
    ]
    .map(|(raw, svc, field)| raw.map(|t| check_name(t, field, report).map(|n| (n, svc, field))));

    let name = name?;
    // The owner and the Webex target both extend the domain, and must fit in
    // a DNS name themselves.
    let longest = SERVICES
        .iter()
        .flat_map(|s| [s.owner(&name.ascii), s.webex_target(&name.ascii)])
        .max_by_key(String::len)
        .unwrap_or_default();
    if longest.len() - 1 > crate::net::domain::MAX_NAME {
        report.add(
            &crate::net::domain::NAME_TOO_LONG,
            format!(
                "The domain `{}` makes the record name `{}` {} characters long; at most {} are allowed",
                shorten(&name.ascii),
                shorten(&longest),
                longest.len() - 1,
                crate::net::domain::MAX_NAME
            ),
            Location::field(F_DOMAIN.index, F_DOMAIN.name),
        );
        return None;
    }
    let (ttl, priority, weight) = (ttl?, priority?, weight?);
    let mut records = Vec::new();
    for (i, svc) in SERVICES.iter().enumerate() {
        let port = ports[i]?;
        let webex = svc.webex_target(&name.ascii);
        let target = match &targets[i] {
            None => webex,
            Some(None) => return None,
            Some(Some((t, svc, field))) => {
                let abs = format!("{}.", t.ascii);
                if abs != webex {
                    report.add(
                        &TARGET_NOT_WEBEX,
                        format!(
                            "{} target `{}` differs from `{webex}`",
                            svc.service,
                            shorten(&abs)
                        ),
                        Location::field(field.index, field.name),
                    );
                }
                abs
            }
        };
        records.push(SrvRecord {
            service: svc.service.to_string(),
            protocol: svc.protocol.to_string(),
            domain: name.ascii.clone(),
            ttl: u32::try_from(ttl).ok()?,
            priority: u16::try_from(priority).ok()?,
            weight: u16::try_from(weight).ok()?,
            port: u16::try_from(port).ok()?,
            target,
            purpose: svc.purpose.to_string(),
        });
    }
    Some(Expected {
        domain: name,
        records,
    })
}

/// The bytes a generate report is stamped with: the domain and every option.
pub(crate) fn input_text(domain: &str, opts: &SrvOptions) -> String {
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    [
        domain.to_string(),
        o(&opts.ttl),
        o(&opts.priority),
        o(&opts.weight),
        o(&opts.server_port),
        o(&opts.client_port),
        o(&opts.server_target),
        o(&opts.client_target),
    ]
    .join("\n")
}

/// Put the generated records and every output format into `report.data`.
pub(crate) fn set_generated_data(report: &mut Report, expected: Option<&Expected>) {
    match expected {
        Some(e) => {
            report.set_data("domain", json!(e.domain));
            report.set_data(
                "records",
                json!(e.records.iter().map(SrvRecord::to_json).collect::<Vec<_>>()),
            );
            report.set_data("outputs", srv_formats::all(&e.records, &e.domain.ascii));
        }
        None => {
            report.set_data("domain", serde_json::Value::Null);
            report.set_data("records", json!([]));
            report.set_data("outputs", json!({}));
        }
    }
}

/// Generate both SRV records for `domain`, with every output format.
pub fn generate(domain: &str, opts: &SrvOptions) -> Report {
    let mut report = Report::new("srv", input_text(domain, opts).as_bytes());
    let expected = build(domain, opts, &mut report);
    set_generated_data(&mut report, expected.as_ref());
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{assert_fires, assert_quiet};

    fn opts() -> SrvOptions {
        SrvOptions::default()
    }

    #[test]
    fn guide_records_for_acme() {
        let r = generate("acme.com", &opts());
        assert!(r.findings.is_empty(), "{:?}", r.findings);
        assert_eq!(
            r.data["outputs"]["bind"],
            "_xmpp-server._tcp.acme.com. 86400 IN SRV 5 0 5269 s2s.acme.com.webexconnect.com.\n\
             _xmpp-client._tcp.acme.com. 86400 IN SRV 5 0 5222 c2s.acme.com.webexconnect.com.\n"
        );
        let rec = &r.data["records"][0];
        assert_eq!(rec["name"], "_xmpp-server._tcp.acme.com.");
        assert_eq!(rec["class"], "IN");
        assert_eq!(rec["type"], "SRV");
        assert_eq!(rec["port"], 5269);
        assert_eq!(r.data["domain"]["ascii"], "acme.com");
    }

    #[test]
    fn overrides_apply() {
        let o = SrvOptions {
            ttl: Some("3600".into()),
            priority: Some("10".into()),
            weight: Some("20".into()),
            ..opts()
        };
        let r = generate("acme.com", &o);
        assert!(r.findings.is_empty());
        assert_eq!(
            r.data["records"][1]["name"].as_str().unwrap(),
            "_xmpp-client._tcp.acme.com."
        );
        assert_eq!(r.data["records"][1]["ttl"], 3600);
        assert_eq!(r.data["records"][1]["priority"], 10);
        assert_eq!(r.data["records"][1]["weight"], 20);
    }

    #[test]
    fn not_a_number() {
        let o = SrvOptions {
            ttl: Some("1d".into()),
            ..opts()
        };
        let r = generate("acme.com", &o);
        assert_fires(&r, "srv/not-a-number");
        assert_eq!(r.data["records"], json!([]));
        let empty_weight = SrvOptions {
            weight: Some("".into()),
            ..opts()
        };
        let r = generate("acme.com", &empty_weight);
        assert_fires(&r, "srv/not-a-number");
        assert_quiet(&generate("acme.com", &opts()), "srv/not-a-number");
    }

    #[test]
    fn ttl_range() {
        let at = |t: &str| {
            generate(
                "acme.com",
                &SrvOptions {
                    ttl: Some(t.into()),
                    ..opts()
                },
            )
        };
        assert_quiet(&at("0"), "srv/ttl-out-of-range");
        assert_quiet(&at("2147483647"), "srv/ttl-out-of-range");
        assert_fires(&at("2147483648"), "srv/ttl-out-of-range");
        assert_fires(&at("99999999999999999999999"), "srv/ttl-out-of-range");
    }

    #[test]
    fn sixteen_bit_ranges() {
        for (p, w, port) in [
            ("65536", "0", "5269"),
            ("5", "70000", "5269"),
            ("5", "0", "65536"),
        ] {
            let r = generate(
                "acme.com",
                &SrvOptions {
                    priority: Some(p.into()),
                    weight: Some(w.into()),
                    server_port: Some(port.into()),
                    ..opts()
                },
            );
            assert_fires(&r, "srv/number-out-of-range");
            assert!(r.has_errors());
        }
        let r = generate(
            "acme.com",
            &SrvOptions {
                priority: Some("65535".into()),
                weight: Some("0".into()),
                ..opts()
            },
        );
        assert_quiet(&r, "srv/number-out-of-range");
    }

    #[test]
    fn other_port_warns() {
        let r = generate(
            "acme.com",
            &SrvOptions {
                client_port: Some("5223".into()),
                ..opts()
            },
        );
        assert_fires(&r, "srv/port-not-webex");
        assert_eq!(r.data["records"][1]["port"], 5223);
        let same = SrvOptions {
            server_port: Some("5269".into()),
            ..opts()
        };
        let r = generate("acme.com", &same);
        assert_quiet(&r, "srv/port-not-webex");
    }

    #[test]
    fn targets_are_host_names() {
        let r = generate(
            "acme.com",
            &SrvOptions {
                server_target: Some("xmpp.acme.com".into()),
                ..opts()
            },
        );
        assert_fires(&r, "srv/target-not-webex");
        assert_eq!(r.data["records"][0]["target"], "xmpp.acme.com.");
        let r = generate(
            "acme.com",
            &SrvOptions {
                client_target: Some("192.0.2.7".into()),
                ..opts()
            },
        );
        assert_fires(&r, "srv/name-is-ip-address");
        assert!(r.has_errors());
        let same = generate(
            "acme.com",
            &SrvOptions {
                server_target: Some("S2S.acme.com.webexconnect.com".into()),
                ..opts()
            },
        );
        assert_quiet(&same, "srv/target-not-webex");
    }

    #[test]
    fn idn_domain_generates_punycode_records() {
        let r = generate("bücher.example", &opts());
        assert_eq!(r.data["domain"]["unicode"], "bücher.example");
        assert_eq!(
            r.data["records"][0]["target"],
            "s2s.xn--bcher-kva.example.webexconnect.com."
        );
        assert!(!r.has_errors());
    }

    #[test]
    fn domain_too_long_for_the_webex_target() {
        let label = "a".repeat(63);
        let d = format!("{label}.{label}.{label}.{}", "b".repeat(41)); // 233: valid alone, target 254
        let r = generate(&d, &opts());
        assert_fires(&r, "srv/name-too-long");
        assert_eq!(r.data["records"], json!([]));
        let ok = format!("{label}.{label}.{label}.{}", "b".repeat(30));
        assert_quiet(&generate(&ok, &opts()), "srv/name-too-long");
    }

    #[test]
    fn invalid_domain_is_an_error_without_records() {
        let r = generate("<script>alert(1)</script>", &opts());
        assert!(r.has_errors());
        assert_eq!(r.data["records"], json!([]));
    }
}
