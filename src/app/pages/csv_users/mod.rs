//! User-import CSV page: validate a user CSV before the import, show its rows
//! with the bad cells marked, fix them (inline edits, bulk fixes), and
//! download the status file or the corrected file.
//!
//! Large files are never read whole for validation: [`validate`] sends a
//! picked file (or any input over `worker::MAIN_THREAD_MAX_BYTES`) to the
//! Web Worker, which reads it slice by slice into the core's streaming
//! [`Validator`] while the page shows progress and can cancel. Small inputs
//! are validated on the page in slices, yielding to the browser between
//! them. The whole file is read only when the user asks for something that
//! needs it (status file, fixed file, a fix), and then once.

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use gloo::timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::browser;
use crate::app::components::{
    use_debounced_callback, InputArea, Shared, SharedFindingsList, SharedReport,
    SharedReportActions,
};
use crate::app::worker::{self, Job};
use crate::csv::{
    self, CellEdit, CsvData, FixSet, Options, OutputEncoding, RowPager, RowsPage, RunOptions,
    Validator,
};
use crate::report::{Column, Summary as Counts};
use crate::{Report, Severity};

const SAMPLE: &str = include_str!("../../samples/users.csv");
/// Bytes read and validated between two yields to the browser.
const SLICE: u64 = 2 << 20;
/// Rows per table page.
const PAGE: usize = 50;
/// Findings listed per rule (the counts in the summary stay exact).
const LISTED_PER_RULE: usize = 500;

mod input;
mod summary;
mod table;
use input::{load_rows, validate, whole, Progress, Source, Want};
use summary::{megabytes, Summary};
use table::{filtered_rows, index_findings, CellFindings, RowTable};

/// A validation's result: the report in the JSON form the shared
/// components show (shared by pointer: its findings can number thousands),
/// its typed data, which the page reads, and its findings by cell for the
/// table (indexed once per report, not on every render).
#[derive(Clone, PartialEq)]
struct Checked {
    report: SharedReport,
    data: Shared<CsvData>,
    cells: Shared<CellFindings>,
}

impl Checked {
    fn new(report: Report<CsvData>) -> Self {
        let data = Shared::new(report.data.clone());
        let report = report.into_json();
        Self {
            cells: Shared::new(index_findings(&report)),
            report: SharedReport::new(report),
            data,
        }
    }
}

/// The organisation's settings as the page starts: nothing mandatory.
fn default_options() -> Options {
    Options::new::<&str>(false, &[], Some(LISTED_PER_RULE)).unwrap_or_default()
}

#[function_component(CsvUsersPage)]
pub fn csv_users_page() -> Html {
    let text = use_state(|| SAMPLE.to_string());
    let src = use_mut_ref(|| Some(Source::Bytes(Rc::new(SAMPLE.as_bytes().to_vec()))));
    let original = use_mut_ref(|| None::<Source>);
    let ver = use_state(|| 0u32);
    // The organisation's settings, built (and checked) by the core's
    // constructor whenever a field changes.
    let org = use_state(default_options);
    let output = use_state(|| OutputEncoding::Utf8Bom);
    let report = use_state(|| None::<Checked>);
    let report_seq = use_state(|| 0u32);
    let progress = use_state(|| None::<Progress>);
    let job = use_mut_ref(Job::new);
    let notice = use_state(String::new);
    let busy = use_state(|| None::<String>);
    let fixes_log = use_state(Vec::<String>::new);
    let gen = use_mut_ref(|| 0u32);
    let table_gen = use_mut_ref(|| 0u32);
    let offset = use_state(|| 0u64);
    let filter = use_state(|| "all".to_string());
    let page = use_state(|| None::<Rc<RowsPage>>);
    let focused = use_state(|| None::<(u64, String)>);

    let options = {
        let org = (*org).clone();
        move |output: OutputEncoding| org.clone().with_output(output)
    };

    // A new source: bump the version (validation and table follow).
    let set_source = {
        let (src, ver, offset) = (src.clone(), ver.clone(), offset.clone());
        Rc::new(move |s: Source, reset_page: bool| {
            *src.borrow_mut() = Some(s);
            if reset_page {
                offset.set(0);
            }
            ver.set(ver.wrapping_add(1));
        })
    };

    // Validation: whenever the source or the organisation settings change.
    {
        let (src, gen, report, report_seq, progress, notice, job) = (
            src.clone(),
            gen.clone(),
            report.clone(),
            report_seq.clone(),
            progress.clone(),
            notice.clone(),
            job.clone(),
        );
        let opts = options(OutputEncoding::Utf8Bom);
        use_effect_with((*ver, (*org).clone()), move |_| {
            let me = {
                let mut g = gen.borrow_mut();
                *g = g.wrapping_add(1);
                *g
            };
            // A newer input replaces a run still going.
            job.borrow().cancel();
            if let Some(s) = src.borrow().clone() {
                let this = Job::new();
                *job.borrow_mut() = this.clone();
                let alive: Rc<dyn Fn() -> bool> = {
                    let gen = gen.clone();
                    Rc::new(move || *gen.borrow() == me)
                };
                progress.set(Some((0, s.len(), None)));
                let on_progress = {
                    let (progress, alive) = (progress.clone(), alive.clone());
                    Callback::from(move |p| {
                        if alive() {
                            progress.set(Some(p));
                        }
                    })
                };
                wasm_bindgen_futures::spawn_local(async move {
                    match validate(s, opts, this, alive.clone(), on_progress).await {
                        Ok(Some(r)) if alive() => {
                            report.set(Some(Checked::new(r)));
                            report_seq.set(report_seq.wrapping_add(1));
                            progress.set(None);
                        }
                        Ok(_) => {}
                        Err(e) if alive() => {
                            notice.set(e);
                            progress.set(None);
                        }
                        Err(_) => {}
                    }
                });
            } else {
                progress.set(None);
                report.set(None);
            }
        });
    }

    // The table page: after each validation, and when paging or filtering.
    {
        let (src, table_gen, page, report) =
            (src.clone(), table_gen.clone(), page.clone(), report.clone());
        let (off, filt) = (*offset, (*filter).clone());
        use_effect_with((*report_seq, *ver, off, filt.clone()), move |_| {
            let me = {
                let mut g = table_gen.borrow_mut();
                *g = g.wrapping_add(1);
                *g
            };
            let want = match (filt.as_str(), report.as_ref()) {
                ("all", _) => Some(Want::Range(off)),
                (f, Some(r)) => Some(Want::Rows(
                    filtered_rows(&r.report, f)
                        .into_iter()
                        .skip(off as usize)
                        .take(PAGE)
                        .collect(),
                )),
                _ => None,
            };
            if let (Some(s), Some(want)) = (src.borrow().clone(), want) {
                let alive: Rc<dyn Fn() -> bool> = Rc::new(move || *table_gen.borrow() == me);
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(Some(p)) = load_rows(s, want, alive.clone()).await {
                        if alive() {
                            page.set(Some(Rc::new(p)));
                        }
                    }
                });
            } else {
                page.set(None);
            }
        });
    }

    let validate_text = {
        let set_source = set_source.clone();
        use_debounced_callback(
            250,
            Callback::from(move |t: String| {
                set_source(Source::Bytes(Rc::new(t.into_bytes())), true)
            }),
        )
    };
    let on_text = {
        let (text, original, fixes_log, notice) = (
            text.clone(),
            original.clone(),
            fixes_log.clone(),
            notice.clone(),
        );
        Callback::from(move |t: String| {
            *original.borrow_mut() = None;
            fixes_log.set(Vec::new());
            notice.set(String::new());
            text.set(t.clone());
            validate_text.emit(t);
        })
    };
    let on_file = {
        let (text, original, fixes_log, notice, report, set_source) = (
            text.clone(),
            original.clone(),
            fixes_log.clone(),
            notice.clone(),
            report.clone(),
            set_source.clone(),
        );
        Callback::from(move |f: web_sys::File| {
            *original.borrow_mut() = None;
            fixes_log.set(Vec::new());
            notice.set(String::new());
            report.set(None);
            text.set(String::new());
            set_source(Source::File(f), true);
        })
    };
    let on_cancel = {
        let (gen, progress, notice, job) =
            (gen.clone(), progress.clone(), notice.clone(), job.clone());
        Callback::from(move |_| {
            job.borrow().cancel();
            let mut g = gen.borrow_mut();
            *g = g.wrapping_add(1);
            progress.set(None);
            notice.set("Validation cancelled.".into());
        })
    };
    // A changed setting: the core's constructor checks the new settings.
    let set_org = {
        let (org, notice) = (org.clone(), notice.clone());
        Rc::new(move |o: Result<Options, String>| match o {
            Ok(o) => org.set(o),
            Err(e) => notice.set(e),
        })
    };
    let on_sso = {
        let (org, set_org) = (org.clone(), set_org.clone());
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                set_org(Options::new(
                    i.checked(),
                    &org.mandatory,
                    Some(LISTED_PER_RULE),
                ));
            }
        })
    };
    let toggle_mandatory = |name: &'static str| {
        let (org, set_org) = (org.clone(), set_org.clone());
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                let mut m: Vec<&str> = org
                    .mandatory
                    .iter()
                    .map(String::as_str)
                    .filter(|x| *x != name)
                    .collect();
                if i.checked() {
                    m.push(name);
                }
                set_org(Options::new(org.sso, &m, Some(LISTED_PER_RULE)));
            }
        })
    };
    let on_output = {
        let output = output.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                output.set(if s.value() == "utf16" {
                    OutputEncoding::Utf16Le
                } else {
                    OutputEncoding::Utf8Bom
                });
            }
        })
    };

    // Run `job` on the whole input (read once), off the input event.
    let with_whole = {
        let (src, busy, notice) = (src.clone(), busy.clone(), notice.clone());
        Rc::new(
            move |what: &str, job: Box<dyn FnOnce(Rc<Vec<u8>>, Source)>| {
                let Some(s) = src.borrow().clone() else {
                    return;
                };
                busy.set(Some(what.to_string()));
                let (busy, notice) = (busy.clone(), notice.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    // Let the "working" note paint first.
                    TimeoutFuture::new(0).await;
                    match whole(&s).await {
                        Ok(bytes) => job(bytes, s),
                        Err(e) => notice.set(e),
                    }
                    busy.set(None);
                });
            },
        )
    };

    // Apply a fix: the corrected file becomes the input, validated again.
    let apply_fix = {
        let (with_whole, original, set_source, fixes_log, text) = (
            with_whole.clone(),
            original.clone(),
            set_source.clone(),
            fixes_log.clone(),
            text.clone(),
        );
        let opts = options(OutputEncoding::Utf8Bom);
        Rc::new(move |label: String, fixes: FixSet| {
            let (original, set_source, fixes_log, text, opts) = (
                original.clone(),
                set_source.clone(),
                fixes_log.clone(),
                text.clone(),
                opts.clone(),
            );
            with_whole(
                "Applying the fix…",
                Box::new(move |bytes, s| {
                    let out = csv::fix(&bytes, &opts, &fixes);
                    drop(bytes);
                    if original.borrow().is_none() {
                        *original.borrow_mut() = Some(s);
                    }
                    let mut log = (*fixes_log).clone();
                    log.push(label);
                    fixes_log.set(log);
                    if !text.is_empty() {
                        // Pasted input: show the corrected text (UTF-8 without the BOM).
                        let body = out.strip_prefix(b"\xEF\xBB\xBF".as_slice()).unwrap_or(&out);
                        text.set(String::from_utf8_lossy(body).into_owned());
                    }
                    set_source(Source::Bytes(Rc::new(out)), false);
                }),
            );
        })
    };
    let bulk = |label: &'static str, fixes: FixSet| {
        let apply_fix = apply_fix.clone();
        Callback::from(move |_| apply_fix(label.to_string(), fixes.clone()))
    };
    let on_undo = {
        let (original, set_source, fixes_log) =
            (original.clone(), set_source.clone(), fixes_log.clone());
        Callback::from(move |_| {
            if let Some(o) = original.borrow_mut().take() {
                fixes_log.set(Vec::new());
                set_source(o, false);
            }
        })
    };
    let on_convert = {
        let (with_whole, original, set_source, fixes_log, notice, text) = (
            with_whole.clone(),
            original.clone(),
            set_source.clone(),
            fixes_log.clone(),
            notice.clone(),
            text.clone(),
        );
        Callback::from(move |_| {
            let (original, set_source, fixes_log, notice, text) = (
                original.clone(),
                set_source.clone(),
                fixes_log.clone(),
                notice.clone(),
                text.clone(),
            );
            with_whole(
                "Converting…",
                Box::new(move |bytes, s| match csv::convert_meeting_export(&bytes) {
                    Ok(out) => {
                        drop(bytes);
                        if original.borrow().is_none() {
                            *original.borrow_mut() = Some(s);
                        }
                        let mut log = (*fixes_log).clone();
                        log.push("Converted the Meetings-site export to the import format".into());
                        fixes_log.set(log);
                        text.set(String::new());
                        set_source(Source::Bytes(Rc::new(out)), true);
                    }
                    Err(e) => notice.set(e),
                }),
            );
        })
    };
    let on_status_file = {
        let with_whole = with_whole.clone();
        let opts = options(*output);
        Callback::from(move |_| {
            let opts = opts.clone();
            with_whole(
                "Writing the status file…",
                Box::new(move |bytes, s| {
                    let out = csv::status_file(&bytes, &opts);
                    drop(bytes);
                    browser::download(&format!("{}-status.csv", s.stem()), "text/csv", &out);
                }),
            );
        })
    };
    let on_fixed_file = {
        let with_whole = with_whole.clone();
        let opts = options(*output);
        Callback::from(move |_| {
            let opts = opts.clone();
            with_whole(
                "Writing the corrected file…",
                Box::new(move |bytes, s| {
                    let out = csv::fix(&bytes, &opts, &FixSet::default());
                    drop(bytes);
                    browser::download(&format!("{}-fixed.csv", s.stem()), "text/csv", &out);
                }),
            );
        })
    };
    let on_cell = {
        let apply_fix = apply_fix.clone();
        Callback::from(move |(row, column, value): (u64, String, String)| {
            let label = format!("Row {row}, {column}: set to “{value}”");
            apply_fix(
                label,
                FixSet {
                    edits: vec![CellEdit { row, column, value }],
                    ..FixSet::default()
                },
            );
        })
    };
    let on_filter = {
        let (filter, offset) = (filter.clone(), offset.clone());
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                offset.set(0);
                filter.set(s.value());
            }
        })
    };
    let on_prev = {
        let offset = offset.clone();
        Callback::from(move |_| offset.set(offset.saturating_sub(PAGE as u64)))
    };
    let on_next = {
        let offset = offset.clone();
        Callback::from(move |_| offset.set(*offset + PAGE as u64))
    };
    let on_focus_cell = {
        let focused = focused.clone();
        Callback::from(move |k: Option<(u64, String)>| focused.set(k))
    };

    let running = progress.is_some();
    let report_view = (*report).clone();
    let no_filters = Vec::new();
    let row_filters = report_view
        .as_ref()
        .map_or(&no_filters, |c| &c.data.row_filters);
    let fixable = report_view
        .as_ref()
        .map(|c| c.data.fixable)
        .unwrap_or_default();
    let has_rename = report_view
        .as_ref()
        .is_some_and(|c| c.data.has_header_renames());
    let total_rows = |f: &str| -> u64 {
        match (f, report_view.as_ref()) {
            ("all", Some(c)) => c.data.rows,
            (f, Some(c)) => filtered_rows(&c.report, f).len() as u64,
            _ => 0,
        }
    };
    let shown_total = total_rows(&filter);

    html! {
        <section class="page tool csv-users" data-tool="csv-users">
            <h1>{ "User import CSV" }</h1>
            <p class="lede">
                { "Check a user-import file (" }<em>{ "Users › Import" }</em>
                { ") before you upload it: the import runs in the background and mails back a status file hours later. \
                   UTF-8 and UTF-16LE, comma- or tab-separated. Everything stays in your browser." }
            </p>
            <InputArea value={(*text).clone()} on_change={on_text} on_file={on_file}
                sample={AttrValue::Static(SAMPLE)} accept=".csv,.txt,.tsv,text/csv,text/plain"
                label="User CSV (paste, open or drop a file)" placeholder="firstName,lastName,email,userName" />
            <fieldset class="csv-options">
                <legend>{ "Your organisation" }</legend>
                <label class="check">
                    <input id="csv-sso" type="checkbox" checked={org.sso} onchange={on_sso} />
                    { " SSO is enabled (employeeID is mandatory)" }
                </label>
                <div class="mandatory-list" role="group" aria-label="Fields your organisation made mandatory">
                    <span class="group-label">{ "Also mandatory:" }</span>
                    { for csv::org_configurable().map(|f| html! {
                        <label class="check">
                            <input type="checkbox" data-field={f.name} checked={org.mandatory.iter().any(|m| m == f.name)}
                                onchange={toggle_mandatory(f.name)} />
                            { format!(" {}", f.name) }
                        </label>
                    }) }
                </div>
            </fieldset>
            if let Some((done, total, recs)) = *progress {
                <div class="csv-progress" role="status" aria-live="polite">
                    <label for="csv-progress-bar">{ "Validating…" }</label>
                    <progress id="csv-progress-bar" max={total.max(1).to_string()} value={done.to_string()} />
                    <span class="progress-text">
                        { match recs {
                            Some(n) => format!("{} of {} · {} rows", megabytes(done), megabytes(total), n.saturating_sub(1)),
                            None if worker::available() => format!("{} of {} · in a background worker", megabytes(done), megabytes(total)),
                            None => format!("{} of {}", megabytes(done), megabytes(total)),
                        } }
                    </span>
                    <button type="button" class="button subtle" id="csv-cancel" onclick={on_cancel}>{ "Cancel" }</button>
                </div>
            }
            if !notice.is_empty() {
                <p class="notice csv-notice" role="status">{ (*notice).clone() }</p>
            }
            if let Some(b) = (*busy).clone() {
                <p class="notice csv-busy" role="status">{ b }</p>
            }
            if let Some(r) = report_view.clone() {
                <Summary data={r.data.clone()} counts={r.report.summary} />
                if r.data.meeting_site_export {
                    <div class="notice meeting-export">
                        <p>{ "This looks like a user export from a Webex Meetings site. Its columns have other names \
                              than the import expects." }</p>
                        <button type="button" class="button primary" id="csv-convert" onclick={on_convert}
                            disabled={busy.is_some()}>{ "Convert to the import format" }</button>
                    </div>
                }
                <section class="csv-fixes" aria-label="Fixes and downloads">
                    <h2>{ "Fix and download" }</h2>
                    <div class="actions bulk-fixes">
                        <button type="button" class="button" data-fix="trim" disabled={busy.is_some()}
                            onclick={bulk("Trimmed surrounding whitespace", FixSet { trim_whitespace: true, ..FixSet::default() })}>
                            { format!("Trim whitespace ({})", fixable.trim_whitespace) }</button>
                        <button type="button" class="button" data-fix="na" disabled={busy.is_some()}
                            onclick={bulk("Replaced N/A with -", FixSet { na_to_dash: true, ..FixSet::default() })}>
                            { format!("N/A → - ({})", fixable.na_to_dash) }</button>
                        <button type="button" class="button" data-fix="country" disabled={busy.is_some()}
                            onclick={bulk("Upper-cased country codes", FixSet { upper_case_country: true, ..FixSet::default() })}>
                            { format!("Upper-case country codes ({})", fixable.upper_case_country) }</button>
                        <button type="button" class="button" data-fix="rename" disabled={busy.is_some() || !has_rename}
                            onclick={bulk("Renamed near-miss headers", FixSet { rename_headers: true, ..FixSet::default() })}>
                            { "Rename near-miss headers" }</button>
                        <button type="button" class="button" data-fix="case" disabled={busy.is_some()}
                            onclick={bulk("Normalised Yes/No and True/False case", FixSet { normalize_case: true, ..FixSet::default() })}>
                            { "Fix Yes/No, True/False case" }</button>
                        <button type="button" class="button" data-fix="empty" disabled={busy.is_some()}
                            onclick={bulk("Removed empty rows", FixSet { drop_empty_rows: true, ..FixSet::default() })}>
                            { format!("Remove empty rows ({})", fixable.drop_empty_rows) }</button>
                        if fixable.drop_title_rows > 0 {
                            <button type="button" class="button" data-fix="title" disabled={busy.is_some()}
                                onclick={bulk("Deleted the lines above the column names", FixSet { drop_title_rows: true, ..FixSet::default() })}>
                                { "Delete lines above the header" }</button>
                        }
                        <button type="button" class="button primary" data-fix="all" disabled={busy.is_some()}
                            onclick={bulk("Applied every safe fix", FixSet::safe())}>{ "Apply all safe fixes" }</button>
                    </div>
                    if !fixes_log.is_empty() {
                        <div class="fix-log">
                            <ul>{ for fixes_log.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ul>
                            <button type="button" class="button subtle" id="csv-undo" onclick={on_undo}>{ "Undo all fixes" }</button>
                        </div>
                    }
                    <div class="actions downloads">
                        <label class="field inline">
                            <span>{ "Encoding of downloads" }</span>
                            <select id="csv-output" onchange={on_output}>
                                <option value="utf8" selected={*output == OutputEncoding::Utf8Bom}>{ "UTF-8 with BOM" }</option>
                                <option value="utf16" selected={*output == OutputEncoding::Utf16Le}>{ "UTF-16LE (Excel Unicode Text)" }</option>
                            </select>
                        </label>
                        <button type="button" class="button" id="csv-status-file" onclick={on_status_file}
                            disabled={busy.is_some() || running}>{ "Download status file" }</button>
                        <button type="button" class="button primary" id="csv-fixed-file" onclick={on_fixed_file}
                            disabled={busy.is_some() || running}>{ "Download fixed file" }</button>
                    </div>
                </section>
                <section class="csv-rows-section" aria-label="Rows">
                    <div class="rows-head">
                        <h2>{ "Rows" }</h2>
                        <label class="field inline">
                            <span>{ "Show" }</span>
                            <select id="csv-filter" onchange={on_filter}>
                                <option value="all" selected={*filter == "all"}>{ "All rows" }</option>
                                <option value="error" selected={*filter == "error"}>{ "Rows with errors" }</option>
                                <option value="warning" selected={*filter == "warning"}>{ "Rows with warnings" }</option>
                                { for row_filters.iter().map(|f| html! {
                                    <option value={f.rule.clone()} selected={*filter == f.rule}>{ format!("{} ({})", f.rule, f.count) }</option>
                                }) }
                            </select>
                        </label>
                        <span class="range muted">
                            { if shown_total == 0 { "no rows".to_string() } else {
                                format!("{}–{} of {}", (*offset + 1).min(shown_total), (*offset + PAGE as u64).min(shown_total), shown_total) } }
                        </span>
                        <button type="button" class="button subtle" id="csv-prev" onclick={on_prev}
                            disabled={*offset == 0}>{ "‹ Previous" }</button>
                        <button type="button" class="button subtle" id="csv-next" onclick={on_next}
                            disabled={*offset + (PAGE as u64) >= shown_total}>{ "Next ›" }</button>
                    </div>
                    if let Some(p) = (*page).clone() {
                        <RowTable page={p} findings={r.cells.clone()} on_edit={on_cell}
                            on_focus={on_focus_cell} focused={(*focused).clone()} />
                    }
                </section>
                <SharedFindingsList report={r.report.clone()} />
                <SharedReportActions report={r.report.clone()} stem="csv-users" sarif={crate::app::components::sarif_with!(crate::csv::RULES)} />
            }
        </section>
    }
}
