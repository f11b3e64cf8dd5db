//! The PSLog provisioning analyser.
//!
//! Implements the troubleshooting guide's "Analyze PSLog for User
//! Provisioning Issues" (find the HTTP POST to the provisioning bridge and
//! its response; check the `subscriberProfile` nodes bwuserid, group,
//! serviceProvider, primaryPhoneNumber and email; ignore the services
//! stanza), "User Provisioning Failures in Response from Provisioning
//! Bridge" (what 200, 400 with its `<message>`, 403 and 409 mean) and
//! "Integrated IM&P Errors for Specific Users" (errors 18215 and 18211).
//!
//! A PSLog is read entry by entry: a line that starts with a timestamp (or
//! a `[`) opens an entry, indented header and XML body lines continue it.
//! The request line may be `POST https://…`, `HTTP POST https://…` or
//! `POST /path HTTP/1.1` with a `Host:` header; the response a status line
//! (`HTTP/1.1 409 Conflict`), `Response code: 409` or `StatusCode=409`.

use serde::{Deserialize, Serialize};

use crate::broadworks::text::{self, find_ci, shorten, LineIndex};
use crate::broadworks::tracking;
use crate::report::{Location, Report, Severity};
use crate::rules::Rule;

const S_ANALYZE: &str =
    "Webex for Cisco BroadWorks Troubleshooting, \"Analyze PSLog for User Provisioning Issues\"";
const S_FAILURES: &str = "Webex for Cisco BroadWorks Troubleshooting, \"User Provisioning Failures in Response from Provisioning Bridge\"";
const S_IMP_USERS: &str =
    "Webex for Cisco BroadWorks Troubleshooting, \"Integrated IM&P Errors for Specific Users\"";

pub const NO_REQUEST: Rule = Rule {
    id: "broadworks/pslog-no-request",
    severity: Severity::Warning,
    summary: "The log holds no HTTP POST to the provisioning bridge",
    source: S_ANALYZE,
    help: "Collect a PSLog from the Application Server during a flowthrough provisioning attempt with a test user (assign Integrated IM&P to the user while the log runs), then paste the part with the HTTP POST and its response.",
};

pub const NO_RESPONSE: Rule = Rule {
    id: "broadworks/pslog-no-response",
    severity: Severity::Warning,
    summary: "A provisioning POST has no response in the log",
    source: S_ANALYZE,
    help: "The first thing to check is the HTTP response code of the request. Include the lines after the POST until the response (the excerpt may have been cut), or check that the Application Server reaches the provisioning bridge.",
};

pub const ACCEPTED: Rule = Rule {
    id: "broadworks/provisioning-accepted",
    severity: Severity::Info,
    summary: "200 OK: the provisioning bridge received the request; creation is asynchronous",
    source: S_FAILURES,
    help: "200 OK does not mean the user is provisioned: the bridge submitted the user creation upstream, which can take several minutes. Search Help Desk for the email address of the POST after a few minutes; if the user (and, for a first user, the new customer organization) never appears, the creation failed upstream: escalate the provisioning failure with this log.",
};

pub const FAILED: Rule = Rule {
    id: "broadworks/provisioning-failed",
    severity: Severity::Error,
    summary: "The provisioning bridge answered with a status other than 200 OK",
    source: S_ANALYZE,
    help: "Anything other than 200 OK is a user provisioning failure. Check the response body for a message and the request for suspect values; escalate with the PSLog if the cause is not clear.",
};

pub const BAD_REQUEST: Rule = Rule {
    id: "broadworks/provisioning-bad-request",
    severity: Severity::Error,
    summary: "400: the provisioning bridge could not process the subscriberProfile",
    source: S_ANALYZE,
    help: "Something in the subscriber details is wrong, or incompatible with a setting of the template. Read the <message> node of the response and check the subscriberProfile values (email, primaryPhoneNumber, group, serviceProvider).",
};

pub const UNTRUSTED_EMAIL: Rule = Rule {
    id: "broadworks/provisioning-untrusted-email",
    severity: Severity::Error,
    summary: "400 \"Can not trust BroadWorks email with legacy provisioning API\"",
    source: S_FAILURES,
    help: "The email address of the failing request is not valid or is mistyped, but the template asserts that email addresses can be trusted. Check the user's profile in BroadWorks, specifically the email id.",
};

pub const ORG_NOT_FOUND: Rule = Rule {
    id: "broadworks/provisioning-org-not-found",
    severity: Severity::Error,
    summary: "400 \"Customer org is not found in database and also new org creation flag is not enabled\"",
    source: S_FAILURES,
    help: "The request would create a new customer organization but the template prevents new organizations. To allow them (for email domains that match no existing customer), reconfigure the template in Partner Hub and retest. If no new organization was expected, the email domain is probably mistyped: check the user's email id in BroadWorks.",
};

pub const UNAUTHORIZED: Rule = Rule {
    id: "broadworks/provisioning-unauthorized",
    severity: Severity::Error,
    summary: "401: the provisioning credentials on the AS do not match the Partner Hub template",
    source: S_ANALYZE,
    help: "Enter on the Application Server (Integrated IM&P: Messaging Server Username and Password) exactly the Provisioning Account Name and Password of the customer template in Partner Hub.",
};

pub const FORBIDDEN: Rule = Rule {
    id: "broadworks/provisioning-forbidden",
    severity: Severity::Error,
    summary: "403: the provisioning request has no chance of succeeding",
    source: S_FAILURES,
    help: "Check the target of the request: it must be the provisioning bridge URL shown on the template in Partner Hub, not an IP address. An IP address target indicates the Application Server is missing patch ap373197; check that all required patches are applied and the flowthrough provisioning configuration is complete.",
};

pub const TARGET_IP: Rule = Rule {
    id: "broadworks/pslog-target-ip-address",
    severity: Severity::Error,
    summary: "The provisioning request targets an IP address instead of the provisioning bridge URL",
    source: S_FAILURES,
    help: "The target should be the provisioning bridge URL of your template in Partner Hub. An IP address as target indicates the Application Server is missing a required patch (ap373197).",
};

pub const CONFLICT: Rule = Rule {
    id: "broadworks/provisioning-conflict",
    severity: Severity::Error,
    summary: "409: an existing Webex user has the email address of the request",
    source: S_FAILURES,
    help: "Search Help Desk for the subscriber email of the POST. The user may be in a free organization (e.g. \"Consumer\") or in one you cannot see. Ask the user to delete their free account, or provision them with a different email address.",
};

pub const MISSING_PHONE: Rule = Rule {
    id: "broadworks/profile-missing-phone",
    severity: Severity::Error,
    summary: "The subscriberProfile has no primaryPhoneNumber",
    source: S_ANALYZE,
    help: "primaryPhoneNumber must exist; provisioning fails without it. Every Webex for Cisco BroadWorks subscriber needs a primary DID: assign one to the user in BroadWorks.",
};

pub const MISSING_EMAIL: Rule = Rule {
    id: "broadworks/profile-missing-email",
    severity: Severity::Error,
    summary: "The subscriberProfile has no email",
    source: S_ANALYZE,
    help: "The email becomes the user id in Webex; provisioning fails without a valid, unique one. Set the user's email address in BroadWorks.",
};

pub const INVALID_EMAIL: Rule = Rule {
    id: "broadworks/profile-invalid-email",
    severity: Severity::Error,
    summary: "The subscriberProfile email is not a valid address",
    source: S_ANALYZE,
    help: "The email becomes the user id in Webex and must be valid and unique, otherwise provisioning fails. Correct the user's email id in BroadWorks.",
};

pub const MISSING_NODE: Rule = Rule {
    id: "broadworks/profile-missing-node",
    severity: Severity::Warning,
    summary: "The subscriberProfile lacks bwuserid, group or serviceProvider",
    source: S_ANALYZE,
    help: "bwuserid identifies the subscriber in BroadWorks; group (Service Provider mode) or serviceProvider (Enterprise mode), lower-cased, becomes the customer organization name. Check the POST was logged completely.",
};

pub const PROFILE_UNREADABLE: Rule = Rule {
    id: "broadworks/profile-unreadable",
    severity: Severity::Warning,
    summary: "The subscriberProfile XML is cut off or not well-formed",
    source: S_ANALYZE,
    help: "The POST body could not be read as XML, so its nodes were not checked. Paste the whole request body (the log may have been cut in the middle of it).",
};

pub const IMP_PROVISIONING: Rule = Rule {
    id: "broadworks/imp-provisioning-error",
    severity: Severity::Error,
    summary: "[Error 18215] Provisioning error with Messaging server",
    source: S_IMP_USERS,
    help: "If provisioning works for other users: the user's email may already exist in CI (search Help Desk), the user may have signed up to Webex on their own before Integrated IM&P was assigned (they can delete the free account), or the user has no primary phone number. If it fails for every user of the enterprise, compare the enterprise's Integrated IM&P settings with the customer template.",
};

pub const IMP_COMMUNICATION: Rule = Rule {
    id: "broadworks/imp-communication-error",
    severity: Severity::Error,
    summary: "[Error 18211] Communication error with Messaging server",
    source: S_IMP_USERS,
    help: "Check the same causes as for error 18215 (email already in CI, a free Webex account, no primary phone number), and that the Messaging Server URL of the enterprise's Integrated IM&P settings equals the Provisioning URL of the customer template.",
};

pub const RULES: &[Rule] = &[
    NO_REQUEST,
    NO_RESPONSE,
    ACCEPTED,
    FAILED,
    BAD_REQUEST,
    UNTRUSTED_EMAIL,
    ORG_NOT_FOUND,
    UNAUTHORIZED,
    FORBIDDEN,
    TARGET_IP,
    CONFLICT,
    MISSING_PHONE,
    MISSING_EMAIL,
    INVALID_EMAIL,
    MISSING_NODE,
    PROFILE_UNREADABLE,
    IMP_PROVISIONING,
    IMP_COMMUNICATION,
];

/// The nodes of a subscriberProfile that matter ("Analyze PSLog…", step 2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub bwuserid: Option<String>,
    pub group: Option<String>,
    pub service_provider: Option<String>,
    pub primary_phone_number: Option<String>,
    pub email: Option<String>,
    /// The customer organization name a template in Service Provider mode creates.
    pub org_name_service_provider_mode: Option<String>,
    /// The customer organization name a template in Enterprise mode creates.
    pub org_name_enterprise_mode: Option<String>,
}

/// One POST and its response, as `data.requests[]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub line: u32,
    pub column: u32,
    /// The URL or path of the POST.
    pub target: String,
    pub status: Option<u16>,
    /// Line of the response status.
    pub response_line: Option<u32>,
    /// The `<message>` of the response, if any.
    pub message: Option<String>,
    /// The rule id of the diagnosis.
    pub diagnosis: Option<String>,
    pub profile: Option<Profile>,
}

/// `data` of the PSLog analyser.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PslogData {
    pub requests: Vec<Request>,
    pub tracking_ids: Vec<String>,
    /// More distinct tracking ids were met than `tracking_ids` keeps
    /// ([`tracking::MAX_TRACKING_IDS`], the first ones).
    #[serde(default)]
    pub tracking_ids_truncated: bool,
    pub lines: u32,
}

/// A POST line: where it starts and its target.
fn post_target(line: &str) -> Option<(usize, String)> {
    let mut from = 0;
    while let Some(rel) = line[from..].find("POST") {
        let at = from + rel;
        let before_ok = at == 0 || !line.as_bytes()[at - 1].is_ascii_alphanumeric();
        let rest = &line[at + 4..];
        let trimmed = rest.trim_start_matches([' ', '\t', ':']);
        if before_ok
            && trimmed.len() < rest.len()
            && (trimmed.starts_with("http://")
                || trimmed.starts_with("https://")
                || trimmed.starts_with('/'))
        {
            let end = trimmed
                .find(|c: char| c.is_whitespace() || c == '"' || c == '<')
                .unwrap_or(trimmed.len());
            return Some((at, trimmed[..end].to_string()));
        }
        from = at + 4;
    }
    None
}

/// A response status on the line.
pub fn status_in(line: &str) -> Option<(usize, u16)> {
    const KEYS: &[&str] = &[
        "http/1.1",
        "http/1.0",
        "http/2.0",
        "http/2",
        "response code",
        "responsecode",
        "status code",
        "statuscode",
        "response status",
        "response:",
        "status:",
        "status=",
    ];
    let mut best: Option<(usize, u16)> = None;
    for key in KEYS {
        let Some(at) = find_ci(line, key) else {
            continue;
        };
        let b = line.as_bytes();
        let mut j = at + key.len();
        while j < b.len() && matches!(b[j], b' ' | b':' | b'=' | b'"' | b'\t') {
            j += 1;
        }
        let start = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j - start == 3 {
            if let Ok(code) = line[start..j].parse::<u16>() {
                if (100..=599).contains(&code) && best.is_none_or(|(p, _)| at < p) {
                    best = Some((at, code));
                }
            }
        }
    }
    best
}

/// The host of a URL target (`None` for a path).
fn host_of(target: &str) -> Option<&str> {
    let rest = target
        .strip_prefix("https://")
        .or_else(|| target.strip_prefix("http://"))?;
    let authority = rest.split('/').next().unwrap_or(rest);
    let authority = authority.rsplit('@').next().unwrap_or(authority);
    if let Some(v6) = authority.strip_prefix('[') {
        return v6.split(']').next();
    }
    Some(authority.split(':').next().unwrap_or(authority))
}

fn is_ip(host: &str) -> bool {
    host.parse::<std::net::IpAddr>().is_ok()
}

/// Text of the first `<tag>…</tag>` (or JSON `"tag":"…"`) in `s`.
fn tagged(s: &str, tag: &str) -> Option<String> {
    let open = format!("<{tag}>");
    if let Some(a) = s.find(&open) {
        let rest = &s[a + open.len()..];
        let end = rest.find(&format!("</{tag}>")).unwrap_or(rest.len());
        return Some(xml_unescape(rest[..end].trim()));
    }
    let key = format!("\"{tag}\"");
    let a = s.find(&key)?;
    let rest = s[a + key.len()..]
        .trim_start()
        .strip_prefix(':')?
        .trim_start();
    let rest = rest.strip_prefix('"')?;
    let end = rest.find('"').unwrap_or(rest.len());
    Some(rest[..end].to_string())
}

fn xml_unescape(s: &str) -> String {
    quick_xml::escape::unescape(s).map_or_else(|_| s.to_string(), |c| c.into_owned())
}

/// One request being read.
struct Open {
    req: Request,
    /// Byte range of the text after the POST line, until the next request.
    body_start: usize,
    loc: Location,
    response_at: Option<usize>,
}

/// Analyse a PSLog excerpt.
pub fn analyse(input: &[u8]) -> Report<PslogData> {
    let mut report = Report::new("broadworks", input);
    let (text, bad) = text::decode(input);
    let text: &str = &text;
    if let Some(f) = bad {
        report.push(f);
    }
    let index = LineIndex::new(text);
    let mut data = PslogData::default();
    let mut ids = tracking::Collector::default();
    let mut open: Vec<Open> = Vec::new();
    for line in text::lines(text) {
        data.lines = line.no;
        for (_, id) in tracking::in_line(line.text) {
            ids.add(id);
        }
        for (code, rule) in [("18215", &IMP_PROVISIONING), ("18211", &IMP_COMMUNICATION)] {
            if let Some(mut at) = find_ci(line.text, &format!("error {code}")) {
                if at > 0 && line.text.as_bytes()[at - 1] == b'[' {
                    at -= 1;
                }
                report.add(
                    rule,
                    format!(
                        "Integrated IM&P error {code}: {}",
                        shorten(line.text[at..].trim())
                    ),
                    line.at(at),
                );
            }
        }
        if let Some((at, target)) = post_target(line.text) {
            open.push(Open {
                req: Request {
                    line: line.no,
                    column: text::column_of(line.text, at),
                    target,
                    status: None,
                    response_line: None,
                    message: None,
                    diagnosis: None,
                    profile: None,
                },
                body_start: line.start + at,
                loc: line.at(at),
                response_at: None,
            });
            continue;
        }
        let Some(cur) = open.last_mut() else {
            continue;
        };
        if let Some(h) = line.text.trim().strip_prefix("Host:") {
            if cur.req.target.starts_with('/') {
                cur.req.target = format!("{}{}", h.trim(), cur.req.target);
            }
        }
        if cur.req.status.is_none() {
            if let Some((at, code)) = status_in(line.text) {
                cur.req.status = Some(code);
                cur.req.response_line = Some(line.no);
                cur.response_at = Some(line.start + at);
            }
        }
    }
    // Each request's body and response reach to the next request.
    let ends: Vec<usize> = open
        .iter()
        .skip(1)
        .map(|o| index_start_of_line(text, &index, o.req.line))
        .chain(std::iter::once(text.len()))
        .collect();
    for (o, end) in open.iter_mut().zip(ends) {
        let end = end.max(o.body_start);
        let request_text = &text[o.body_start..o.response_at.unwrap_or(end).max(o.body_start)];
        let profile_at = request_text.find("<subscriberProfile");
        if let Some(p) = profile_at {
            let abs = o.body_start + p;
            o.req.profile = read_profile(text, abs, end, &index, &mut report);
        }
        if let Some(r) = o.response_at {
            let resp = &text[r.min(end)..end];
            o.req.message = tagged(resp, "message");
        }
        diagnose(o, &mut report);
    }
    if open.is_empty() {
        report.add(
            &NO_REQUEST,
            format!(
                "no HTTP POST found in {} line(s); a provisioning request reads like `POST https://<provisioning bridge>/…`",
                data.lines
            ),
            Location::none(),
        );
    }
    data.requests = open.into_iter().map(|o| o.req).collect();
    data.tracking_ids_truncated = ids.truncated();
    data.tracking_ids = ids.into_vec();
    report.with_data_value(data)
}

fn index_start_of_line(text: &str, index: &LineIndex, line: u32) -> usize {
    index.start(line as usize).unwrap_or(text.len())
}

fn diagnose(o: &mut Open, report: &mut Report) {
    let target = shorten(&o.req.target);
    if let Some(host) = host_of(&o.req.target) {
        if is_ip(host) {
            report.add(
                &TARGET_IP,
                format!("the POST targets the IP address {}", shorten(host)),
                o.loc.clone(),
            );
        }
    }
    let email = o
        .req
        .profile
        .as_ref()
        .and_then(|p| p.email.clone())
        .map(|e| shorten(&e));
    let loc = o.loc.clone();
    let msg = o.req.message.clone();
    let quoted = msg
        .as_deref()
        .map(|m| format!(" (message: \"{}\")", shorten(m)))
        .unwrap_or_default();
    let rule = match o.req.status {
        None => {
            report.add(
                &NO_RESPONSE,
                format!("no response to the POST to {target} follows in the log"),
                loc,
            );
            return;
        }
        Some(200) => {
            let who = email.map_or_else(String::new, |e| format!(" Search Help Desk for {e}."));
            report.add(
                &ACCEPTED,
                format!(
                    "200 OK for the POST to {target}: received, user creation continues asynchronously.{who}"
                ),
                loc,
            );
            &ACCEPTED
        }
        Some(400) => {
            let m = msg.as_deref().unwrap_or("").to_ascii_lowercase();
            let rule = if m.contains("trust broadworks email")
                || m.contains("legacy provisioning api")
            {
                &UNTRUSTED_EMAIL
            } else if m.contains("customer org is not found") || m.contains("new org creation") {
                &ORG_NOT_FOUND
            } else {
                &BAD_REQUEST
            };
            report.add(
                rule,
                format!("400 Bad Request for the POST to {target}{quoted}"),
                loc,
            );
            rule
        }
        Some(401) => {
            report.add(
                &UNAUTHORIZED,
                format!("401 Unauthorized for the POST to {target}{quoted}"),
                loc,
            );
            &UNAUTHORIZED
        }
        Some(403) => {
            report.add(
                &FORBIDDEN,
                format!("403 Forbidden for the POST to {target}{quoted}"),
                loc,
            );
            &FORBIDDEN
        }
        Some(409) => {
            let who = email.map_or_else(String::new, |e| format!("; search Help Desk for {e}"));
            report.add(
                &CONFLICT,
                format!("409 Conflict for the POST to {target}{quoted}{who}"),
                loc,
            );
            &CONFLICT
        }
        Some(code) => {
            report.add(
                &FAILED,
                format!("{code} for the POST to {target}{quoted}: a user provisioning failure"),
                loc,
            );
            &FAILED
        }
    };
    o.req.diagnosis = Some(rule.id.to_string());
}

/// Read the subscriberProfile starting at byte `at` (within `..end`).
fn read_profile(
    text: &str,
    at: usize,
    end: usize,
    index: &LineIndex,
    report: &mut Report,
) -> Option<Profile> {
    use quick_xml::events::Event;
    let loc = index.locate(at);
    let region = &text[at..end];
    let Some(close) = region.find("</subscriberProfile>") else {
        report.add(
            &PROFILE_UNREADABLE,
            "the subscriberProfile has no closing tag (the log may be cut)",
            loc,
        );
        return None;
    };
    let xml = &region[..close + "</subscriberProfile>".len()];
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut profile = Profile::default();
    let mut stack: Vec<String> = Vec::new();
    let mut node_at: Vec<(String, usize)> = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                node_at.push((name.clone(), at + reader.buffer_position() as usize));
                stack.push(name);
            }
            Ok(Event::End(_)) => {
                stack.pop();
            }
            Ok(Event::Text(t)) => {
                // The services stanza is created by the AS and not used by Webex.
                if stack.iter().any(|n| n.eq_ignore_ascii_case("services")) {
                    continue;
                }
                let value = t.unescape().map_or_else(
                    |_| String::from_utf8_lossy(&t).into_owned(),
                    |c| c.into_owned(),
                );
                let value = value.trim().to_string();
                if value.is_empty() {
                    continue;
                }
                let slot = match stack.last().map(|s| s.to_ascii_lowercase()).as_deref() {
                    Some("bwuserid") => &mut profile.bwuserid,
                    Some("group") => &mut profile.group,
                    Some("serviceprovider") => &mut profile.service_provider,
                    Some("primaryphonenumber") => &mut profile.primary_phone_number,
                    Some("email") => &mut profile.email,
                    _ => continue,
                };
                if slot.is_none() {
                    *slot = Some(value);
                }
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => {
                let pos = at + reader.error_position() as usize;
                report.add(
                    &PROFILE_UNREADABLE,
                    format!(
                        "the subscriberProfile is not well-formed XML: {}",
                        shorten(&e.to_string())
                    ),
                    index.locate(pos.min(text.len())),
                );
                return None;
            }
        }
    }
    let node_loc = |name: &str| {
        node_at
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map_or_else(|| loc.clone(), |(_, p)| index.locate((*p).min(text.len())))
    };
    if profile.primary_phone_number.is_none() {
        report.add(
            &MISSING_PHONE,
            format!(
                "the subscriberProfile of {} has no primaryPhoneNumber",
                shorten(profile.bwuserid.as_deref().unwrap_or("the user"))
            ),
            loc.clone(),
        );
    }
    match &profile.email {
        None => report.add(
            &MISSING_EMAIL,
            format!(
                "the subscriberProfile of {} has no email",
                shorten(profile.bwuserid.as_deref().unwrap_or("the user"))
            ),
            loc.clone(),
        ),
        Some(e) if !crate::csv::values::is_email(e.as_bytes()) => report.add(
            &INVALID_EMAIL,
            format!("the email \"{}\" is not a valid address", shorten(e)),
            node_loc("email"),
        ),
        Some(_) => {}
    }
    let missing: Vec<&str> = [
        ("bwuserid", profile.bwuserid.is_none()),
        ("group", profile.group.is_none()),
        ("serviceProvider", profile.service_provider.is_none()),
    ]
    .iter()
    .filter(|(_, m)| *m)
    .map(|(n, _)| *n)
    .collect();
    if !missing.is_empty() {
        report.add(
            &MISSING_NODE,
            format!("the subscriberProfile has no {}", missing.join(", ")),
            loc,
        );
    }
    profile.org_name_service_provider_mode = profile.group.as_ref().map(|g| g.to_lowercase());
    profile.org_name_enterprise_mode = profile.service_provider.as_ref().map(|s| s.to_lowercase());
    Some(profile)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_forms() {
        assert_eq!(status_in("  HTTP/1.1 409 Conflict").map(|s| s.1), Some(409));
        assert_eq!(status_in("Response code: 401").map(|s| s.1), Some(401));
        assert_eq!(status_in("... StatusCode=200 ...").map(|s| s.1), Some(200));
        assert_eq!(status_in("status: 4000"), None);
        assert_eq!(status_in("nothing here"), None);
    }

    #[test]
    fn post_forms() {
        assert_eq!(
            post_target("x | HTTP POST https://a.example/b c").map(|p| p.1),
            Some("https://a.example/b".to_string())
        );
        assert_eq!(
            post_target("POST /api HTTP/1.1").map(|p| p.1),
            Some("/api".into())
        );
        assert_eq!(post_target("REPOST https://x"), None);
        assert_eq!(post_target("POSTED to queue"), None);
        assert_eq!(host_of("https://10.1.2.3:443/x"), Some("10.1.2.3"));
        assert_eq!(host_of("http://[2001:db8::1]/x"), Some("2001:db8::1"));
    }
}
