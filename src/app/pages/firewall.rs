//! Firewall page: the outbound requirements of "Network Requirements" and
//! "Audio-Video Firewall and Bandwidth Requirements", turned by
//! `crate::net::firewall::generate` into iptables, nftables, Windows Firewall
//! (PowerShell) and Cisco ASA rules.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::srv::CodeBlock;
use crate::app::components::{use_debounced_callback, FindingsList, ReportActions};
use crate::net::firewall::{self, FirewallOptions, RulesData};
use crate::net::ports::{DEFAULT_MAX, DEFAULT_MIN};

#[derive(Clone, PartialEq)]
struct Inputs {
    p2p: String,
    third_party_xmpp: bool,
    federation: bool,
    domain: String,
    restrict: bool,
}

impl Default for Inputs {
    fn default() -> Self {
        Self {
            p2p: format!("{DEFAULT_MIN}-{DEFAULT_MAX}"),
            third_party_xmpp: true,
            federation: true,
            domain: String::new(),
            restrict: false,
        }
    }
}

impl Inputs {
    fn options(&self) -> FirewallOptions {
        FirewallOptions {
            p2p: Some(self.p2p.clone()),
            restrict_to_ip_ranges: self.restrict,
            third_party_xmpp: self.third_party_xmpp,
            federation: self.federation,
            // An empty box means "no domain": the rules name `<domain>`.
            domain: (!self.domain.trim().is_empty()).then(|| self.domain.clone()),
        }
    }
}

enum Edit {
    P2p(String),
    Domain(String),
    Xmpp(bool),
    Federation(bool),
    Restrict(bool),
    Reset,
}

#[derive(Clone, PartialEq, Default)]
struct State(Inputs);

impl Reducible for State {
    type Action = Edit;
    fn reduce(self: std::rc::Rc<Self>, action: Edit) -> std::rc::Rc<Self> {
        let mut i = self.0.clone();
        match action {
            Edit::P2p(v) => i.p2p = v,
            Edit::Domain(v) => i.domain = v,
            Edit::Xmpp(v) => i.third_party_xmpp = v,
            Edit::Federation(v) => i.federation = v,
            Edit::Restrict(v) => i.restrict = v,
            Edit::Reset => i = Inputs::default(),
        }
        std::rc::Rc::new(State(i))
    }
}

/// The four rule sets: key in `data.rulesets`, heading, file name, MIME type.
const RULESETS: &[(&str, &str, &str, &str)] = &[
    (
        "iptables",
        "iptables",
        "webex-iptables.sh",
        "text/x-shellscript",
    ),
    ("nftables", "nftables", "webex.nft", "text/plain"),
    (
        "powershell",
        "Windows Firewall (PowerShell)",
        "webex-firewall.ps1",
        "text/plain",
    ),
    ("asa", "Cisco ASA", "webex-asa.txt", "text/plain"),
];

#[function_component(FirewallPage)]
pub fn firewall_page() -> Html {
    let state = use_reducer(State::default);
    let report = use_state(|| firewall::generate(&state.0.options()));

    let validate = {
        let report = report.clone();
        use_debounced_callback(
            150,
            Callback::from(move |o: FirewallOptions| report.set(firewall::generate(&o))),
        )
    };
    {
        let validate = validate.clone();
        use_effect_with(state.0.clone(), move |i| validate.emit(i.options()));
    }

    let text = |make: fn(String) -> Edit| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                state.dispatch(make(i.value()));
            }
        })
    };
    let toggle = |make: fn(bool) -> Edit| {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                state.dispatch(make(i.checked()));
            }
        })
    };
    let on_reset = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Edit::Reset))
    };

    let r = &*report;
    let field_error = |index: u32| {
        r.findings
            .iter()
            .any(|f| f.severity == crate::Severity::Error && f.location.field == Some(index))
    };
    // The P2P range is checked by the ports rules, which name the Min and
    // Max boxes rather than field 1.
    let p2p_error = field_error(1)
        || r.findings.iter().any(|f| {
            f.severity == crate::Severity::Error
                && matches!(f.location.field_name.as_deref(), Some("Min" | "Max"))
        });
    let i = &state.0;
    let note = r.data.note.clone();
    let json = r.clone().into_json();

    html! {
        <section class="page tool firewall" data-tool="firewall">
            <h1>{ "Firewall rules" }</h1>
            <p class="lede">
                { "The outbound connections Webex Messenger and Jabber need (" }
                <em>{ "Network Requirements" }</em>{ ", " }
                <em>{ "Audio-Video Firewall and Bandwidth Requirements" }</em>
                { "), as rules for four firewalls. Each rule carries a comment naming its purpose." }
            </p>
            <form class="fw-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <div class="fw-fields">
                    <label class={classes!("field", p2p_error.then_some("invalid"))}>
                        <span>{ "P2P UDP range" }</span>
                        <input id="fw-p2p" type="text" autocomplete="off" spellcheck="false"
                            inputmode="numeric" value={i.p2p.clone()} oninput={text(Edit::P2p)}
                            aria-describedby="fw-p2p-hint" />
                        <small id="fw-p2p-hint">{ format!("MIN-MAX, as in P2P Settings (default {DEFAULT_MIN}-{DEFAULT_MAX})") }</small>
                    </label>
                    <label class={classes!("field", "fw-domain", field_error(3).then_some("invalid"))}>
                        <span>{ "Organisation domain (optional)" }</span>
                        <input id="fw-domain" type="text" autocomplete="off" spellcheck="false"
                            autocapitalize="off" placeholder="acme.com" value={i.domain.clone()}
                            oninput={text(Edit::Domain)} aria-describedby="fw-domain-hint" />
                        <small id="fw-domain-hint">{ "Names the XMPP hosts in the rule comments" }</small>
                    </label>
                </div>
                <fieldset class="toggles">
                    <legend>{ "Include" }</legend>
                    <label class="check">
                        <input id="fw-xmpp" type="checkbox" checked={i.third_party_xmpp}
                            onchange={toggle(Edit::Xmpp)} />
                        <span>{ "Third-party XMPP applications (TCP 5222)" }</span>
                    </label>
                    <label class="check">
                        <input id="fw-federation" type="checkbox" checked={i.federation}
                            onchange={toggle(Edit::Federation)} />
                        <span>{ "IM federation (TCP 5269)" }</span>
                    </label>
                    <label class="check">
                        <input id="fw-restrict" type="checkbox" checked={i.restrict}
                            onchange={toggle(Edit::Restrict)} aria-describedby="fw-note" />
                        <span>{ "Restrict Webex rules to the guide's IP ranges" }</span>
                    </label>
                </fieldset>
                <p id="fw-note" class={classes!("notice", "ip-note", i.restrict.then_some("active"))} role="note">
                    <strong>{ "Not recommended. " }</strong>{ note }
                </p>
                <button type="button" class="button subtle" onclick={on_reset}>{ "Reset to defaults" }</button>
            </form>

            <FindingsList report={json.clone()} />
            <ReportActions report={json} stem="firewall" sarif={crate::app::components::sarif_with!(crate::net::RULES)} />
            <Requirements data={r.data.clone()} />
            <RuleSets data={r.data.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DataProps {
    data: RulesData,
}

#[function_component(Requirements)]
fn requirements(props: &DataProps) -> Html {
    let d = &props.data;
    let reqs = &d.requirements;
    if reqs.is_empty() {
        return html! {};
    }
    let any_restricted = reqs.iter().any(|r| r.restricted_to_ip_ranges);
    let ranges = &d.ip_ranges;
    html! {
        <section class="requirements" aria-labelledby="req-title">
            <h2 id="req-title">{ "Requirements (outbound)" }</h2>
            <div class="table-wrap" tabindex="0">
                <table class="data fw-requirements">
                    <thead><tr>
                        <th scope="col">{ "Protocol" }</th><th scope="col">{ "Ports" }</th>
                        <th scope="col">{ "Purpose" }</th><th scope="col">{ "Destinations" }</th>
                        <th scope="col">{ "Source" }</th>
                    </tr></thead>
                    <tbody>
                        { for reqs.iter().map(|r| html! {
                            <tr data-id={r.id.clone()}>
                                <td>{ r.protocol.clone() }</td>
                                <td class="mono nowrap">{ r.ports.join(", ") }</td>
                                <td class="purpose">{ r.purpose.clone() }</td>
                                <td class="destinations">
                                    { r.destinations.clone() }
                                    if r.restricted_to_ip_ranges {
                                        <span class="badge info tag">{ "IP ranges only" }</span>
                                    }
                                </td>
                                <td class="muted small source">{ r.source.clone() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if any_restricted && !ranges.is_empty() {
                <h3>{ "The guide's IP ranges" }</h3>
                <div class="table-wrap" tabindex="0">
                    <table class="data ip-ranges">
                        <thead><tr><th scope="col">{ "From" }</th><th scope="col">{ "To" }</th><th scope="col">{ "CIDR" }</th></tr></thead>
                        <tbody>
                            { for ranges.iter().map(|r| html! {
                                <tr>
                                    <td class="mono">{ r.first.clone() }</td>
                                    <td class="mono">{ r.last.clone() }</td>
                                    <td class="mono">{ r.cidrs.join(", ") }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}

#[function_component(RuleSets)]
fn rule_sets(props: &DataProps) -> Html {
    let Some(sets) = &props.data.rulesets else {
        return html! {
            <p class="notice no-rules">
                { "No rules are generated while the range or domain is invalid: a half-right firewall is worse than none. The findings above say what to fix." }
            </p>
        };
    };
    html! {
        <section class="rulesets" aria-labelledby="rules-title">
            <h2 id="rules-title">{ "Rule sets" }</h2>
            { for RULESETS.iter().map(|&(key, title, file, mime)| html! {
                <section class="ruleset" data-ruleset={key}>
                    <h3>{ title }</h3>
                    <CodeBlock id={format!("rules-{key}")} text={sets.get(key).unwrap_or_default().to_string()}
                        file={file} mime={mime} />
                </section>
            }) }
        </section>
    }
}
