//! "Check everything": drop a folder, several files or a zip of a whole
//! setup; the core recognises each file, runs its tool, checks the files
//! against each other and returns one report, which this page renders: the
//! verdict per area, each file with what it was taken for (and a choice to
//! correct that), the findings between files and every file's own findings.
//!
//! The set goes to the Web Worker as one bundle (`crate::check::bundle`),
//! so a large user export never freezes the page.

use std::collections::BTreeMap;
use std::rc::Rc;

use web_sys::{DragEvent, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::browser;
use crate::app::components::{SharedFindingsList, SharedReport, SharedReportActions};
use crate::app::worker::{self, Job};
use crate::check::{self, Data, FileResult, Kind, Verdict};
use crate::report::Report;

/// Files taken from one drop or pick.
const MAX_FILES: usize = 5_000;

#[derive(Clone, PartialEq, Default)]
struct Form {
    sso: bool,
    domains: String,
    go_live: String,
    date: String,
    sp_entity_id: String,
    p2p: String,
}

impl Form {
    fn new() -> Self {
        Self {
            sso: true,
            ..Self::default()
        }
    }

    /// The options as the core reads them (`check::Options::from_json`).
    fn options(&self, overrides: &BTreeMap<String, Kind>) -> serde_json::Value {
        let domains: Vec<&str> = self
            .domains
            .split([',', ' ', ';', '\n'])
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .collect();
        serde_json::json!({
            "now": browser::now().to_rfc3339(),
            "sso": self.sso,
            "domains": domains,
            "go_live": self.go_live.trim(),
            "date": self.date.trim(),
            "sp_entity_id": self.sp_entity_id.trim(),
            "p2p": self.p2p.trim(),
            "overrides": overrides.iter().map(|(p, k)| (p.clone(), serde_json::json!(k.id()))).collect::<serde_json::Map<_, _>>(),
        })
    }
}

#[derive(Clone, PartialEq)]
enum Outcome {
    Empty,
    Running(f64),
    Failed(String),
    Done(SharedReport, Rc<Data>),
}

type Files = Rc<Vec<(String, Vec<u8>)>>;

#[function_component(CheckPage)]
pub fn check_page() -> Html {
    let files = use_state(|| Files::new(Vec::new()));
    let form = use_state(Form::new);
    let overrides = use_state(BTreeMap::<String, Kind>::new);
    let outcome = use_state(|| Outcome::Empty);
    let status = use_state(String::new);
    let dragging = use_state(|| false);
    let job = use_mut_ref(Job::new);

    // Check `files` with `form` and `overrides`, in the worker.
    let recheck = {
        let (outcome, job) = (outcome.clone(), job.clone());
        Rc::new(
            move |files: Files, form: Form, overrides: BTreeMap<String, Kind>| {
                if files.is_empty() {
                    outcome.set(Outcome::Empty);
                    return;
                }
                // Options are checked here first, so a typo is a plain message.
                let options = form.options(&overrides);
                if let Err(e) = check::Options::from_json(&options) {
                    outcome.set(Outcome::Failed(e));
                    return;
                }
                job.borrow().cancel();
                let this = Job::new();
                *job.borrow_mut() = this.clone();
                outcome.set(Outcome::Running(0.0));
                let outcome = outcome.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let bundle = check::bundle::encode(&files);
                    let blob = match worker::bytes_blob(&bundle) {
                        Ok(b) => b,
                        Err(e) => return outcome.set(Outcome::Failed(e)),
                    };
                    let progress = {
                        let outcome = outcome.clone();
                        Callback::from(move |f: f64| outcome.set(Outcome::Running(f)))
                    };
                    match this
                        .run(crate::stream::StreamTool::CHECK, options, blob, progress)
                        .await
                    {
                        Ok(report) => {
                            let data = check::data(&report);
                            match data {
                                Some(d) => outcome
                                    .set(Outcome::Done(SharedReport::new(report), Rc::new(d))),
                                None => outcome.set(Outcome::Failed(single_message(&report))),
                            }
                        }
                        Err(e) if e == worker::CANCELLED => {}
                        Err(e) => outcome.set(Outcome::Failed(e)),
                    }
                });
            },
        )
    };

    let take = {
        let (files, status, recheck, form, overrides) = (
            files.clone(),
            status.clone(),
            recheck.clone(),
            form.clone(),
            overrides.clone(),
        );
        Callback::from(move |loaded: Vec<(String, Vec<u8>)>| {
            let total: usize = loaded.iter().map(|(_, b)| b.len()).sum();
            status.set(format!(
                "Loaded {} file{} ({})",
                loaded.len(),
                if loaded.len() == 1 { "" } else { "s" },
                size(total)
            ));
            let next = Files::new(loaded);
            recheck(next.clone(), (*form).clone(), (*overrides).clone());
            files.set(next);
        })
    };
    let read_picked = {
        let (take, status) = (take.clone(), status.clone());
        Callback::from(move |list: Vec<web_sys::File>| {
            let (take, status) = (take.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if list.len() > MAX_FILES {
                    return status.set(format!(
                        "{} files picked; at most {MAX_FILES} are read at once",
                        list.len()
                    ));
                }
                let mut out = Vec::with_capacity(list.len());
                for f in list {
                    let path = browser::relative_path(&f);
                    if path.rsplit('/').next().is_some_and(|n| n.starts_with('.')) {
                        continue;
                    }
                    match browser::read_file(f).await {
                        Ok(bytes) => out.push((path, bytes)),
                        Err(e) => return status.set(format!("{path}: {e}")),
                    }
                }
                out.sort_by(|a, b| a.0.cmp(&b.0));
                take.emit(out);
            });
        })
    };
    let on_pick = {
        let read_picked = read_picked.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                if let Some(list) = input.files() {
                    let files: Vec<web_sys::File> =
                        (0..list.length()).filter_map(|i| list.get(i)).collect();
                    read_picked.emit(files);
                }
                input.set_value("");
            }
        })
    };
    let ondrop = {
        let (take, status, dragging, read_picked) = (
            take.clone(),
            status.clone(),
            dragging.clone(),
            read_picked.clone(),
        );
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let Some(dt) = e.data_transfer() else { return };
            let entries = browser::dropped_entries(&dt);
            if entries.is_empty() {
                let list = dt.files();
                let files: Vec<web_sys::File> = list
                    .map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
                    .unwrap_or_default();
                read_picked.emit(files);
                return;
            }
            let (take, status) = (take.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match browser::read_entries(entries, MAX_FILES).await {
                    Ok(files) => take.emit(files),
                    Err(e) => status.set(e),
                }
            });
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let files_ref = use_node_ref();
    let folder_ref = use_node_ref();
    let open = |r: &NodeRef| {
        let r = r.clone();
        Callback::from(move |_| {
            if let Some(el) = r.cast::<web_sys::HtmlElement>() {
                el.click();
            }
        })
    };
    // The folder picker: `webkitdirectory` is not a Yew attribute, so it is set here.
    {
        let folder_ref = folder_ref.clone();
        use_effect_with((), move |_| {
            if let Some(el) = folder_ref.cast::<web_sys::Element>() {
                let _ = el.set_attribute("webkitdirectory", "");
            }
        });
    }
    let on_clear = {
        let (files, status, recheck, form, overrides) = (
            files.clone(),
            status.clone(),
            recheck.clone(),
            form.clone(),
            overrides.clone(),
        );
        Callback::from(move |_| {
            status.set(String::new());
            overrides.set(BTreeMap::new());
            recheck(Files::new(Vec::new()), (*form).clone(), BTreeMap::new());
            files.set(Files::new(Vec::new()));
        })
    };

    let set_form = {
        let (files, form, overrides, recheck) = (
            files.clone(),
            form.clone(),
            overrides.clone(),
            recheck.clone(),
        );
        move |next: Form| {
            recheck((*files).clone(), next.clone(), (*overrides).clone());
            form.set(next);
        }
    };
    let on_sso = {
        let (form, set_form) = (form.clone(), set_form.clone());
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                set_form(Form {
                    sso: i.checked(),
                    ..(*form).clone()
                });
            }
        })
    };
    let field = |set: fn(&mut Form, String)| {
        let (form, set_form) = (form.clone(), set_form.clone());
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                let mut next = (*form).clone();
                set(&mut next, i.value());
                set_form(next);
            }
        })
    };
    let on_override = {
        let (files, form, overrides, recheck) = (
            files.clone(),
            form.clone(),
            overrides.clone(),
            recheck.clone(),
        );
        Callback::from(move |(path, kind): (String, Kind)| {
            let mut next = (*overrides).clone();
            next.insert(path, kind);
            recheck((*files).clone(), (*form).clone(), next.clone());
            overrides.set(next);
        })
    };

    html! {
        <section class="page tool check-page" data-tool="check">
            <h1>{ "Check everything" }</h1>
            <p class="lede">
                { "Drop the folder you are preparing for a Webex SSO or Directory Integration change — IdP metadata, the signing certificate, a captured SAML response, the exported Webex SP metadata, user CSV, the four directory files, the job schedule — or a zip of it. Each file is recognised by its content and checked by its tool, and the files are checked against each other. Nothing leaves this browser." }
            </p>
            <form class="check-options" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label class="check">
                    <input id="check-sso" type="checkbox" checked={form.sso} onchange={on_sso} />
                    <span>{ "SSO enabled" }</span>
                </label>
                <label class="field">
                    <span>{ "Claimed email domains" }</span>
                    <input id="check-domains" type="text" placeholder="example.com, example.org" value={form.domains.clone()} onchange={field(|f, v| f.domains = v)} />
                </label>
                <label class="field">
                    <span>{ "Go-live date" }</span>
                    <input id="check-go-live" type="text" placeholder="YYYY-MM-DD" value={form.go_live.clone()} onchange={field(|f, v| f.go_live = v)} />
                </label>
                <label class="field">
                    <span>{ "Directory job day (GMT)" }</span>
                    <input id="check-date" type="text" placeholder="YYYY-MM-DD" value={form.date.clone()} onchange={field(|f, v| f.date = v)} />
                </label>
                <label class="field">
                    <span>{ "P2P port range" }</span>
                    <input id="check-p2p" type="text" placeholder="32434-33598" value={form.p2p.clone()} onchange={field(|f, v| f.p2p = v)} />
                </label>
                <label class="field wide">
                    <span>{ "WebEx SAML Issuer (SP ID)" }<small>{ " when the set has no Webex SP metadata" }</small></span>
                    <input id="check-sp-entity-id" type="text" class="code" placeholder="http://www.webex.com" value={form.sp_entity_id.clone()} onchange={field(|f, v| f.sp_entity_id = v)} />
                </label>
            </form>
            <div class={classes!("drop-zone", dragging.then_some("dragging"))} {ondragover} {ondragleave} {ondrop}>
                <p class="drop-title">{ "Drop a folder, files or a zip here" }</p>
                <div class="input-tools">
                    <button type="button" class="button" onclick={open(&folder_ref)}>{ "Choose a folder…" }</button>
                    <button type="button" class="button" onclick={open(&files_ref)}>{ "Choose files…" }</button>
                    <input ref={folder_ref} id="check-folder" class="hidden-input" type="file" multiple=true onchange={on_pick.clone()} aria-label="Choose a folder" tabindex="-1" />
                    <input ref={files_ref} id="check-files" class="hidden-input" type="file" multiple=true onchange={on_pick} aria-label="Choose files" tabindex="-1" />
                    <button type="button" class="button subtle" onclick={on_clear}>{ "Clear" }</button>
                    <span class="input-status" role="status">{ (*status).clone() }</span>
                </div>
            </div>
            { match &*outcome {
                Outcome::Empty => html! {},
                Outcome::Running(f) => html! {
                    <div class="progress" role="status">
                        <progress max="1" value={f.to_string()} />
                        <span>{ format!("Checking… {:.0}%", f * 100.0) }</span>
                    </div>
                },
                Outcome::Failed(e) => html! { <p class="notice error" role="alert">{ e.clone() }</p> },
                Outcome::Done(report, data) => html! {
                    <Results report={report.clone()} data={data.clone()} on_override={on_override} />
                },
            } }
        </section>
    }
}

/// The message of a report that came back without check data (refused).
fn single_message(report: &Report) -> String {
    report
        .findings
        .first()
        .map(|f| f.message.clone())
        .unwrap_or_else(|| "the check returned no result".into())
}

fn size(bytes: usize) -> String {
    if bytes >= 1 << 20 {
        format!("{:.1} MB", bytes as f64 / (1 << 20) as f64)
    } else if bytes >= 1024 {
        format!("{:.0} KB", bytes as f64 / 1024.0)
    } else {
        format!("{bytes} bytes")
    }
}

fn verdict_label(v: Verdict) -> &'static str {
    match v {
        Verdict::NotChecked => "not checked",
        Verdict::Pass => "pass",
        Verdict::Warnings => "warnings",
        Verdict::Fail => "fail",
    }
}

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::NotChecked => "not-checked",
        Verdict::Pass => "pass",
        Verdict::Warnings => "warnings",
        Verdict::Fail => "fail",
    }
}

fn area_title(area: &str) -> &'static str {
    match area {
        "sso" => "SSO",
        "users" => "Users",
        "directory" => "Directory",
        "network" => "Network",
        "broadworks" => "BroadWorks",
        _ => "Other",
    }
}

#[derive(Properties, PartialEq)]
struct ResultsProps {
    report: SharedReport,
    data: Rc<Data>,
    on_override: Callback<(String, Kind)>,
}

#[function_component(Results)]
fn results(props: &ResultsProps) -> Html {
    let d = &*props.data;
    let r = &props.report.0;
    // The cross-file findings as their own report (the set's summary counts every file).
    let cross = {
        let mut c = Report::new(check::TOOL, b"");
        c.input_sha256 = r.input_sha256.clone();
        c.extend(r.findings.iter().cloned());
        SharedReport::new(c)
    };
    html! {
        <>
            <section class={classes!("verdict", verdict_class(d.verdict))} data-verdict={verdict_class(d.verdict)} aria-label="Verdict">
                <h2>{ format!("Overall: {}", verdict_label(d.verdict)) }
                    <small class="muted">{ format!(" — {} files, {} errors, {} warnings", d.files.len(), r.summary.errors, r.summary.warnings) }</small>
                </h2>
                <ul class="areas">
                    { for check::AREAS.iter().filter_map(|a| d.areas.get(*a).map(|area| (a, area))).map(|(name, area)| html! {
                        <li class={classes!("area", verdict_class(area.verdict))} data-area={*name} data-verdict={verdict_class(area.verdict)}>
                            <span class="area-name">{ area_title(name) }</span>
                            <span class="area-verdict">{ verdict_label(area.verdict) }</span>
                            <span class="area-counts muted">{ format!("{} file{} · {} errors · {} warnings", area.files, if area.files == 1 { "" } else { "s" }, area.errors, area.warnings) }</span>
                        </li>
                    }) }
                </ul>
                <p class="muted sp-note">{ format!("Responses checked against the SP entityID {} (from {}).", d.options.sp_entity_id, d.options.sp_entity_id_from) }</p>
            </section>
            <section class="check-files" aria-label="Files">
                <h2>{ "Files" }</h2>
                <div class="table-wrap" tabindex="0">
                    <table class="data check-file-table">
                        <thead><tr><th>{ "File" }</th><th>{ "Taken for" }</th><th>{ "Why" }</th><th>{ "Errors" }</th><th>{ "Warnings" }</th></tr></thead>
                        <tbody>
                            { for d.files.iter().map(|f| file_row(f, &props.on_override)) }
                        </tbody>
                    </table>
                </div>
            </section>
            <div class="cross-file">
                <SharedFindingsList report={cross} title="Findings across files" />
            </div>
            <section class="file-reports" aria-label="Reports per file">
                <h2>{ "Each file's report" }</h2>
                { for d.files.iter().filter(|f| f.report.is_some()).map(|f| {
                    let report = f.report.clone().unwrap_or_else(|| Report::new("unknown", b""));
                    let open = report.summary.errors + report.summary.warnings > 0;
                    let counts = format!("{} errors, {} warnings, {} infos", report.summary.errors, report.summary.warnings, report.summary.infos);
                    html! {
                        <details class="file-report" data-path={f.path.clone()} data-kind={f.kind.id()} {open}>
                            <summary>
                                <span class="mono">{ f.path.clone() }</span>
                                { " " }<span class="tag">{ f.kind.title() }</span>
                                { " " }<span class="muted">{ counts }</span>
                            </summary>
                            if !f.inputs.is_empty() {
                                <p class="muted">{ format!("Checked with {}", f.inputs.join(", ")) }</p>
                            }
                            <SharedFindingsList report={SharedReport::new(report)} title={AttrValue::from(format!("Findings on {}", f.path))} />
                        </details>
                    }
                }) }
            </section>
            <SharedReportActions report={props.report.clone()} stem="preflight-check" sarif={crate::render::sarif::render as crate::app::components::SarifWriter} />
        </>
    }
}

fn file_row(f: &FileResult, on_override: &Callback<(String, Kind)>) -> Html {
    let (errors, warnings) = f
        .report
        .as_ref()
        .map_or((0, 0), |r| (r.summary.errors, r.summary.warnings));
    let status = if errors > 0 {
        "error"
    } else if warnings > 0 {
        "warning"
    } else if f.kind == Kind::Unknown {
        "unknown"
    } else {
        "ok"
    };
    let onchange = {
        let (path, on_override) = (f.path.clone(), on_override.clone());
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                if let Some(kind) = Kind::from_id(&s.value()) {
                    on_override.emit((path.clone(), kind));
                }
            }
        })
    };
    let label = format!("Kind of {}", f.path);
    html! {
        <tr class={classes!("file-row", status)} data-path={f.path.clone()} data-kind={f.kind.id()}>
            <td class="mono">{ f.path.clone() }</td>
            <td>
                <select class="kind" aria-label={label} {onchange}>
                    { for Kind::ALL.iter().map(|k| html! {
                        <option value={k.id()} selected={*k == f.kind}>{ k.title() }</option>
                    }) }
                </select>
                if f.overridden { <span class="tag">{ "chosen" }</span> }
            </td>
            <td class="why">{ f.why.clone() }</td>
            <td class="num">{ errors }</td>
            <td class="num">{ warnings }</td>
        </tr>
    }
}
