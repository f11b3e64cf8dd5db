//! The rows table: one page of rows with the bad cells marked, editable
//! cells, and the findings of the focused cell.

use super::*;

/// Findings by (row, column name); "" for findings on a whole row.
pub(super) type CellFindings = HashMap<(u64, String), Vec<(Severity, String, String)>>;

pub(super) fn index_findings(report: &Report) -> CellFindings {
    let mut m: CellFindings = HashMap::new();
    for f in &report.findings {
        let Some(row) = f.location.row else { continue };
        let col = match &f.location.column {
            Some(Column::Name(n)) => n.clone(),
            _ => String::new(),
        };
        m.entry((row, col))
            .or_default()
            .push((f.severity, f.rule.clone(), f.message.clone()));
    }
    m
}

pub(super) fn worst(list: &[(Severity, String, String)]) -> Option<Severity> {
    list.iter().map(|(s, _, _)| *s).min_by_key(|s| match s {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    })
}

pub(super) fn describe(list: &[(Severity, String, String)]) -> String {
    // A tooltip names a few findings; a junk header can give one cell thousands.
    const SHOWN: usize = 5;
    let mut out = list
        .iter()
        .take(SHOWN)
        .map(|(s, r, m)| format!("{}: {m} ({r})", s.as_str()))
        .collect::<Vec<_>>()
        .join("\n");
    if list.len() > SHOWN {
        out.push_str(&format!("\n… and {} more", list.len() - SHOWN));
    }
    out
}

/// The rows a filter selects, from the listed findings.
pub(super) fn filtered_rows(report: &Report, filter: &str) -> Vec<u64> {
    let rows: BTreeSet<u64> = report
        .findings
        .iter()
        .filter(|f| match filter {
            "error" => f.severity == Severity::Error,
            "warning" => f.severity == Severity::Warning,
            rule => f.rule == rule,
        })
        .filter_map(|f| f.location.row)
        .filter(|&r| r >= 2)
        .collect();
    rows.into_iter().collect()
}

#[derive(Properties, PartialEq)]
pub(super) struct RowTableProps {
    pub(super) page: Rc<RowsPage>,
    pub(super) findings: Shared<CellFindings>,
    pub(super) on_edit: Callback<(u64, String, String)>,
    pub(super) on_focus: Callback<Option<(u64, String)>>,
    pub(super) focused: Option<(u64, String)>,
}

#[function_component(RowTable)]
pub(super) fn row_table(props: &RowTableProps) -> Html {
    let p = &props.page;
    let empty = Vec::new();
    let at = |row: u64, col: &str| {
        props
            .findings
            .get(&(row, col.to_string()))
            .unwrap_or(&empty)
    };
    let detail = props.focused.as_ref().map(|(r, c)| (r, c, at(*r, c)));
    html! {
        <>
            <div class="table-wrap csv-table-wrap" tabindex="0">
                <table class="csv-rows">
                    <thead>
                        <tr>
                            <th scope="col" class="rownum">{ "Row" }</th>
                            { for p.header.iter().map(|h| {
                                let list = at(1, h);
                                html! {
                                    // A header cell of junk can be megabytes: shown cut.
                                    <th scope="col" class={classes!(worst(list).map(|s| s.as_str()), (!list.is_empty()).then_some("bad"))}
                                        title={(!list.is_empty()).then(|| describe(list))}>{ crate::text::shorten(h, 120).into_owned() }</th>
                                }
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for p.rows.iter().map(|r| {
                            let row_list = at(r.row, "");
                            html! {
                                <tr data-row={r.row.to_string()}>
                                    <th scope="row" class={classes!("rownum", worst(row_list).map(|s| s.as_str()))}
                                        title={(!row_list.is_empty()).then(|| describe(row_list))}>{ r.row }</th>
                                    { for r.cells.iter().enumerate().map(|(i, cell)| {
                                        let col = p.header.get(i).cloned().unwrap_or_default();
                                        let list = at(r.row, &col);
                                        let sev = worst(list);
                                        let row = r.row;
                                        let onchange = {
                                            let (on_edit, col, old) = (props.on_edit.clone(), col.clone(), cell.clone());
                                            Callback::from(move |e: Event| {
                                                if let Some(i) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                                                    if i.value() != old {
                                                        on_edit.emit((row, col.clone(), i.value()));
                                                    }
                                                }
                                            })
                                        };
                                        let onfocus = {
                                            let (on_focus, col) = (props.on_focus.clone(), col.clone());
                                            Callback::from(move |_: FocusEvent| on_focus.emit(Some((row, col.clone()))))
                                        };
                                        // Very long cells (hostile input) are shown cut; editing them is not offered.
                                        let long = cell.len() > 2000;
                                        html! {
                                            <td class={classes!(sev.map(|s| s.as_str()), sev.is_some().then_some("bad"))}
                                                data-column={crate::text::shorten(&col, 120).into_owned()} title={sev.map(|_| describe(list))}>
                                                if long {
                                                    <span class="cell long" tabindex="0" onfocus={onfocus}>
                                                        { format!("{}… ({} bytes)", cell.chars().take(200).collect::<String>(), cell.len()) }
                                                    </span>
                                                } else {
                                                    <input class="cell" type="text" value={cell.clone()} {onchange} {onfocus}
                                                        aria-label={format!("Row {row}, {col}")} spellcheck="false" autocomplete="off"
                                                        aria-invalid={sev.map(|s| (s == Severity::Error).to_string())} />
                                                }
                                            </td>
                                        }
                                    }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            if p.hidden_columns > 0 {
                <p class="muted hidden-columns">{ format!("{} more columns are not shown (the import has a few dozen fields; this many means the file is not the CSV it should be).", p.hidden_columns) }</p>
            }
            <div class="cell-detail" aria-live="polite">
                if let Some((r, c, list)) = detail {
                    if list.is_empty() {
                        <p class="muted">{ format!("Row {r}, {c}: no findings. Edit the cell and press Enter to apply.") }</p>
                    } else {
                        <p><strong>{ format!("Row {r}, {c}:") }</strong></p>
                        <ul>
                            { for list.iter().map(|(s, rule, m)| html! {
                                <li class={s.as_str()}><span class="rule-id">{ rule.clone() }</span>{ " " }{ m.clone() }</li>
                            }) }
                        </ul>
                    }
                } else {
                    <p class="muted">{ "Bad cells are marked; focus a cell to see its findings, edit it and press Enter to fix it." }</p>
                }
            </div>
        </>
    }
}
