//! Tests that run inside headless Chromium (wasm-bindgen-test): the core
//! compiled to WebAssembly gives the same answers as natively, and the shared
//! app components behave when mounted in a real DOM.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

use preflight::app::components::{FindingsList, InputArea};

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> web_sys::Element {
    let doc = gloo::utils::document();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

async fn settle() {
    TimeoutFuture::new(20).await;
}

#[wasm_bindgen_test]
fn core_gives_the_same_verdict_in_wasm() {
    let r = preflight::net::ports::check("1034", "1024");
    assert!(r.fired("ports/max-not-greater"));
    assert_eq!(r.summary.errors, 2);
    let native_hash = preflight::report::sha256_hex(b"1034\n1024");
    assert_eq!(r.input_sha256, native_hash);
    let json: serde_json::Value =
        serde_json::from_str(&preflight::render::json(&r.into_json())).unwrap();
    assert_eq!(json["tool"], "ports");
}

#[wasm_bindgen_test]
fn catalog_is_complete_in_wasm() {
    assert!(preflight::rules::find("ports/min-out-of-range").is_some());
    assert!(preflight::rules::catalog().count() >= 6);
}

#[derive(Properties, PartialEq)]
struct InputHarnessProps {
    seen: Rc<RefCell<Vec<String>>>,
}

#[function_component(InputHarness)]
fn input_harness(props: &InputHarnessProps) -> Html {
    let value = use_state(String::new);
    let on_change = {
        let seen = props.seen.clone();
        let value = value.clone();
        Callback::from(move |s: String| {
            seen.borrow_mut().push(s.clone());
            value.set(s);
        })
    };
    html! { <InputArea value={(*value).clone()} {on_change} sample={Some(AttrValue::from("sample text"))} /> }
}

#[wasm_bindgen_test]
async fn input_area_reports_typing_and_sample() {
    let root = mount_point();
    let seen = Rc::new(RefCell::new(Vec::new()));
    yew::Renderer::<InputHarness>::with_root_and_props(
        root.clone(),
        InputHarnessProps { seen: seen.clone() },
    )
    .render();
    settle().await;

    let textarea: web_sys::HtmlTextAreaElement = root
        .query_selector("textarea")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    textarea.set_value("pasted <xml/>");
    let event = web_sys::InputEvent::new("input").unwrap();
    textarea.dispatch_event(&event).unwrap();
    settle().await;
    assert_eq!(
        seen.borrow().last().map(String::as_str),
        Some("pasted <xml/>")
    );

    let buttons = root.query_selector_all("button").unwrap();
    let sample = (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|b| b.text_content().unwrap_or_default() == "Load sample")
        .expect("sample button");
    sample.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    settle().await;
    assert_eq!(
        seen.borrow().last().map(String::as_str),
        Some("sample text")
    );
    assert_eq!(textarea.value(), "sample text");
}

#[derive(Properties, PartialEq)]
struct FindingsHarnessProps {
    report: preflight::Report,
}

#[function_component(FindingsHarness)]
fn findings_harness(props: &FindingsHarnessProps) -> Html {
    html! { <FindingsList report={props.report.clone()} /> }
}

#[wasm_bindgen_test]
async fn findings_list_renders_and_filters() {
    let root = mount_point();
    let report = preflight::net::ports::check("7050", "1024").into_json();
    yew::Renderer::<FindingsHarness>::with_root_and_props(
        root.clone(),
        FindingsHarnessProps { report },
    )
    .render();
    settle().await;
    let count = |sel: &str| root.query_selector_all(sel).unwrap().length();
    assert_eq!(count(".finding.error"), 2);
    let msg = root
        .query_selector(".finding[data-rule='ports/max-not-greater'] .message")
        .unwrap()
        .unwrap();
    assert_eq!(
        msg.text_content().unwrap(),
        "Max 1024 is not greater than Min 7050"
    );
    // Hide errors.
    root.query_selector("button.badge.error")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    settle().await;
    assert_eq!(count(".finding.error"), 0);
}

#[wasm_bindgen_test]
async fn hostile_text_is_rendered_as_text_not_html() {
    let root = mount_point();
    let report = preflight::net::ports::check("<img src=x onerror=alert(1)>", "1").into_json();
    yew::Renderer::<FindingsHarness>::with_root_and_props(
        root.clone(),
        FindingsHarnessProps { report },
    )
    .render();
    settle().await;
    assert_eq!(root.query_selector_all("img").unwrap().length(), 0);
    assert!(root.text_content().unwrap().contains("<img src=x"));
}

// Every domain runs in WebAssembly and gives the native verdict on a real
// fixture (the native suites hold the detailed expectations).

fn fixed_now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339("2026-06-01T00:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc)
}

#[wasm_bindgen_test]
fn cron_in_wasm() {
    let r = preflight::cron::check("0 0 12 32 * ?", fixed_now(), 10, Some("Europe/London"));
    assert!(r.fired("cron/out-of-range"));
    let ok = preflight::cron::check("0 0 12 * * ?", fixed_now(), 3, Some("Europe/London"));
    assert_eq!(ok.data.next[0], "2026-06-01T12:00:00Z");
}

#[wasm_bindgen_test]
fn certificates_in_wasm() {
    let ctx = preflight::x509::LintContext::new(fixed_now());
    let r = preflight::x509::check(include_bytes!("fixtures/x509/rsa1024.pem"), None, &ctx);
    assert!(r.fired("x509/weak-key"));
    let der = preflight::x509::check_typed(include_bytes!("fixtures/x509/rsa2048.der"), None, &ctx);
    assert_eq!(der.data.certificates[0].key_bits, Some(2048));
}

#[wasm_bindgen_test]
fn saml_in_wasm() {
    let opts = preflight::saml::MetadataOptions::at(fixed_now());
    let md = preflight::saml::check_metadata(include_bytes!("fixtures/saml/okta-idp.xml"), &opts);
    assert_eq!(md.data.entities()[0].roles[0], "idp");
    let resp = preflight::saml::response::check(
        include_str!("fixtures/saml-response/okta.post.b64"),
        &preflight::saml::response::ResponseOptions::default(),
        fixed_now(),
    );
    assert_eq!(resp.data["encoding"], "base64");
}

/// XML-Signature verdicts in wasm equal the native ones (tests/xmldsig.rs).
#[wasm_bindgen_test]
fn xmldsig_in_wasm() {
    let mut trust = preflight::xmldsig::TrustStore::default();
    trust
        .add(
            include_bytes!("fixtures/xmldsig/keys/idp-rsa.crt"),
            "idp-rsa.crt",
        )
        .unwrap();
    let now = "2024-05-01T12:01:00Z".parse().unwrap();
    let verdict = |xml: &[u8]| {
        let v = preflight::xmldsig::verify(xml, &trust, now).unwrap();
        v.signatures
            .iter()
            .map(|s| (s.digest_ok, s.signature_ok, s.trusted))
            .collect::<Vec<_>>()
    };
    let both = verdict(include_bytes!("fixtures/xmldsig/okta-both-signed.xml"));
    assert_eq!(both, [(true, true, true), (true, true, true)]);
    let tampered = verdict(include_bytes!("fixtures/xmldsig/neg-tampered-nameid.xml"));
    assert_eq!(tampered, [(false, true, true)]);
    let ec = verdict(include_bytes!("fixtures/xmldsig/alg-ecdsa-p521-sha512.xml"));
    assert_eq!(ec, [(true, true, false)]);
    let dsa = verdict(include_bytes!("fixtures/xmldsig/alg-dsa-sha256.xml"));
    assert_eq!(dsa, [(true, true, false)]);
    let md = verdict(include_bytes!(
        "fixtures/xmldsig/metadata-aggregate-signed.xml"
    ));
    assert_eq!(md, [(true, true, true)]);
    let opts = preflight::saml::response::ResponseOptions {
        trust: trust.clone(),
        ..Default::default()
    };
    let r = preflight::saml::response::check(
        include_str!("fixtures/xmldsig/neg-xsw-wrapped.xml"),
        &opts,
        now,
    );
    assert!(r.fired("saml-response/signature-wrong-element"));
}

#[wasm_bindgen_test]
fn csv_in_wasm() {
    let opts = preflight::csv::Options::default();
    let r = preflight::csv::validate(
        include_bytes!("fixtures/csv/excel_unicode_text_utf16le.txt"),
        &opts,
    );
    let dialect = r.data.dialect.expect("a dialect");
    assert_eq!(dialect.delimiter, "\t");
    assert!(dialect.encoding.contains("16"));
}

#[wasm_bindgen_test]
fn network_in_wasm() {
    let r = preflight::net::srv::generate("example.com", &Default::default());
    assert_eq!(r.data.records.len(), 2);
}

#[wasm_bindgen_test]
fn panic_notice_shows_the_message_as_text_with_a_reload_button() {
    use preflight::app::panic::{show_notice, NOTICE_ID};
    let doc = gloo::utils::document();
    show_notice("panicked at src/x.rs:1:1:\n<img src=x onerror=\"window.__xss=1\">\u{1b}[2J");
    let n = doc.get_element_by_id(NOTICE_ID).expect("a notice");
    assert_eq!(n.get_attribute("role").as_deref(), Some("alert"));
    let text = n.text_content().unwrap_or_default();
    assert!(text.contains("<img src=x onerror"), "{text}");
    assert!(
        text.contains("\\x1b[2J") && !text.contains('\u{1b}'),
        "{text}"
    );
    assert!(
        n.query_selector("img").unwrap().is_none(),
        "rendered as markup"
    );
    let reload = doc
        .get_element_by_id("panic-reload")
        .expect("a reload button");
    assert_eq!(reload.text_content().as_deref(), Some("Reload"));
    // A second failure replaces the notice rather than stacking another.
    show_notice("again");
    assert_eq!(doc.query_selector_all("#panic-notice").unwrap().length(), 1);
    doc.get_element_by_id(NOTICE_ID).unwrap().remove();
}

#[wasm_bindgen_test]
async fn a_large_report_read_in_slices_equals_the_report() {
    // A federation aggregate's report: entities, findings, signatures.
    let xml = include_bytes!("fixtures/saml/federation-aggregate.xml");
    let opts = preflight::saml::MetadataOptions::at(
        chrono::DateTime::parse_from_rfc3339("2026-11-22T00:00:00Z")
            .unwrap()
            .with_timezone(&chrono::Utc),
    );
    let report = preflight::saml::check_metadata(xml, &opts).into_json();
    assert!(!report.findings.is_empty());
    let json = serde_json::to_vec(&report).unwrap();
    let read = preflight::app::report_reader::read(&json).await.unwrap();
    assert_eq!(read, report);
    // The same key order as the report (the JSON download is the CLI's).
    assert_eq!(serde_json::to_vec(&read).unwrap(), json);
    // A directory report (a tree of groups in `data.sets[].groups`).
    let files = [
        (
            "userFile_2026-03-02_1.csv",
            &include_bytes!("fixtures/directory/clean/userFile_2026-03-02_1.csv")[..],
        ),
        (
            "groupFile_2026-03-02_1.csv",
            &include_bytes!("fixtures/directory/clean/groupFile_2026-03-02_1.csv")[..],
        ),
    ];
    let inputs: Vec<preflight::directory::Input> = files
        .iter()
        .map(|(name, bytes)| preflight::directory::Input { name, bytes })
        .collect();
    let report = preflight::directory::check(&inputs, &Default::default()).into_json();
    let json = serde_json::to_vec(&report).unwrap();
    assert_eq!(
        preflight::app::report_reader::read(&json).await.unwrap(),
        report
    );
    // Not a report: an error, not a panic.
    assert!(preflight::app::report_reader::read(b"{\"tool\": 1}")
        .await
        .is_err());
    assert!(preflight::app::report_reader::read(b"").await.is_err());
}
