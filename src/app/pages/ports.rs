//! P2P port range page: the Min and Max boxes of "P2P Settings", validated
//! live by `crate::net::ports::check`, with the range drawn against the
//! default.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::{use_debounced_callback, FindingsList, ReportActions};
use crate::net::ports::{self, DEFAULT_MAX, DEFAULT_MIN, SERVICE_PORTS};
use crate::Report;

#[function_component(PortsPage)]
pub fn ports_page() -> Html {
    let min = use_state(|| DEFAULT_MIN.to_string());
    let max = use_state(|| DEFAULT_MAX.to_string());
    let report = use_state(|| ports::check(&min, &max));

    let validate = {
        let report = report.clone();
        use_debounced_callback(
            150,
            Callback::from(move |(lo, hi): (String, String)| report.set(ports::check(&lo, &hi))),
        )
    };
    let on_min = {
        let (min, max, validate) = (min.clone(), max.clone(), validate.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                min.set(i.value());
                validate.emit((i.value(), (*max).clone()));
            }
        })
    };
    let on_max = {
        let (min, max, validate) = (min.clone(), max.clone(), validate.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                max.set(i.value());
                validate.emit(((*min).clone(), i.value()));
            }
        })
    };
    let on_reset = {
        let (min, max, report) = (min.clone(), max.clone(), report.clone());
        Callback::from(move |_| {
            min.set(DEFAULT_MIN.to_string());
            max.set(DEFAULT_MAX.to_string());
            report.set(ports::check(
                &DEFAULT_MIN.to_string(),
                &DEFAULT_MAX.to_string(),
            ));
        })
    };

    let field_error = |name: &str| {
        report.findings.iter().any(|f| {
            f.severity == crate::Severity::Error && f.location.field_name.as_deref() == Some(name)
        })
    };

    html! {
        <section class="page tool ports" data-tool="ports">
            <h1>{ "P2P port range" }</h1>
            <p class="lede">
                { "Jabber-to-Jabber calls use a UDP port range set under " }
                <em>{ "Configuration › Connect Client › P2P Settings › Configure Ports Manually" }</em>
                { ". Check the Min and Max you plan to enter." }
            </p>
            <form class="port-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label class={classes!("field", field_error("Min").then_some("invalid"))}>
                    <span>{ "Min" }</span>
                    <input id="p2p-min" type="text" inputmode="numeric" autocomplete="off"
                        value={(*min).clone()} oninput={on_min} aria-describedby="min-hint" />
                    <small id="min-hint">{ "1024 – 65525" }</small>
                </label>
                <label class={classes!("field", field_error("Max").then_some("invalid"))}>
                    <span>{ "Max" }</span>
                    <input id="p2p-max" type="text" inputmode="numeric" autocomplete="off"
                        value={(*max).clone()} oninput={on_max} aria-describedby="max-hint" />
                    <small id="max-hint">{ "1034 – 65535, greater than Min" }</small>
                </label>
                <button type="button" class="button subtle" onclick={on_reset}>{ "Reset to default" }</button>
            </form>
            <RangeSummary report={(*report).clone()} />
            <FindingsList report={(*report).clone()} />
            <ReportActions report={(*report).clone()} stem="p2p-ports" />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    report: Report,
}

/// The range's width and a bar of the whole 1024-65535 span showing the
/// chosen range, the default range and the other service ports.
#[function_component(RangeSummary)]
fn range_summary(props: &SummaryProps) -> Html {
    let d = &props.report.data;
    let (Some(lo), Some(hi)) = (d["min"].as_u64(), d["max"].as_u64()) else {
        return html! { <p class="range-summary muted">{ "Enter two port numbers to see the range." }</p> };
    };
    let width = d["width"].as_u64().unwrap_or(0);
    const SPAN_LO: f64 = 1024.0;
    const SPAN_HI: f64 = 65535.0;
    const W: f64 = 600.0;
    let x = |p: u64| ((p as f64).clamp(SPAN_LO, SPAN_HI) - SPAN_LO) / (SPAN_HI - SPAN_LO) * W;
    let bar = |a: u64, b: u64| (x(a), (x(b) - x(a)).max(2.0));
    let (dx, dw) = bar(u64::from(DEFAULT_MIN), u64::from(DEFAULT_MAX));
    let chosen = (hi > lo).then(|| bar(lo, hi));
    html! {
        <div class="range-summary">
            <p class="range-text">
                if width > 0 {
                    <strong>{ format!("{lo}–{hi}") }</strong>{ format!(": {width} UDP ports") }
                } else {
                    <strong>{ "No valid range" }</strong>
                }
                { format!(" (default {DEFAULT_MIN}–{DEFAULT_MAX}: {} ports)", DEFAULT_MAX - DEFAULT_MIN + 1) }
            </p>
            <svg class="range-bar" viewBox="0 0 600 44" role="img"
                aria-label={format!("Range {lo} to {hi} against the default {DEFAULT_MIN} to {DEFAULT_MAX}")}>
                <rect class="track" x="0" y="10" width="600" height="16" rx="3" />
                <rect class="default" x={dx.to_string()} y="10" width={dw.to_string()} height="16" />
                if let Some((cx, cw)) = chosen {
                    <rect class="chosen" x={cx.to_string()} y="14" width={cw.to_string()} height="8" />
                }
                { for SERVICE_PORTS.iter().map(|sp| html! {
                    <line class="service" x1={x(u64::from(sp.port)).to_string()} x2={x(u64::from(sp.port)).to_string()} y1="6" y2="30">
                        <title>{ format!("{} {}: {}", sp.protocol, sp.port, sp.purpose) }</title>
                    </line>
                }) }
                <text x="0" y="42" class="tick">{ "1024" }</text>
                <text x="600" y="42" class="tick end">{ "65535" }</text>
            </svg>
            <p class="legend">
                <span class="key chosen"></span>{ "your range " }
                <span class="key default"></span>{ "default range " }
                <span class="key service"></span>{ "other Webex ports" }
            </p>
        </div>
    }
}
