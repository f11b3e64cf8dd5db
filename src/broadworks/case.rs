//! The support-case checklist: the troubleshooting guide's "What Client
//! Information to Collect" (the facts a case needs) and "Useful Log Files"
//! (which log, from where, useful for what), filled in as a plain-text
//! summary to paste into a case.

use serde::{Deserialize, Serialize};

/// One row of "Useful Log Files".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LogFile {
    /// Stable key for forms and `CaseInfo::logs`.
    pub key: &'static str,
    pub name: &'static str,
    pub source: &'static str,
    pub useful_for: &'static str,
}

pub const LOG_FILES: &[LogFile] = &[
    LogFile {
        key: "pslog",
        name: "PSLog",
        source: "Application Server",
        useful_for: "Flowthrough provisioning",
    },
    LogFile {
        key: "access-log",
        name: "tomcat access_log",
        source: "XSP",
        useful_for: "Webex app login",
    },
    LogFile {
        key: "xsi-actions-log",
        name: "XsiActionsLog",
        source: "XSP",
        useful_for: "Webex app login interactions with Webex IDP Proxy, client interactions for device profiles query",
    },
    LogFile {
        key: "auth-service-log",
        name: "authenticationService log",
        source: "XSP",
        useful_for: "Webex app login (token validation and issuing)",
    },
    LogFile {
        key: "xslog",
        name: "XSLog",
        source: "XSP",
        useful_for: "Mobile subscriptions for push notifications; call signalling",
    },
    LogFile {
        key: "startup-log",
        name: "Webex app startup log (current_log.txt)",
        source: "Client",
        useful_for: "Startup sequence, entitlement checks for the user, BWC library initialization for connecting to BroadWorks",
    },
    LogFile {
        key: "bwc-log",
        name: "BroadWorks calling Webex app log (bwc/current_log.txt)",
        source: "Client",
        useful_for: "getUserProfile and JWT token fetch logging, all SIP traffic for registration and calls, keep-alive traffic, mid-call features",
    },
    LogFile {
        key: "media-log",
        name: "Media (Webex Media Client Engine) log",
        source: "Client",
        useful_for: "All media logging, codecs negotiated for a call, mid-call features",
    },
];

/// What the engineer filled in ("What Client Information to Collect").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseInfo {
    /// CI email address or user UUID.
    pub user: String,
    /// The user's BroadWorks identifier, if known.
    pub broadworks_user: String,
    pub organization: String,
    /// Approximate time frame of the issue.
    pub time_frame: String,
    /// Client platform and version.
    pub client: String,
    /// Tracking id(s) shown on the client or found in logs.
    pub tracking_ids: Vec<String>,
    /// Feedback number, if the user sent feedback.
    pub feedback: String,
    /// Keys of `LOG_FILES` collected.
    pub logs: Vec<String>,
    pub notes: String,
}

/// What the checklist still misses, in the guide's order.
pub fn missing(info: &CaseInfo) -> Vec<&'static str> {
    let mut out = Vec::new();
    if info.user.trim().is_empty() {
        out.push("User identifier (CI email address or user UUID)");
    }
    if info.organization.trim().is_empty() {
        out.push("Organization identifier");
    }
    if info.time_frame.trim().is_empty() {
        out.push("Approximate time frame");
    }
    if info.client.trim().is_empty() {
        out.push("Client platform and version");
    }
    if info.logs.is_empty() {
        out.push("Logs from the client");
    }
    if info.tracking_ids.is_empty() {
        out.push("Tracking ID");
    }
    out
}

/// The plain-text case summary.
pub fn summary(info: &CaseInfo) -> String {
    let line = |label: &str, v: &str| {
        let v = v.trim();
        format!(
            "{label}: {}\n",
            if v.is_empty() { "(not collected)" } else { v }
        )
    };
    let mut s = String::from("Webex for Cisco BroadWorks support case\n");
    s.push_str(&line("User identifier", &info.user));
    s.push_str(&line("BroadWorks user ID", &info.broadworks_user));
    s.push_str(&line("Organization identifier", &info.organization));
    s.push_str(&line("Time frame", &info.time_frame));
    s.push_str(&line("Client platform and version", &info.client));
    s.push_str(&line("Tracking ID(s)", &info.tracking_ids.join(", ")));
    s.push_str(&line("Feedback number", &info.feedback));
    s.push_str("Logs attached:\n");
    let attached: Vec<&LogFile> = LOG_FILES
        .iter()
        .filter(|l| info.logs.iter().any(|k| k == l.key))
        .collect();
    if attached.is_empty() {
        s.push_str("  (none)\n");
    }
    for l in attached {
        s.push_str(&format!("  - {} ({})\n", l.name, l.source));
    }
    if !info.notes.trim().is_empty() {
        s.push_str("Notes:\n");
        for n in info.notes.trim().lines() {
            s.push_str(&format!("  {n}\n"));
        }
    }
    let m = missing(info);
    if !m.is_empty() {
        s.push_str(&format!("Still to collect: {}\n", m.join("; ")));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_lists_what_is_there_and_what_is_missing() {
        let info = CaseInfo {
            user: "alice@acme.example".into(),
            tracking_ids: vec!["CLIENT_ab_1".into()],
            logs: vec!["bwc-log".into(), "pslog".into()],
            ..CaseInfo::default()
        };
        let s = summary(&info);
        assert!(s.contains("User identifier: alice@acme.example\n"));
        assert!(s.contains("Tracking ID(s): CLIENT_ab_1\n"));
        assert!(s.contains("  - PSLog (Application Server)\n  - BroadWorks calling"));
        assert!(s.contains("Still to collect: Organization identifier; Approximate time frame; Client platform and version\n"));
        assert_eq!(missing(&CaseInfo::default()).len(), 6);
        assert_eq!(LOG_FILES.len(), 8);
    }
}
