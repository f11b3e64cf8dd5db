//! The summary card: the core's counts and the file's shape, and the
//! findings by rule.

use super::*;

pub(super) fn megabytes(n: u64) -> String {
    if n < 10_000 {
        format!("{n} bytes")
    } else {
        format!("{:.1} MB", n as f64 / 1_000_000.0)
    }
}

fn rule_severity(id: &str) -> Severity {
    csv::RULES
        .iter()
        .find(|r| r.id == id)
        .map(|r| r.severity)
        .unwrap_or(Severity::Info)
}

#[derive(Properties, PartialEq)]
pub(super) struct SummaryProps {
    pub(super) data: Shared<CsvData>,
    pub(super) counts: Counts,
}

#[function_component(Summary)]
pub(super) fn summary(props: &SummaryProps) -> Html {
    let d = &props.data;
    let dialect = d.dialect.as_ref();
    let s = &props.counts;
    // No dialect when the input has no header line to tell it from.
    let shown = |f: fn(&csv::DialectInfo) -> &str| dialect.map_or("—", f).to_string();
    html! {
        <section class="csv-summary card" aria-label="Summary">
            <dl class="summary-grid">
                <div><dt>{ "Data rows" }</dt><dd id="csv-rows">{ d.rows }</dd></div>
                <div><dt>{ "Rows with errors" }</dt><dd class="error">{ d.rows_with_errors }</dd></div>
                <div><dt>{ "Rows with warnings" }</dt><dd class="warning">{ d.rows_with_warnings }</dd></div>
                <div><dt>{ "Findings" }</dt><dd>{ format!("{} errors, {} warnings", s.errors, s.warnings) }</dd></div>
                <div><dt>{ "Encoding" }</dt><dd id="csv-encoding">{ shown(|x| &x.encoding) }
                    { if dialect.is_some_and(|x| x.bom) { " with BOM" } else { "" } }</dd></div>
                <div><dt>{ "Separator" }</dt><dd id="csv-delimiter">{ shown(csv::DialectInfo::delimiter_name) }</dd></div>
                <div><dt>{ "Line endings" }</dt><dd>{ shown(|x| &x.line_ending) }</dd></div>
                <div><dt>{ "Size" }</dt><dd>{ megabytes(d.bytes) }</dd></div>
            </dl>
            if !d.by_rule.is_empty() {
                <div class="table-wrap" tabindex="0">
                    <table class="by-rule">
                        <caption>{ "Findings by rule" }</caption>
                        <thead><tr><th scope="col">{ "Rule" }</th><th scope="col">{ "Severity" }</th><th scope="col" class="num">{ "Count" }</th></tr></thead>
                        <tbody>
                            { for d.by_rule.iter().map(|(id, n)| {
                                let sev = rule_severity(id);
                                html! {
                                    <tr data-rule={id.clone()}>
                                        <td><a class="rule-id" href={format!("#/rules?id={id}")}>{ id.clone() }</a></td>
                                        <td><span class={classes!("sev-label", sev.as_str())}>{ sev.as_str() }</span></td>
                                        <td class="num">{ *n }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}
