//! The catalog of every rule Preflight enforces.
//!
//! Each domain module declares its rules as `const` items next to the code
//! that checks them and lists them in its `RULES` slice; this module gathers
//! those slices into one registry that the CLI (`preflight rules`), the Rules
//! page and SARIF output all read. Adding a rule touches the domain module and
//! its tests; the catalog, the docs and the listings follow by themselves.

use serde::Serialize;

use crate::report::Severity;

/// One named check: what it enforces, where that requirement comes from, and
/// how to fix a violation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// Stable id, `<domain>/<kebab-name>`; never renamed once released.
    pub id: &'static str,
    /// Default severity; a finding may carry another where the rule says so.
    pub severity: Severity,
    /// One line: what the rule checks.
    pub summary: &'static str,
    /// The requirement's origin: a guide section, an RFC section or "Best practice".
    pub source: &'static str,
    /// How to fix it.
    pub help: &'static str,
}

impl Rule {
    /// The tool family the rule belongs to: the part of its id before `/`.
    pub fn domain(&self) -> &'static str {
        self.id.split('/').next().unwrap_or(self.id)
    }
}

/// Every domain's rules, in catalog order.
const DOMAINS: &[&[Rule]] = &[
    crate::saml::RULES,
    crate::saml::response::RULES,
    crate::x509::RULES,
    crate::cron::RULES,
    crate::csv::RULES,
    crate::directory::RULES,
    crate::net::RULES,
    crate::broadworks::RULES,
];

/// All registered rules.
pub fn catalog() -> impl Iterator<Item = &'static Rule> {
    DOMAINS.iter().flat_map(|d| d.iter())
}

/// Look a rule up by id.
pub fn find(id: &str) -> Option<&'static Rule> {
    catalog().find(|r| r.id == id)
}

/// The catalog as JSON data (`data.rules[]` of `preflight rules`).
pub fn catalog_json() -> serde_json::Value {
    serde_json::Value::Array(
        catalog()
            .map(|r| {
                serde_json::json!({
                    "id": r.id,
                    "severity": r.severity,
                    "summary": r.summary,
                    "source": r.source,
                    "help": r.help,
                    "domain": r.domain(),
                })
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for r in catalog() {
            assert!(seen.insert(r.id), "duplicate rule id {}", r.id);
            let (domain, name) = r.id.split_once('/').expect("id has a domain");
            assert!(!domain.is_empty() && !name.is_empty(), "{}", r.id);
            assert!(
                r.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '/'),
                "rule id {} must be lower-case kebab",
                r.id
            );
        }
    }

    #[test]
    fn every_rule_is_documented() {
        for r in catalog() {
            assert!(!r.summary.trim().is_empty(), "{} has no summary", r.id);
            assert!(!r.source.trim().is_empty(), "{} has no source", r.id);
            assert!(!r.help.trim().is_empty(), "{} has no help", r.id);
        }
    }
}
