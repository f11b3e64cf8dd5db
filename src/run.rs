//! One entry for every tool: `run(tool, input, options)` with the options
//! as a JSON object, named as the worker's messages name them. The rule
//! examples (`crate::rules::examples`) run through it, and so can any face
//! that holds a tool's id, its input and its options as data (a widget, a
//! whole-setup check) — the same core call the CLI makes.
//!
//! Unknown option names are an error rather than ignored, so a misspelt
//! option cannot silently change what is checked. Time-dependent tools take
//! `now` (RFC 3339) and default to [`EXAMPLE_NOW`], never the clock: the
//! core does not read the clock.

use serde_json::{Map, Value};

use crate::report::Report;
use crate::tool::{JsonOptions, OptionsJson, Tool};

/// The "now" of a run whose options name none (fixed, so results repeat).
pub const EXAMPLE_NOW: &str = "2026-06-01T00:00:00Z";

/// One tool's runner: its input and its options (a JSON object).
pub type Runner = fn(&[u8], &OptionsJson) -> Result<Report, String>;

/// Run `tool` on `input` with `options` (a JSON object, or null for the
/// defaults).
pub fn run(tool: &str, input: &[u8], options: &Value) -> Result<Report, String> {
    let runner = runner(tool).ok_or_else(|| format!("no tool `{tool}` runs from here"))?;
    run_with(runner, input, options)
}

/// Run one known runner. A build that needs a single tool (a widget's
/// wasm) calls this with that tool's function, so it links only that tool.
pub fn run_with(runner: Runner, input: &[u8], options: &Value) -> Result<Report, String> {
    let empty = Map::new();
    let map = match options {
        Value::Null => &empty,
        Value::Object(m) => m,
        other => return Err(format!("options must be an object, not {other}")),
    };
    runner(input, map)
}

/// The runner of a [`Tool`]: its options read, its report as JSON.
pub fn run_tool<T: Tool>(input: &[u8], options: &OptionsJson) -> Result<Report, String> {
    let options = T::options(options)?;
    Ok(T::check(input, &options).into_json())
}

/// The runner of `tool`, if it runs from here.
pub fn runner(tool: &str) -> Option<Runner> {
    Some(match tool {
        "ports" => run_tool::<crate::net::ports::Ports>,
        "firewall" => firewall,
        "srv" => srv,
        "cron" => cron,
        "cert" => cert,
        "saml-response" => saml_response,
        "saml-metadata" => saml_metadata,
        "csv-users" => csv_users,
        "directory" => directory,
        "broadworks" => broadworks,
        "check" => check,
        _ => return None,
    })
}

fn text(input: &[u8]) -> String {
    String::from_utf8_lossy(input).into_owned()
}

/// `firewall`: rules generated from the options, or (`verify`) a rule file
/// checked against them.
pub fn firewall(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    let o = JsonOptions::new(
        "firewall",
        map,
        &[
            "p2p",
            "domain",
            "restrict_to_ip_ranges",
            "third_party_xmpp",
            "federation",
            "verify",
        ],
    )?;
    let mut f = crate::net::firewall::FirewallOptions::default();
    f.p2p = o.string("p2p")?;
    f.domain = o.string("domain")?;
    f.restrict_to_ip_ranges = o
        .bool("restrict_to_ip_ranges")?
        .unwrap_or(f.restrict_to_ip_ranges);
    f.third_party_xmpp = o.bool("third_party_xmpp")?.unwrap_or(f.third_party_xmpp);
    f.federation = o.bool("federation")?.unwrap_or(f.federation);
    // With `verify`, the input is a rule file to check against the
    // requirements; without, the rules are generated.
    Ok(if o.bool("verify")?.unwrap_or(false) {
        crate::net::firewall_verify::verify(input, &f)
    } else {
        crate::net::firewall::generate(&f)
    })
}

/// `srv`: records generated for the domain in the input, or (`domain`)
/// published records verified.
pub fn srv(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    let keys = [
        "domain",
        "ttl",
        "priority",
        "weight",
        "server_port",
        "client_port",
        "server_target",
        "client_target",
    ];
    let o = JsonOptions::new("srv", map, &keys)?;
    let s = crate::net::srv::SrvOptions {
        ttl: o.string("ttl")?,
        priority: o.string("priority")?,
        weight: o.string("weight")?,
        server_port: o.string("server_port")?,
        client_port: o.string("client_port")?,
        server_target: o.string("server_target")?,
        client_target: o.string("client_target")?,
    };
    // With `domain`, the input is published records to verify; without,
    // the input is the domain to generate records for.
    Ok(match o.string("domain")? {
        Some(domain) => crate::net::srv_verify::verify_bytes(&domain, &s, input),
        None => crate::net::srv::generate(text(input).trim(), &s),
    })
}

/// `cron`: a Quartz expression.
pub fn cron(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    let o = JsonOptions::new("cron", map, &["now", "count", "tz"])?;
    let count = o.u64("count")?.unwrap_or(crate::cron::DEFAULT_COUNT as u64);
    let count = usize::try_from(count).map_err(|_| "options.count is too large".to_string())?;
    Ok(crate::cron::check(
        &text(input),
        o.now()?,
        count,
        o.string("tz")?.as_deref(),
    ))
}

/// `cert`: one certificate or a chain (PEM, DER or base64).
pub fn cert(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    let o = JsonOptions::new(
        "cert",
        map,
        &["now", "sp", "signing", "expiry_warning_days"],
    )?;
    let mut ctx = crate::x509::LintContext::new(o.now()?);
    ctx.sp = o.bool("sp")?.unwrap_or(ctx.sp);
    ctx.signing = o.bool("signing")?.unwrap_or(ctx.signing);
    if let Some(d) = o.u64("expiry_warning_days")? {
        ctx.expiry_warning_days = i64::try_from(d.min(36_500)).unwrap_or(36_500);
    }
    Ok(crate::x509::check(input, None, &ctx))
}

/// `saml-response`: a response as XML, base64 or a captured binding.
pub fn saml_response(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    let o = JsonOptions::new(
        "saml-response",
        map,
        &[
            "now",
            "sp_entity_id",
            "clock_skew_seconds",
            "nameid_source",
            "idp_metadata",
        ],
    )?;
    let mut r = crate::saml::response::ResponseOptions::default();
    if let Some(sp) = o.string("sp_entity_id")? {
        r.sp_entity_id = sp;
    }
    if let Some(s) = o.u64("clock_skew_seconds")? {
        r.clock_skew_secs = i64::try_from(s.min(7 * 86_400)).unwrap_or(0);
    }
    if let Some(src) = o.string("nameid_source")? {
        r.nameid_source = crate::saml::response::NameIdSource::parse(&src)
            .ok_or_else(|| format!("options.nameid_source `{src}` is not a NameID source"))?;
    }
    r.idp_metadata = o.string("idp_metadata")?;
    Ok(crate::saml::response::check_bytes(input, &r, o.now()?))
}

// The streaming tools: the worker's sink, fed the whole input at once.

/// `saml-metadata`: IdP metadata or a federation aggregate.
/// With `entity`, the report is focused on that entity of an aggregate.
pub fn saml_metadata(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    run_tool::<crate::saml::SamlMetadata>(input, map)
}

/// `csv-users`: a user-import CSV.
pub fn csv_users(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    JsonOptions::new(
        "csv-users",
        map,
        &["sso", "mandatory", "max_findings_per_rule", "size_hint"],
    )?;
    feed(
        crate::stream::csv_users_sink(&Value::Object(map.clone()))?,
        input,
    )
}

/// `directory`: a bundle of the set's files (`check::bundle`), or one file.
pub fn directory(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    JsonOptions::new("directory", map, &["sso", "date", "schedule"])?;
    feed(
        crate::stream::directory_sink(&Value::Object(map.clone()))?,
        input,
    )
}

/// `broadworks`: an error code or message to look up, or (`tool`: pslog,
/// xsp, client-log, redact) a log to analyse, or (`tool`: imp-compare) the
/// Application Server's Integrated IM&P settings and the template's, as a
/// set of two files in that order.
pub fn broadworks(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    match map.get("tool") {
        Some(Value::String(t)) if t == "imp-compare" => {
            JsonOptions::new("broadworks", map, &["tool"])?;
            return imp_compare(input);
        }
        None | Some(Value::Null) => {
            JsonOptions::new("broadworks", map, &["tool"])?;
        }
        Some(_) => {
            JsonOptions::new("broadworks", map, &["tool", "tracking_id"])?;
            return feed(
                crate::stream::broadworks_sink(&Value::Object(map.clone()))?,
                input,
            );
        }
    }
    crate::broadworks::search::lookup(&text(input)).map_err(|e| e.to_string())
}

fn imp_compare(input: &[u8]) -> Result<Report, String> {
    let files = crate::check::bundle::decode_borrowed(input)?;
    match files.as_slice() {
        [(_, application_server), (_, template)] => {
            Ok(crate::broadworks::imp::compare(application_server, template))
        }
        _ => Err(format!(
            "imp-compare takes two files (the Application Server's settings, then the template's), not {}",
            files.len()
        )),
    }
}

/// `check`: the whole setup, as a bundle of files or one file (through its
/// sink, which refuses an input over the size limit).
pub fn check(input: &[u8], map: &OptionsJson) -> Result<Report, String> {
    feed(
        crate::stream::check_sink(&Value::Object(map.clone()))?,
        input,
    )
}

fn feed(mut sink: Box<dyn crate::stream::Sink>, input: &[u8]) -> Result<Report, String> {
    sink.push(input);
    Ok(sink.finish())
}
