//! XSP and registration configuration pasted as CLI `get` output or copied
//! from Help Desk.
//!
//! Implements the troubleshooting guide's "Calling Configuration and
//! Registration Issues" (external authentication by certificates:
//! `allowUserApp = false`, `allowClientApp = true`; the `%SBC_ADDRESS_WXT%`
//! tag must name the SBC) and "Verify that Webex Should Register to
//! BroadWorks" (the broadworks-connector entitlement, no bc-sp-standard
//! entitlement, Calling Behavior "Calling in Webex").

use serde::{Deserialize, Serialize};

use crate::broadworks::text::{find_ci, shorten, Line};
use crate::report::{Location, Report, Severity};
use crate::rules::Rule;

const S_AUTH: &str = "Webex for Cisco BroadWorks Troubleshooting, \"Calling Configuration and Registration Issues\" / \"Misconfiguration of Authentication Service\"";
const S_TAGS: &str = "Webex for Cisco BroadWorks Troubleshooting, \"Calling Configuration and Registration Issues\" / \"Misconfiguration of BroadWorks tags\"";
const S_REGISTER: &str =
    "Webex for Cisco BroadWorks Troubleshooting, \"Verify that Webex Should Register to BroadWorks\"";

pub const ALLOW_USER_APP: Rule = Rule {
    id: "broadworks/xsp-allow-user-app",
    severity: Severity::Error,
    summary: "CertificateAuthentication allowUserApp must be false",
    source: S_AUTH,
    help: "On every XSP hosting the authentication service: XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> set allowUserApp false",
};

pub const ALLOW_CLIENT_APP: Rule = Rule {
    id: "broadworks/xsp-allow-client-app",
    severity: Severity::Error,
    summary: "CertificateAuthentication allowClientApp must be true",
    source: S_AUTH,
    help: "On every XSP hosting the authentication service: XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> set allowClientApp true",
};

pub const SBC_ADDRESS_EMPTY: Rule = Rule {
    id: "broadworks/xsp-sbc-address-empty",
    severity: Severity::Error,
    summary: "The %SBC_ADDRESS_WXT% tag has no value",
    source: S_TAGS,
    help: "Set %SBC_ADDRESS_WXT% to the SBC towards your SIP registrar for Webex app clients; without it the app cannot register to BroadWorks.",
};

pub const SBC_ADDRESS_MISSING: Rule = Rule {
    id: "broadworks/xsp-sbc-address-missing",
    severity: Severity::Warning,
    summary: "Webex app tags are listed but %SBC_ADDRESS_WXT% is not among them",
    source: S_TAGS,
    help: "Add the %SBC_ADDRESS_WXT% tag (the SBC towards your SIP registrar for Webex app clients) to the device type tags of the Webex app.",
};

pub const CONNECTOR_MISSING: Rule = Rule {
    id: "broadworks/entitlement-connector-missing",
    severity: Severity::Error,
    summary: "The user's entitlements do not include broadworks-connector",
    source: S_REGISTER,
    help: "The Webex app registers to BroadWorks only for users entitled to broadworks-connector. Check the user in Help Desk (User Details, entitlements section) and the user's provisioning.",
};

pub const BC_SP_STANDARD: Rule = Rule {
    id: "broadworks/entitlement-bc-sp-standard",
    severity: Severity::Error,
    summary: "The user has the bc-sp-standard entitlement (Webex Calling, Broadcloud)",
    source: S_REGISTER,
    help: "A Webex for Cisco BroadWorks user should NOT have bc-sp-standard: it is the entitlement for Webex Calling (Broadcloud), which makes the app call through a Cisco-managed cloud calling service instead of BroadWorks.",
};

pub const CALLING_BEHAVIOR: Rule = Rule {
    id: "broadworks/calling-behavior-not-webex",
    severity: Severity::Error,
    summary: "Calling Behavior is not \"Calling in Webex\"",
    source: S_REGISTER,
    help: "In Help Desk, the Calling Behavior of the user and of the organization should be \"Calling in Webex\"; otherwise the app does not register to BroadWorks.",
};

pub const RULES: &[Rule] = &[
    ALLOW_USER_APP,
    ALLOW_CLIENT_APP,
    SBC_ADDRESS_EMPTY,
    SBC_ADDRESS_MISSING,
    CONNECTOR_MISSING,
    BC_SP_STANDARD,
    CALLING_BEHAVIOR,
];

/// A configuration value the checks read, as `data.settings[]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Setting {
    pub name: String,
    pub value: String,
    pub line: u32,
}

/// What the configuration pass saw.
#[derive(Debug, Default)]
pub struct Config {
    pub settings: Vec<Setting>,
    cert_prompt: Option<Location>,
    user_app: bool,
    client_app: bool,
    sbc_seen: bool,
    wxt_tag: Option<Location>,
    entitlements: Option<Location>,
    connector: bool,
}

/// `name = value` or `name: value` on a line.
fn key_value(line: &str) -> Option<(&str, &str, usize)> {
    let t = line.trim_start();
    let indent = line.len() - t.len();
    let sep = t.find(['=', ':'])?;
    let key = t[..sep].trim();
    let behavior = key.eq_ignore_ascii_case("calling behavior")
        || key.eq_ignore_ascii_case("calling behaviour");
    if key.is_empty() || (key.contains(char::is_whitespace) && !behavior) {
        return None;
    }
    Some((key, t[sep + 1..].trim().trim_matches('"'), indent))
}

impl Config {
    /// Read one line.
    pub fn line(&mut self, line: &Line<'_>, report: &mut Report) {
        let text = line.text;
        if find_ci(text, "certificateauthentication>").is_some() {
            self.cert_prompt = Some(line.at(0));
        }
        if let Some((key, value, at)) = key_value(text) {
            let lower = key.to_ascii_lowercase();
            match lower.as_str() {
                "allowuserapp" => {
                    self.user_app = true;
                    self.keep(key, value, line);
                    if !value.eq_ignore_ascii_case("false") {
                        report.add(
                            &ALLOW_USER_APP,
                            format!("allowUserApp = {} (must be false)", shorten(value)),
                            line.at(at),
                        );
                    }
                }
                "allowclientapp" => {
                    self.client_app = true;
                    self.keep(key, value, line);
                    if !value.eq_ignore_ascii_case("true") {
                        report.add(
                            &ALLOW_CLIENT_APP,
                            format!("allowClientApp = {} (must be true)", shorten(value)),
                            line.at(at),
                        );
                    }
                }
                "calling behavior" | "calling behaviour" | "callingbehavior" => {
                    self.keep(key, value, line);
                    if find_ci(value, "calling in webex").is_none() {
                        report.add(
                            &CALLING_BEHAVIOR,
                            format!("Calling Behavior is \"{}\"", shorten(value)),
                            line.at(at),
                        );
                    }
                }
                _ => {}
            }
        }
        if let Some(at) = text.find("%SBC_ADDRESS_WXT%") {
            self.sbc_seen = true;
            let value = text[at + "%SBC_ADDRESS_WXT%".len()..]
                .trim_start_matches([' ', '\t', '=', ':', '|', '"'])
                .trim()
                .trim_matches('"');
            self.keep("%SBC_ADDRESS_WXT%", value, line);
            if value.is_empty() || (value.starts_with('%') && value.ends_with('%')) {
                report.add(
                    &SBC_ADDRESS_EMPTY,
                    "%SBC_ADDRESS_WXT% has no value",
                    line.at(at),
                );
            }
        } else if self.wxt_tag.is_none() {
            if let Some(at) = text.find("_WXT%") {
                if text[..at].contains('%') {
                    self.wxt_tag = Some(line.at(at));
                }
            }
        }
        if find_ci(text, "entitlement").is_some() && self.entitlements.is_none() {
            self.entitlements = Some(line.at(0));
        }
        if find_ci(text, "broadworks-connector").is_some() {
            self.connector = true;
        }
        if let Some(at) = find_ci(text, "bc-sp-standard") {
            // The guide's own warning text names the entitlement; a listing does not negate it.
            if find_ci(text, "should not").is_none() {
                report.add(
                    &BC_SP_STANDARD,
                    "the entitlements include bc-sp-standard",
                    line.at(at),
                );
            }
        }
    }

    fn keep(&mut self, name: &str, value: &str, line: &Line<'_>) {
        self.settings.push(Setting {
            name: name.to_string(),
            value: shorten(value),
            line: line.no,
        });
    }

    /// Checks that need the whole input.
    pub fn finish(&mut self, report: &mut Report) {
        if let Some(loc) = &self.cert_prompt {
            if !self.user_app {
                report.add(
                    &ALLOW_USER_APP,
                    "the CertificateAuthentication output has no allowUserApp (must be false)",
                    loc.clone(),
                );
            }
            if !self.client_app {
                report.add(
                    &ALLOW_CLIENT_APP,
                    "the CertificateAuthentication output has no allowClientApp (must be true)",
                    loc.clone(),
                );
            }
        }
        if let (Some(loc), false) = (&self.wxt_tag, self.sbc_seen) {
            report.add(
                &SBC_ADDRESS_MISSING,
                "Webex app (_WXT) tags are listed without %SBC_ADDRESS_WXT%",
                loc.clone(),
            );
        }
        if let (Some(loc), false) = (&self.entitlements, self.connector) {
            report.add(
                &CONNECTOR_MISSING,
                "entitlements are listed without broadworks-connector",
                loc.clone(),
            );
        }
    }

    /// Whether any configuration was recognised.
    pub fn recognised(&self) -> bool {
        !self.settings.is_empty()
            || self.cert_prompt.is_some()
            || self.wxt_tag.is_some()
            || self.entitlements.is_some()
    }
}
