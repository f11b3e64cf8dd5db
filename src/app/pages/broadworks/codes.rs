//! Error-code search: ranked matches of `crate::broadworks::search::lookup`.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::{use_debounced_callback, FindingsList};
use crate::broadworks::search::{self, Lookup};
use crate::Report;

#[function_component(CodeSearch)]
pub fn code_search() -> Html {
    let query = use_state(String::new);
    let result = use_state(|| None::<Result<Report<Lookup>, String>>);
    let run = {
        let result = result.clone();
        Callback::from(move |q: String| {
            if q.trim().is_empty() {
                result.set(None);
            } else {
                result.set(Some(search::lookup(&q).map_err(|e| e.to_string())));
            }
        })
    };
    let run = use_debounced_callback(150, run);
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                query.set(i.value());
                run.emit(i.value());
            }
        })
    };
    let body = match &*result {
        None => {
            html! { <p class="muted">{ "Type a code such as 200039, or paste the message the user saw (placeholders like the offer name do not need to match)." }</p> }
        }
        Some(Err(e)) => html! { <p class="notice">{ e.clone() }</p> },
        Some(Ok(report)) => {
            let matches = &report.data.matches;
            html! {
                <>
                    <ol class="code-matches" aria-label="Matching codes">
                        { for matches.iter().map(|m| html! {
                            <li class="code-match" data-code={m.code.clone()}>
                                <div class="code-head">
                                    <strong class="code-number">{ m.code.clone() }</strong>
                                    <span class="code-table">{ m.section.clone() }</span>
                                    if m.transient {
                                        <span class="badge info">{ "retry later" }</span>
                                    }
                                    <span class="code-score" title="Match score">
                                        <meter min="0" max="1" value={m.score.to_string()} />
                                        { format!(" {:.0}%", m.score * 100.0) }
                                    </span>
                                </div>
                                <p class="code-message">{ m.message.clone() }</p>
                                <p class="code-action"><strong>{ if m.table == "end-user" { "Suggested action: " } else { "Meaning: " } }</strong>{ m.action.clone() }</p>
                            </li>
                        }) }
                    </ol>
                    if !report.findings.is_empty() {
                        <FindingsList report={report.clone().into_json()} />
                    }
                </>
            }
        }
    };
    html! {
        <div class="bw-codes">
            <label class="field">
                <span>{ "Error code or message" }</span>
                <input id="bw-code-query" type="search" autocomplete="off" spellcheck="false"
                    placeholder="200039 or “emailId already in use in a different Org”"
                    value={(*query).clone()} {oninput} />
            </label>
            { body }
        </div>
    }
}
