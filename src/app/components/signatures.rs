//! The "Signatures" panel of the SAML pages: one card per signature with
//! the checks the core made (`crate::xmldsig::SignatureCheck`, read from
//! `data.signatures[]`) in green or red, the core's plain-language verdict,
//! and a field to paste, open or drop the certificate (or metadata) the
//! administrator trusts. The panel decides nothing.

use serde_json::Value;
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::browser;
use crate::xmldsig::SignatureCheck;

/// The pasted trusted certificate or metadata, read by the core; `Err`
/// says why it cannot be used (shown under the field).
pub fn read_trust(text: &str) -> Result<crate::xmldsig::TrustStore, String> {
    let mut t = crate::xmldsig::TrustStore::default();
    if !text.trim().is_empty() {
        t.add(text.as_bytes(), "pasted certificate")?;
    }
    Ok(t)
}

/// The verification results in a report's `data.signatures[]`.
pub fn signature_checks(data: &Value) -> Vec<SignatureCheck> {
    data["signatures"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| serde_json::from_value(s.clone()).ok())
                .collect()
        })
        .unwrap_or_default()
}

#[derive(Properties, PartialEq)]
pub struct SignaturesProps {
    pub checks: Vec<SignatureCheck>,
    /// The pasted trusted certificate or metadata.
    pub trust: AttrValue,
    /// Why the pasted text is not usable, from the core.
    pub trust_error: Option<String>,
    pub on_trust: Callback<String>,
    /// A check is running: the cards would be those of the previous input.
    #[prop_or_default]
    pub pending: bool,
}

/// Cards drawn at most (an aggregate may sign each of thousands of
/// entities; the JSON report has them all).
const MAX_CARDS: usize = 50;

fn check(ok: bool, label: &'static str) -> Html {
    let (class, mark) = if ok { ("ok", "✓") } else { ("error", "✗") };
    html! { <span class={classes!("badge", class)} data-check={label} data-ok={ok.to_string()}>{ format!("{mark} {label}") }</span> }
}

#[function_component(SignaturesPanel)]
pub fn signatures_panel(props: &SignaturesProps) -> Html {
    let status = use_state(String::new);
    let load = {
        let (cb, status) = (props.on_trust.clone(), status.clone());
        Callback::from(move |file: web_sys::File| {
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
        })
    };
    let oninput = {
        let cb = props.on_trust.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
                cb.emit(t.value());
            }
        })
    };
    let ondrop = {
        let load = load.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(f) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                load.emit(f);
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let onpick = Callback::from(move |e: Event| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            if let Some(f) = input.files().and_then(|f| f.get(0)) {
                load.emit(f);
            }
            input.set_value("");
        }
    });
    html! {
        <section class="signatures-panel card" id="signatures-panel" aria-labelledby="signatures-heading">
            <h2 id="signatures-heading">{ "Signatures" }</h2>
            if props.pending {
                <p class="muted" id="signatures-pending">{ "Checking…" }</p>
            } else if props.checks.is_empty() {
                <p class="muted" id="signatures-none">{ "No signature to verify." }</p>
            }
            { for props.checks.iter().take(if props.pending { 0 } else { MAX_CARDS }).map(|c| {
                let good = c.valid() && c.trusted;
                html! {
                    <div class={classes!("signature-card", if good { "good" } else { "bad" })} data-path={c.path.clone()}>
                        <p class="signature-verdict"><strong>{ c.verdict.clone() }</strong></p>
                        <p class="small">
                            { "Covers " }<code>{ c.covers.clone().unwrap_or_else(|| "—".into()) }</code>
                            if let Some(id) = &c.covers_id { { " (ID " }<code>{ id.clone() }</code>{ ")" } }
                        </p>
                        <p class="signature-checks">
                            { check(c.digest_ok, "digest") }{ " " }
                            { check(c.signature_ok, "signature") }{ " " }
                            { check(c.trusted, "trusted") }
                        </p>
                        if let (Some(e), Some(g)) = (&c.digest_expected, &c.digest_computed) {
                            <p class="small">{ "DigestValue " }<code>{ e.clone() }</code>{ ", computed " }<code>{ g.clone() }</code></p>
                        }
                        if let Some(cert) = &c.certificate {
                            <p class="small muted">
                                { format!("Certificate {} — SHA-256 {} — valid {} to {}{}", cert.subject, cert.sha256, cert.not_before, cert.not_after, if cert.expired { " (expired)" } else { "" }) }
                            </p>
                        }
                        <p class="small muted">
                            { format!("{} · {} · {}",
                                c.signature_algorithm.as_deref().map(short).unwrap_or("—"),
                                c.digest_algorithm.as_deref().map(short).unwrap_or("—"),
                                c.canonicalization.as_deref().map(short).unwrap_or("—")) }
                        </p>
                    </div>
                }
            }) }
            if !props.pending && props.checks.len() > MAX_CARDS {
                <p class="muted">{ format!("… and {} more signatures (see the JSON report).", props.checks.len() - MAX_CARDS) }</p>
            }
            <label class="input-label" for="trust-cert">{ "Trusted certificate or metadata" }</label>
            <p class="muted small" id="trust-hint">
                { "Paste, open or drop the IdP's signing certificate (PEM or base64) or its metadata. A signature is trusted only when this key verifies it." }
            </p>
            <textarea id="trust-cert" class="code small" spellcheck="false" autocomplete="off"
                aria-describedby="trust-hint" placeholder="-----BEGIN CERTIFICATE-----"
                value={props.trust.clone()} {oninput} {ondrop} {ondragover} />
            <div class="input-tools">
                <label class="button">{ "Open certificate…" }
                    <input class="hidden-input" type="file" accept=".pem,.crt,.cer,.der,.xml,.txt" onchange={onpick} aria-label="Open trusted certificate" />
                </label>
                <span class="input-status" role="status">{ (*status).clone() }</span>
            </div>
            if let Some(e) = &props.trust_error {
                <p class="notice" id="trust-error" role="status">{ e.clone() }</p>
            }
        </section>
    }
}

fn short(uri: &str) -> &str {
    uri.rsplit(['#', '/'])
        .find(|s| !s.is_empty())
        .unwrap_or(uri)
}
