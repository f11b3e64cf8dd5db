//! P2P port range page: the Min and Max boxes of "P2P Settings", validated
//! live by `crate::net::ports::check`, with the range drawn against the
//! default.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::components::{use_debounced_callback, FindingsList, ReportActions};
use crate::net::ports::{
    self, PortsData, Segment, BAR_HIGH, BAR_LOW, DEFAULT_MAX, DEFAULT_MIN, SERVICE_PORTS,
};

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
            <RangeSummary data={report.data.clone()} />
            <FindingsList report={(*report).clone().into_json()} />
            <ReportActions report={(*report).clone().into_json()} stem="p2p-ports" sarif={crate::app::components::sarif_with!(crate::net::RULES)} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    data: PortsData,
}

/// Lowest and highest port of the whole span the overview bar draws.
const SPAN: (f64, f64) = (BAR_LOW as f64, BAR_HIGH as f64);
const W: f64 = 600.0;

/// The range's width, a bar of the whole 1024-65535 span (from the core's
/// `data.bar` fractions), a zoomed bar around the chosen and default ranges
/// (on the full span the default is a sliver), and the overlaps.
#[function_component(RangeSummary)]
fn range_summary(props: &SummaryProps) -> Html {
    let d = &props.data;
    let (Some(lo), Some(hi), Some(bar)) = (d.min, d.max, d.bar) else {
        return html! { <p class="range-summary muted">{ "Enter two port numbers to see the range." }</p> };
    };
    let (lo, hi) = (u64::from(lo), u64::from(hi));
    let width = d.width.unwrap_or(0);
    let seg = |s: Segment| (s.start * W, ((s.end - s.start) * W).max(2.0));
    let (dx, dw) = seg(bar.default);
    let chosen = (hi > lo).then(|| seg(bar.range));
    let x = |p: u64| ((p as f64).clamp(SPAN.0, SPAN.1) - SPAN.0) / (SPAN.1 - SPAN.0) * W;
    let zoom = zoom_window(lo, hi);
    let overlaps = d.overlaps.clone().unwrap_or_default();
    html! {
        <div class="range-summary">
            <p class="range-text">
                if width > 0 {
                    <strong>{ format!("{lo}–{hi}") }</strong>{ format!(": {width} UDP ports") }
                } else {
                    <strong>{ "No valid range" }</strong>
                }
                { format!(" (default {}–{}: {} ports)", d.default.min, d.default.max, d.default.width) }
            </p>
            <svg class="range-bar" viewBox="0 0 600 44" role="img"
                aria-label={format!("Range {lo} to {hi} against the default {DEFAULT_MIN} to {DEFAULT_MAX}, on the whole span {BAR_LOW} to {BAR_HIGH}")}>
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
                if let Some((a, b)) = zoom {
                    <rect class="zoom-window" x={x(a).to_string()} y="4" width={(x(b) - x(a)).max(3.0).to_string()} height="28" rx="2" />
                }
                <text x="0" y="42" class="tick">{ BAR_LOW.to_string() }</text>
                <text x="600" y="42" class="tick end">{ BAR_HIGH.to_string() }</text>
            </svg>
            if let Some((a, b)) = zoom {
                <ZoomBar lo={lo} hi={hi} from={a} to={b} />
            }
            <p class="legend">
                <span class="legend-item"><span class="key chosen"></span>{ "your range" }</span>
                <span class="legend-item"><span class="key default"></span>{ "default range" }</span>
                <span class="legend-item"><span class="key service"></span>{ "other Webex ports" }</span>
                if zoom.is_some() {
                    <span class="legend-item"><span class="key zoom"></span>{ "zoomed part" }</span>
                }
            </p>
            <div class="overlaps">
                if overlaps.is_empty() {
                    <p class="no-overlap">
                        <span aria-hidden="true">{ "✓ " }</span>
                        { "No overlap with the other UDP ports Webex Messenger uses (UDP 5101, 8070, 8090)." }
                    </p>
                } else {
                    <h3>{ "Overlaps with other Webex UDP ports" }</h3>
                    <ul class="overlap-list">
                        { for overlaps.iter().map(|o| html! {
                            <li data-port={o.port.to_string()}>
                                <strong>{ format!("{} {}", o.protocol, o.port) }</strong>
                                { format!(": {}", o.purpose) }
                            </li>
                        }) }
                    </ul>
                }
            </div>
        </div>
    }
}

/// The part of the span worth zooming into: the chosen range (when it is
/// one) and the default, with a margin. `None` when that is most of the
/// span anyway, so the overview already shows it well.
fn zoom_window(lo: u64, hi: u64) -> Option<(u64, u64)> {
    let (dlo, dhi) = (u64::from(DEFAULT_MIN), u64::from(DEFAULT_MAX));
    let (a, b) = if hi > lo {
        (lo.min(dlo), hi.max(dhi))
    } else {
        (dlo, dhi)
    };
    let span = u64::from(BAR_HIGH - BAR_LOW);
    let pad = ((b - a) / 8).max(40);
    let a = a.saturating_sub(pad).max(u64::from(BAR_LOW));
    let b = (b + pad).min(u64::from(BAR_HIGH));
    (b - a < span / 2).then_some((a, b))
}

#[derive(Properties, PartialEq)]
struct ZoomProps {
    lo: u64,
    hi: u64,
    from: u64,
    to: u64,
}

/// The zoomed bar: the window `from`..`to`, the chosen range's ends labelled
/// above, the default's below.
#[function_component(ZoomBar)]
fn zoom_bar(p: &ZoomProps) -> Html {
    let (from, to) = (p.from as f64, p.to as f64);
    let x = |port: u64| ((port as f64).clamp(from, to) - from) / (to - from).max(1.0) * W;
    let (dlo, dhi) = (u64::from(DEFAULT_MIN), u64::from(DEFAULT_MAX));
    let chosen = (p.hi > p.lo).then(|| (x(p.lo), (x(p.hi) - x(p.lo)).max(2.0)));
    let inside = |port: u64| (p.from..=p.to).contains(&port);
    html! {
        <svg class="range-bar zoom" viewBox="0 0 600 78" role="img"
            aria-label={format!("Zoomed to ports {} to {}", p.from, p.to)}>
            <rect class="track" x="0" y="20" width="600" height="16" rx="3" />
            <rect class="default" x={x(dlo).to_string()} y="20" width={(x(dhi) - x(dlo)).max(2.0).to_string()} height="16" />
            if let Some((cx, cw)) = chosen {
                <rect class="chosen" x={cx.to_string()} y="24" width={cw.to_string()} height="8" />
                <text x={cx.to_string()} y="14" class={classes!("tick", "chosen-label", (cx >= 60.0).then_some("end"))}>{ p.lo.to_string() }</text>
                <text x={(cx + cw).to_string()} y="14" class={classes!("tick", "chosen-label", (cx + cw > 530.0).then_some("end"))}>{ p.hi.to_string() }</text>
            }
            { for SERVICE_PORTS.iter().filter(|sp| inside(u64::from(sp.port))).map(|sp| html! {
                <line class="service" x1={x(u64::from(sp.port)).to_string()} x2={x(u64::from(sp.port)).to_string()} y1="16" y2="40">
                    <title>{ format!("{} {}: {}", sp.protocol, sp.port, sp.purpose) }</title>
                </line>
            }) }
            <text x={x(dlo).to_string()} y="53" class="tick default-label end">{ dlo.to_string() }</text>
            <text x={x(dhi).to_string()} y="53" class="tick default-label">{ dhi.to_string() }</text>
            <text x="0" y="74" class="tick">{ format!("◂ {}", p.from) }</text>
            <text x="600" y="74" class="tick end">{ format!("{} ▸", p.to) }</text>
        </svg>
    }
}
