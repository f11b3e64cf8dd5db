//! The four log tools of the BroadWorks page: paste or pick a log, see the
//! core's findings and its typed data (provisioning requests, sign-in
//! timeline, signatures, tracking ids), download a redacted copy.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::{
    use_debounced_callback, CopyButton, DownloadButton, FindingsList, InputArea, ReportActions,
};
use crate::broadworks::client_log::{self, ClientLogData};
use crate::broadworks::pslog::{self, PslogData};
use crate::broadworks::redact::{self, RedactData};
use crate::broadworks::xsp::{self, XspData, XspOptions};
use crate::Report;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum LogKind {
    Pslog,
    Xsp,
    Client,
    Redact,
}

impl LogKind {
    fn key(self) -> &'static str {
        match self {
            LogKind::Pslog => "pslog",
            LogKind::Xsp => "xsp",
            LogKind::Client => "client-log",
            LogKind::Redact => "redact",
        }
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
            LogKind::Pslog => include_str!("../../../../tests/fixtures/broadworks/pslog-409.txt"),
            LogKind::Xsp => {
                include_str!("../../../../tests/fixtures/broadworks/xsp-signin-401.log")
            }
            LogKind::Client => {
                include_str!("../../../../tests/fixtures/broadworks/bwc-current_log.txt")
            }
            LogKind::Redact => include_str!("../../../../tests/fixtures/broadworks/pslog-409.txt"),
        }
    }

    fn run(self, text: &str, filter: &str) -> Result<Report, String> {
        let bytes = text.as_bytes();
        Ok(match self {
            LogKind::Pslog => pslog::analyse(bytes),
            LogKind::Xsp => xsp::analyse(bytes, &XspOptions::new(Some(filter))?),
            LogKind::Client => client_log::analyse(bytes),
            LogKind::Redact => redact::redact(bytes),
        })
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
    let result = use_state(|| None::<Result<Report, String>>);
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
                if let Some(ids) = report.data["tracking_ids"].as_array() {
                    on_ids.emit(
                        ids.iter()
                            .filter_map(|v| v.as_str().map(String::from))
                            .collect(),
                    );
                }
            }
            result.set(Some(r));
        })
    };
    let debounced = use_debounced_callback(250, run);
    let on_change = {
        let (text, filter, debounced) = (text.clone(), filter.clone(), debounced.clone());
        Callback::from(move |t: String| {
            text.set(t.clone());
            debounced.emit((t, (*filter).clone()));
        })
    };
    let on_filter = {
        let (text, filter, debounced) = (text.clone(), filter.clone(), debounced.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                filter.set(i.value());
                debounced.emit(((*text).clone(), i.value()));
            }
        })
    };
    let redacted_download = {
        let text = text.clone();
        Callback::from(move |_| {
            let report = redact::redact(text.as_bytes());
            let copy = report.data["redacted"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            crate::app::browser::download(
                &format!("{}-redacted.txt", kind.key()),
                "text/plain",
                copy.as_bytes(),
            );
        })
    };
    let results = match &*result {
        None => html! {},
        Some(Err(e)) => html! { <p class="notice" role="alert">{ e.clone() }</p> },
        Some(Ok(report)) => html! {
            <>
                { details(kind, report) }
                <FindingsList report={report.clone()} />
                <ReportActions report={report.clone()} stem={format!("broadworks-{}", kind.key())} />
            </>
        },
    };
    html! {
        <div class={classes!("bw-log", kind.key())} data-log-tool={kind.key()}>
            <p class="muted">{ kind.intro() }</p>
            <InputArea value={(*text).clone()} on_change={on_change}
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
            if kind != LogKind::Redact && !text.is_empty() {
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

fn tracking_list(ids: &[String]) -> Html {
    if ids.is_empty() {
        return html! {};
    }
    html! {
        <div class="bw-tracking">
            <h2>{ "Tracking ids" }</h2>
            <ul class="bw-tracking-ids">
                { for ids.iter().map(|id| html! { <li><code>{ id.clone() }</code></li> }) }
            </ul>
            <CopyButton text={ids.join("\n")} label="Copy tracking ids" />
        </div>
    }
}

fn details(kind: LogKind, report: &Report) -> Html {
    match kind {
        LogKind::Pslog => {
            let Ok(d) = serde_json::from_value::<PslogData>(report.data.clone()) else {
                return html! {};
            };
            html! {
                <>
                    <h2>{ "Provisioning requests" }</h2>
                    <div class="table-wrap">
                        <table class="bw-requests">
                            <thead><tr>
                                <th>{ "Line" }</th><th>{ "Target" }</th><th>{ "Status" }</th><th>{ "Email" }</th>
                                <th>{ "Org name (SP mode)" }</th><th>{ "Org name (Enterprise mode)" }</th><th>{ "Diagnosis" }</th>
                            </tr></thead>
                            <tbody>
                                { for d.requests.iter().map(|r| {
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
                    { tracking_list(&d.tracking_ids) }
                </>
            }
        }
        LogKind::Xsp => {
            let Ok(d) = serde_json::from_value::<XspData>(report.data.clone()) else {
                return html! {};
            };
            html! {
                <>
                    if !d.settings.is_empty() {
                        <h2>{ "Settings read" }</h2>
                        <div class="table-wrap">
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
                            { for d.timeline.iter().map(|e| {
                                let failed = e.status.is_some_and(|s| s >= 400);
                                html! {
                                    <li class={classes!("bw-step", failed.then_some("failed"))} data-step={e.step.clone()}>
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
                    }
                    { tracking_list(&d.tracking_ids) }
                </>
            }
        }
        LogKind::Client => {
            let Ok(d) = serde_json::from_value::<ClientLogData>(report.data.clone()) else {
                return html! {};
            };
            html! {
                <>
                    if d.signed_in {
                        <p class="bw-flow-state ok">{ "The log shows “SSO Session: You're signed in”: the app registered to BroadWorks at that point." }</p>
                    }
                    { tracking_list(&d.tracking_ids) }
                </>
            }
        }
        LogKind::Redact => {
            let Ok(d) = serde_json::from_value::<RedactData>(report.data.clone()) else {
                return html! {};
            };
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
                    <pre id="bw-redacted-text" class="code">{ d.redacted.clone() }</pre>
                </div>
            }
        }
    }
}
