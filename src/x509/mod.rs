//! X.509 certificates (admin guide: "Configure Organization Certificate Management", "Configure WebEx Certificate Management").
//!
//! The validators of this domain land with their own issue; until then the
//! CLI and the app say plainly that the tool is not available yet.

use crate::rules::Rule;

/// This domain's rules, gathered into the catalog by `crate::rules`.
pub const RULES: &[Rule] = &[];
