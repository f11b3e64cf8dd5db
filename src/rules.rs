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

/// An input that shows what a rule means, like the examples of clippy's
/// lint docs: one that makes it fire, or a near miss that stays quiet. One
/// generic test runs every example through its tool (`crate::run::run`), so
/// an example can never drift from the check it documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    /// The tool's input, as a user would paste it.
    pub input: &'static str,
    /// The tool options the example needs, as a JSON object (`""` for the
    /// defaults); named as `crate::run::run` takes them.
    pub options: &'static str,
    /// Whether the rule fires on it.
    pub fires: bool,
}

impl Example {
    /// An input on which the rule fires.
    pub const fn fires(input: &'static str) -> Self {
        Self {
            input,
            options: "",
            fires: true,
        }
    }

    /// A near miss: an input that almost breaks the rule and does not.
    pub const fn quiet(input: &'static str) -> Self {
        Self {
            input,
            options: "",
            fires: false,
        }
    }

    /// The same example with tool options (a JSON object).
    pub const fn with(self, options: &'static str) -> Self {
        Self { options, ..self }
    }

    /// The options as JSON (`null` for the defaults).
    pub fn options_json(&self) -> serde_json::Value {
        if self.options.is_empty() {
            serde_json::Value::Null
        } else {
            serde_json::from_str(self.options).unwrap_or(serde_json::Value::Null)
        }
    }
}

/// The examples of one rule, declared in the rule's domain
/// (`src/<domain>/examples.rs`) next to the rules they show.
pub struct RuleExamples {
    pub rule: &'static Rule,
    pub examples: &'static [Example],
}

/// Every domain's examples.
const EXAMPLE_SETS: &[&[RuleExamples]] = &[
    crate::net::examples::EXAMPLES,
    crate::cron::examples::EXAMPLES,
];

/// The examples of the rule `id` (none when it has no examples yet).
pub fn examples(id: &str) -> &'static [Example] {
    EXAMPLE_SETS
        .iter()
        .flat_map(|set| set.iter())
        .find(|e| e.rule.id == id)
        .map_or(&[], |e| e.examples)
}

/// Every declared example set, for the generic example test.
pub fn all_examples() -> impl Iterator<Item = &'static RuleExamples> {
    EXAMPLE_SETS.iter().flat_map(|set| set.iter())
}

/// The tool that reports the rule `id` (the tool whose rule prefix it has).
pub fn tool_of(id: &str) -> Option<&'static crate::tools::Tool> {
    crate::tools::TOOLS
        .iter()
        .find(|t| id.starts_with(t.rule_prefix))
}

impl Rule {
    /// The tool family the rule belongs to: the part of its id before `/`.
    pub fn domain(&self) -> &'static str {
        self.id.split('/').next().unwrap_or(self.id)
    }
}

/// Some domains' rules (a face that needs rule metadata for some tools
/// only names those, and so links only their texts).
pub type RuleSet = &'static [&'static [Rule]];

/// Every domain's rules, in catalog order.
pub const ALL: RuleSet = DOMAINS;

const DOMAINS: &[&[Rule]] = &[
    crate::saml::RULES,
    crate::saml::response::RULES,
    crate::x509::RULES,
    crate::cron::RULES,
    crate::csv::RULES,
    crate::directory::RULES,
    crate::net::RULES,
    crate::broadworks::RULES,
    crate::check::RULES,
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
                    "examples": examples(r.id)
                        .iter()
                        .map(|e| {
                            let mut x = serde_json::json!({"input": e.input, "fires": e.fires});
                            if !e.options.is_empty() {
                                x["options"] = e.options_json();
                            }
                            x
                        })
                        .collect::<Vec<_>>(),
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
