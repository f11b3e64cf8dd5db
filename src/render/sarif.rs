//! SARIF 2.1.0 output, the format GitHub code scanning and most CI dashboards
//! ingest (OASIS SARIF v2.1.0, sections 3.13 run, 3.19 tool, 3.27 result,
//! 3.28 location, 3.49 reportingDescriptor).

use serde_json::{json, Value};

use crate::report::{Column, Finding, Report, Summary};
use crate::rules::{self, RuleSet};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// A SARIF log with one run for `report`. `artifact` names the input file
/// (SARIF locations need a URI; stdin and form input get a stable stand-in).
///
/// A whole-setup check report becomes one run over all its files: every
/// file's findings located in that file, the cross-file findings in the
/// files they name.
pub fn render<D: serde::Serialize>(report: &Report<D>, artifact: &str, version: &str) -> String {
    if report.tool == crate::check::TOOL {
        let data = serde_json::to_value(&report.data)
            .ok()
            .and_then(|d| serde_json::from_value::<crate::check::Data>(d).ok());
        if let Some(data) = data {
            let mut parts: Vec<Part> = data
                .files
                .iter()
                .map(|f| Part {
                    artifact: &f.path,
                    sha256: f.report.as_ref().map_or("", |r| r.input_sha256.as_str()),
                    findings: f.report.as_ref().map_or(&[], |r| r.findings.as_slice()),
                })
                .collect();
            parts.push(Part {
                artifact,
                sha256: "",
                findings: &report.findings,
            });
            return render_parts(&parts, &report.tool, &report.summary, version);
        }
    }
    render_single(report, artifact, version, rules::ALL)
}

/// The SARIF of a report on one input, with the metadata of its rules
/// taken from `rules` (a page passes its tools' rules only, so its bundle
/// does not carry every rule's text).
pub fn render_single<D>(
    report: &Report<D>,
    artifact: &str,
    version: &str,
    rules: RuleSet,
) -> String {
    let part = Part {
        artifact,
        sha256: &report.input_sha256,
        findings: &report.findings,
    };
    render_parts_with(&[part], &report.tool, &report.summary, version, rules)
}

/// The findings of one input file of a run.
pub struct Part<'a> {
    pub artifact: &'a str,
    pub sha256: &'a str,
    pub findings: &'a [Finding],
}

/// A SARIF log with one run over several files (the whole-setup check): one
/// artifact per file, each result located in the file it is about, so that
/// a pipeline uploads one document for a whole configuration repository.
pub fn render_parts(parts: &[Part], tool: &str, summary: &Summary, version: &str) -> String {
    render_parts_with(parts, tool, summary, version, rules::ALL)
}

fn render_parts_with(
    parts: &[Part],
    tool: &str,
    summary: &Summary,
    version: &str,
    rule_set: RuleSet,
) -> String {
    let fired = |id: &str| {
        parts
            .iter()
            .any(|p| p.findings.iter().any(|f| f.rule == id))
    };
    let rules: Vec<Value> = rule_set
        .iter()
        .flat_map(|d| d.iter())
        .filter(|r| fired(r.id))
        .map(|r| {
            json!({
                "id": r.id,
                "name": pascal_name(r.id),
                "shortDescription": {"text": r.summary},
                "fullDescription": {"text": format!("{} Source: {}.", r.summary, r.source)},
                "help": {"text": r.help, "markdown": format!("{}\n\nSource: {}", r.help, r.source)},
                "defaultConfiguration": {"level": r.severity.sarif_level()},
                "properties": {"tags": [r.domain()], "source": r.source},
            })
        })
        .collect();
    let rule_index = |id: &str| rules.iter().position(|r| r["id"] == id);

    let mut artifacts: Vec<Value> = Vec::new();
    for p in parts {
        if !artifacts.iter().any(|a| a["location"]["uri"] == p.artifact) {
            let mut a = json!({"location": {"uri": p.artifact}});
            if !p.sha256.is_empty() {
                a["hashes"] = json!({"sha-256": p.sha256});
            }
            artifacts.push(a);
        }
    }
    let results: Vec<Value> = parts
        .iter()
        .flat_map(|p| p.findings.iter().map(move |f| (f, p.artifact)))
        .map(|(f, artifact)| {
            let mut result = json!({
                "ruleId": f.rule,
                "level": f.severity.sarif_level(),
                "message": {"text": f.message},
                "locations": [location(f, artifact)],
            });
            if let Some(i) = rule_index(&f.rule) {
                result["ruleIndex"] = json!(i);
            }
            result
        })
        .collect();

    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "preflight",
                "version": version,
                "semanticVersion": version,
                "rules": rules,
            }},
            "artifacts": artifacts,
            "results": results,
            "properties": {"tool": tool, "summary": summary},
        }],
    });
    serde_json::to_string_pretty(&log).unwrap_or_default()
}

/// SARIF requires a physical location with an artifact for code scanning to
/// accept a result; a region is added when the finding has a line.
fn location(f: &Finding, artifact: &str) -> Value {
    let loc = &f.location;
    let mut physical =
        json!({"artifactLocation": {"uri": loc.file.as_deref().unwrap_or(artifact)}});
    let mut region = serde_json::Map::new();
    if let Some(line) = loc.line {
        region.insert("startLine".into(), json!(line.max(1)));
        if let Some(Column::Number(c)) = loc.column {
            region.insert("startColumn".into(), json!(c.max(1)));
        }
    } else if let Some(row) = loc.row {
        // A CSV row is a line of the file when no cell spans lines.
        region.insert("startLine".into(), json!(row.max(1)));
    } else {
        region.insert("startLine".into(), json!(1));
    }
    if let Some((s, e)) = loc.span {
        region.insert("byteOffset".into(), json!(s));
        region.insert("byteLength".into(), json!(e.saturating_sub(s)));
    }
    physical["region"] = Value::Object(region);
    let mut out = json!({"physicalLocation": physical});
    let described = loc.describe();
    if !described.is_empty() {
        let mut logical = json!({"fullyQualifiedName": described});
        if let Some(p) = &loc.path {
            logical["kind"] = json!("element");
            logical["fullyQualifiedName"] = json!(p);
        }
        out["logicalLocations"] = json!([logical]);
    }
    out
}

/// `ports/max-not-greater` -> `PortsMaxNotGreater` (SARIF `name` is meant to
/// be an identifier-like, human-readable name).
fn pascal_name(id: &str) -> String {
    id.split(['/', '-'])
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sarif_has_rules_and_located_results() {
        let report = crate::net::ports::check("1034", "1024");
        let log: Value = serde_json::from_str(&render(&report, "p2p.txt", "0.1.0")).unwrap();
        assert_eq!(log["version"], "2.1.0");
        let run = &log["runs"][0];
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        assert!(rules.iter().any(|r| r["id"] == "ports/max-not-greater"));
        let results = run["results"].as_array().unwrap();
        let result = results
            .iter()
            .find(|r| r["ruleId"] == "ports/max-not-greater")
            .unwrap();
        assert_eq!(result["ruleId"], "ports/max-not-greater");
        assert_eq!(result["level"], "error");
        assert_eq!(
            result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "p2p.txt"
        );
        let idx = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[idx]["id"], "ports/max-not-greater");
        assert_eq!(pascal_name("ports/max-not-greater"), "PortsMaxNotGreater");
    }
}
