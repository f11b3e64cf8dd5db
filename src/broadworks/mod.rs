//! BroadWorks troubleshooting (Webex for Cisco BroadWorks Troubleshooting
//! guide): the error-code tables and their lookup ("End User Error Codes",
//! "Error Codes for Directory Sync"), the PSLog provisioning analyser
//! ("Analyze PSLog for User Provisioning Issues", "User Provisioning
//! Failures in Response from Provisioning Bridge"), XSP configuration and
//! sign-in logs ("Analyze XSP Logs to Troubleshoot Subscriber Log in",
//! "Calling Configuration and Registration Issues"), client-log signatures
//! ("Specific Issues") and redaction of logs for a support case.

pub mod case;
pub mod client_log;
pub mod codes;
pub mod data;
pub mod examples;
pub mod imp;
pub mod pslog;
pub mod redact;
pub mod search;
pub mod sink;
pub mod text;
pub mod tool;
pub mod tracking;
pub mod xsp;
pub mod xsp_config;

use crate::rules::Rule;

pub use data::BroadworksData;
pub use tool::{Broadworks, LogOptions, LogTool, Options};

/// This domain's rules, gathered into the catalog by `crate::rules`.
/// Listed one by one because const slices cannot be concatenated; the test
/// below keeps this list and the submodules' own lists in step.
pub const RULES: &[Rule] = &[
    text::NOT_UTF8,
    sink::TOO_LARGE,
    search::UNKNOWN_CODE,
    search::NO_MATCH,
    search::TRANSIENT,
    pslog::NO_REQUEST,
    pslog::NO_RESPONSE,
    pslog::ACCEPTED,
    pslog::FAILED,
    pslog::BAD_REQUEST,
    pslog::UNTRUSTED_EMAIL,
    pslog::ORG_NOT_FOUND,
    pslog::UNAUTHORIZED,
    pslog::FORBIDDEN,
    pslog::TARGET_IP,
    pslog::CONFLICT,
    pslog::MISSING_PHONE,
    pslog::MISSING_EMAIL,
    pslog::INVALID_EMAIL,
    pslog::MISSING_NODE,
    pslog::PROFILE_UNREADABLE,
    pslog::IMP_PROVISIONING,
    pslog::IMP_COMMUNICATION,
    imp::MISMATCH,
    imp::MISSING,
    xsp_config::ALLOW_USER_APP,
    xsp_config::ALLOW_CLIENT_APP,
    xsp_config::SBC_ADDRESS_EMPTY,
    xsp_config::SBC_ADDRESS_MISSING,
    xsp_config::CONNECTOR_MISSING,
    xsp_config::BC_SP_STANDARD,
    xsp_config::CALLING_BEHAVIOR,
    xsp::REQUEST_FAILED,
    xsp::INCOMPLETE,
    xsp::NOTHING_RECOGNISED,
    xsp::TRACKING_ID_NOT_FOUND,
    client_log::DEVICE_NOT_PROVISIONED,
    client_log::SSO_FAILED,
    client_log::ERROR_CODE,
    client_log::BC_SP_STANDARD,
    client_log::NO_CONNECTOR,
    client_log::NO_SIGNATURE,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_lists_every_submodule_rule_once() {
        let parts: [&[Rule]; 7] = [
            &[text::NOT_UTF8, sink::TOO_LARGE],
            search::RULES,
            pslog::RULES,
            imp::RULES,
            xsp_config::RULES,
            xsp::RULES,
            client_log::RULES,
        ];
        let all: Vec<&str> = parts.iter().flat_map(|p| p.iter().map(|r| r.id)).collect();
        let listed: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        assert_eq!(all, listed);
    }
}
