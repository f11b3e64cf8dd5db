//! BroadWorks troubleshooting (Webex for Cisco BroadWorks Troubleshooting
//! guide): the error-code tables and their lookup ("End User Error Codes",
//! "Error Codes for Directory Sync"), the PSLog provisioning analyser
//! ("Analyze PSLog for User Provisioning Issues", "User Provisioning
//! Failures in Response from Provisioning Bridge"), XSP configuration and
//! sign-in logs ("Analyze XSP Logs to Troubleshoot Subscriber Log in",
//! "Calling Configuration and Registration Issues"), client-log signatures
//! ("Specific Issues") and redaction of logs for a support case.

pub mod codes;
pub mod pslog;
pub mod search;
pub mod text;
pub mod tracking;

use crate::rules::Rule;

/// This domain's rules, gathered into the catalog by `crate::rules`.
/// Listed one by one because const slices cannot be concatenated; the test
/// below keeps this list and the submodules' own lists in step.
pub const RULES: &[Rule] = &[
    text::NOT_UTF8,
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
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_lists_every_submodule_rule_once() {
        let parts: [&[Rule]; 3] = [&[text::NOT_UTF8], search::RULES, pslog::RULES];
        let all: Vec<&str> = parts.iter().flat_map(|p| p.iter().map(|r| r.id)).collect();
        let listed: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        assert_eq!(all, listed);
    }
}
