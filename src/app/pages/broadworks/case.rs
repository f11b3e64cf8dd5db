//! The support-case checklist: "What Client Information to Collect" and
//! "Useful Log Files" as a form that fills `crate::broadworks::case::summary`.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::components::CopyButton;
use crate::broadworks::case::{self, CaseInfo, LOG_FILES};

#[derive(Properties, PartialEq)]
pub struct CaseProps {
    /// Tracking ids the log tools found.
    pub tracking_ids: Vec<String>,
}

#[derive(Clone, Copy)]
enum Field {
    User,
    BwUser,
    Org,
    Time,
    Client,
    Tracking,
    Feedback,
}

#[function_component(CaseChecklist)]
pub fn case_checklist(props: &CaseProps) -> Html {
    let info = use_state(CaseInfo::default);
    // Tracking ids typed by hand; the log tools' ids are added to them.
    let typed_ids = use_state(String::new);
    let set = |field: Field| {
        let info = info.clone();
        let typed_ids = typed_ids.clone();
        Callback::from(move |e: InputEvent| {
            let Some(i) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let v = i.value();
            let mut next = (*info).clone();
            match field {
                Field::User => next.user = v,
                Field::BwUser => next.broadworks_user = v,
                Field::Org => next.organization = v,
                Field::Time => next.time_frame = v,
                Field::Client => next.client = v,
                Field::Feedback => next.feedback = v,
                Field::Tracking => {
                    typed_ids.set(v);
                    return;
                }
            }
            info.set(next);
        })
    };
    let on_notes = {
        let info = info.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
                let mut next = (*info).clone();
                next.notes = t.value();
                info.set(next);
            }
        })
    };
    let toggle = |key: &'static str| {
        let info = info.clone();
        Callback::from(move |_| {
            let mut next = (*info).clone();
            if let Some(p) = next.logs.iter().position(|k| k == key) {
                next.logs.remove(p);
            } else {
                next.logs.push(key.to_string());
            }
            info.set(next);
        })
    };
    let mut filled = (*info).clone();
    filled.tracking_ids = typed_ids
        .split([',', ' ', '\n'])
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    for id in &props.tracking_ids {
        if !filled.tracking_ids.contains(id) {
            filled.tracking_ids.push(id.clone());
        }
    }
    let summary = case::summary(&filled);
    let field = |id: &str, label: &str, f: Field, value: String, hint: &str| {
        html! {
            <label class="field">
                <span>{ label.to_string() }</span>
                <input id={id.to_string()} type="text" spellcheck="false" {value} placeholder={hint.to_string()} oninput={set(f)} />
            </label>
        }
    };
    html! {
        <div class="bw-case">
            <p class="muted">{ "Before you open a case or escalate, collect this information while troubleshooting with the user (“What Client Information to Collect”), and the logs that fit the issue (“Useful Log Files”)." }</p>
            <div class="field-grid wide">
                { field("bw-case-user", "User identifier (CI email or user UUID)", Field::User, info.user.clone(), "alice@example.com") }
                { field("bw-case-bwuser", "BroadWorks user ID (if known)", Field::BwUser, info.broadworks_user.clone(), "") }
                { field("bw-case-org", "Organization identifier", Field::Org, info.organization.clone(), "") }
                { field("bw-case-time", "Approximate time frame", Field::Time, info.time_frame.clone(), "2022-03-16 10:20–10:30 UTC") }
                { field("bw-case-client", "Client platform and version", Field::Client, info.client.clone(), "Windows 42.3.0.21576") }
                { field("bw-case-tracking", "Tracking ID shown on the client", Field::Tracking, (*typed_ids).clone(), "CLIENT_…") }
                { field("bw-case-feedback", "Feedback number (if feedback was sent)", Field::Feedback, info.feedback.clone(), "") }
            </div>
            <h2>{ "Useful log files" }</h2>
            <div class="table-wrap" tabindex="0">
                <table class="bw-logfiles">
                    <thead><tr><th>{ "Collected" }</th><th>{ "Log" }</th><th>{ "Source" }</th><th>{ "Useful for" }</th></tr></thead>
                    <tbody>
                        { for LOG_FILES.iter().map(|l| html! {
                            <tr>
                                <td><input type="checkbox" id={format!("bw-log-{}", l.key)} aria-label={l.name}
                                    checked={info.logs.iter().any(|k| k == l.key)} onclick={toggle(l.key)} /></td>
                                <td>{ l.name }</td><td>{ l.source }</td><td>{ l.useful_for }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <label class="field">
                <span>{ "Notes" }</span>
                <textarea id="bw-case-notes" rows="3" value={info.notes.clone()} oninput={on_notes} />
            </label>
            <h2>{ "Case summary" }</h2>
            <pre id="bw-case-summary" class="code">{ summary.clone() }</pre>
            <div class="actions"><CopyButton text={summary} label="Copy summary" /></div>
        </div>
    }
}
