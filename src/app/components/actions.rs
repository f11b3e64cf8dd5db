//! Copy and download buttons, and the standard pair for a report (JSON and
//! SARIF downloads, copy as text).

use yew::prelude::*;

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

#[derive(Properties, PartialEq)]
pub struct ReportActionsProps {
    pub report: Report,
    /// File name stem for downloads, e.g. `p2p-ports`.
    pub stem: AttrValue,
}

/// Copy the findings as text; download the report as JSON or SARIF.
#[function_component(ReportActions)]
pub fn report_actions(props: &ReportActionsProps) -> Html {
    let r = &props.report;
    let text = render::text::findings(r, None, &render::text::Style { colour: false });
    let json = render::json(r);
    let sarif = render::sarif::render(r, &props.stem, env!("CARGO_PKG_VERSION"));
    html! {
        <div class="actions">
            <CopyButton text={text} label="Copy findings" />
            <DownloadButton name={format!("{}-report.json", props.stem)} mime="application/json"
                content={json} label="Download JSON" />
            <DownloadButton name={format!("{}-report.sarif", props.stem)} mime="application/sarif+json"
                content={sarif} label="Download SARIF" />
        </div>
    }
}
