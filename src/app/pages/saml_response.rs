//! SAML response page: paste a captured `SAMLResponse` (XML, base64 POST
//! body, `SAMLResponse=` form field or Redirect URL), see how it was encoded,
//! what it says, the attribute table against the Webex Messenger attribute
//! set, the decoded XML, and a redacted copy for support cases.
//!
//! Everything shown comes from `crate::saml::response::check_typed` (its
//! `data` is [`ResponseData`], whose JSON is the contract documented in that
//! module) and `redact`; the page only formats it. Badges that say "ok" or
//! "problem" are read from `data.verdicts`, never decided here.

use std::rc::Rc;

use chrono::DateTime;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::browser;
use crate::app::components::{
    use_debounced_callback, use_latest_task, CopyButton, DownloadButton, InputArea,
    SharedFindingsList, SharedReport, SharedReportActions, SignaturesPanel,
};
use crate::saml::response::{
    self, NameIdSource, ResponseData, ResponseOptions, DEFAULT_CLOCK_SKEW_SECS,
    DEFAULT_SP_ENTITY_ID,
};
use crate::Report;

/// Okta's response in the HTTP-POST binding (base64 of the XML).
const SAMPLE: &str = include_str!("../samples/saml_response.b64");

/// Inputs above this size are checked after the "Checking…" note has had a
/// chance to paint, so a big paste shows progress instead of a frozen page.
const LARGE_INPUT: usize = 256 * 1024;

/// The decoded XML is shown expanded by default only below this size.
const XML_OPEN_BELOW: usize = 200 * 1024;

#[derive(Clone, PartialEq)]
struct Settings {
    sp_entity_id: String,
    clock_skew: String,
    nameid_source: NameIdSource,
    idp_metadata: AttrValue,
    /// The pasted trusted certificate or metadata.
    trust: AttrValue,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            sp_entity_id: DEFAULT_SP_ENTITY_ID.to_string(),
            clock_skew: DEFAULT_CLOCK_SKEW_SECS.to_string(),
            nameid_source: NameIdSource::UserName,
            idp_metadata: AttrValue::default(),
            trust: AttrValue::default(),
        }
    }
}

impl Settings {
    /// The clock skew box as seconds, when it holds a whole number in the
    /// core's range (`crate::options::CLOCK_SKEW_SECS`).
    fn skew_secs(&self) -> Option<i64> {
        crate::options::parse_whole_in(
            "clock_skew",
            &self.clock_skew,
            crate::options::CLOCK_SKEW_SECS,
            "seconds",
        )
        .ok()
    }

    /// The SP entity ID box, or the default when it is empty.
    fn sp_entity_id(&self) -> &str {
        match self.sp_entity_id.trim() {
            "" => DEFAULT_SP_ENTITY_ID,
            sp => sp,
        }
    }

    /// Why the SP entity ID box cannot be used (then the default is).
    fn sp_error(&self) -> Option<String> {
        crate::options::uri("sp_entity_id", self.sp_entity_id())
            .err()
            .map(|e| e.message)
    }

    /// The options through the core's constructor (as the CLI builds them);
    /// a box that does not validate is replaced by its default, and says so.
    fn options(&self) -> ResponseOptions {
        let sp = match self.sp_error() {
            None => self.sp_entity_id(),
            Some(_) => DEFAULT_SP_ENTITY_ID,
        };
        let metadata =
            (!self.idp_metadata.trim().is_empty()).then(|| self.idp_metadata.to_string());
        let skew = self.skew_secs().unwrap_or(DEFAULT_CLOCK_SKEW_SECS);
        let mut options =
            ResponseOptions::new(sp, skew, self.nameid_source, metadata).unwrap_or_default();
        options.trust = self.trust_store().unwrap_or_default();
        options
    }

    /// The pasted trusted certificate, read by the core; `Err` says why it
    /// cannot be used.
    fn trust_store(&self) -> Result<crate::xmldsig::TrustStore, String> {
        crate::app::components::read_trust(&self.trust)
    }
}

/// A report on screen: typed for this page, and as JSON (made once) for the
/// shared findings list and report actions.
#[derive(PartialEq)]
struct Checked {
    report: Report<ResponseData>,
    json: SharedReport,
}

fn run_check(input: &str, settings: &Settings) -> Checked {
    let report = response::check_typed(input, &settings.options(), crate::app::browser::now());
    let json = SharedReport::new(report.clone().into_json());
    Checked { report, json }
}

fn run_redact(input: &str) -> Result<String, String> {
    response::redact(input).map_err(|e| e.to_string())
}

/// One validation request: the input, the options, and whether the redacted
/// copy is on show (then it is recomputed too).
#[derive(Clone)]
struct Job {
    input: AttrValue,
    settings: Settings,
    redact: bool,
}

#[function_component(SamlResponsePage)]
pub fn saml_response_page() -> Html {
    let input = use_state(|| AttrValue::Static(SAMPLE));
    let settings = use_state(Settings::default);
    let report = use_state(|| Rc::new(run_check(SAMPLE, &Settings::default())));
    let redacted = use_state(|| None::<Result<String, String>>);
    // Results of an older, slower job must not overwrite a newer one.
    let task = use_latest_task();

    let run = {
        let (report, redacted, task) = (report.clone(), redacted.clone(), task.clone());
        Callback::from(move |job: Job| {
            let (report, redacted) = (report.clone(), redacted.clone());
            let large = job.input.len() > LARGE_INPUT;
            let redact = job.redact;
            task.run(
                large,
                move || {
                    let r = run_check(&job.input, &job.settings);
                    (r, job.redact.then(|| run_redact(&job.input)))
                },
                move |(r, red)| {
                    report.set(Rc::new(r));
                    if redact {
                        redacted.set(red);
                    }
                },
            );
        })
    };
    let validate = use_debounced_callback(200, run.clone());

    let redact_on = redacted.is_some();
    let on_input = {
        let (input, settings, validate) = (input.clone(), settings.clone(), validate.clone());
        Callback::from(move |text: String| {
            let text = AttrValue::from(text);
            input.set(text.clone());
            validate.emit(Job {
                input: text,
                settings: (*settings).clone(),
                redact: redact_on,
            });
        })
    };
    // Every option change re-checks the current input.
    let update = {
        let (input, settings, validate) = (input.clone(), settings.clone(), validate.clone());
        move |change: fn(&mut Settings, String)| {
            let (input, settings, validate) = (input.clone(), settings.clone(), validate.clone());
            Callback::from(move |value: String| {
                let mut next = (*settings).clone();
                change(&mut next, value);
                settings.set(next.clone());
                validate.emit(Job {
                    input: (*input).clone(),
                    settings: next,
                    redact: redact_on,
                });
            })
        }
    };
    let on_sp = update(|s, v| s.sp_entity_id = v);
    let on_skew = update(|s, v| s.clock_skew = v);
    let on_source = update(|s, v| {
        s.nameid_source = NameIdSource::parse(&v).unwrap_or_default();
    });
    let on_metadata = update(|s, v| s.idp_metadata = AttrValue::from(v));
    let on_trust = update(|s, v| s.trust = AttrValue::from(v));
    let trust_error = settings.trust_store().err();

    let on_redact = {
        let (input, redacted) = (input.clone(), redacted.clone());
        Callback::from(move |_| redacted.set(Some(run_redact(&input))))
    };
    let on_hide_redacted = {
        let redacted = redacted.clone();
        Callback::from(move |_| redacted.set(None))
    };

    let text_input = |cb: Callback<String>| {
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                cb.emit(i.value());
            }
        })
    };
    let on_select = {
        let on_source = on_source.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                on_source.emit(s.value());
            }
        })
    };
    let skew_invalid = settings.skew_secs().is_none();
    let sp_error = settings.sp_error();

    let redact_view = match &*redacted {
        None => html! {
            <button id="redact-button" type="button" class="button" onclick={on_redact}>{ "Redact for support" }</button>
        },
        Some(Ok(xml)) => html! {
            <>
                <pre class="code resp-xml" id="redacted-xml" tabindex="0" aria-label="Redacted XML">{ xml.clone() }</pre>
                <div class="actions">
                    <CopyButton text={xml.clone()} label="Copy redacted XML" />
                    <DownloadButton name="saml-response-redacted.xml" mime="application/xml"
                        content={xml.clone()} label="Download saml-response-redacted.xml" />
                    <button type="button" class="button subtle" onclick={on_hide_redacted}>{ "Hide" }</button>
                </div>
            </>
        },
        Some(Err(e)) => html! {
            <>
                <p class="notice resp-redact-error" id="redact-error" role="status">
                    { format!("This input cannot be redacted: {e}. The findings below say why.") }
                </p>
                <button type="button" class="button subtle" onclick={on_hide_redacted}>{ "Hide" }</button>
            </>
        },
    };

    html! {
        // `data-input-sha256` names the input the report on screen is for
        // (tests wait for it instead of guessing how long a check takes).
        <section class="page tool saml-response" data-tool="saml-response"
            data-input-sha256={report.report.input_sha256.clone()}>
            <h1>{ "SAML response" }</h1>
            <p class="lede">
                { "Paste the SAMLResponse your IdP sent to Webex (captured with a browser SAML tracer or from the IdP's log) to see what it says and why Webex would accept or reject it. It is decoded and checked here, in your browser; nothing is uploaded." }
            </p>
            <InputArea value={(*input).clone()} on_change={on_input}
                label="SAML response: XML, base64 (HTTP-POST), a SAMLResponse= form field, or a Redirect URL"
                placeholder="PHNhbWxwOlJlc3BvbnNlIC4uLg== or <samlp:Response …> or SAMLResponse=…"
                sample={AttrValue::Static(SAMPLE)} accept=".xml,.txt,.b64,.saml,.html,.htm" />

            <fieldset class="resp-options">
                <legend>{ "Options" }</legend>
                <div class="resp-option-row">
                    <label class={classes!("field", "wide", sp_error.is_some().then_some("invalid"))}>
                        <span>{ "SP entity ID" }</span>
                        <input id="sp-entity-id" type="text" autocomplete="off" spellcheck="false"
                            value={settings.sp_entity_id.clone()} oninput={text_input(on_sp)}
                            aria-describedby="sp-hint" />
                        <small id="sp-hint">
                            if let Some(e) = &sp_error {
                                { format!("The SP entity ID {e}; using {DEFAULT_SP_ENTITY_ID}") }
                            } else {
                                { "\"WebEx SAML Issuer (SP ID)\": the Audience must name it" }
                            }
                        </small>
                    </label>
                    <label class={classes!("field", skew_invalid.then_some("invalid"))}>
                        <span>{ "Clock skew (seconds)" }</span>
                        <input id="clock-skew" type="number" min="0" step="1" inputmode="numeric"
                            value={settings.clock_skew.clone()} oninput={text_input(on_skew)}
                            aria-describedby="skew-hint" />
                        <small id="skew-hint">
                            if skew_invalid {
                                { format!("Not a whole number of seconds from 0 to {}; using {DEFAULT_CLOCK_SKEW_SECS}", crate::options::CLOCK_SKEW_SECS.end()) }
                            } else {
                                { "Tolerated IdP / Webex clock difference" }
                            }
                        </small>
                    </label>
                    <label class="field">
                        <span>{ "NameID source" }</span>
                        <select id="nameid-source" onchange={on_select} aria-describedby="source-hint">
                            { for [(NameIdSource::UserName, "UserName (uid)"), (NameIdSource::Email, "Email"), (NameIdSource::EmployeeId, "EmployeeID")]
                                .iter().map(|(src, label)| html! {
                                    <option value={src.as_str()} selected={settings.nameid_source == *src}>{ *label }</option>
                                }) }
                        </select>
                        <small id="source-hint">{ "The NameID selection in \"Enter Security Settings\"" }</small>
                    </label>
                </div>
                <MetadataInput value={settings.idp_metadata.clone()} on_change={on_metadata} />
            </fieldset>

            if task.busy() {
                <p class="notice resp-busy" role="status">{ "Checking… (large input)" }</p>
            }
            <Summary report={Rc::clone(&report)} />
            <SignaturesPanel checks={report.report.data.signature_checks()} trust={settings.trust.clone()}
                {trust_error} {on_trust} />
            <SharedFindingsList report={report.json.clone()} />
            <SharedReportActions report={report.json.clone()} stem="saml-response" sarif={crate::app::components::sarif_with!(crate::saml::response::RULES, crate::saml::RULES, crate::x509::RULES)} />
            <AttributeTable report={Rc::clone(&report)} />
            <DecodedXml report={Rc::clone(&report)} />

            <section class="resp-redact" aria-labelledby="redact-heading">
                <h2 id="redact-heading">{ "Redact for support" }</h2>
                <p class="muted">
                    { "Attach a response to a support case without leaking a live identity: the NameID, attribute values, email addresses and IP addresses are replaced by consistent placeholders (the same value always gets the same placeholder, emails keep their shape), while the structure, Issuer, Audience, times and certificates are kept, so the rule results stay the same. Signatures no longer verify." }
                </p>
                { redact_view }
            </section>

        </section>
    }
}

#[derive(Properties, PartialEq)]
struct MetadataProps {
    value: AttrValue,
    on_change: Callback<String>,
}

/// The optional IdP metadata: a small text box and a file picker.
#[function_component(MetadataInput)]
fn metadata_input(props: &MetadataProps) -> Html {
    let status = use_state(String::new);
    let picker = use_node_ref();
    let oninput = {
        let cb = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
                cb.emit(t.value());
            }
        })
    };
    let onpick = {
        let (cb, status) = (props.on_change.clone(), status.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                let (cb, status) = (cb.clone(), status.clone());
                let name = file.name();
                wasm_bindgen_futures::spawn_local(async move {
                    match browser::read_file(file).await {
                        Ok(bytes) => {
                            status.set(format!("Loaded {name} ({} bytes)", bytes.len()));
                            cb.emit(crate::app::browser::file_text(&bytes));
                        }
                        Err(e) => status.set(e),
                    }
                });
            }
            input.set_value("");
        })
    };
    let open = {
        let picker = picker.clone();
        Callback::from(move |_| {
            if let Some(el) = picker.cast::<web_sys::HtmlElement>() {
                el.click();
            }
        })
    };
    let clear = {
        let (cb, status) = (props.on_change.clone(), status.clone());
        Callback::from(move |_| {
            status.set(String::new());
            cb.emit(String::new());
        })
    };
    html! {
        <div class="resp-metadata">
            <label class="input-label" for="idp-metadata">{ "IdP metadata (optional)" }</label>
            <p class="muted small" id="metadata-hint">
                { "Paste or open your IdP's SAML metadata to check that the Issuer is its entityID and that the response is signed with a certificate it lists." }
            </p>
            <textarea id="idp-metadata" class="code small" spellcheck="false" autocomplete="off"
                aria-describedby="metadata-hint" placeholder="<md:EntityDescriptor entityID=…>"
                value={props.value.clone()} {oninput} />
            <div class="input-tools">
                <button type="button" class="button" onclick={open}>{ "Open metadata file…" }</button>
                <input ref={picker} class="hidden-input" type="file" accept=".xml,.txt"
                    onchange={onpick} aria-label="Open IdP metadata file" tabindex="-1" />
                if !props.value.is_empty() {
                    <button type="button" class="button subtle" onclick={clear}>{ "Clear metadata" }</button>
                }
                <span class="input-status" role="status">{ (*status).clone() }</span>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ReportProps {
    /// Shared, not cloned: `data` holds the whole decoded message.
    report: Rc<Checked>,
}

/// A value worth showing (not absent, not empty).
fn text(v: Option<&str>) -> Option<&str> {
    v.filter(|s| !s.is_empty())
}

fn encoding_label(d: &ResponseData) -> String {
    let base = match d.encoding.as_deref() {
        Some("xml") => "XML",
        Some("base64") => "base64 (HTTP-POST)",
        Some("base64-deflate") => "base64 + DEFLATE (HTTP-Redirect)",
        Some(other) => other,
        None => "not recognised",
    };
    let mut out = base.to_string();
    if d.url_encoded == Some(true) {
        out.push_str(", URL-encoded");
    }
    if let Some(f) = text(d.form_field()) {
        out.push_str(&format!(", from a {f}= field"));
    }
    out
}

/// The last segment of a SAML URN (`…:status:Success` → `Success`).
fn short_urn(s: &str) -> &str {
    s.rsplit(':').next().unwrap_or(s)
}

/// "2 days ago" / "in 3 minutes" between two instants (display only).
fn relative(t: &str, now: &str) -> Option<String> {
    let t = DateTime::parse_from_rfc3339(t).ok()?;
    let now = DateTime::parse_from_rfc3339(now).ok()?;
    let secs = (t - now).num_seconds();
    let a = secs.unsigned_abs();
    let amount = match a {
        0..=59 => format!("{a} s"),
        60..=3599 => format!("{} min", a / 60),
        3600..=172_799 => format!("{} h", a / 3600),
        _ => format!("{} days", a / 86_400),
    };
    Some(if secs >= 0 {
        format!("in {amount}")
    } else {
        format!("{amount} ago")
    })
}

fn verdict(ok: bool, ok_text: &str, bad_class: &'static str, bad_text: &str) -> Html {
    if ok {
        html! { <span class="badge ok">{ ok_text.to_string() }</span> }
    } else {
        html! { <span class={classes!("badge", bad_class)}>{ bad_text.to_string() }</span> }
    }
}

fn row(label: &'static str, key: &'static str, body: Html) -> Html {
    html! {
        <div class="resp-row" data-key={key}>
            <dt>{ label }</dt>
            <dd>{ body }</dd>
        </div>
    }
}

fn code_or_dash(v: Option<&str>) -> Html {
    match text(v) {
        Some(s) => html! { <code>{ s.to_string() }</code> },
        None => html! { <span class="muted">{ "—" }</span> },
    }
}

/// What the message is and says: encoding, status, issuer, NameID, validity
/// window, audiences, authentication context and account readiness.
#[function_component(Summary)]
fn summary(props: &ReportProps) -> Html {
    let d = &props.report.report.data;
    if !d.decoded() {
        return html! {
            <section class="resp-summary card" aria-labelledby="summary-heading">
                <h2 id="summary-heading">{ "Summary" }</h2>
                <p class="muted" id="resp-undecoded">{ "The input could not be decoded as a SAML message; the findings below say why." }</p>
            </section>
        };
    }
    // Present whenever the input was decoded.
    let v = d.verdicts.as_ref();
    let verdict_is = |key: fn(&response::verdicts::Verdicts) -> bool, value: bool| {
        v.is_some_and(|v| key(v) == value)
    };
    let window = v.and_then(|v| v.window.as_deref());
    let kind = text(d.kind.as_deref())
        .unwrap_or("Unrecognised XML")
        .to_string();
    let mut rows: Vec<Html> = Vec::new();
    rows.push(row(
        "Message",
        "kind",
        html! { <strong id="resp-kind">{ kind.clone() }</strong> },
    ));
    rows.push(row(
        "Encoding",
        "encoding",
        html! { <span id="resp-encoding">{ encoding_label(d) }</span> },
    ));
    let envelope = d.envelope.clone().unwrap_or_default();
    if !envelope.is_empty() {
        rows.push(row(
            "Carried in",
            "envelope",
            html! { <code id="resp-envelope">{ envelope.join(" › ") }</code> },
        ));
    }
    if let Some(sig) = d.redirect_signature() {
        let alg = sig.sig_alg.as_deref();
        let signed = sig.signature;
        rows.push(row(
            "Redirect signature",
            "redirect_signature",
            html! {
                <span id="resp-redirect-signature">
                    { if signed { "Signature parameter present" } else { "no Signature parameter" } }
                    if let Some(a) = alg {
                        { ", SigAlg " }<code>{ a.rsplit('#').next().unwrap_or(a).to_string() }</code>
                    }
                    { " (verified in Signatures below)" }
                </span>
            },
        ));
    }

    if let Some(st) = d.status() {
        let success = st.success;
        let code = st.code.as_str();
        let nested = &st.second_level;
        rows.push(row(
            "Status",
            "status",
            html! {
                <>
                    { verdict(success, short_urn(code), "error", short_urn(code)) }
                    { " " }
                    <span class="resp-meaning">{ st.meaning.clone().unwrap_or_default() }</span>
                    <div class="muted small"><code>{ code.to_string() }</code></div>
                    if !nested.is_empty() {
                        <ul class="resp-nested">
                            { for nested.iter().map(|n| html! {
                                <li>
                                    <code>{ n.code.clone() }</code>
                                    { ": " }{ n.meaning.clone().unwrap_or_default() }
                                </li>
                            }) }
                        </ul>
                    }
                    if let Some(m) = text(st.message.as_deref()) {
                        <div class="small">{ "Message: " }<q>{ m.to_string() }</q></div>
                    }
                </>
            },
        ));
    } else if kind == "Response" {
        rows.push(row(
            "Status",
            "status",
            html! { <span class="badge error">{ "missing" }</span> },
        ));
    }

    if let Some(a) = &d.assertion {
        if a.encrypted {
            let algs: Vec<String> = a.encryption_methods.clone().unwrap_or_default();
            rows.push(row(
                "Assertion",
                "assertion",
                html! {
                    <>
                        <span class="badge warning">{ "encrypted" }</span>
                        { " It cannot be read without the Webex SP private key." }
                        <ul class="resp-list">{ for algs.iter().map(|a| html! { <li><code>{ a.clone() }</code></li> }) }</ul>
                    </>
                },
            ));
        } else if !a.present {
            rows.push(row(
                "Assertion",
                "assertion",
                html! { <span class="muted">{ "none" }</span> },
            ));
        }
    }

    if kind != "AuthnRequest" {
        rows.push(row(
            "Issuer",
            "issuer",
            html! {
                <>
                    { code_or_dash(d.issuer()) }
                    if verdict_is(|v| v.issuer_ok, false) {
                        { " " }<span class="badge error">{ "see findings" }</span>
                    } else if d.idp_metadata.is_some() {
                        { " " }<span class="badge ok">{ "matches the IdP metadata" }</span>
                    }
                </>
            },
        ));
    }

    if let Some(n) = d.name_id() {
        let value = n.value.as_str();
        let has_comment = n.has_comment;
        let format = n.format.as_deref().unwrap_or("");
        let label = n.format_label.as_deref().unwrap_or("");
        rows.push(row(
            "NameID",
            "name_id",
            html! {
                <>
                    <code id="resp-nameid">{ value.to_string() }</code>
                    if has_comment {
                        { " " }<span class="badge error" id="resp-nameid-comment">{ "contains an XML comment: full text shown" }</span>
                    }
                    if verdict_is(|v| v.name_id_matches_source, false) {
                        { " " }<span class="badge warning">{ "does not match the NameID source attribute" }</span>
                    }
                    <div class="small">
                        { if label.is_empty() { "Format: ".to_string() } else { format!("Format: {label} ") } }
                        if format.is_empty() {
                            <span class="muted">{ "(none)" }</span>
                        } else {
                            <code class="muted">{ format.to_string() }</code>
                        }
                        if verdict_is(|v| v.name_id_format_supported, false) {
                            { " " }<span class="badge error">{ "not supported by Webex" }</span>
                        }
                    </div>
                </>
            },
        ));
    }

    if let Some(c) = d.conditions() {
        let now = d.now.as_str();
        let nb = text(c.not_before.as_deref());
        let noa = text(c.not_on_or_after.as_deref());
        let state = match window {
            Some("expired") => {
                html! { <span class="badge error" id="resp-window-state">{ "expired" }</span> }
            }
            Some("not-yet-valid") => {
                html! { <span class="badge error" id="resp-window-state">{ "not yet valid" }</span> }
            }
            Some("valid") => {
                html! { <span class="badge ok" id="resp-window-state">{ "valid now" }</span> }
            }
            _ => html! {},
        };
        let edge = |label: &str, t: Option<&str>| match t {
            Some(t) => html! {
                <div class="small">
                    { format!("{label} ") }<code>{ t.to_string() }</code>
                    { relative(t, now).map(|r| format!(" ({r})")).unwrap_or_default() }
                </div>
            },
            None => html! { <div class="small muted">{ format!("{label} —") }</div> },
        };
        let skew = d.clock_skew_seconds;
        rows.push(row(
            "Valid",
            "conditions",
            html! {
                <>
                    { state }
                    { format!(" checked against your clock, {now}, ±{skew} s") }
                    { edge("NotBefore", nb) }
                    { edge("NotOnOrAfter", noa) }
                </>
            },
        ));
        let audiences = &c.audiences;
        let audience_bad = verdict_is(|v| v.audience_ok, false);
        rows.push(row(
            "Audience",
            "audiences",
            html! {
                <>
                    if audiences.is_empty() {
                        <span class="muted">{ "none" }</span>
                    } else {
                        <ul class="resp-list">{ for audiences.iter().map(|a| html! { <li><code>{ a.clone() }</code></li> }) }</ul>
                    }
                    { verdict(!audience_bad, "names the SP entity ID", "error", "does not name the SP entity ID") }
                    <span class="muted small">{ format!(" {}", d.sp_entity_id) }</span>
                </>
            },
        ));
    }

    if kind != "AuthnRequest" && (d.authn().is_some() || d.name_id().is_some()) {
        rows.push(row(
            "AuthnContextClassRef",
            "authn",
            code_or_dash(d.authn().and_then(|a| a.authn_context_class_ref.as_deref())),
        ));
    }

    if let Some(acc) = &d.account {
        let creation = &acc.auto_account_creation;
        let update = &acc.auto_account_update;
        let missing = &creation.missing;
        let c_ready = creation.ready;
        let u_ready = update.ready;
        rows.push(row(
            "Auto Account Creation",
            "auto_account_creation",
            html! {
                <>
                    { verdict(c_ready, "ready", "warning", "not ready") }
                    if c_ready {
                        { " this response would create the account if it does not exist" }
                    } else {
                        { format!(" missing: {}", missing.join(", ")) }
                    }
                </>
            },
        ));
        rows.push(row(
            "Auto Account Update",
            "auto_account_update",
            html! {
                <>
                    { verdict(u_ready, "ready", "warning", "not ready") }
                    if let Some(ts) = text(update.update_timestamp.as_deref()) {
                        { " updateTimeStamp " }<code>{ ts.to_string() }</code>
                        if let Some(form) = text(update.update_timestamp_form.as_deref()) {
                            { format!(" ({form}") }
                            { text(update.update_timestamp_utc.as_deref()).map(|u| format!(", {u}")).unwrap_or_default() }
                            { ")" }
                        }
                    } else {
                        { " no updateTimeStamp attribute: existing accounts are not updated" }
                    }
                </>
            },
        ));
        if verdict_is(|v| v.uid_is_upn, true) {
            rows.push(row(
                "uid",
                "uid_upn",
                html! { <><span class="badge info">{ "UPN" }</span>{ " uid has a domain suffix: keep \"Remove uid Domain Suffix for Active Directory UPN\" unchecked (see findings)" }</> },
            ));
        }
    }

    if let Some(req) = &d.authn_request {
        let refs: Vec<String> = req
            .requested_authn_context
            .as_ref()
            .map(|rc| rc.class_refs.clone())
            .unwrap_or_default();
        rows.push(row(
            "Destination",
            "destination",
            code_or_dash(req.destination.as_deref()),
        ));
        rows.push(row(
            "AssertionConsumerServiceURL",
            "acs",
            code_or_dash(req.assertion_consumer_service_url.as_deref()),
        ));
        rows.push(row(
            "ProtocolBinding",
            "binding",
            code_or_dash(req.protocol_binding.as_deref()),
        ));
        rows.push(row(
            "NameIDPolicy Format",
            "name_id_policy",
            code_or_dash(
                req.name_id_policy
                    .as_ref()
                    .and_then(|p| p.format.as_deref()),
            ),
        ));
        rows.push(row(
            "RequestedAuthnContext",
            "requested_authn_context",
            if refs.is_empty() {
                html! { <span class="muted">{ "—" }</span> }
            } else {
                html! { <ul class="resp-list">{ for refs.iter().map(|a| html! { <li><code>{ a.clone() }</code></li> }) }</ul> }
            },
        ));
    }

    if d.signatures.is_some() {
        let sigs = d.signature_places();
        rows.push(row(
            "Signatures",
            "signatures",
            if sigs.is_empty() {
                html! { <span class="badge warning">{ "none" }</span> }
            } else {
                html! {
                    <ul class="resp-list">
                        { for sigs.iter().map(|s| html! {
                            <li>
                                <code>{ s.parent_path.clone().unwrap_or_default() }</code>
                                { " " }
                                <span class="muted">{ short_urn(s.signature_method.as_deref().unwrap_or("")).rsplit('#').next().unwrap_or("").to_string() }</span>
                            </li>
                        }) }
                    </ul>
                }
            },
        ));
    }

    if let Some(s) = &d.schema {
        let class = if !s.checked {
            "badge"
        } else if s.valid {
            "badge ok"
        } else {
            "badge error"
        };
        rows.push(row(
            "Schema",
            "schema",
            html! { <span id="resp-schema" class={class} data-valid={s.valid.to_string()}>{ s.label() }</span> },
        ));
    }

    html! {
        <section class="resp-summary card" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ "Summary" }</h2>
            <dl class="resp-grid">{ for rows }</dl>
        </section>
    }
}

fn status_badge(status: &str) -> Html {
    let (class, label) = match status {
        "ok" => ("ok", "ok"),
        "error" => ("error", "error"),
        "warning" => ("warning", "warning"),
        _ => ("info", "info"),
    };
    html! { <span class={classes!("badge", class)}>{ label }</span> }
}

/// The attribute set side by side with the rule each row satisfies or breaks.
#[function_component(AttributeTable)]
fn attribute_table(props: &ReportProps) -> Html {
    let Some(rows) = &props.report.report.data.attribute_table else {
        return html! {};
    };
    html! {
        <section class="resp-attributes" aria-labelledby="attributes-heading">
            <h2 id="attributes-heading">{ "Attributes" }</h2>
            if rows.is_empty() {
                <p class="muted">{ "The assertion carries no attributes." }</p>
            } else {
                <div class="table-wrap" tabindex="0">
                    <table class="resp-table" id="attribute-table">
                        <thead>
                            <tr>
                                <th scope="col">{ "Attribute" }</th>
                                <th scope="col">{ "Value(s)" }</th>
                                <th scope="col">{ "Status" }</th>
                                <th scope="col">{ "Rule" }</th>
                                <th scope="col">{ "Note" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for rows.iter().map(|r| {
                                let name = r.name.clone();
                                let values = &r.values;
                                let status = r.status.as_str();
                                let rule = r.rule.clone().unwrap_or_default();
                                let note = r.note.clone().unwrap_or_default();
                                html! {
                                    <tr data-attribute={name.clone()} data-status={status.to_string()}>
                                        <th scope="row">
                                            <code>{ name }</code>
                                            if r.required {
                                                <span class="resp-required">{ "required" }</span>
                                            }
                                        </th>
                                        <td class="values" data-label="Value(s)">
                                            <div>
                                                if values.is_empty() {
                                                    <span class="muted">{ "(no value)" }</span>
                                                }
                                                { for values.iter().map(|v| html! { <div><code>{ v.clone() }</code></div> }) }
                                            </div>
                                        </td>
                                        <td data-label="Status">{ status_badge(status) }</td>
                                        <td class={classes!(rule.is_empty().then_some("empty"))} data-label="Rule">
                                            if !rule.is_empty() {
                                                <a class="rule-id" href={format!("#/rules?id={rule}")}>{ rule.clone() }</a>
                                            }
                                        </td>
                                        <td class={classes!("note", note.is_empty().then_some("empty"))} data-label="Note">{ note }</td>
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

/// The decoded, pretty-printed XML, collapsible (rendered only when open, so
/// a multi-megabyte message does not weigh on every keystroke).
#[function_component(DecodedXml)]
fn decoded_xml(props: &ReportProps) -> Html {
    let xml = props.report.report.data.xml_pretty.as_deref().unwrap_or("");
    let user_choice = use_state(|| None::<bool>);
    if xml.is_empty() {
        return html! {};
    }
    let open = user_choice.unwrap_or(xml.len() < XML_OPEN_BELOW);
    let toggle = {
        let user_choice = user_choice.clone();
        Callback::from(move |_| user_choice.set(Some(!open)))
    };
    html! {
        <section class="resp-decoded" aria-labelledby="xml-heading">
            <div class="resp-section-head">
                <h2 id="xml-heading">{ "Decoded XML" }</h2>
                <button type="button" class="button subtle" id="xml-toggle" onclick={toggle}
                    aria-expanded={open.to_string()} aria-controls="decoded-xml">
                    { if open { "Hide" } else { "Show" } }
                </button>
                <CopyButton text={xml.to_string()} label="Copy XML" />
            </div>
            if open {
                <pre class="code resp-xml" id="decoded-xml" tabindex="0" aria-label="Decoded XML">{ xml.to_string() }</pre>
            } else {
                <p class="muted small">{ format!("{} characters, hidden.", xml.chars().count()) }</p>
            }
        </section>
    }
}
