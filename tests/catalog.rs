//! The catalog's promises: every rule declared anywhere in `src/` is
//! registered and documented with a source and help; every rule carries an
//! example on which it fires and a near miss on which it stays quiet, and
//! each example, run through its tool, does what it says; no face decides a
//! verdict from rule ids.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use preflight::rules;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn all_sources() -> Vec<(std::path::PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("tests"), &mut files);
    files
        .into_iter()
        .map(|p| {
            let text = fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .collect()
}

#[test]
fn every_declared_rule_is_registered() {
    let sources = all_sources();
    let decl = regex::Regex::new(r#"Rule\s*\{\s*id:\s*"([^"]+)""#).unwrap();
    let registered: BTreeSet<&str> = rules::catalog().map(|r| r.id).collect();
    let mut missing = Vec::new();
    for (path, text) in &sources {
        for c in decl.captures_iter(text) {
            if !registered.contains(&c[1]) {
                missing.push(format!("{} ({})", &c[1], path.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "rules declared but not in the catalog: {missing:?}"
    );
}

#[test]
fn every_rule_has_a_source_and_help() {
    for r in rules::catalog() {
        assert!(r.source.len() > 5, "{} needs a source citation", r.id);
        assert!(r.help.len() > 10, "{} needs help text", r.id);
    }
}

#[test]
fn every_tool_has_rules_or_is_marked_unavailable() {
    // A tool that claims to be available must have at least one rule: a
    // validator that can never report anything is a check that cannot fail.
    for tool in preflight::tools::TOOLS.iter().filter(|t| t.available) {
        assert!(
            rules::catalog().any(|r| r.id.starts_with(tool.rule_prefix)),
            "tool {} is available but has no {}* rules",
            tool.id,
            tool.rule_prefix
        );
    }
}

#[test]
fn faces_do_not_decide_on_rule_ids() {
    // The app and the CLI render verdicts the core stored in `data`; they
    // never derive one from which rules fired. Rule ids may appear in what
    // they render (a finding's id, a link to the rule), never in a test.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/app"), &mut files);
    rust_files(&root.join("src/bin"), &mut files);
    let prefixes: Vec<&str> = preflight::tools::TOOLS
        .iter()
        .map(|t| t.rule_prefix.trim_end_matches('/'))
        .collect();
    let literal_id =
        regex::Regex::new(&format!(r#""({})/[a-z0-9-]+""#, prefixes.join("|"))).unwrap();
    let decision = regex::Regex::new(
        r#"\.fired\(|\.rule\s*[!=]=\s*"|[!=]=\s*[A-Za-z_:]*[A-Z_]{3,}\.id\b|\.rule\s*[!=]=\s*[A-Za-z_:]*[A-Z_]{3,}\.id"#,
    )
    .unwrap();
    let mut leaks = Vec::new();
    for path in files {
        let text = fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if literal_id.is_match(code) || decision.is_match(code) {
                leaks.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "faces deciding on rule ids (store the verdict in the report's data instead):\n{}",
        leaks.join("\n")
    );
}

#[test]
fn every_rule_example_fires_or_stays_quiet_as_it_says() {
    let mut wrong = Vec::new();
    for set in rules::all_examples() {
        let id = set.rule.id;
        assert!(
            rules::find(id).is_some(),
            "examples for {id}, which is not in the catalog"
        );
        let tool = rules::tool_of(id).unwrap_or_else(|| panic!("no tool reports {id}"));
        for ex in set.examples {
            if !ex.options.is_empty() {
                serde_json::from_str::<serde_json::Value>(ex.options)
                    .unwrap_or_else(|e| panic!("{id}: options are not JSON ({e}): {}", ex.options));
            }
            let report = preflight::run::run(tool.id, &ex.bytes(), &ex.options_json())
                .unwrap_or_else(|e| panic!("{id}: {e}"));
            if report.fired(id) != ex.fires {
                let got: Vec<&str> = report.findings.iter().map(|f| f.rule.as_str()).collect();
                wrong.push(format!(
                    "{id}: expected it {} on {:?} (options {}); findings: {got:?}",
                    if ex.fires { "to fire" } else { "to stay quiet" },
                    ex.shown().chars().take(80).collect::<String>(),
                    if ex.options.is_empty() {
                        "none"
                    } else {
                        ex.options
                    },
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "examples that disagree with their rule:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_rule_has_a_firing_and_a_near_miss_example() {
    let mut gaps = Vec::new();
    for r in rules::catalog() {
        let ex = rules::examples(r.id);
        if !ex.iter().any(|e| e.fires) {
            gaps.push(format!("{}: no example that fires", r.id));
        }
        if !ex.iter().any(|e| !e.fires) {
            gaps.push(format!("{}: no near-miss example", r.id));
        }
    }
    assert!(
        gaps.is_empty(),
        "rules without examples:\n{}",
        gaps.join("\n")
    );
}
