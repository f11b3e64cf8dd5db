//! XSP configuration and sign-in logs.
//!
//! Configuration lines (CLI `get` output, Help Desk details) are checked by
//! [`crate::broadworks::xsp_config`]. Log lines (tomcat access_log,
//! XsiActionsLog, authenticationService log) are matched against the
//! markers of the troubleshooting guide's "Analyze XSP Logs to Troubleshoot
//! Subscriber Log in" and laid out as a timeline of the sign-in flow, with
//! the status codes seen and the step where the flow stopped.

use serde::{Deserialize, Serialize};

use crate::broadworks::pslog::status_in;
use crate::broadworks::text::{self, find_ci, shorten};
use crate::broadworks::tracking;
use crate::broadworks::xsp_config::{Config, Setting};
use crate::report::{Location, Report, Severity};
use crate::rules::Rule;

const S_FLOW: &str = "Webex for Cisco BroadWorks Troubleshooting, \"Analyze XSP Logs to Troubleshoot Subscriber Log in\"";

pub const REQUEST_FAILED: Rule = Rule {
    id: "broadworks/xsp-request-failed",
    severity: Severity::Error,
    summary: "A step of the sign-in flow was answered with an error status",
    source: S_FLOW,
    help: "The message names the step and what to check for it: the user's BroadWorks password and user id for the profile request, the authentication service (RSA keys on all XSPs, its URL, certificate authentication, the Webex client certificate for mTLS) for the token requests, and the user's device types for the device profile.",
};

pub const INCOMPLETE: Rule = Rule {
    id: "broadworks/xsp-signin-incomplete",
    severity: Severity::Warning,
    summary: "The sign-in flow stops before the client gets its device list",
    source: S_FLOW,
    help: "A successful sign-in ends with UserPrimaryAndSCADeviceGetListResponse (the device profiles sent to the client). The message says the last step seen and the next one expected: look for that step in the other XSP logs (access_log, XsiActionsLog, authenticationService) of the same time and tracking id.",
};

pub const NOTHING_RECOGNISED: Rule = Rule {
    id: "broadworks/xsp-nothing-recognised",
    severity: Severity::Warning,
    summary: "Neither XSP configuration nor sign-in log lines were recognised",
    source: S_FLOW,
    help: "Paste XSP CLI `get` output (e.g. of CertificateAuthentication) or lines of the tomcat access_log, XsiActionsLog or authenticationService log of a sign-in attempt.",
};

pub const TRACKING_ID_NOT_FOUND: Rule = Rule {
    id: "broadworks/xsp-tracking-id-not-found",
    severity: Severity::Warning,
    summary: "No sign-in step carries the tracking id filtered on",
    source: S_FLOW,
    help: "Check the tracking id (from the client log: trackingid, or X-BROADSOFT-CORRELATION-ID in the XSP log) and that the XSP logs cover the time of the attempt. Without the filter every step is shown.",
};

pub const RULES: &[Rule] = &[
    REQUEST_FAILED,
    INCOMPLETE,
    NOTHING_RECOGNISED,
    TRACKING_ID_NOT_FOUND,
];

/// A step of the sign-in flow, in the guide's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Step {
    ProfileGet,
    TeamsClientAgent,
    AuthVerify,
    UserGet,
    TokenRequest,
    LoginInfo,
    TokenIssued,
    DeviceProfileGet,
    TokenValidation,
    DeviceListRequest,
    DeviceListResponse,
}

impl Step {
    const ALL: [Step; 11] = [
        Step::ProfileGet,
        Step::TeamsClientAgent,
        Step::AuthVerify,
        Step::UserGet,
        Step::TokenRequest,
        Step::LoginInfo,
        Step::TokenIssued,
        Step::DeviceProfileGet,
        Step::TokenValidation,
        Step::DeviceListRequest,
        Step::DeviceListResponse,
    ];

    fn id(self) -> &'static str {
        match self {
            Step::ProfileGet => "profile-request",
            Step::TeamsClientAgent => "idp-proxy-user-agent",
            Step::AuthVerify => "authentication-verify",
            Step::UserGet => "user-get",
            Step::TokenRequest => "token-request",
            Step::LoginInfo => "login-info",
            Step::TokenIssued => "token-issued",
            Step::DeviceProfileGet => "device-profile-request",
            Step::TokenValidation => "token-validation",
            Step::DeviceListRequest => "device-list-request",
            Step::DeviceListResponse => "device-list-response",
        }
    }

    /// The step number of the guide's ladder diagram.
    fn guide_step(self) -> &'static str {
        match self {
            Step::ProfileGet | Step::TeamsClientAgent | Step::AuthVerify | Step::UserGet => "2.1",
            Step::TokenRequest => "5.2",
            Step::LoginInfo => "5.3",
            Step::TokenIssued => "5.4",
            Step::DeviceProfileGet
            | Step::TokenValidation
            | Step::DeviceListRequest
            | Step::DeviceListResponse => "6",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Step::ProfileGet => "Webex IdP proxy asks Xsi-Actions for the subscriber profile (Basic auth)",
            Step::TeamsClientAgent => "Request from the IdP proxy (user-agent broadworksTeamsClient)",
            Step::AuthVerify => "XSP verifies the password against BroadWorks (OCI-P AuthenticationVerify)",
            Step::UserGet => "XSP gathers subscriber information (UserGetRequest / ServiceProviderGetRequest)",
            Step::TokenRequest => "IdP proxy requests a long-lived token (GET /authService/token)",
            Step::LoginInfo => "Authentication service checks the BroadWorks user (UserGetLoginInfoRequest)",
            Step::TokenIssued => "LongLivedTokenManager issues the token",
            Step::DeviceProfileGet => "Client asks Xsi-Actions for its device profile (Bearer token)",
            Step::TokenValidation => "Xsi-Actions has the authentication service validate the token (POST /authService/token)",
            Step::DeviceListRequest => "Xsi-Actions asks for the devices (UserPrimaryAndSCADeviceGetListRequest)",
            Step::DeviceListResponse => "BroadWorks returns the device list (UserPrimaryAndSCADeviceGetListResponse)",
        }
    }

    /// What to check when the step fails.
    fn hint(self) -> &'static str {
        match self {
            Step::ProfileGet | Step::TeamsClientAgent | Step::AuthVerify | Step::UserGet => "check the user's BroadWorks \"Web Access\" password (case matters) and that the email is configured as an Alternate User ID",
            Step::TokenRequest | Step::LoginInfo | Step::TokenIssued | Step::TokenValidation => "check the authentication service: RSA keys copied to all XSPs, its URL on all web containers and in Partner Hub, certificate authentication (allowUserApp = false, allowClientApp = true) and the Webex client certificate for mTLS",
            Step::DeviceProfileGet | Step::DeviceListRequest | Step::DeviceListResponse => "check that the user has been assigned the device types for the Webex app",
        }
    }

    /// The step a line shows, if any.
    fn of(line: &str) -> Option<Step> {
        if line.contains("UserPrimaryAndSCADeviceGetListResponse") {
            return Some(Step::DeviceListResponse);
        }
        if line.contains("UserPrimaryAndSCADeviceGetListRequest") {
            return Some(Step::DeviceListRequest);
        }
        if line.contains("UserGetLoginInfoRequest") {
            return Some(Step::LoginInfo);
        }
        if line.contains("AuthenticationVerifyRequest")
            || line.contains("AuthenticationVerifyResponse")
        {
            return Some(Step::AuthVerify);
        }
        if line.contains("UserGetRequest") || line.contains("ServiceProviderGetRequest") {
            return Some(Step::UserGet);
        }
        if find_ci(line, "token generated").is_some() {
            return Some(Step::TokenIssued);
        }
        if let Some(at) = find_ci(line, "/authservice/token") {
            let before = &line[..at];
            if before.contains("POST") {
                return Some(Step::TokenValidation);
            }
            if before.contains("GET") {
                return Some(Step::TokenRequest);
            }
        }
        if let Some(at) = line.find("/com.broadsoft.xsi-actions/") {
            if line[..at].contains("GET") {
                let path = &line[at..];
                let path = path.split([' ', '"', '?']).next().unwrap_or(path);
                if path.ends_with("/profile/device") {
                    return Some(Step::DeviceProfileGet);
                }
                if path.ends_with("/profile") {
                    return Some(Step::ProfileGet);
                }
            }
        }
        if line.contains("broadworksTeamsClient") {
            return Some(Step::TeamsClientAgent);
        }
        None
    }
}

/// One recognised step, as `data.timeline[]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub line: u32,
    pub step: String,
    /// The step number of the guide's ladder diagram.
    pub guide_step: String,
    pub label: String,
    pub status: Option<u16>,
    pub tracking_id: Option<String>,
    /// The step answered an error status (400 or above): a
    /// `broadworks/xsp-request-failed` finding.
    #[serde(default)]
    pub failed: bool,
}

/// `data` of the XSP tool.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct XspData {
    pub settings: Vec<Setting>,
    pub timeline: Vec<Event>,
    /// Whether the flow reached the device list.
    pub complete: bool,
    /// The last step seen, when the flow is not complete.
    pub stopped_after: Option<String>,
    /// The step expected next, when the flow is not complete.
    pub next_expected: Option<String>,
    pub tracking_ids: Vec<String>,
    /// More distinct tracking ids were met than `tracking_ids` keeps
    /// ([`tracking::MAX_TRACKING_IDS`], the first ones).
    #[serde(default)]
    pub tracking_ids_truncated: bool,
    pub tracking_id_filter: Option<String>,
}

/// Options of the XSP tool, validated by [`XspOptions::new`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct XspOptions {
    tracking_id: Option<String>,
}

impl XspOptions {
    /// `tracking_id`: show only the steps of one sign-in.
    pub fn new(tracking_id: Option<&str>) -> Result<Self, String> {
        let tracking_id = match tracking_id.map(str::trim) {
            None | Some("") => None,
            Some(t)
                if t.len() <= 200
                    && t.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')) =>
            {
                Some(t.to_string())
            }
            Some(t) => {
                return Err(format!(
                    "tracking id `{}` may hold only letters, digits, '_', '-' and '.'",
                    shorten(t)
                ))
            }
        };
        Ok(Self { tracking_id })
    }

    /// The sign-in the timeline is filtered to, if any.
    pub fn tracking_id(&self) -> Option<&str> {
        self.tracking_id.as_deref()
    }
}

/// Analyse XSP configuration output and/or sign-in logs.
pub fn analyse(input: &[u8], opts: &XspOptions) -> Report<XspData> {
    let mut report = Report::new("broadworks", input);
    let (text, bad) = text::decode(input);
    if let Some(f) = bad {
        report.push(f);
    }
    let mut config = Config::default();
    let mut ids = tracking::Collector::default();
    let mut events: Vec<Event> = Vec::new();
    let mut entry = 0usize;
    let mut entry_of: Vec<usize> = Vec::new();
    let mut locs: Vec<Location> = Vec::new();
    for line in text::lines(&text) {
        if text::starts_entry(line.text) {
            entry += 1;
        }
        config.line(&line, &mut report);
        let line_ids = tracking::in_line(line.text);
        for (_, id) in &line_ids {
            ids.add(id);
        }
        let step = Step::of(line.text);
        if let Some(step) = step {
            // The user agent belongs to the profile request of the same entry.
            let merged = step == Step::TeamsClientAgent
                && entry_of.last() == Some(&entry)
                && events
                    .last()
                    .is_some_and(|e| e.step == Step::ProfileGet.id());
            if !merged {
                events.push(Event {
                    line: line.no,
                    step: step.id().to_string(),
                    guide_step: step.guide_step().to_string(),
                    label: step.label().to_string(),
                    status: None,
                    tracking_id: None,
                    failed: false,
                });
                entry_of.push(entry);
                locs.push(line.at(0));
            }
        }
        if let Some(first) = line_ids.first() {
            for (e, en) in events.iter_mut().zip(&entry_of).rev() {
                if *en != entry {
                    break;
                }
                if e.tracking_id.is_none() {
                    e.tracking_id = Some(first.1.to_string());
                }
            }
        }
        if let Some((_, code)) = status_in(line.text) {
            // On the step's own entry, or a response entry of its own.
            let own = entry_of.last() == Some(&entry);
            if let Some(e) = events.last_mut() {
                if e.status.is_none() && (own || step.is_none()) {
                    e.status = Some(code);
                }
            }
        }
    }
    config.finish(&mut report);
    // OCI-P lines carry no tracking id: they belong to the request logged before them.
    let mut last: Option<String> = None;
    for e in &mut events {
        match &e.tracking_id {
            Some(id) => last = Some(id.clone()),
            None => e.tracking_id.clone_from(&last),
        }
    }
    let mut data = XspData {
        tracking_ids_truncated: ids.truncated(),
        tracking_ids: ids.into_vec(),
        tracking_id_filter: opts.tracking_id.clone(),
        ..XspData::default()
    };
    let mut kept: Vec<(Event, Location)> = events.into_iter().zip(locs).collect();
    if let Some(filter) = &opts.tracking_id {
        let total = kept.len();
        kept.retain(|(e, _)| {
            e.tracking_id
                .as_deref()
                .is_some_and(|t| t.eq_ignore_ascii_case(filter))
        });
        if kept.is_empty() {
            report.add(
                &TRACKING_ID_NOT_FOUND,
                format!(
                    "none of the {total} sign-in step(s) carries tracking id {}",
                    shorten(filter)
                ),
                Location::none(),
            );
        }
    }
    for (e, loc) in &mut kept {
        if let Some(code) = e.status.filter(|c| *c >= 400) {
            e.failed = true;
            let step = Step::ALL
                .iter()
                .find(|s| s.id() == e.step)
                .copied()
                .unwrap_or(Step::ProfileGet);
            report.add(
                &REQUEST_FAILED,
                format!(
                    "{} (step {}) answered {code}: {}",
                    step.label(),
                    step.guide_step(),
                    step.hint()
                ),
                loc.clone(),
            );
        }
    }
    let reached = kept
        .iter()
        .filter_map(|(e, _)| Step::ALL.iter().find(|s| s.id() == e.step).copied())
        .max();
    if let Some(last) = reached {
        data.complete = last == Step::DeviceListResponse;
        if !data.complete {
            // The furthest step seen, and the one after it in the guide's order.
            let next = Step::ALL
                .iter()
                .copied()
                .find(|s| *s > last && *s != Step::TeamsClientAgent)
                .unwrap_or(Step::DeviceListResponse);
            let at = kept
                .iter()
                .rev()
                .find(|(e, _)| e.step == last.id())
                .map_or_else(Location::none, |(_, l)| l.clone());
            report.add(
                &INCOMPLETE,
                format!(
                    "the sign-in flow stops after step {} ({}); next expected: {}",
                    last.guide_step(),
                    last.label(),
                    next.label()
                ),
                at,
            );
            data.stopped_after = Some(last.id().to_string());
            data.next_expected = Some(next.id().to_string());
        }
    } else if !config.recognised() && opts.tracking_id.is_none() {
        report.add(
            &NOTHING_RECOGNISED,
            "no XSP configuration or sign-in log line was recognised",
            Location::none(),
        );
    }
    data.timeline = kept.into_iter().map(|(e, _)| e).collect();
    data.settings = std::mem::take(&mut config.settings);
    report.with_data_value(data)
}
