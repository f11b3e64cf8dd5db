//! Copy and download buttons, and the standard pair for a report (JSON and
//! SARIF downloads, copy as text).

use yew::prelude::*;

use super::SharedReport;
use crate::app::browser;
use crate::{render, Report};

#[derive(Properties, PartialEq)]
pub struct CopyProps {
    pub text: AttrValue,
    #[prop_or(AttrValue::Static("Copy"))]
    pub label: AttrValue,
}

#[function_component(CopyButton)]
pub fn copy_button(props: &CopyProps) -> Html {
    let state = use_state(|| None::<bool>);
    let onclick = {
        let text = props.text.to_string();
        let state = state.clone();
        Callback::from(move |_| {
            let text = text.clone();
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                state.set(Some(browser::copy(text).await));
            });
        })
    };
    let label = match *state {
        Some(true) => "Copied".to_string(),
        Some(false) => "Copy failed".to_string(),
        None => props.label.to_string(),
    };
    html! { <button type="button" class="button" {onclick}>{ label }</button> }
}

#[derive(Properties, PartialEq)]
pub struct DownloadProps {
    pub name: AttrValue,
    pub mime: AttrValue,
    pub content: AttrValue,
    #[prop_or(AttrValue::Static("Download"))]
    pub label: AttrValue,
}

#[function_component(DownloadButton)]
pub fn download_button(props: &DownloadProps) -> Html {
    let onclick = {
        let (name, mime, content) = (
            props.name.clone(),
            props.mime.clone(),
            props.content.clone(),
        );
        Callback::from(move |_| browser::download(&name, &mime, content.as_bytes()))
    };
    html! { <button type="button" class="button" {onclick}>{ props.label.clone() }</button> }
}

/// Writes a report's SARIF: `render::sarif::render` for the whole-setup
/// check, or a page's own (`render::sarif::render_single` with its tools'
/// rules), so a page bundle does not carry every rule's text.
pub type SarifWriter = fn(&Report, &str, &str) -> String;

/// The [`SarifWriter`] of a page whose findings come from these rule lists:
/// `sarif={sarif_with!(crate::net::RULES)}`.
macro_rules! sarif_with {
    ($($rules:path),+ $(,)?) => {{
        let write: $crate::app::components::SarifWriter = |report, artifact, version| {
            $crate::render::sarif::render_single(report, artifact, version, &[$($rules),+])
        };
        write
    }};
}
pub(crate) use sarif_with;

#[derive(Properties)]
pub struct ReportActionsProps {
    pub report: Report,
    /// File name stem for downloads, e.g. `p2p-ports`.
    pub stem: AttrValue,
    pub sarif: SarifWriter,
}

// The writer is fixed per page: the props differ when the report does.
impl PartialEq for ReportActionsProps {
    fn eq(&self, other: &Self) -> bool {
        self.report == other.report && self.stem == other.stem
    }
}

/// Copy the findings as text; download the report as JSON or SARIF.
#[function_component(ReportActions)]
pub fn report_actions(props: &ReportActionsProps) -> Html {
    html! { <SharedReportActions report={SharedReport::new(props.report.clone())} stem={props.stem.clone()} sarif={props.sarif} /> }
}

#[derive(Properties)]
pub struct SharedReportActionsProps {
    pub report: SharedReport,
    pub stem: AttrValue,
    pub sarif: SarifWriter,
}

impl PartialEq for SharedReportActionsProps {
    fn eq(&self, other: &Self) -> bool {
        self.report == other.report && self.stem == other.stem
    }
}

/// As [`ReportActions`] for a report shared by pointer. The text, JSON and
/// SARIF are made when a button is pressed, not on every render: for a
/// federation-sized report they are tens of megabytes.
#[function_component(SharedReportActions)]
pub fn shared_report_actions(props: &SharedReportActionsProps) -> Html {
    let copied = use_state(|| None::<bool>);
    let on_copy = {
        let (report, copied) = (props.report.clone(), copied.clone());
        Callback::from(move |_| {
            let text =
                render::text::findings(&report.0, None, &render::text::Style { colour: false });
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(browser::copy(text).await));
            });
        })
    };
    let on_json = {
        let (report, stem) = (props.report.clone(), props.stem.clone());
        Callback::from(move |_| {
            let json = render::json(&report.0);
            browser::download(
                &format!("{stem}-report.json"),
                "application/json",
                json.as_bytes(),
            );
        })
    };
    let on_sarif = {
        let (report, stem, write) = (props.report.clone(), props.stem.clone(), props.sarif);
        Callback::from(move |_| {
            let sarif = write(&report.0, &stem, env!("CARGO_PKG_VERSION"));
            browser::download(
                &format!("{stem}-report.sarif"),
                "application/sarif+json",
                sarif.as_bytes(),
            );
        })
    };
    let copy_label = match *copied {
        Some(true) => "Copied",
        Some(false) => "Copy failed",
        None => "Copy findings",
    };
    html! {
        <div class="actions">
            <button type="button" class="button" onclick={on_copy}>{ copy_label }</button>
            <button type="button" class="button" onclick={on_json}>{ "Download JSON" }</button>
            <button type="button" class="button" onclick={on_sarif}>{ "Download SARIF" }</button>
        </div>
    }
}
