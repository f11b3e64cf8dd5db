//! The list of tools both faces offer: the CLI's subcommands and the app's
//! navigation are generated from it, so they cannot drift apart.

use serde::Serialize;

/// Navigation group, in the order the app shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Group {
    #[serde(rename = "Setup")]
    Setup,
    #[serde(rename = "SSO")]
    Sso,
    Directory,
    Network,
    BroadWorks,
}

impl Group {
    pub const ALL: [Group; 5] = [
        Group::Setup,
        Group::Sso,
        Group::Directory,
        Group::Network,
        Group::BroadWorks,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Group::Setup => "Whole setup",
            Group::Sso => "SSO",
            Group::Directory => "Directory",
            Group::Network => "Network",
            Group::BroadWorks => "BroadWorks",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Tool {
    /// CLI subcommand and URL slug (`#/ports`).
    pub id: &'static str,
    pub title: &'static str,
    pub group: Group,
    /// One sentence: what the tool checks.
    pub blurb: &'static str,
    /// Prefix of the ids of the rules this tool reports (`x509/` for `cert`).
    pub rule_prefix: &'static str,
    /// Whether the core implements it yet. Unavailable tools answer plainly
    /// (CLI exit 2, a "coming soon" page) instead of a fake result.
    pub available: bool,
}

pub const TOOLS: &[Tool] = &[
    Tool {
        id: "check",
        rule_prefix: "check/",
        title: "Check everything",
        group: Group::Setup,
        blurb: "Drop a whole setup (folder, files or a zip): every file recognised, checked, and checked against the others.",
        available: true,
    },
    Tool {
        id: "saml-metadata",
        rule_prefix: "saml/",
        title: "SAML metadata",
        group: Group::Sso,
        blurb: "Check identity provider metadata before importing it into Webex, and export Webex SP metadata.",
        available: true,
    },
    Tool {
        id: "saml-response",
        rule_prefix: "saml-response/",
        title: "SAML response",
        group: Group::Sso,
        blurb: "Decode a captured SAML response and see why Webex would accept or reject it.",
        available: true,
    },
    Tool {
        id: "cert",
        rule_prefix: "x509/",
        title: "Certificates",
        group: Group::Sso,
        blurb: "Inspect and lint X.509 certificates for the Webex IdP and SP certificate slots.",
        available: true,
    },
    Tool {
        id: "cron",
        rule_prefix: "cron/",
        title: "CRON schedule",
        group: Group::Directory,
        blurb: "Validate and explain Quartz CRON expressions for Directory Integration jobs.",
        available: true,
    },
    Tool {
        id: "csv-users",
        rule_prefix: "csv/",
        title: "User CSV",
        group: Group::Directory,
        blurb: "Validate and fix a user-import CSV file before uploading it.",
        available: true,
    },
    Tool {
        id: "directory",
        rule_prefix: "directory/",
        title: "Directory files",
        group: Group::Directory,
        blurb: "Check a Directory Integration file set (users, inactivations, groups, deletions), its names and group tree.",
        available: true,
    },
    Tool {
        id: "srv",
        rule_prefix: "srv/",
        title: "DNS SRV",
        group: Group::Network,
        blurb: "Generate and verify the XMPP SRV records for federation and third-party clients.",
        available: true,
    },
    Tool {
        id: "ports",
        rule_prefix: "ports/",
        title: "P2P ports",
        group: Group::Network,
        blurb: "Check the UDP port range for Jabber-to-Jabber calling.",
        available: true,
    },
    Tool {
        id: "firewall",
        rule_prefix: "firewall/",
        title: "Firewall",
        group: Group::Network,
        blurb: "Generate firewall rules for the ports and services Webex Messenger needs.",
        available: true,
    },
    Tool {
        id: "broadworks",
        rule_prefix: "broadworks/",
        title: "BroadWorks",
        group: Group::BroadWorks,
        blurb: "Explain BroadWorks and directory-sync error codes and scan logs for them.",
        available: true,
    },
];

pub fn find(id: &str) -> Option<&'static Tool> {
    TOOLS.iter().find(|t| t.id == id)
}

pub fn in_group(group: Group) -> impl Iterator<Item = &'static Tool> {
    TOOLS.iter().filter(move |t| t.group == group)
}

/// How the browser app is split into downloads. Each page bundle is a wasm
/// of its own (`src/app_bundles/<name>.rs`) holding these pages (a tool's
/// page has the tool's id as its slug) and only their part of the core; the
/// `home` bundle holds the overview, the about page and every page not
/// named here. `www/boot.js` loads the bundle of the page in
/// the address bar (a test keeps its table in step with this one), and
/// moving to a page of another bundle loads that one. The single-file build
/// holds every page in one wasm.
pub const APP_BUNDLES: &[(&str, &[&str])] = &[
    ("saml", &["saml-metadata", "saml-response"]),
    ("cert", &["cert"]),
    ("cron", &["cron"]),
    ("csv-users", &["csv-users"]),
    ("directory", &["directory"]),
    ("net", &["srv", "ports", "firewall"]),
    ("broadworks", &["broadworks"]),
    ("check", &["check"]),
    // Not a tool: the rule catalog with every rule's examples (which would
    // more than double the first view's download).
    ("rules", &["rules"]),
];

/// The page bundle that holds `tool_id`'s page (`home` for any other page).
pub fn app_bundle(tool_id: &str) -> &'static str {
    APP_BUNDLES
        .iter()
        .find(|(_, tools)| tools.contains(&tool_id))
        .map_or("home", |(name, _)| name)
}
