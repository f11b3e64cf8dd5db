//! X.509 certificate page: paste PEM/base64 or drop .crt/.cer/.der/.p7b
//! files (read as raw bytes, several at once), checked live by
//! `crate::x509::check_files_typed` against the browser clock. Renders each
//! certificate's details, the chain, the organisation set with its rollover
//! timeline (SVG), the expiry calendar download and the findings.
//!
//! Private keys: the core never returns a key's content; when a pasted text
//! held one, the page also empties the text box so the key is not left on
//! screen.

use std::rc::Rc;

use chrono::{DateTime, Datelike, TimeZone, Utc};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::{
    use_debounced_callback, use_latest_task, CopyButton, DownloadButton, InputArea, LoadedFiles,
    SharedFindingsList, SharedReport, SharedReportActions,
};
use crate::x509::{self, CertData, CertificateInfo, Chain, LintContext, Rollover, Validity};
use crate::Report;

const SAMPLE: &str = include_str!("../samples/certificate.pem");
/// Cards rendered at first; a bundle of thousands shows a "show more" button.
const CARDS_AT_FIRST: usize = 25;
/// Rows drawn in the timeline picture.
const TIMELINE_ROWS: usize = 20;

#[derive(Clone, PartialEq)]
struct Options {
    warn_days: i64,
    sp: bool,
    encryption: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            warn_days: x509::lints::DEFAULT_EXPIRY_WARNING_DAYS,
            sp: false,
            encryption: false,
        }
    }
}

/// What is being checked: the text box, or files read as bytes.
#[derive(Clone, PartialEq)]
enum Input {
    Text(String),
    Files(Rc<LoadedFiles>),
}

fn run(input: &Input, opts: &Options) -> Report<CertData> {
    let now = crate::app::browser::now();
    // The field only stores values the core accepts (see `on_warn_days`).
    let ctx =
        LintContext::checked(now, opts.warn_days, opts.sp, !opts.encryption).unwrap_or_else(|_| {
            let mut ctx = LintContext::new(now);
            ctx.sp = opts.sp;
            ctx.signing = !opts.encryption;
            ctx
        });
    match input {
        Input::Text(t) => x509::check_typed(t.as_bytes(), None, &ctx),
        Input::Files(files) => {
            let refs: Vec<(Option<&str>, &[u8])> = files
                .iter()
                .map(|(n, b)| (Some(n.as_str()), b.as_slice()))
                .collect();
            x509::check_files_typed(&refs, &ctx)
        }
    }
}

fn input_bytes(input: &Input) -> usize {
    match input {
        Input::Text(t) => t.len(),
        Input::Files(f) => f.iter().map(|(_, b)| b.len()).sum(),
    }
}

#[function_component(CertPage)]
pub fn cert_page() -> Html {
    let text = use_state(|| SAMPLE.to_string());
    let files = use_state(|| None::<Rc<LoadedFiles>>);
    let opts = use_state(Options::default);
    let report = use_state(|| Rc::new(run(&Input::Text(SAMPLE.into()), &Options::default())));
    let task = use_latest_task();
    let key_removed = use_state(|| false);

    // Runs the check after yielding once, so the "Checking…" note paints
    // before a large input blocks the thread.
    let analyse = {
        let (report, text, key_removed, task) = (
            report.clone(),
            text.clone(),
            key_removed.clone(),
            task.clone(),
        );
        Callback::from(move |(input, opts): (Input, Options)| {
            let (report, text, key_removed) = (report.clone(), text.clone(), key_removed.clone());
            let large = input_bytes(&input) > 256 * 1024;
            let pasted = matches!(input, Input::Text(_));
            task.run(
                large,
                move || run(&input, &opts),
                move |r| {
                    // A private key pasted into the box is not kept there.
                    if r.data.private_keys > 0 && pasted {
                        text.set(String::new());
                        key_removed.set(true);
                    }
                    report.set(Rc::new(r));
                },
            );
        })
    };
    let analyse_later = use_debounced_callback(250, analyse.clone());

    let current_input = {
        let (text, files) = (text.clone(), files.clone());
        move || match &*files {
            Some(f) => Input::Files(f.clone()),
            None => Input::Text((*text).clone()),
        }
    };

    let on_text = {
        let (text, files, opts, key_removed, analyse_later) = (
            text.clone(),
            files.clone(),
            opts.clone(),
            key_removed.clone(),
            analyse_later.clone(),
        );
        Callback::from(move |t: String| {
            files.set(None);
            key_removed.set(false);
            text.set(t.clone());
            analyse_later.emit((Input::Text(t), (*opts).clone()));
        })
    };
    let on_files = {
        let (text, files, opts, key_removed, analyse) = (
            text.clone(),
            files.clone(),
            opts.clone(),
            key_removed.clone(),
            analyse.clone(),
        );
        Callback::from(move |loaded: LoadedFiles| {
            let loaded = Rc::new(loaded);
            text.set(String::new());
            key_removed.set(false);
            files.set(Some(loaded.clone()));
            analyse.emit((Input::Files(loaded), (*opts).clone()));
        })
    };
    let set_opts = {
        let (opts, analyse) = (opts.clone(), analyse.clone());
        let current_input = current_input.clone();
        move |next: Options| {
            opts.set(next.clone());
            analyse.emit((current_input(), next));
        }
    };
    let on_warn_days = {
        let (opts, set_opts) = (opts.clone(), set_opts.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                // An empty or partial number keeps the previous setting.
                if let Ok(n) = crate::options::parse_whole_in(
                    "expiry_warning_days",
                    &i.value(),
                    crate::options::EXPIRY_WARNING_DAYS,
                    "days",
                ) {
                    set_opts(Options {
                        warn_days: n,
                        ..(*opts).clone()
                    });
                }
            }
        })
    };
    // A checkbox that sets one option.
    let toggle = |set: fn(&mut Options, bool)| {
        let (opts, set_opts) = (opts.clone(), set_opts.clone());
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                let mut next = (*opts).clone();
                set(&mut next, i.checked());
                set_opts(next);
            }
        })
    };
    let on_sp = toggle(|o, on| o.sp = on);
    let on_encryption = toggle(|o, on| o.encryption = on);

    // Keyed by the report's address: comparing two large reports would cost
    // more than the conversion it saves.
    let certs = {
        let r = (*report).clone();
        use_memo(Rc::as_ptr(&r) as usize, move |_| {
            r.data.certificates.clone()
        })
    };
    // The JSON form, for the shared findings list and downloads.
    let shared = {
        let r = (*report).clone();
        use_memo(Rc::as_ptr(&r) as usize, move |_| {
            SharedReport::new(r.as_ref().clone().into_json())
        })
    };
    let data = &report.data;
    let format = data.format.clone();
    let private_keys = data.private_keys;
    let now = data
        .settings
        .now_time()
        .unwrap_or_else(crate::app::browser::now);
    let ics =
        (!certs.is_empty()).then(|| x509::expiry_calendar(&certs, crate::app::browser::now()));

    html! {
        <section class="page tool cert-page" data-tool="cert">
            <h1>{ "Certificates" }</h1>
            <p class="lede">
                { "Check the IdP certificate you will import in " }
                <em>{ "Organization Certificate Management" }</em>
                { " (a .cer or .crt file: PEM or DER) or a Webex SP certificate: details, key size, validity, chain and rollover. Everything stays in this browser." }
            </p>
            <form class="cert-options" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label class="field">
                    <span>{ "Warn days before expiry" }</span>
                    <input id="cert-warn-days" type="number" min="0" max="36500" inputmode="numeric"
                        value={opts.warn_days.to_string()} oninput={on_warn_days} />
                </label>
                <label class="check">
                    <input id="cert-sp" type="checkbox" checked={opts.sp} onchange={on_sp} />
                    <span>{ "Webex SP certificate" }<small>{ "checks the 90–3652 day validity period" }</small></span>
                </label>
                <label class="check">
                    <input id="cert-encryption" type="checkbox" checked={opts.encryption} onchange={on_encryption} />
                    <span>{ "Encryption certificate" }<small>{ "not used for signing: digitalSignature not required" }</small></span>
                </label>
            </form>
            <InputArea value={AttrValue::from((*text).clone())} on_change={on_text} on_files={on_files}
                label="Certificate (PEM, base64) or files (.crt, .cer, .der, .pem, .p7b)"
                placeholder="-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----"
                accept=".crt,.cer,.der,.pem,.p7b,.p7c,.txt,application/x-x509-ca-cert,application/pkix-cert"
                sample={AttrValue::Static(SAMPLE)} />
            if let Some(f) = &*files {
                <ul class="cert-files" aria-label="Files checked">
                    { for f.iter().map(|(name, bytes)| html! {
                        <li><span class="file-name">{ name.clone() }</span>
                            <span class="muted">{ format!(" {} bytes", bytes.len()) }</span></li>
                    }) }
                </ul>
            }
            if task.busy() {
                <p class="cert-busy" role="status">{ "Checking…" }</p>
            }
            if private_keys > 0 {
                <div class="notice key-warning" role="alert">
                    <strong>{ "A private key was found in the input." }</strong>
                    { " Its content is not shown" }
                    if *key_removed { { " and it was removed from the text box" } }
                    { ". Never paste or upload a private key anywhere: Webex only needs the certificate. If this key protects a live certificate, treat it as exposed and replace the key pair." }
                </div>
            }
            <p class="cert-summary">
                <span>{ "Detected format: " }<strong class="cert-format">{ format.clone().unwrap_or_else(|| "none".into()) }</strong></span>
                <span>{ format!(" · {} certificate{}", certs.len(), if certs.len() == 1 { "" } else { "s" }) }</span>
            </p>
            <CertCards certs={certs.clone()} now={now} />
            if certs.len() > 1 {
                <ChainView certs={certs.clone()} chain={Rc::new(data.chain.clone())} />
            }
            if !certs.is_empty() {
                <OrgSet rollover={Rc::new(data.rollover.clone())} certs={certs.clone()} now={now} />
            }
            if let Some(ics) = ics {
                <div class="actions">
                    <DownloadButton name="certificate-expiry.ics" mime="text/calendar"
                        content={ics} label="Download expiry calendar (.ics)" />
                </div>
            }
            <SharedFindingsList report={(*shared).clone()} />
            <SharedReportActions report={(*shared).clone()} stem="certificates" sarif={crate::app::components::sarif_with!(crate::x509::RULES)} />
        </section>
    }
}

fn plural(n: i64, one: &str) -> String {
    if n == 1 || n == -1 {
        format!("{n} {one}")
    } else {
        format!("{n} {one}s")
    }
}

#[derive(Properties, PartialEq)]
struct CardsProps {
    certs: Rc<Vec<CertificateInfo>>,
    now: DateTime<Utc>,
}

#[function_component(CertCards)]
fn cert_cards(props: &CardsProps) -> Html {
    let shown = use_state(|| CARDS_AT_FIRST);
    let more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + 100))
    };
    let n = props.certs.len();
    html! {
        <div class="cert-cards">
            { for props.certs.iter().take(*shown).enumerate().map(|(i, c)| html! {
                <CertCard cert={c.clone()} position={c.index.unwrap_or(i)} now={props.now} />
            }) }
            if n > *shown {
                <p class="muted">
                    { format!("Showing {} of {n} certificates. ", (*shown).min(n)) }
                    <button type="button" class="button" onclick={more}>{ "Show 100 more" }</button>
                </p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CardProps {
    cert: CertificateInfo,
    position: usize,
    now: DateTime<Utc>,
}

/// Colon hex with a line-break opportunity after every colon, so a narrow
/// screen never splits a byte.
fn colon_hex(s: &str) -> Html {
    let parts: Vec<&str> = s.split(':').collect();
    let last = parts.len().saturating_sub(1);
    html! { for parts.iter().enumerate().map(|(i, p)| if i < last {
        html! { <>{ format!("{p}:") }<wbr /></> }
    } else {
        html! { { p.to_string() } }
    }) }
}

fn list_or_dash(v: &[String]) -> Html {
    if v.is_empty() {
        html! { <span class="muted">{ "none" }</span> }
    } else {
        html! { <ul class="plain">{ for v.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul> }
    }
}

#[function_component(CertCard)]
fn cert_card(props: &CardProps) -> Html {
    let c = &props.cert;
    let validity = c.validity_at(props.now);
    let (status, status_class) = match validity {
        Validity::Expired => ("expired", "error"),
        Validity::NotYetValid => ("not yet valid", "error"),
        Validity::Valid => ("valid now", "ok"),
    };
    let left = if validity == Validity::Expired {
        format!("expired {} ago", plural(-c.days_left, "day"))
    } else {
        format!("{} left", plural(c.days_left, "day"))
    };
    let mut key = c.key_algorithm.clone();
    if let Some(curve) = &c.curve {
        key.push_str(&format!(" {curve}"));
    }
    if let Some(b) = c.key_bits {
        key.push_str(&format!(", {b} bits"));
    }
    if let Some(e) = c.rsa_exponent {
        key.push_str(&format!(", exponent {e}"));
    }
    let sig_check = match c.signature_check.as_str() {
        "valid" => "signature verified".to_string(),
        "invalid" => "signature does NOT verify".to_string(),
        "unsupported" => "not verified (algorithm not supported here)".to_string(),
        "not-checked" => "not checked (the issuer is not in the input)".to_string(),
        other => other.to_string(),
    };
    let sig_class = match c.signature_check.as_str() {
        "valid" => "ok",
        "invalid" => "error",
        _ => "muted",
    };
    let bc = c.basic_constraints.as_ref().map_or_else(
        || "absent".to_string(),
        |b| {
            let mut s = if b.ca {
                "CA".to_string()
            } else {
                "not a CA".to_string()
            };
            if let Some(p) = b.path_len {
                s.push_str(&format!(", path length {p}"));
            }
            s
        },
    );
    let mut origin = Vec::new();
    if let Some(f) = &c.file {
        origin.push(f.clone());
    }
    if let Some(f) = &c.format {
        origin.push(f.clone());
    }
    let id = format!("cert-{}", props.position + 1);
    html! {
        <article class="cert-card" id={id.clone()} aria-labelledby={format!("{id}-title")}>
            <header>
                <h2 id={format!("{id}-title")}>
                    <span class="cert-no">{ format!("#{}", props.position + 1) }</span>
                    <span class="cert-label">{ c.label() }</span>
                </h2>
                <div class="cert-badges">
                    <span class={classes!("pill", status_class)}>{ status }</span>
                    if c.self_signed { <span class="pill">{ "self-signed" }</span> }
                    if c.is_ca { <span class="pill">{ "CA" }</span> }
                    if !origin.is_empty() { <span class="pill subtle">{ origin.join(" · ") }</span> }
                </div>
            </header>
            <div class="table-wrap" tabindex="0">
                <table class="cert-details">
                    <tbody>
                        <tr><th scope="row">{ "Subject" }</th><td class="mono">{ c.subject.clone() }</td></tr>
                        <tr><th scope="row">{ "Issuer" }</th><td class="mono">{ c.issuer.clone() }</td></tr>
                        <tr><th scope="row">{ "Serial" }</th><td class="mono">{ colon_hex(&c.serial) }</td></tr>
                        <tr><th scope="row">{ "Not before" }</th><td>{ c.not_before.clone() }</td></tr>
                        <tr><th scope="row">{ "Not after" }</th>
                            <td>{ c.not_after.clone() }{ " " }<span class={classes!("days-left", status_class)}>{ format!("({left})") }</span></td></tr>
                        <tr><th scope="row">{ "Validity period" }</th><td>{ plural(c.validity_days, "day") }</td></tr>
                        <tr><th scope="row">{ "Public key" }</th><td class="cert-key">{ key }</td></tr>
                        <tr><th scope="row">{ "Signature" }</th>
                            <td>{ c.signature_algorithm.clone() }{ " — " }<span class={classes!("sig-check", sig_class)}>{ sig_check }</span></td></tr>
                        <tr><th scope="row">{ "Subject alt. names" }</th><td>{ list_or_dash(&c.san) }</td></tr>
                        <tr><th scope="row">{ "Key usage" }</th><td>{ list_or_dash(&c.key_usage) }</td></tr>
                        <tr><th scope="row">{ "Extended key usage" }</th><td>{ list_or_dash(&c.extended_key_usage) }</td></tr>
                        <tr><th scope="row">{ "Basic constraints" }</th><td>{ bc }</td></tr>
                        <tr><th scope="row">{ "Subject key id" }</th><td class="mono">{ c.ski.as_deref().map_or_else(|| html! { "absent" }, colon_hex) }</td></tr>
                        <tr><th scope="row">{ "Authority key id" }</th><td class="mono">{ c.aki.as_deref().map_or_else(|| html! { "absent" }, colon_hex) }</td></tr>
                        <tr><th scope="row">{ "SHA-1 fingerprint" }</th>
                            <td><div class="fp"><code class="fp-sha1">{ colon_hex(&c.sha1_fingerprint) }</code>
                                <CopyButton text={c.sha1_fingerprint.clone()} label="Copy SHA-1" /></div></td></tr>
                        <tr><th scope="row">{ "SHA-256 fingerprint" }</th>
                            <td><div class="fp"><code class="fp-sha256">{ colon_hex(&c.sha256_fingerprint) }</code>
                                <CopyButton text={c.sha256_fingerprint.clone()} label="Copy SHA-256" /></div></td></tr>
                        <tr><th scope="row">{ "Self-signed" }</th><td>{ if c.self_signed { "yes" } else { "no" } }</td></tr>
                        if let Some(j) = c.issuer_index {
                            <tr><th scope="row">{ "Issued by" }</th><td>{ format!("certificate #{}", j + 1) }</td></tr>
                        }
                    </tbody>
                </table>
            </div>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct ChainProps {
    certs: Rc<Vec<CertificateInfo>>,
    chain: Rc<Chain>,
}

fn signature_word(v: &str) -> (&'static str, &'static str) {
    match v {
        "valid" => ("signature verified", "ok"),
        "invalid" => ("signature does NOT verify", "error"),
        "unsupported" => ("signature not verifiable here", "muted"),
        _ => ("signature not checked", "muted"),
    }
}

/// The chains found (leaf → issuers), each link's signature, and whether the
/// input was in the expected order.
#[function_component(ChainView)]
fn chain_view(props: &ChainProps) -> Html {
    let certs = &props.certs;
    let name = |i: usize| {
        certs.get(i).map_or_else(
            || format!("#{}", i + 1),
            |c| format!("#{} {}", i + 1, c.label()),
        )
    };
    let chain = &props.chain;
    let chains = &chain.chains[..chain.chains.len().min(20)];
    let in_order = chain.in_order;
    let unlinked: Vec<usize> = certs
        .iter()
        .enumerate()
        .filter(|(i, c)| !c.self_signed && !chain.is_linked(*i))
        .map(|(i, _)| i)
        .take(50)
        .collect();
    html! {
        <section class="cert-chain" aria-labelledby="chain-title">
            <h2 id="chain-title">{ "Chain" }</h2>
            if chains.is_empty() {
                <p class="muted">{ "No certificate in the input was issued by another one in the input." }</p>
            } else {
                <p class={classes!("chain-order", if in_order { "ok" } else { "error" })}>
                    if in_order {
                        { "✓ Order: leaf first, each certificate followed by its issuer." }
                    } else {
                        { "✖ Order: not leaf first, issuer after issuer (see x509/chain-order below)." }
                    }
                </p>
            }
            { for chains.iter().enumerate().map(|(n, chain)| html! {
                <ol class="chain" aria-label={format!("Chain {}", n + 1)}>
                    { for chain.iter().enumerate().map(|(k, &i)| {
                        let link = chain.get(k + 1).and_then(|&j| props.chain.link(i, j));
                        html! {
                            <li class="chain-node">
                                <span class="chain-cert">{ name(i) }
                                    if k == 0 { <span class="pill subtle">{ "leaf" }</span> }
                                    if certs.get(i).is_some_and(|c| c.self_signed) { <span class="pill subtle">{ "root" }</span> }
                                </span>
                                if let Some(link) = link {
                                    { {
                                        let sig = &link.signature;
                                        let (word, class) = signature_word(sig);
                                        html! { <span class={classes!("chain-link", class)} data-signature={sig.clone()}>
                                            { format!("issued by ↓ — {word}") }</span> }
                                    } }
                                }
                            </li>
                        }
                    }) }
                </ol>
            }) }
            if !unlinked.is_empty() {
                <p class="muted">
                    { "Issuer not in the input: " }
                    { unlinked.iter().map(|&i| name(i)).collect::<Vec<_>>().join(", ") }
                </p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct OrgProps {
    rollover: Rc<Rollover>,
    certs: Rc<Vec<CertificateInfo>>,
    now: DateTime<Utc>,
}

struct Row {
    index: usize,
    label: String,
    nb: DateTime<Utc>,
    na: DateTime<Utc>,
    status: String,
    active: bool,
    days_left: i64,
}

/// The organisation set: which certificate could be active, the limit of
/// three, and the rollover timeline.
#[function_component(OrgSet)]
fn org_set(props: &OrgProps) -> Html {
    let ro = &props.rollover;
    let rows: Vec<Row> = ro
        .certificates
        .iter()
        .filter_map(|e| {
            Some(Row {
                index: e.index,
                label: props
                    .certs
                    .get(e.index)
                    .map_or_else(|| e.subject.clone(), |c| c.label()),
                nb: e.not_before_time()?,
                na: e.not_after_time()?,
                status: e.status.clone(),
                active: e.could_be_active,
                days_left: e.days_left,
            })
        })
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    let active: Vec<String> = rows
        .iter()
        .filter(|r| r.active)
        .map(|r| format!("#{} {}", r.index + 1, r.label))
        .collect();
    let first = ro
        .expires_first
        .and_then(|i| rows.iter().find(|r| r.index == i));
    let window = |w: &x509::Window| -> Option<Win> {
        Some((w.first, w.second, w.start_time()?, w.end_time()?, w.days))
    };
    let overlaps: Vec<_> = ro.overlaps.iter().filter_map(window).collect();
    let gaps: Vec<_> = ro.gaps.iter().filter_map(window).collect();
    html! {
        <section class="cert-org" aria-labelledby="org-title">
            <h2 id="org-title">{ "Organisation certificate set" }</h2>
            <p class="muted">
                { "Organization Certificate Management stores at most three certificates; one is active. The set here is every distinct certificate that did not issue another one in the input." }
            </p>
            <ul class="org-facts">
                <li class="org-count">
                    { format!("{} in the set", plural(rows.len() as i64, "certificate")) }
                    if ro.too_many {
                        <span class="pill error">{ "more than three: x509/org-set-too-many" }</span>
                    }
                </li>
                <li class="org-active">
                    { "Could be active now: " }
                    if active.is_empty() {
                        <strong class="error">{ "none (every certificate is expired, not yet valid or has errors)" }</strong>
                    } else {
                        <strong>{ active.join(", ") }</strong>
                    }
                </li>
                if let Some(f) = first {
                    <li>{ format!("Expires first: #{} {} on {} ({})", f.index + 1, f.label, f.na.format("%Y-%m-%d"),
                        if f.days_left < 0 { format!("expired {} ago", plural(-f.days_left, "day")) } else { format!("in {}", plural(f.days_left, "day")) }) }</li>
                }
                { for overlaps.iter().map(|o| html! {
                    <li>{ format!("Overlap #{} / #{}: {} – {} ({}): the window to switch the active certificate",
                        o.0 + 1, o.1 + 1, o.2.format("%Y-%m-%d"), o.3.format("%Y-%m-%d"), plural(o.4, "day")) }</li>
                }) }
                { for gaps.iter().map(|g| html! {
                    <li class="error">{ format!("Gap after #{} until #{}: {} – {} ({}) with no valid certificate",
                        g.0 + 1, g.1 + 1, g.2.format("%Y-%m-%d"), g.3.format("%Y-%m-%d"), plural(g.4, "day")) }</li>
                }) }
            </ul>
            <Timeline rows={Rc::new(rows)} overlaps={Rc::new(overlaps)} gaps={Rc::new(gaps)} now={props.now} />
        </section>
    }
}

type Win = (usize, usize, DateTime<Utc>, DateTime<Utc>, i64);

#[derive(Properties)]
struct TimelineProps {
    rows: Rc<Vec<Row>>,
    overlaps: Rc<Vec<Win>>,
    gaps: Rc<Vec<Win>>,
    now: DateTime<Utc>,
}

impl PartialEq for TimelineProps {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.rows, &o.rows) && self.now == o.now
    }
}

/// Bars from notBefore to notAfter on one time axis, a "today" line, and
/// shaded overlap and gap windows. Geometry attributes and classes only:
/// the CSP forbids inline styles.
#[function_component(Timeline)]
fn timeline(props: &TimelineProps) -> Html {
    const W: f64 = 640.0;
    const LEFT: f64 = 8.0;
    const RIGHT: f64 = 8.0;
    const TOP: f64 = 22.0;
    const ROW: f64 = 38.0;
    let rows: Vec<&Row> = props.rows.iter().take(TIMELINE_ROWS).collect();
    let now = props.now;
    // The axis covers every bar and today, within ±30 years of today (a
    // 9999-12-31 notAfter would flatten everything else).
    let years = chrono::Duration::days(365 * 30);
    let lo = rows
        .iter()
        .map(|r| r.nb)
        .min()
        .unwrap_or(now)
        .min(now)
        .max(now - years);
    let hi = rows
        .iter()
        .map(|r| r.na)
        .max()
        .unwrap_or(now)
        .max(now)
        .min(now + years);
    let pad = ((hi - lo) / 40).max(chrono::Duration::days(3));
    let (lo, hi) = (lo - pad, hi + pad);
    let span = (hi - lo).num_seconds().max(1) as f64;
    let x = |t: DateTime<Utc>| {
        let t = t.clamp(lo, hi);
        LEFT + (t - lo).num_seconds() as f64 / span * (W - LEFT - RIGHT)
    };
    let height = TOP + ROW * rows.len() as f64 + 18.0;
    let row_of = |index: usize| rows.iter().position(|r| r.index == index);
    let f = |v: f64| format!("{v:.1}");

    // Year ticks, thinned to at most ~8.
    let first_year = lo.year() + 1;
    let last_year = hi.year();
    let count = (last_year - first_year + 1).max(0);
    let step = ((count + 7) / 8).max(1);
    let ticks: Vec<(i32, f64)> = (first_year..=last_year)
        .step_by(step as usize)
        .filter_map(|y| {
            Utc.with_ymd_and_hms(y, 1, 1, 0, 0, 0)
                .single()
                .map(|t| (y, x(t)))
        })
        // No label cut off at the right edge.
        .filter(|(_, tx)| *tx < W - RIGHT - 28.0)
        .collect();
    // A window is drawn as a band around the two bars it concerns, so the
    // labels above the bars stay readable.
    let window_rect = |w: &Win, class: &'static str| {
        let x0 = x(w.2);
        let wdt = (x(w.3) - x0).max(2.0);
        let title = format!(
            "{} #{} / #{}: {} – {} ({} days)",
            if class == "overlap" { "Overlap" } else { "Gap" },
            w.0 + 1,
            w.1 + 1,
            w.2.format("%Y-%m-%d"),
            w.3.format("%Y-%m-%d"),
            w.4
        );
        html! { for [w.0, w.1].into_iter().filter_map(row_of).map(|k| {
            let y = TOP + ROW * k as f64 + 14.0;
            html! {
                <rect class={class} x={f(x0)} y={f(y)} width={f(wdt)} height="20" rx="3">
                    <title>{ title.clone() }</title>
                </rect>
            }
        }) }
    };
    let today = x(now);
    html! {
        <figure class="timeline">
            <div class="timeline-scroll">
            <svg viewBox={format!("0 0 {W} {}", f(height))} role="img" class="timeline-svg"
                aria-label={format!("Rollover timeline of {} certificates from {} to {}", rows.len(), lo.format("%Y-%m-%d"), hi.format("%Y-%m-%d"))}>
                { for ticks.iter().map(|(y, tx)| html! {
                    <g class="tick">
                        <line x1={f(*tx)} x2={f(*tx)} y1={f(TOP - 6.0)} y2={f(height - 16.0)} />
                        <text x={f(*tx + 3.0)} y="12">{ y.to_string() }</text>
                    </g>
                }) }
                { for props.overlaps.iter().map(|w| window_rect(w, "overlap")) }
                { for props.gaps.iter().map(|w| window_rect(w, "gap")) }
                { for rows.iter().enumerate().map(|(k, r)| {
                    let y = TOP + ROW * k as f64;
                    let (x0, x1) = (x(r.nb), x(r.na));
                    let label_x = x0.clamp(LEFT, W - RIGHT - 220.0);
                    html! {
                        <g class={classes!("bar", r.status.clone(), r.active.then_some("active"))} data-index={r.index.to_string()}>
                            <text class="bar-label" x={f(label_x)} y={f(y + 13.0)}>
                                { format!("#{} {}{}", r.index + 1, r.label.chars().take(32).collect::<String>(), if r.active { " (could be active)" } else { "" }) }
                            </text>
                            <rect x={f(x0)} y={f(y + 17.0)} width={f((x1 - x0).max(2.0))} height="14" rx="3">
                                <title>{ format!("#{} {}: {} – {} ({})", r.index + 1, r.label, r.nb.format("%Y-%m-%d"), r.na.format("%Y-%m-%d"), r.status) }</title>
                            </rect>
                        </g>
                    }
                }) }
                <g class="today">
                    <line x1={f(today)} x2={f(today)} y1={f(TOP - 6.0)} y2={f(height - 14.0)} />
                    <text x={f((today - 14.0).clamp(LEFT, W - 100.0))} y={f(height - 3.0)}>{ format!("today {}", now.format("%Y-%m-%d")) }</text>
                </g>
            </svg>
            </div>
            <figcaption class="legend">
                { for [
                    ("t-active", "could be active"),
                    ("t-valid", "valid"),
                    ("t-expired", "expired"),
                    ("t-future", "not yet valid"),
                    ("t-overlap", "overlap (switch window)"),
                    ("t-gap", "gap"),
                    ("t-today", "today"),
                ].iter().map(|(class, label)| html! {
                    <span class="legend-item"><span class={classes!("key", *class)}></span>{ *label }</span>
                }) }
                if props.rows.len() > rows.len() {
                    <span>{ format!("first {} of {} shown", rows.len(), props.rows.len()) }</span>
                }
            </figcaption>
        </figure>
    }
}
