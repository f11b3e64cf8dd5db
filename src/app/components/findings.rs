//! The findings list: count badges that double as severity filters, then one
//! card per finding with its severity, rule id, message, location and help.

use std::collections::HashSet;

use yew::prelude::*;

use super::SharedReport;
use crate::{Report, Severity};

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub report: Report,
}

#[derive(Properties, PartialEq)]
pub struct SharedFindingsProps {
    pub report: SharedReport,
    /// The heading and landmark name; a page with two lists names each
    /// (landmarks must be told apart).
    #[prop_or(AttrValue::Static("Findings"))]
    pub title: AttrValue,
}

/// Findings shown before a "Show all" button, so a report with thousands
/// of findings renders quickly.
const FIRST_SHOWN: usize = 200;

fn icon(sev: Severity) -> &'static str {
    match sev {
        Severity::Error => "✖",
        Severity::Warning => "▲",
        Severity::Info => "ℹ",
    }
}

#[function_component(FindingsList)]
pub fn findings_list(props: &FindingsProps) -> Html {
    html! { <SharedFindingsList report={SharedReport::new(props.report.clone())} /> }
}

/// As [`FindingsList`] for a report shared by pointer (large reports).
#[function_component(SharedFindingsList)]
pub fn shared_findings_list(props: &SharedFindingsProps) -> Html {
    // Severities the user has hidden.
    let hidden = use_state(HashSet::<Severity>::new);
    let show_all = use_state(|| false);
    let report: &Report = &props.report.0;
    let toggle = |sev: Severity| {
        let hidden = hidden.clone();
        Callback::from(move |_| {
            let mut next = (*hidden).clone();
            if !next.remove(&sev) {
                next.insert(sev);
            }
            hidden.set(next);
        })
    };
    let counts = [
        (Severity::Error, report.summary.errors, "errors"),
        (Severity::Warning, report.summary.warnings, "warnings"),
        (Severity::Info, report.summary.infos, "infos"),
    ];
    let visible: Vec<_> = report
        .findings
        .iter()
        .filter(|f| !hidden.contains(&f.severity))
        .collect();
    let more = if *show_all {
        0
    } else {
        visible.len().saturating_sub(FIRST_SHOWN)
    };
    let on_show_all = {
        let show_all = show_all.clone();
        Callback::from(move |_| show_all.set(true))
    };
    html! {
        <section class="findings" aria-label={props.title.clone()}>
            <div class="findings-head">
                <h2>{ props.title.clone() }</h2>
                <div class="badges" role="group" aria-label="Filter by severity">
                    { for counts.iter().map(|(sev, n, label)| {
                        let on = !hidden.contains(sev);
                        html! {
                            <button type="button"
                                class={classes!("badge", sev.as_str(), (!on).then_some("off"))}
                                aria-pressed={on.to_string()} onclick={toggle(*sev)}
                                title={format!("Show or hide {label}")} data-severity={sev.as_str()}>
                                <span aria-hidden="true">{ icon(*sev) }</span>
                                <span class="count">{ *n }</span>{ format!(" {label}") }
                            </button>
                        }
                    }) }
                </div>
            </div>
            if report.findings.is_empty() {
                <p class="all-clear" role="status">
                    <span aria-hidden="true">{ "✓ " }</span>{ "No findings: this input passes every rule." }
                </p>
            } else if visible.is_empty() {
                <p class="muted">{ "Every finding is hidden by the severity filter." }</p>
            }
            // Findings that appear while typing are announced to screen readers.
            <ul class="finding-list" aria-live="polite" aria-relevant="additions text">
                { for visible.iter().take(visible.len() - more).map(|f| {
                    let loc = f.location.describe();
                    html! {
                        <li class={classes!("finding", f.severity.as_str())} data-rule={f.rule.clone()}>
                            <div class="finding-line">
                                <span class="sev" title={f.severity.as_str()}>
                                    <span aria-hidden="true">{ icon(f.severity) }</span>
                                    <span class="sr-only">{ f.severity.as_str() }</span>
                                </span>
                                <a class="rule-id" href={format!("#/rules?id={}", f.rule)}>{ f.rule.clone() }</a>
                                <span class="message">{ f.message.clone() }</span>
                            </div>
                            if !loc.is_empty() {
                                <div class="location">{ loc }</div>
                            }
                            <div class="help">{ f.help.clone() }</div>
                        </li>
                    }
                }) }
            </ul>
            if more > 0 {
                <button type="button" class="button show-all" onclick={on_show_all}>
                    { format!("Show {more} more findings") }
                </button>
            }
        </section>
    }
}
