//! The four log tools of the BroadWorks page: paste or pick a log, see the
//! core's findings and its typed data (provisioning requests, sign-in
//! timeline, signatures, tracking ids), download a redacted copy.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::{
    use_debounced_callback, CopyButton, DownloadButton, FindingsList, InputArea, ReportActions,
};
use crate::app::worker::{self, Job};
use crate::broadworks::redact;
use crate::broadworks::tool::analyse_log;
use crate::broadworks::{self as bw, BroadworksData, LogOptions};
use crate::Report;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum LogKind {
    Pslog,
    Xsp,
    Client,
    Redact,
}

impl LogKind {
    /// The core's log tool.
    fn tool(self) -> bw::LogTool {
        match self {
            LogKind::Pslog => bw::LogTool::Pslog,
            LogKind::Xsp => bw::LogTool::Xsp,
            LogKind::Client => bw::LogTool::ClientLog,
            LogKind::Redact => bw::LogTool::Redact,
        }
    }

    fn key(self) -> &'static str {
        self.tool().key()
    }

    /// The core's options for this tool with the tracking-id filter as typed.
    fn options(self, filter: &str) -> Result<LogOptions, String> {
        LogOptions::new(self.tool(), Some(filter))
    }

    fn label(self) -> &'static str {
        match self {
            LogKind::Pslog => "Application Server PSLog excerpt",
            LogKind::Xsp => "XSP CLI output, Help Desk details or XSP logs (access_log, XsiActionsLog, authenticationService)",
            LogKind::Client => "Webex app log (current_log.txt or bwc/current_log.txt)",
            LogKind::Redact => "Any log to redact",
        }
    }

    fn intro(self) -> &'static str {
        match self {
            LogKind::Pslog => "Finds each HTTP POST to the provisioning bridge and its response, explains the status (200, 400 with its message, 401, 403, 409), checks the subscriberProfile and shows the customer organization name each template mode would create.",
            LogKind::Xsp => "Checks CertificateAuthentication (allowUserApp = false, allowClientApp = true), %SBC_ADDRESS_WXT%, entitlements and Calling Behavior, and lays out the sign-in flow of XSP logs with status codes and where it stopped.",
            LogKind::Client => "Recognises the known issue signatures of the troubleshooting guide and extracts tracking ids to correlate with the XSP logs.",
            LogKind::Redact => "Replaces email addresses, phone numbers, user ids, tokens and passwords and IP addresses with placeholders (the same value always gets the same placeholder). Tracking ids are kept.",
        }
    }

    fn sample(self) -> &'static str {
        match self {
            LogKind::Pslog => include_str!("../../samples/pslog.txt"),
            LogKind::Xsp => {
                include_str!("../../samples/xsp.log")
            }
            LogKind::Client => {
                include_str!("../../samples/client_log.txt")
            }
            LogKind::Redact => include_str!("../../samples/pslog.txt"),
        }
    }

    fn run(self, text: &str, filter: &str) -> Result<Report<BroadworksData>, String> {
        Ok(analyse_log(text.as_bytes(), &self.options(filter)?))
    }
}

#[derive(Properties, PartialEq)]
pub struct LogToolProps {
    pub kind: LogKind,
    /// Tracking ids this tool found.
    pub on_ids: Callback<Vec<String>>,
    /// Tracking ids found by the other tools (offered as XSP filters).
    #[prop_or_default]
    pub known_ids: Vec<String>,
}

#[function_component(LogTool)]
pub fn log_tool(props: &LogToolProps) -> Html {
    let kind = props.kind;
    let text = use_state(String::new);
    let filter = use_state(String::new);
    let result = use_state(|| None::<Result<Report<BroadworksData>, String>>);
    // A picked file over `worker::MAIN_THREAD_MAX_BYTES` is checked in the Web Worker.
    let file = use_state(|| None::<web_sys::File>);
    let progress = use_state(|| None::<f64>);
    let job = use_mut_ref(Job::new);
    let run_file = {
        let (result, progress, job, on_ids) = (
            result.clone(),
            progress.clone(),
            job.clone(),
            props.on_ids.clone(),
        );
        Callback::from(move |(f, filter): (web_sys::File, String)| {
            job.borrow().cancel();
            let this = Job::new();
            *job.borrow_mut() = this.clone();
            let (result, progress, on_ids) = (result.clone(), progress.clone(), on_ids.clone());
            let options = match kind.options(&filter) {
                Ok(o) => o.to_json(),
                Err(e) => return result.set(Some(Err(e))),
            };
            progress.set(Some(0.0));
            wasm_bindgen_futures::spawn_local(async move {
                let on_fraction = {
                    let progress = progress.clone();
                    Callback::from(move |x: f64| progress.set(Some(x)))
                };
                let r = this
                    .run(
                        crate::stream::StreamTool::BROADWORKS,
                        options,
                        f.into(),
                        on_fraction,
                    )
                    .await;
                progress.set(None);
                // The worker's report is JSON: read once as the tool's data.
                match r.and_then(Report::typed::<BroadworksData>) {
                    Err(e) if e == worker::CANCELLED => {}
                    Ok(report) => {
                        on_ids.emit(report.data.tracking_ids().to_vec());
                        result.set(Some(Ok(report)));
                    }
                    Err(e) => result.set(Some(Err(e))),
                }
            });
        })
    };
    let run = {
        let result = result.clone();
        let on_ids = props.on_ids.clone();
        Callback::from(move |(t, f): (String, String)| {
            if t.is_empty() {
                result.set(None);
                return;
            }
            let r = kind.run(&t, &f);
            if let Ok(report) = &r {
                on_ids.emit(report.data.tracking_ids().to_vec());
            }
            result.set(Some(r));
        })
    };
    let debounced = use_debounced_callback(250, run);
    let on_change = {
        let (text, filter, debounced, file, job) = (
            text.clone(),
            filter.clone(),
            debounced.clone(),
            file.clone(),
            job.clone(),
        );
        Callback::from(move |t: String| {
            job.borrow().cancel();
            file.set(None);
            text.set(t.clone());
            debounced.emit((t, (*filter).clone()));
        })
    };
    let on_file = {
        let (on_change, file, filter, run_file) = (
            on_change.clone(),
            file.clone(),
            filter.clone(),
            run_file.clone(),
        );
        Callback::from(move |f: web_sys::File| {
            if f.size() > worker::MAIN_THREAD_MAX_BYTES as f64 {
                on_change.emit(String::new());
                file.set(Some(f.clone()));
                run_file.emit((f, (*filter).clone()));
                return;
            }
            let on_change = on_change.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(bytes) = crate::app::browser::read_file(f).await {
                    // Invalid bytes become U+FFFD; the tools report the encoding problem.
                    on_change.emit(crate::app::browser::file_text(&bytes));
                }
            });
        })
    };
    let on_filter = {
        let (text, filter, debounced, file, run_file) = (
            text.clone(),
            filter.clone(),
            debounced.clone(),
            file.clone(),
            run_file.clone(),
        );
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                filter.set(i.value());
                match &*file {
                    Some(f) => run_file.emit((f.clone(), i.value())),
                    None => debounced.emit(((*text).clone(), i.value())),
                }
            }
        })
    };
    let redacted_download = {
        let (text, file) = (text.clone(), file.clone());
        Callback::from(move |_| {
            let name = format!("{}-redacted.txt", kind.key());
            let Some(f) = (*file).clone() else {
                let report = redact::redact(text.as_bytes());
                crate::app::browser::download(&name, "text/plain", report.data.redacted.as_bytes());
                return;
            };
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(options) = LogKind::Redact.options("") else {
                    return;
                };
                let options = options.to_json();
                let job = Job::new();
                let run = job.run(
                    crate::stream::StreamTool::BROADWORKS,
                    options,
                    f.into(),
                    Callback::noop(),
                );
                if let Ok(Report {
                    data: BroadworksData::Redact(d),
                    ..
                }) = run.await.and_then(Report::typed::<BroadworksData>)
                {
                    crate::app::browser::download(&name, "text/plain", d.redacted.as_bytes());
                }
            });
        })
    };
    let on_cancel = {
        let (job, progress) = (job.clone(), progress.clone());
        Callback::from(move |_| {
            job.borrow().cancel();
            progress.set(None);
        })
    };
    let results = match &*result {
        None => html! {},
        Some(Err(e)) => html! { <p class="notice" role="alert">{ e.clone() }</p> },
        Some(Ok(report)) => {
            // The shared components take the JSON form.
            let json = report.clone().into_json();
            html! {
                <>
                    { details(&report.data) }
                    <FindingsList report={json.clone()} />
                    <ReportActions report={json} stem={format!("broadworks-{}", kind.key())} sarif={crate::app::components::sarif_with!(crate::broadworks::RULES)} />
                </>
            }
        }
    };
    html! {
        <div class={classes!("bw-log", kind.key())} data-log-tool={kind.key()}>
            <p class="muted">{ kind.intro() }</p>
            <InputArea value={(*text).clone()} on_change={on_change} on_file={on_file}
                label={kind.label()} accept=".txt,.log,.xml,text/plain"
                sample={AttrValue::Static(kind.sample())}
                placeholder="Paste log lines here, or open a file" />
            if kind == LogKind::Xsp {
                <label class="field bw-filter">
                    <span>{ "Only the sign-in with tracking id (optional)" }</span>
                    <input id="bw-xsp-tracking" type="text" list="bw-known-ids" spellcheck="false"
                        value={(*filter).clone()} oninput={on_filter} placeholder="CLIENT_…" />
                    <datalist id="bw-known-ids">
                        { for props.known_ids.iter().map(|id| html! { <option value={id.clone()} /> }) }
                    </datalist>
                </label>
            }
            if let Some(p) = *progress {
                <div class="bw-progress" role="status">
                    <progress id={format!("bw-progress-{}", kind.key())} max="1" value={p.to_string()} />
                    <span>{ format!(" Checking the file in the background… {:.0}%", p * 100.0) }</span>
                    <button type="button" class="button subtle" onclick={on_cancel}>{ "Cancel" }</button>
                </div>
            }
            if kind != LogKind::Redact && (!text.is_empty() || file.is_some()) {
                <div class="actions">
                    <button type="button" class="button bw-redacted-download" onclick={redacted_download}>
                        { "Download redacted copy" }
                    </button>
                </div>
            }
            { results }
        </div>
    }
}

/// Rows a table shows; a huge log is summarised, not drawn.
const MAX_ROWS: usize = 500;
/// Characters of a redacted copy shown on the page (the download has all).
const MAX_SHOWN: usize = 200_000;

fn more_rows(total: usize) -> Html {
    if total <= MAX_ROWS {
        return html! {};
    }
    html! { <p class="muted">{ format!("First {MAX_ROWS} of {total} shown.") }</p> }
}

fn tracking_list(ids: &[String]) -> Html {
    if ids.is_empty() {
        return html! {};
    }
    html! {
        <div class="bw-tracking">
            <h2>{ "Tracking ids" }</h2>
            <ul class="bw-tracking-ids">
                { for ids.iter().take(MAX_ROWS).map(|id| html! { <li><code>{ id.clone() }</code></li> }) }
            </ul>
            { more_rows(ids.len()) }
            <CopyButton text={ids.join("\n")} label="Copy tracking ids" />
        </div>
    }
}

/// The start of a long text, cut at a character boundary.
fn shown(text: &str) -> String {
    match text.char_indices().nth(MAX_SHOWN) {
        None => text.to_string(),
        Some((at, _)) => format!("{}\n… (the download holds the whole copy)", &text[..at]),
    }
}

fn details(data: &BroadworksData) -> Html {
    match data {
        BroadworksData::Pslog(d) => {
            html! {
                <>
                    <h2>{ "Provisioning requests" }</h2>
                    <div class="table-wrap" tabindex="0">
                        <table class="bw-requests">
                            <thead><tr>
                                <th>{ "Line" }</th><th>{ "Target" }</th><th>{ "Status" }</th><th>{ "Email" }</th>
                                <th>{ "Org name (SP mode)" }</th><th>{ "Org name (Enterprise mode)" }</th><th>{ "Diagnosis" }</th>
                            </tr></thead>
                            <tbody>
                                { for d.requests.iter().take(MAX_ROWS).map(|r| {
                                    let p = r.profile.clone().unwrap_or_default();
                                    let opt = |v: Option<String>| v.unwrap_or_else(|| "—".into());
                                    html! {
                                        <tr data-status={r.status.map(|s| s.to_string()).unwrap_or_default()}>
                                            <td>{ r.line }</td>
                                            <td class="mono">{ r.target.clone() }</td>
                                            <td>{ r.status.map_or("no response".to_string(), |s| s.to_string()) }</td>
                                            <td class="mono">{ opt(p.email) }</td>
                                            <td class="mono">{ opt(p.org_name_service_provider_mode) }</td>
                                            <td class="mono">{ opt(p.org_name_enterprise_mode) }</td>
                                            <td>{ opt(r.diagnosis.clone()) }</td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                    </div>
                    { more_rows(d.requests.len()) }
                    { tracking_list(&d.tracking_ids) }
                </>
            }
        }
        BroadworksData::Xsp(d) => {
            html! {
                <>
                    if !d.settings.is_empty() {
                        <h2>{ "Settings read" }</h2>
                        <div class="table-wrap" tabindex="0">
                            <table class="bw-settings">
                                <thead><tr><th>{ "Line" }</th><th>{ "Setting" }</th><th>{ "Value" }</th></tr></thead>
                                <tbody>
                                    { for d.settings.iter().map(|s| html! {
                                        <tr><td>{ s.line }</td><td class="mono">{ s.name.clone() }</td><td class="mono">{ s.value.clone() }</td></tr>
                                    }) }
                                </tbody>
                            </table>
                        </div>
                    }
                    if !d.timeline.is_empty() {
                        <h2>{ "Sign-in timeline" }</h2>
                        <p class={classes!("bw-flow-state", if d.complete { "ok" } else { "stopped" })}>
                            { if d.complete { "The flow reached the device list: sign-in completed on the XSP side.".to_string() } else { format!("The flow stopped after “{}”; next expected “{}”.", d.stopped_after.clone().unwrap_or_default(), d.next_expected.clone().unwrap_or_default()) } }
                        </p>
                        <ol class="bw-timeline">
                            { for d.timeline.iter().take(MAX_ROWS).map(|e| {
                                html! {
                                    <li class={classes!("bw-step", e.failed.then_some("failed"))} data-step={e.step.clone()}>
                                        <span class="bw-step-no">{ e.guide_step.clone() }</span>
                                        <span class="bw-step-label">{ e.label.clone() }</span>
                                        if let Some(s) = e.status {
                                            <span class="bw-step-status">{ s }</span>
                                        }
                                        <span class="bw-step-line muted">{ format!("line {}", e.line) }</span>
                                    </li>
                                }
                            }) }
                        </ol>
                        { more_rows(d.timeline.len()) }
                    }
                    { tracking_list(&d.tracking_ids) }
                </>
            }
        }
        BroadworksData::ClientLog(d) => {
            html! {
                <>
                    if d.signed_in {
                        <p class="bw-flow-state ok">{ "The log shows “SSO Session: You're signed in”: the app registered to BroadWorks at that point." }</p>
                    }
                    { tracking_list(&d.tracking_ids) }
                </>
            }
        }
        BroadworksData::Redact(d) => {
            let c = &d.distinct;
            html! {
                <div class="bw-redacted">
                    <p class="bw-redact-summary">
                        { format!("{} replacement(s): {} email(s), {} phone number(s), {} user id(s), {} secret(s), {} IP address(es); {} tracking id(s) kept.", d.replacements, c.emails, c.phones, c.user_ids, c.secrets, c.ips, d.tracking_ids.len()) }
                    </p>
                    <div class="actions">
                        <DownloadButton name="redacted-log.txt" mime="text/plain" content={d.redacted.clone()} label="Download redacted copy" />
                        <CopyButton text={d.redacted.clone()} label="Copy redacted copy" />
                    </div>
                    <pre id="bw-redacted-text" class="code">{ shown(&d.redacted) }</pre>
                </div>
            }
        }
        // A refused log has only its finding; the other modes are not logs.
        BroadworksData::Refused(_) | BroadworksData::Lookup(_) | BroadworksData::Imp(_) => {
            html! {}
        }
    }
}
