//! `preflight rules [ID]`: the catalog, or one rule explained.

use clap::Args;
use serde_json::json;

use crate::cli::FormatOpt;
use crate::output::{emit, Format};
use preflight::{rules, Report};

#[derive(Args)]
pub struct RulesArgs {
    /// Show only this rule (e.g. ports/max-not-greater) or the rules whose id starts with it (e.g. cron/).
    pub id: Option<String>,
    #[command(flatten)]
    pub format: FormatOpt,
}

pub fn run(a: RulesArgs) -> Result<u8, String> {
    let selected: Vec<&rules::Rule> = rules::catalog()
        .filter(|r| {
            a.id.as_deref()
                .is_none_or(|p| r.id == p || r.id.starts_with(p))
        })
        .collect();
    if selected.is_empty() {
        return Err(format!("no rule matches `{}`", a.id.unwrap_or_default()));
    }
    let mut report = Report::new("rules", b"");
    let all = rules::catalog_json();
    let list: Vec<_> = all
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| selected.iter().any(|s| r["id"] == s.id))
        .cloned()
        .collect();
    report.set_data("rules", json!(list));

    let mut text = String::new();
    if a.format.format() == Format::Text {
        let width = selected.iter().map(|r| r.id.len()).max().unwrap_or(0);
        for r in &selected {
            if selected.len() == 1 {
                text.push_str(&format!(
                    "{}\n  severity: {}\n  summary:  {}\n  source:   {}\n  help:     {}\n",
                    r.id,
                    r.severity.as_str(),
                    r.summary,
                    r.source,
                    r.help
                ));
                for ex in rules::examples(r.id) {
                    let verdict = if ex.fires { "fires on" } else { "quiet on" };
                    let options = if ex.options.is_empty() {
                        String::new()
                    } else {
                        format!("   (options {})", ex.options)
                    };
                    text.push_str(&format!(
                        "  example:  {verdict} `{}`{options}\n",
                        ex.shown().escape_debug()
                    ));
                }
            } else {
                text.push_str(&format!(
                    "{:<width$}  {:<7}  {}\n",
                    r.id,
                    r.severity.as_str(),
                    r.summary
                ));
            }
        }
        text.push_str(&format!("{} rules\n", selected.len()));
        print!("{text}");
        return Ok(0);
    }
    emit(&report, a.format.format(), "rules", "")
}
