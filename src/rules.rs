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
#[derive(Debug, Clone, Copy)]
pub struct Example {
    /// The tool's input.
    pub input: ExampleInput,
    /// The tool options the example needs, as a JSON object (`""` for the
    /// defaults); named as `crate::run::run` takes them.
    pub options: &'static str,
    /// Whether the rule fires on it.
    pub fires: bool,
}

/// What an example feeds its tool.
#[derive(Debug, Clone, Copy)]
pub enum ExampleInput {
    /// Text, as a user would paste it.
    Text(&'static str),
    /// A file whose bytes are not UTF-8 text (UTF-16, Windows-1252, DER).
    Bytes(&'static [u8]),
    /// A set of files by name (the directory and whole-setup tools), sent
    /// to the tool as one bundle (`crate::check::bundle`).
    Files(&'static [(&'static str, &'static str)]),
    /// An input too large to spell out (a size or depth limit), made by a
    /// function and described in words.
    Generated {
        description: &'static str,
        make: fn() -> Vec<u8>,
    },
}

impl Example {
    /// Text on which the rule fires.
    pub const fn fires(input: &'static str) -> Self {
        Self::new(ExampleInput::Text(input), true)
    }

    /// A near miss: text that almost breaks the rule and does not.
    pub const fn quiet(input: &'static str) -> Self {
        Self::new(ExampleInput::Text(input), false)
    }

    /// A file's bytes on which the rule fires.
    pub const fn fires_bytes(input: &'static [u8]) -> Self {
        Self::new(ExampleInput::Bytes(input), true)
    }

    /// A near miss given as a file's bytes.
    pub const fn quiet_bytes(input: &'static [u8]) -> Self {
        Self::new(ExampleInput::Bytes(input), false)
    }

    /// A set of files on which the rule fires.
    pub const fn fires_files(files: &'static [(&'static str, &'static str)]) -> Self {
        Self::new(ExampleInput::Files(files), true)
    }

    /// A near miss given as a set of files.
    pub const fn quiet_files(files: &'static [(&'static str, &'static str)]) -> Self {
        Self::new(ExampleInput::Files(files), false)
    }

    /// A generated input (described in words) on which the rule fires.
    pub const fn fires_generated(description: &'static str, make: fn() -> Vec<u8>) -> Self {
        Self::new(ExampleInput::Generated { description, make }, true)
    }

    /// A generated near miss, described in words.
    pub const fn quiet_generated(description: &'static str, make: fn() -> Vec<u8>) -> Self {
        Self::new(ExampleInput::Generated { description, make }, false)
    }

    const fn new(input: ExampleInput, fires: bool) -> Self {
        Self {
            input,
            options: "",
            fires,
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

    /// The bytes the tool is given.
    pub fn bytes(&self) -> std::borrow::Cow<'static, [u8]> {
        match self.input {
            ExampleInput::Text(t) => t.as_bytes().into(),
            ExampleInput::Bytes(b) => b.into(),
            ExampleInput::Files(files) => crate::check::bundle::encode(
                &files
                    .iter()
                    .map(|(name, content)| (name.to_string(), content.as_bytes().to_vec()))
                    .collect::<Vec<_>>(),
            )
            .into(),
            ExampleInput::Generated { make, .. } => make().into(),
        }
    }

    /// The input as a reader sees it: the text; a file's bytes decoded
    /// (by their byte-order mark, else byte by byte as Latin-1); each file
    /// of a set under a `--- name ---` line.
    pub fn shown(&self) -> std::borrow::Cow<'static, str> {
        use crate::text::decode::{decode_as, sniff_bom};
        match self.input {
            ExampleInput::Text(t) => t.into(),
            ExampleInput::Bytes(b) => match sniff_bom(b) {
                Some((encoding, len)) => decode_as(encoding, &b[len..]).0.into_owned().into(),
                None => b.iter().map(|&c| char::from(c)).collect::<String>().into(),
            },
            ExampleInput::Files(files) => files
                .iter()
                .map(|(name, content)| format!("--- {name} ---\n{content}"))
                .collect::<Vec<_>>()
                .join("\n")
                .into(),
            ExampleInput::Generated { description, .. } => description.into(),
        }
    }

    /// The example as `data.rules[].examples[]` lists it: `input` (as
    /// [`Example::shown`]), `fires`, `options` when it has any, and the
    /// exact input as `input_base64` (bytes) or `files` (a set); a
    /// generated input is only described, and says `"generated": true`.
    pub fn to_json(&self) -> serde_json::Value {
        let mut x = serde_json::json!({"input": self.shown(), "fires": self.fires});
        if !self.options.is_empty() {
            x["options"] = self.options_json();
        }
        match self.input {
            ExampleInput::Text(_) => {}
            ExampleInput::Bytes(b) => {
                x["input_base64"] = crate::text::base64::encode(b).into();
            }
            ExampleInput::Files(files) => {
                x["files"] = files
                    .iter()
                    .map(|(name, content)| serde_json::json!({"name": name, "content": content}))
                    .collect();
            }
            ExampleInput::Generated { .. } => x["generated"] = true.into(),
        }
        x
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
    crate::saml::examples::EXAMPLES,
    crate::saml::response::examples::EXAMPLES,
    crate::saml::response::examples_signed::EXAMPLES,
    crate::x509::examples::EXAMPLES,
    crate::cron::examples::EXAMPLES,
    crate::csv::examples::EXAMPLES,
    crate::directory::examples::EXAMPLES,
    crate::net::examples::EXAMPLES,
    crate::net::srv_examples::EXAMPLES,
    crate::broadworks::examples::EXAMPLES,
    crate::check::examples::EXAMPLES,
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
                        .map(Example::to_json)
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
