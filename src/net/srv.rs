//! The two XMPP SRV records a Webex Messenger organisation publishes.
//!
//! Implements admin guide "WebEx with Other IM Providers" (federation:
//! `_xmpp-server._tcp.<domain>. 86400 IN SRV 5 0 5269 s2s.<domain>.webexconnect.com`),
//! "Third Party XMPP IM Application Support" (third-party clients:
//! `_xmpp-client._tcp.<domain>. 86400 IN SRV 5 0 5222 c2s.<domain>.webexconnect.com`)
//! and "IM Federation Settings" (publish the first, the second, or both).
//! Field ranges follow RFC 2782 (priority, weight, port: 16 bits) and
//! RFC 2181 §8 (TTL: 0 to 2^31-1).

use serde::{Deserialize, Serialize};

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

    /// The record as the report's `data.records` lists it.
    pub fn to_data(&self) -> RecordData {
        RecordData {
            name: self.name(),
            ttl: self.ttl,
            class: "IN".to_string(),
            record_type: "SRV".to_string(),
            priority: self.priority,
            weight: self.weight,
            port: self.port,
            target: self.target.clone(),
            service: self.service.clone(),
            protocol: self.protocol.clone(),
            domain: self.domain.clone(),
            purpose: self.purpose.clone(),
        }
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
fn number<D>(
    raw: Option<&str>,
    default: u64,
    max: u64,
    field: (u32, &str),
    report: &mut Report<D>,
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
pub fn build<D>(domain: &str, opts: &SrvOptions, report: &mut Report<D>) -> Option<Expected> {
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

/// The report's data for the generated records and every output format
/// (no `verify`: the verifier adds it).
pub(crate) fn generated_data(expected: Option<&Expected>) -> SrvData {
    match expected {
        Some(e) => SrvData {
            domain: Some(e.domain.clone()),
            records: e.records.iter().map(SrvRecord::to_data).collect(),
            outputs: Some(srv_formats::all(&e.records, &e.domain.ascii)),
            verify: None,
        },
        None => SrvData {
            domain: None,
            records: Vec::new(),
            outputs: None,
            verify: None,
        },
    }
}

/// Generate both SRV records for `domain`, with every output format.
pub fn generate(domain: &str, opts: &SrvOptions) -> Report<SrvData> {
    let mut report = Report::with_data("srv", input_text(domain, opts).as_bytes(), ());
    let expected = build(domain, opts, &mut report);
    report.with_data_value(generated_data(expected.as_ref()))
}

/// What the SRV tool reports in `data`, generating or verifying.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SrvData {
    /// The organisation domain as checked (`null` when it is not valid).
    pub domain: Option<DomainName>,
    /// The two records to publish; empty while an error leaves nothing
    /// sensible to publish.
    pub records: Vec<RecordData>,
    /// Every output format; `{}` in the JSON while there are no records.
    #[serde(with = "empty_object_is_none")]
    pub outputs: Option<Outputs>,
    /// The comparison with the published records: absent when generating
    /// (and when the paste is not text), `null` while the domain or options
    /// leave nothing to compare with.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub verify: Option<Verification>,
}

/// One record to publish, as `data.records` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordData {
    /// The owner, absolute: `_xmpp-server._tcp.acme.com.`.
    pub name: String,
    pub ttl: u32,
    /// Always `IN`.
    pub class: String,
    /// Always `SRV`.
    #[serde(rename = "type")]
    pub record_type: String,
    pub priority: u16,
    pub weight: u16,
    pub port: u16,
    /// Absolute, with the trailing dot.
    pub target: String,
    pub service: String,
    pub protocol: String,
    /// The organisation domain, ASCII, no trailing dot.
    pub domain: String,
    pub purpose: String,
}

/// The records in every form administrators paste into DNS tooling
/// (`crate::net::srv_formats`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outputs {
    pub bind: String,
    pub nsupdate: String,
    pub powershell: String,
    pub route53: String,
    pub azure_cli: String,
    pub cloudflare: String,
    pub fields: String,
}

impl Outputs {
    /// The format named by its key in `data.outputs` (`bind`, `route53` …).
    pub fn get(&self, key: &str) -> Option<&str> {
        Some(match key {
            "bind" => &self.bind,
            "nsupdate" => &self.nsupdate,
            "powershell" => &self.powershell,
            "route53" => &self.route53,
            "azure_cli" => &self.azure_cli,
            "cloudflare" => &self.cloudflare,
            "fields" => &self.fields,
            _ => return None,
        })
    }
}

/// `data.verify` of a verification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Verification {
    /// The pasted records and the verdict on each needed one.
    Compared(VerifyData),
    /// `null`: the domain or options are invalid, so nothing was compared.
    NotCompared,
}

impl Verification {
    pub fn compared(&self) -> Option<&VerifyData> {
        match self {
            Verification::Compared(v) => Some(v),
            Verification::NotCompared => None,
        }
    }
}

/// What the paste held and how each needed record fared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifyData {
    /// Every SRV record read from the paste, in its order.
    pub published: Vec<PublishedRecord>,
    /// One per needed record (empty when the paste held no record).
    pub results: Vec<RecordResult>,
}

/// How a published record was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecordSyntax {
    /// A zone-file or `dig` answer line (relative names are completed).
    Zone,
    /// `dig +short`: no owner name.
    DigShort,
    /// `host`, `nslookup`, `Resolve-DnsName`: names are absolute.
    LookupTool,
}

/// One SRV record read from the paste.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedRecord {
    pub line: u32,
    pub syntax: RecordSyntax,
    /// The owner as read, absolute (`null` for `dig +short`).
    pub name: Option<String>,
    /// `null` when the line gives none.
    pub ttl: Option<u32>,
    pub priority: u16,
    pub weight: u16,
    pub port: u16,
    /// As written.
    pub target: String,
    /// The needed record it is for (`_xmpp-server`, `_xmpp-client`), or
    /// `null` when it is for neither.
    pub record: Option<String>,
    /// It is one of the needed records and nothing but notes was found on it.
    pub ok: bool,
}

impl PublishedRecord {
    /// The verdict on this record in words: `ok`, `differs`, or `not one of
    /// the two`.
    pub fn verdict(&self) -> &'static str {
        if self.ok {
            "ok"
        } else if self.record.is_none() {
            "not one of the two"
        } else {
            "differs"
        }
    }
}

/// How one needed record fared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordResult {
    /// The needed record's owner, absolute.
    pub name: String,
    pub status: RecordStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RecordStatus {
    /// Published as needed (notes aside).
    Ok,
    /// Not among the pasted records.
    Missing,
    /// Published, but with a wrong port, target, priority or weight.
    Mismatch,
}

impl RecordStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RecordStatus::Ok => "ok",
            RecordStatus::Missing => "missing",
            RecordStatus::Mismatch => "mismatch",
        }
    }

    /// What the status means, for a face to show.
    pub fn describe(self) -> &'static str {
        match self {
            RecordStatus::Ok => "matches",
            RecordStatus::Mismatch => "published, but differs",
            RecordStatus::Missing => "not found in the paste",
        }
    }
}

/// A key that may be absent but, when present, holds a value (`null` too).
fn present<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

/// `None` as `{}`, as the JSON has always written outputs without records.
mod empty_object_is_none {
    use serde::ser::SerializeMap;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<T: Serialize, S: Serializer>(v: &Option<T>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => v.serialize(s),
            None => s.serialize_map(Some(0))?.end(),
        }
    }

    pub fn deserialize<'de, T, D>(d: D) -> Result<Option<T>, D::Error>
    where
        T: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum OrEmpty<T> {
            Value(T),
            Empty {},
        }
        Ok(match OrEmpty::<T>::deserialize(d)? {
            OrEmpty::Value(v) => Some(v),
            OrEmpty::Empty {} => None,
        })
    }
}

/// The SRV tool: without `domain`, the input is the domain to generate
/// records for; with it, the input is published records to verify.
pub struct Srv;

/// The SRV tool's options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SrvToolOptions {
    /// The organisation domain whose published records the input holds;
    /// `None` generates records for the domain the input names.
    pub verify_domain: Option<String>,
    /// Overrides of the guide's values.
    pub records: SrvOptions,
}

/// The names of the SRV tool's options in the JSON API.
pub const OPTION_NAMES: &[&str] = &[
    "domain",
    "ttl",
    "priority",
    "weight",
    "server_port",
    "client_port",
    "server_target",
    "client_target",
];

impl crate::tool::Tool for Srv {
    const ID: &'static str = "srv";
    type Options = SrvToolOptions;
    type Data = SrvData;

    fn options(json: &crate::tool::OptionsJson) -> Result<SrvToolOptions, String> {
        let o = crate::tool::JsonOptions::new(Self::ID, json, OPTION_NAMES)?;
        Ok(SrvToolOptions {
            verify_domain: o.string("domain")?,
            records: SrvOptions {
                ttl: o.string("ttl")?,
                priority: o.string("priority")?,
                weight: o.string("weight")?,
                server_port: o.string("server_port")?,
                client_port: o.string("client_port")?,
                server_target: o.string("server_target")?,
                client_target: o.string("client_target")?,
            },
        })
    }

    fn check(input: &[u8], options: &SrvToolOptions) -> Report<SrvData> {
        match &options.verify_domain {
            Some(domain) => crate::net::srv_verify::verify_bytes(domain, &options.records, input),
            None => generate(String::from_utf8_lossy(input).trim(), &options.records),
        }
    }
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
            r.data.outputs.as_ref().unwrap().bind,
            "_xmpp-server._tcp.acme.com. 86400 IN SRV 5 0 5269 s2s.acme.com.webexconnect.com.\n\
             _xmpp-client._tcp.acme.com. 86400 IN SRV 5 0 5222 c2s.acme.com.webexconnect.com.\n"
        );
        let rec = &r.data.records[0];
        assert_eq!(rec.name, "_xmpp-server._tcp.acme.com.");
        assert_eq!(rec.class, "IN");
        assert_eq!(rec.record_type, "SRV");
        assert_eq!(rec.port, 5269);
        assert_eq!(r.data.domain.as_ref().unwrap().ascii, "acme.com");
        // The JSON keeps the record's `type` key.
        let json = serde_json::to_value(&r.data).unwrap();
        assert_eq!(json["records"][0]["type"], "SRV");
        assert_eq!(json["records"][0]["class"], "IN");
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
        assert_eq!(r.data.records[1].name, "_xmpp-client._tcp.acme.com.");
        assert_eq!(r.data.records[1].ttl, 3600);
        assert_eq!(r.data.records[1].priority, 10);
        assert_eq!(r.data.records[1].weight, 20);
    }

    #[test]
    fn not_a_number() {
        let o = SrvOptions {
            ttl: Some("1d".into()),
            ..opts()
        };
        let r = generate("acme.com", &o);
        assert_fires(&r, "srv/not-a-number");
        assert!(r.data.records.is_empty());
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
        assert_eq!(r.data.records[1].port, 5223);
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
        assert_eq!(r.data.records[0].target, "xmpp.acme.com.");
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
        assert_eq!(r.data.domain.as_ref().unwrap().unicode, "bücher.example");
        assert_eq!(
            r.data.records[0].target,
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
        assert!(r.data.records.is_empty());
        let ok = format!("{label}.{label}.{label}.{}", "b".repeat(30));
        assert_quiet(&generate(&ok, &opts()), "srv/name-too-long");
    }

    /// Every shape of `data` reads back from its JSON as itself (what a
    /// face does with a report the worker sent), and keeps the JSON's
    /// `{}` outputs and absent-or-null `verify`.
    #[test]
    fn data_round_trips_through_json() {
        use crate::net::srv_verify::{verify, verify_bytes};
        let dig = "_xmpp-server._tcp.acme.com. 86400 IN SRV 5 0 5269 s2s.acme.com.webexconnect.com.\n5 0 5222 c2s.acme.com.webexconnect.com.\n_xmpp-server._tcp.other.com. 60 IN SRV 1 1 1 x.\n";
        let reports = [
            generate("acme.com", &opts()),
            generate("<x>", &opts()),
            verify("acme.com", &opts(), dig),
            verify("acme.com", &opts(), "nothing here"),
            verify("acme..com", &opts(), dig),
            verify("acme.com", &opts(), "a\0b"),
            verify_bytes("acme.com", &opts(), b"\xff\xfe\x00bad"),
        ];
        for r in reports {
            let json = r.clone().into_json();
            let back = json.clone().typed::<SrvData>().unwrap();
            assert_eq!(back, r);
            assert_eq!(back.into_json(), json);
        }
        let none = serde_json::to_value(generate("<x>", &opts()).data).unwrap();
        assert_eq!(none["outputs"], serde_json::json!({}));
        assert!(none["domain"].is_null() && none.get("verify").is_none());
        let blocked = serde_json::to_value(verify("acme..com", &opts(), dig).data).unwrap();
        assert!(blocked["verify"].is_null() && blocked.get("verify").is_some());
        let r = verify("acme.com", &opts(), dig);
        let v = r
            .data
            .verify
            .as_ref()
            .and_then(Verification::compared)
            .unwrap();
        let verdicts: Vec<_> = v.published.iter().map(PublishedRecord::verdict).collect();
        assert_eq!(verdicts, ["ok", "ok", "not one of the two"]);
        assert_eq!(v.published[1].syntax, RecordSyntax::DigShort);
    }

    #[test]
    fn invalid_domain_is_an_error_without_records() {
        let r = generate("<script>alert(1)</script>", &opts());
        assert!(r.has_errors());
        assert!(r.data.records.is_empty());
    }
}
