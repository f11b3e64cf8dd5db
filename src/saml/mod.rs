//! SAML metadata, responses and XML signatures (admin guide: "Single Sign-On", "Configure Federated Web SSO").
//!
//! The validators of this domain land with their own issue; until then the
//! CLI and the app say plainly that the tool is not available yet.

pub mod response;

use crate::rules::Rule;

/// This domain's rules, gathered into the catalog by `crate::rules`.
pub const RULES: &[Rule] = response::RULES;
