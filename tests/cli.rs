//! The CLI contract scripts rely on: formats, exit statuses, the catalog.

use std::process::{Command, Output};

fn preflight(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_preflight"))
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("run preflight")
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn ports_guide_example_is_exit_1_with_json_contract() {
    let out = preflight(&["ports", "1034", "1024", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v["tool"], "ports");
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"ports/max-not-greater"), "{rules:?}");
    for f in v["findings"].as_array().unwrap() {
        for key in ["rule", "severity", "message", "location", "help"] {
            assert!(f.get(key).is_some(), "finding lacks {key}: {f}");
        }
    }
    assert_eq!(v["summary"]["errors"], 2);
    assert_eq!(v["summary"]["warnings"], 0);
    assert_eq!(v["summary"]["infos"], 0);
    assert_eq!(v["input_sha256"].as_str().unwrap().len(), 64);
    assert_eq!(v["data"]["min"], 1034);
}

#[test]
fn clean_range_exits_0_and_warnings_do_not_fail() {
    assert_eq!(
        preflight(&["ports", "32434", "33598"]).status.code(),
        Some(0)
    );
    let out = preflight(&["ports", "7050", "7550", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json(&out)["summary"]["warnings"], 1);
}

#[test]
fn sarif_is_valid_2_1_0_with_rules_and_locations() {
    let out = preflight(&["ports", "1034", "1024", "--format", "sarif"]);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v["version"], "2.1.0");
    assert!(v["$schema"].as_str().unwrap().contains("sarif"));
    let run = &v["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "preflight");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(!rules.is_empty());
    for r in rules {
        assert!(
            r["id"].is_string()
                && r["shortDescription"]["text"].is_string()
                && r["help"]["text"].is_string()
        );
    }
    for res in run["results"].as_array().unwrap() {
        assert!(res["message"]["text"].is_string());
        let loc = &res["locations"][0]["physicalLocation"];
        assert!(loc["artifactLocation"]["uri"].is_string());
        assert!(loc["region"]["startLine"].as_u64().unwrap() >= 1);
        let idx = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[idx]["id"], res["ruleId"]);
    }
}

#[test]
fn rules_json_lists_the_catalog() {
    let out = preflight(&["rules", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    assert_eq!(v["tool"], "rules");
    let rules = v["data"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), preflight::rules::catalog().count());
    for r in rules {
        for key in ["id", "severity", "summary", "source", "help"] {
            assert!(r[key].is_string(), "rule lacks {key}: {r}");
        }
    }
    // One rule, explained.
    let one = preflight(&["rules", "ports/max-not-greater"]);
    let text = String::from_utf8_lossy(&one.stdout);
    assert!(
        text.contains("P2P Settings") && text.contains("help:"),
        "{text}"
    );
    assert_eq!(preflight(&["rules", "no/such-rule"]).status.code(), Some(2));
}

#[test]
fn tools_not_built_yet_refuse_with_exit_2() {
    for tool in preflight::tools::TOOLS.iter().filter(|t| !t.available) {
        let out = preflight(&[tool.id, "whatever.txt"]);
        assert_eq!(out.status.code(), Some(2), "{}", tool.id);
        assert!(out.stdout.is_empty(), "{} printed a result", tool.id);
        assert!(String::from_utf8_lossy(&out.stderr).contains("not available yet"));
    }
}

#[test]
fn every_tool_has_help() {
    for tool in preflight::tools::TOOLS {
        let out = preflight(&[tool.id, "--help"]);
        assert_eq!(out.status.code(), Some(0), "{} --help", tool.id);
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage: preflight"));
    }
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(preflight(&[]).status.code(), Some(2));
    assert_eq!(preflight(&["no-such-tool"]).status.code(), Some(2));
    assert_eq!(preflight(&["ports", "1"]).status.code(), Some(2));
    assert_eq!(
        preflight(&["ports", "1", "2", "--format", "xml"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn no_colour_when_piped() {
    let out = preflight(&["ports", "1034", "1024"]);
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\x1b'));
}
