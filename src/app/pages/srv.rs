//! DNS SRV page: the two XMPP records of "WebEx with Other IM Providers" and
//! "Third Party XMPP IM Application Support", generated live from a domain by
//! `crate::net::srv::generate`, in every format an administrator pastes into
//! DNS tooling, and a check of what is published through
//! `crate::net::srv_verify::verify`.

use gloo::timers::future::TimeoutFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::{
    use_debounced_callback, CopyButton, DownloadButton, FindingsList, InputArea, ReportActions,
};
use crate::net::srv::{self, RecordStatus, SrvData, SrvOptions, Verification};
use crate::net::srv_verify;
use crate::Report;

const DEFAULT_DOMAIN: &str = "example.com";

/// Above this many bytes of pasted records the page says it is checking
/// and lets the browser paint before the (single, synchronous) core call.
const BUSY_THRESHOLD: usize = 200_000;

/// Published-record rows shown; a huge paste is summarised, not drawn.
const MAX_ROWS: usize = 200;

/// Everything the administrator types. Empty option fields mean "the guide's
/// value" (their placeholder shows it).
#[derive(Clone, PartialEq, Default)]
struct Inputs {
    domain: String,
    ttl: String,
    priority: String,
    weight: String,
    server_port: String,
    client_port: String,
    server_target: String,
    client_target: String,
    pasted: String,
}

impl Inputs {
    fn options(&self) -> SrvOptions {
        let opt = |s: &String| (!s.is_empty()).then(|| s.clone());
        SrvOptions {
            ttl: opt(&self.ttl),
            priority: opt(&self.priority),
            weight: opt(&self.weight),
            server_port: opt(&self.server_port),
            client_port: opt(&self.client_port),
            server_target: opt(&self.server_target),
            client_target: opt(&self.client_target),
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Field {
    Domain,
    Ttl,
    Priority,
    Weight,
    ServerPort,
    ClientPort,
    ServerTarget,
    ClientTarget,
    Pasted,
}

struct Edit(Field, String);

#[derive(Clone, PartialEq, Default)]
struct State(Inputs);

impl Reducible for State {
    type Action = Edit;
    fn reduce(self: std::rc::Rc<Self>, Edit(field, value): Edit) -> std::rc::Rc<Self> {
        let mut i = self.0.clone();
        let slot = match field {
            Field::Domain => &mut i.domain,
            Field::Ttl => &mut i.ttl,
            Field::Priority => &mut i.priority,
            Field::Weight => &mut i.weight,
            Field::ServerPort => &mut i.server_port,
            Field::ClientPort => &mut i.client_port,
            Field::ServerTarget => &mut i.server_target,
            Field::ClientTarget => &mut i.client_target,
            Field::Pasted => &mut i.pasted,
        };
        *slot = value;
        std::rc::Rc::new(State(i))
    }
}

/// The two reports the page shows.
#[derive(Clone, PartialEq)]
struct Results {
    generated: Report<SrvData>,
    /// `None` while nothing is pasted.
    verified: Option<Report<SrvData>>,
}

fn compute(i: &Inputs) -> Results {
    let opts = i.options();
    Results {
        generated: srv::generate(&i.domain, &opts),
        verified: (!i.pasted.trim().is_empty())
            .then(|| srv_verify::verify(&i.domain, &opts, &i.pasted)),
    }
}

#[function_component(SrvPage)]
pub fn srv_page() -> Html {
    let state = use_reducer(|| {
        State(Inputs {
            domain: DEFAULT_DOMAIN.to_string(),
            ..Inputs::default()
        })
    });
    let results = use_state(|| compute(&state.0));
    let busy = use_state(|| false);

    let validate = {
        let (results, busy) = (results.clone(), busy.clone());
        use_debounced_callback(
            150,
            Callback::from(move |i: Inputs| {
                if i.pasted.len() + i.domain.len() < BUSY_THRESHOLD {
                    results.set(compute(&i));
                    return;
                }
                busy.set(true);
                let (results, busy) = (results.clone(), busy.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    // Let the "Checking…" status paint before the core runs.
                    TimeoutFuture::new(30).await;
                    results.set(compute(&i));
                    busy.set(false);
                });
            }),
        )
    };
    {
        let validate = validate.clone();
        use_effect_with(state.0.clone(), move |i| {
            validate.emit(i.clone());
        });
    }

    let edit = |field: Field| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                state.dispatch(Edit(field, i.value()));
            }
        })
    };
    let on_paste = {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(Edit(Field::Pasted, text)))
    };

    let g = &results.generated;
    let field_error = |index: u32| {
        g.findings
            .iter()
            .any(|f| f.severity == crate::Severity::Error && f.location.field == Some(index))
    };
    let i = &state.0;
    let ascii = g
        .data
        .domain
        .as_ref()
        .map(|d| d.ascii.clone())
        .unwrap_or_default();
    let shown_domain = if ascii.is_empty() {
        "<domain>".to_string()
    } else {
        ascii.clone()
    };
    let number_field = |id: &'static str,
                        label: &'static str,
                        value: &String,
                        field: Field,
                        index: u32,
                        hint: &'static str,
                        default: String| {
        html! {
            <label class={classes!("field", field_error(index).then_some("invalid"))}>
                <span>{ label }</span>
                <input id={id} type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                    value={value.clone()} placeholder={default} oninput={edit(field)} />
                <small>{ hint }</small>
            </label>
        }
    };

    html! {
        <section class="page tool srv" data-tool="srv">
            <h1>{ "DNS SRV records" }</h1>
            <p class="lede">
                { "Federation with other IM networks and third-party XMPP applications need two SRV records in your public DNS ("}
                <em>{ "WebEx with Other IM Providers" }</em>{ ", " }
                <em>{ "Third Party XMPP IM Application Support" }</em>
                { "). Type your domain: the records and every format update as you type." }
            </p>
            <form class="srv-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label class={classes!("field", "domain-field", field_error(1).then_some("invalid"))}>
                    <span>{ "Organisation domain" }</span>
                    <input id="srv-domain" type="text" autocomplete="off" spellcheck="false"
                        autocapitalize="off" value={i.domain.clone()} oninput={edit(Field::Domain)}
                        aria-describedby="srv-domain-hint" />
                    <small id="srv-domain-hint">{ "e.g. acme.com; internationalised names are converted to punycode" }</small>
                </label>
                <details class="advanced">
                    <summary>{ "Advanced: TTL, priority, weight, ports and targets" }</summary>
                    <p class="muted small">{ "Leave a box empty to keep the guide's value, shown in grey." }</p>
                    <div class="field-grid">
                        { number_field("srv-ttl", "TTL (seconds)", &i.ttl, Field::Ttl, 2, "0 – 2147483647", srv::DEFAULT_TTL.to_string()) }
                        { number_field("srv-priority", "Priority", &i.priority, Field::Priority, 3, "0 – 65535", srv::DEFAULT_PRIORITY.to_string()) }
                        { number_field("srv-weight", "Weight", &i.weight, Field::Weight, 4, "0 – 65535", srv::DEFAULT_WEIGHT.to_string()) }
                        { number_field("srv-server-port", "Federation port", &i.server_port, Field::ServerPort, 5, "_xmpp-server, TCP 5269", srv::SERVER.port.to_string()) }
                        { number_field("srv-client-port", "Client port", &i.client_port, Field::ClientPort, 6, "_xmpp-client, TCP 5222", srv::CLIENT.port.to_string()) }
                    </div>
                    <div class="field-grid wide">
                        <label class={classes!("field", field_error(7).then_some("invalid"))}>
                            <span>{ "Federation target" }</span>
                            <input id="srv-server-target" type="text" autocomplete="off" spellcheck="false"
                                value={i.server_target.clone()} placeholder={srv::SERVER.webex_target(&shown_domain)}
                                oninput={edit(Field::ServerTarget)} />
                            <small>{ "A host name, not an IP address" }</small>
                        </label>
                        <label class={classes!("field", field_error(8).then_some("invalid"))}>
                            <span>{ "Client target" }</span>
                            <input id="srv-client-target" type="text" autocomplete="off" spellcheck="false"
                                value={i.client_target.clone()} placeholder={srv::CLIENT.webex_target(&shown_domain)}
                                oninput={edit(Field::ClientTarget)} />
                            <small>{ "A host name, not an IP address" }</small>
                        </label>
                    </div>
                </details>
            </form>

            <DomainForms data={g.data.clone()} />
            <Records data={g.data.clone()} />
            <FindingsList report={g.clone().into_json()} />
            <ReportActions report={g.clone().into_json()} stem="srv" sarif={crate::app::components::sarif_with!(crate::net::RULES)} />

            <section class="verify" aria-labelledby="verify-title">
                <h2 id="verify-title">{ "Verify published records" }</h2>
                <p class="muted">
                    { "Paste the output of " }<code>{ format!("dig SRV _xmpp-server._tcp.{shown_domain}") }</code>
                    { " (and the _xmpp-client one), " }<code>{ "nslookup -type=SRV …" }</code>
                    { " or your zone-file lines. Each record is compared with the ones above." }
                </p>
                <InputArea value={i.pasted.clone()} on_change={on_paste}
                    label="Published records (dig, nslookup, host or zone-file lines)"
                    placeholder={format!("_xmpp-server._tcp.{shown_domain}. 86400 IN SRV 5 0 5269 s2s.{shown_domain}.webexconnect.com.")}
                    sample={Some(AttrValue::from(sample(&shown_domain)))} accept=".txt,.zone,.db,text/plain" />
                if *busy {
                    <p class="busy" role="status">{ "Checking the pasted records…" }</p>
                }
                { verify_view(results.verified.as_ref()) }
            </section>
        </section>
    }
}

/// `dig` output for the federation record and a zone-file line for the
/// client one with a forgotten trailing dot: a realistic paste that shows
/// both a match and a finding.
fn sample(domain: &str) -> String {
    format!(
        "; <<>> DiG 9.18.28 <<>> SRV _xmpp-server._tcp.{domain}\n\
         ;; ANSWER SECTION:\n\
         _xmpp-server._tcp.{domain}. 86400 IN\tSRV\t5 0 5269 s2s.{domain}.webexconnect.com.\n\
         \n\
         ; zone file for {domain}\n\
         $ORIGIN {domain}.\n\
         _xmpp-client._tcp 86400 IN SRV 5 0 5222 c2s.{domain}.webexconnect.com\n"
    )
}

fn verify_view(report: Option<&Report<SrvData>>) -> Html {
    let Some(r) = report else {
        return html! {
            <p class="muted verify-empty">{ "Nothing pasted yet. Use “Load sample” to see an example." }</p>
        };
    };
    let json = r.clone().into_json();
    let v = match &r.data.verify {
        Some(Verification::Compared(v)) => v,
        // `None` only when the paste is not text: its findings say so.
        Some(Verification::NotCompared) | None => {
            return html! {
                <>
                    if r.data.verify.is_some() {
                        <p class="notice verify-blocked">{ "Fix the domain and options above first: there is nothing to compare with yet." }</p>
                    }
                    <FindingsList report={json} />
                </>
            };
        }
    };
    let or_dash = |x: Option<String>| x.unwrap_or_else(|| "—".to_string());
    html! {
        <div class="verify-result">
            <ul class="status-list">
                { for v.results.iter().map(|res| {
                    let status = res.status.as_str();
                    let icon = match res.status {
                        RecordStatus::Ok => "✓",
                        RecordStatus::Mismatch => "✖",
                        RecordStatus::Missing => "?",
                    };
                    html! {
                        <li class={classes!("status", status)} data-status={status}
                            data-name={res.name.clone()}>
                            <span class="status-icon" aria-hidden="true">{ icon }</span>
                            <code class="status-name">{ res.name.clone() }</code>
                            <span class="status-text">{ res.status.describe() }</span>
                        </li>
                    }
                }) }
            </ul>
            if !v.published.is_empty() {
                <h3>{ format!("Records read from the paste ({})", v.published.len()) }</h3>
                <div class="table-wrap" tabindex="0">
                    <table class="data published">
                        <thead><tr>
                            <th scope="col">{ "Line" }</th><th scope="col">{ "Name" }</th>
                            <th scope="col">{ "TTL" }</th><th scope="col">{ "Priority" }</th>
                            <th scope="col">{ "Weight" }</th><th scope="col">{ "Port" }</th>
                            <th scope="col">{ "Target" }</th><th scope="col">{ "Verdict" }</th>
                        </tr></thead>
                        <tbody>
                            { for v.published.iter().take(MAX_ROWS).map(|p| html! {
                                <tr class={classes!((!p.ok).then_some("bad"))}>
                                    <td>{ p.line }</td>
                                    <td class="mono host">{ breakable(&or_dash(p.name.clone())) }</td>
                                    <td>{ or_dash(p.ttl.map(|t| t.to_string())) }</td>
                                    <td>{ p.priority }</td>
                                    <td>{ p.weight }</td>
                                    <td>{ p.port }</td>
                                    <td class="mono host">{ breakable(&p.target) }</td>
                                    <td>{ p.verdict() }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                if v.published.len() > MAX_ROWS {
                    <p class="muted">{ format!("{} more records are not listed here; the findings cover them all.", v.published.len() - MAX_ROWS) }</p>
                }
            }
            <FindingsList report={json.clone()} />
            <ReportActions report={json} stem="srv-verify" sarif={crate::app::components::sarif_with!(crate::net::RULES)} />
        </div>
    }
}

/// A host name that may wrap after its dots, not in the middle of a label.
fn breakable(name: &str) -> Html {
    let parts: Vec<&str> = name.split_inclusive('.').collect();
    html! {
        <span class="host-name">
            { for parts.into_iter().map(|p| html! { <><span class="lbl">{ p.to_string() }</span><wbr /></> }) }
        </span>
    }
}

#[derive(Properties, PartialEq)]
struct DataProps {
    data: SrvData,
}

/// The domain as typed, in Unicode and in the ASCII (punycode) form DNS uses.
#[function_component(DomainForms)]
fn domain_forms(props: &DataProps) -> Html {
    let Some(d) = &props.data.domain else {
        return html! {};
    };
    if d.ascii == d.unicode {
        return html! {};
    }
    html! {
        <dl class="idn">
            <dt>{ "Unicode" }</dt><dd class="idn-unicode">{ d.unicode.clone() }</dd>
            <dt>{ "In DNS (punycode)" }</dt><dd class="idn-ascii"><code>{ d.ascii.clone() }</code></dd>
        </dl>
    }
}

/// The formats offered as tabs: key in `data.outputs`, label, file suffix, MIME type.
const FORMATS: &[(&str, &str, &str, &str)] = &[
    ("bind", "BIND zone", "srv.zone", "text/plain"),
    ("nsupdate", "nsupdate", "srv.nsupdate.txt", "text/plain"),
    ("powershell", "PowerShell", "srv.ps1", "text/plain"),
    (
        "route53",
        "Route 53 JSON",
        "srv.route53.json",
        "application/json",
    ),
    ("azure_cli", "Azure CLI", "srv.azure.sh", "text/plain"),
    (
        "cloudflare",
        "Cloudflare JSON",
        "srv.cloudflare.json",
        "application/json",
    ),
    ("fields", "Field list", "srv.fields.txt", "text/plain"),
];

/// The two records as the guide's field list, their zone-file lines, and
/// every output format.
#[function_component(Records)]
fn records(props: &DataProps) -> Html {
    let tab = use_state(|| "bind");
    let d = &props.data;
    let recs = &d.records;
    let Some(outputs) = d.outputs.as_ref().filter(|_| !recs.is_empty()) else {
        return html! {
            <p class="notice no-records">{ "No records yet: the findings below say what to fix." }</p>
        };
    };
    let ascii = d
        .domain
        .as_ref()
        .map_or_else(|| "domain".to_string(), |d| d.ascii.clone());
    let out = |key: &str| outputs.get(key).unwrap_or("").to_string();
    let bind = outputs.bind.clone();
    html! {
        <section class="records" aria-labelledby="records-title">
            <h2 id="records-title">{ "Records to publish" }</h2>
            <div class="table-wrap" tabindex="0">
                <table class="data srv-records">
                    <thead><tr>
                        <th scope="col">{ "Purpose" }</th><th scope="col">{ "Service" }</th>
                        <th scope="col">{ "Protocol" }</th><th scope="col">{ "Name" }</th>
                        <th scope="col">{ "TTL" }</th><th scope="col">{ "Priority" }</th>
                        <th scope="col">{ "Weight" }</th><th scope="col">{ "Port" }</th>
                        <th scope="col">{ "Target" }</th>
                    </tr></thead>
                    <tbody>
                        { for recs.iter().map(|r| html! {
                            <tr data-service={r.service.clone()}>
                                <td class="purpose">{ r.purpose.clone() }</td>
                                <td class="mono">{ r.service.clone() }</td>
                                <td class="mono">{ r.protocol.clone() }</td>
                                <td class="mono host">{ breakable(&r.domain) }</td>
                                <td>{ r.ttl }</td>
                                <td>{ r.priority }</td>
                                <td>{ r.weight }</td>
                                <td>{ r.port }</td>
                                <td class="mono host">{ breakable(&r.target) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <h3>{ "Zone-file lines" }</h3>
            <CodeBlock id="zone-lines" text={bind.clone()} file={format!("{ascii}.srv.zone")} mime="text/plain" />

            <h3>{ "For your DNS tooling" }</h3>
            <div class="tabs" role="tablist" aria-label="Output formats">
                { for FORMATS.iter().map(|&(key, label, _, _)| {
                    let selected = *tab == key;
                    let tab = tab.clone();
                    html! {
                        <button type="button" role="tab" id={format!("tab-{key}")}
                            class={classes!("tab", selected.then_some("selected"))}
                            aria-selected={selected.to_string()} aria-controls="format-panel"
                            data-format={key} onclick={Callback::from(move |_| tab.set(key))}>
                            { label }
                        </button>
                    }
                }) }
            </div>
            { for FORMATS.iter().filter(|f| f.0 == *tab).map(|&(key, _, suffix, mime)| html! {
                <div id="format-panel" role="tabpanel" aria-labelledby={format!("tab-{key}")}
                    class="tab-panel" data-format={key}>
                    <CodeBlock id={format!("out-{key}")} text={out(key)}
                        file={format!("{ascii}.{suffix}")} mime={mime} />
                </div>
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct CodeBlockProps {
    pub id: AttrValue,
    pub text: AttrValue,
    pub file: AttrValue,
    pub mime: AttrValue,
}

/// Generated text in a `pre.code`, with Copy and Download.
#[function_component(CodeBlock)]
pub(super) fn code_block(props: &CodeBlockProps) -> Html {
    html! {
        <div class="code-block">
            <div class="actions compact">
                <CopyButton text={props.text.clone()} />
                <DownloadButton name={props.file.clone()} mime={props.mime.clone()}
                    content={props.text.clone()} />
            </div>
            <pre class="code" id={props.id.clone()} tabindex="0">{ props.text.clone() }</pre>
        </div>
    }
}
