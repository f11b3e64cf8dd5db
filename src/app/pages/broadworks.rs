//! The BroadWorks troubleshooting page: five tools under one page, as tabs
//! (error-code lookup, PSLog, XSP, client log, redaction) and the
//! support-case checklist. Every verdict comes from `crate::broadworks`;
//! the page reads input, calls the core and renders its typed data.

mod case;
mod codes;
mod imp;
mod logs;

use yew::prelude::*;

use logs::{LogKind, LogTool};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Codes,
    Pslog,
    Xsp,
    Client,
    Redact,
    Case,
}

impl Tab {
    const ALL: [Tab; 6] = [
        Tab::Codes,
        Tab::Pslog,
        Tab::Xsp,
        Tab::Client,
        Tab::Redact,
        Tab::Case,
    ];

    fn key(self) -> &'static str {
        match self {
            Tab::Codes => "codes",
            Tab::Pslog => "pslog",
            Tab::Xsp => "xsp",
            Tab::Client => "client-log",
            Tab::Redact => "redact",
            Tab::Case => "case",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Tab::Codes => "Error codes",
            Tab::Pslog => "PSLog",
            Tab::Xsp => "XSP",
            Tab::Client => "Client log",
            Tab::Redact => "Redact",
            Tab::Case => "Support case",
        }
    }
}

#[function_component(BroadworksPage)]
pub fn broadworks_page() -> Html {
    let tab = use_state(|| Tab::Codes);
    // Tracking ids found by any log tool, offered to the XSP filter and the case summary.
    let tracking = use_state(Vec::<String>::new);
    let on_ids = {
        let tracking = tracking.clone();
        Callback::from(move |ids: Vec<String>| {
            let mut all = (*tracking).clone();
            for id in ids {
                if !all.contains(&id) {
                    all.push(id);
                }
            }
            if all != *tracking {
                tracking.set(all);
            }
        })
    };
    let current = *tab;
    let panel = |t: Tab, body: Html| {
        html! {
            <div id={format!("bw-panel-{}", t.key())} role="tabpanel" class="tab-panel"
                aria-labelledby={format!("bw-tab-{}", t.key())} hidden={current != t}>
                { body }
            </div>
        }
    };
    html! {
        <section class="page tool broadworks" data-tool="broadworks">
            <h1>{ "BroadWorks troubleshooting" }</h1>
            <p class="lede">
                { "Explain the error codes users read out, analyse Application Server PSLogs, XSP configuration and sign-in logs and Webex app logs, make a redacted copy for a support case, and collect what the case needs. Everything runs in this browser; nothing is uploaded." }
            </p>
            <div class="tabs" role="tablist" aria-label="BroadWorks tools">
                { for Tab::ALL.iter().map(|t| {
                    let t = *t;
                    let onclick = {
                        let tab = tab.clone();
                        Callback::from(move |_| tab.set(t))
                    };
                    html! {
                        <button type="button" role="tab" id={format!("bw-tab-{}", t.key())}
                            class={classes!("tab", (current == t).then_some("selected"))}
                            aria-selected={(current == t).to_string()}
                            aria-controls={format!("bw-panel-{}", t.key())} {onclick}>
                            { t.title() }
                        </button>
                    }
                }) }
            </div>
            { panel(Tab::Codes, html! { <codes::CodeSearch /> }) }
            { panel(Tab::Pslog, html! {
                <>
                    <LogTool kind={LogKind::Pslog} on_ids={on_ids.clone()} />
                    <imp::ImpCompare />
                </>
            }) }
            { panel(Tab::Xsp, html! { <LogTool kind={LogKind::Xsp} on_ids={on_ids.clone()} known_ids={(*tracking).clone()} /> }) }
            { panel(Tab::Client, html! { <LogTool kind={LogKind::Client} on_ids={on_ids.clone()} /> }) }
            { panel(Tab::Redact, html! { <LogTool kind={LogKind::Redact} on_ids={on_ids.clone()} /> }) }
            { panel(Tab::Case, html! { <case::CaseChecklist tracking_ids={(*tracking).clone()} /> }) }
        </section>
    }
}
