//! Quartz CRON page: an expression box validated live by
//! `crate::cron::check` (from the browser clock, with the browser's own time
//! zone or another IANA zone for local times and daylight-saving notes), the
//! field breakdown with the bad characters marked, the next fire times, the
//! Quartz equivalent of a pasted Unix crontab line, the directory job's
//! upload files for today, and a builder kept in sync with the text box
//! through `crate::cron::{build, parse_builder}`.

use chrono::DateTime;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::components::{
    use_debounced_callback, use_latest_task, CopyButton, FindingsList, ReportActions,
};
use crate::cron::fields::{DAY_LONG, DAY_NAMES as DAY_SHORT};
use crate::cron::{self, BuilderSpec, CronData, CronOptions, ReadAs, DEFAULT_COUNT, MAX_LEN};
use crate::{Report, Severity};

mod builder;
mod schedule;
use builder::{Builder, Form};
use schedule::{Directory, DstNotes, NextRuns};

const DEFAULT_EXPR: &str = "0 0 2 * * ?";
const COUNTS: [usize; 6] = [5, 10, 25, 50, 100, 500];
const EXAMPLES: [(&str, &str); 6] = [
    ("0 0 12 * * ?", "noon every day"),
    ("0 15 10 ? * MON-FRI", "10:15 on weekdays"),
    ("0 0 2 LW * ?", "last weekday of the month"),
    ("0 0 9 ? * 2#1", "first Monday"),
    ("0 0 0 30 2 ?", "never fires"),
    ("*/5 * * * *", "a Unix crontab line"),
];

/// The browser's own IANA zone (`Intl.DateTimeFormat().resolvedOptions().timeZone`).
fn browser_zone() -> String {
    let fmt = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
    js_sys::Reflect::get(&fmt.resolved_options(), &"timeZone".into())
        .ok()
        .and_then(|v| v.as_string())
        .filter(|z| !z.is_empty())
        .unwrap_or_else(|| "UTC".to_string())
}

/// One run of the checker: the expression it saw and what it said (typed,
/// and as JSON for the shared findings and download components).
#[derive(Clone, PartialEq)]
struct Checked {
    expr: String,
    report: Report<CronData>,
    json: Report,
    builder: Option<BuilderSpec>,
}

fn run(expr: &str, count: usize, tz: &str) -> Checked {
    let options = CronOptions::new(crate::app::browser::now(), count, Some(tz));
    let report = cron::check_with(expr, &options);
    let json = report.clone().into_json();
    // `parse_builder` parses again; the checker has already refused anything
    // longer than MAX_LEN, so only short input reaches it.
    let builder = (expr.len() <= MAX_LEN)
        .then(|| cron::parse_builder(expr))
        .flatten();
    Checked {
        expr: expr.to_string(),
        report,
        json,
        builder,
    }
}

// ---- builder form ----

fn pretty(t: &str, with_offset: bool) -> String {
    match DateTime::parse_from_rfc3339(t) {
        Ok(d) if with_offset => d.format("%a %Y-%m-%d %H:%M:%S %:z").to_string(),
        Ok(d) => d.format("%a %Y-%m-%d %H:%M:%S").to_string(),
        Err(_) => t.to_string(),
    }
}

/// `2026-03-20T00:05:00Z` → `00:05:00`.
fn clock(t: &str) -> String {
    DateTime::parse_from_rfc3339(t)
        .map(|d| d.format("%H:%M:%S").to_string())
        .unwrap_or_else(|_| t.to_string())
}

fn duration(secs: u64) -> String {
    match secs {
        s if s % 86_400 == 0 => plural(s / 86_400, "day"),
        s if s % 3600 == 0 => plural(s / 3600, "hour"),
        s if s % 60 == 0 => plural(s / 60, "minute"),
        s => plural(s, "second"),
    }
}

fn plural(n: u64, unit: &str) -> String {
    format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
}

/// A byte span of the report, if it lies on character boundaries of `expr`.
fn span_of(v: (usize, usize), expr: &str) -> Option<(usize, usize)> {
    let (s, e) = v;
    (s <= e && e <= expr.len() && expr.is_char_boundary(s) && expr.is_char_boundary(e))
        .then_some((s, e))
}

/// The expression as text with the characters findings point at marked:
/// errors in `mark.error`, warnings in `mark.warning`.
fn echo(c: &Checked) -> Html {
    let expr = &c.expr;
    let spans: Vec<(usize, usize, Severity)> = c
        .report
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .filter_map(|f| {
            let (s, e) = span_of(f.location.span?, expr)?;
            // A span over the whole line says nothing about where.
            (e > s && !(s == 0 && e == expr.len())).then_some((s, e, f.severity))
        })
        .collect();
    let mut cuts: Vec<usize> = vec![0, expr.len()];
    for (s, e, _) in &spans {
        cuts.push(*s);
        cuts.push(*e);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let parts = cuts.windows(2).map(|w| {
        let (a, b) = (w[0], w[1]);
        let text = expr[a..b].to_string();
        let covering = |sev: Severity| {
            spans
                .iter()
                .any(|(s, e, v)| *v == sev && *s <= a && b <= *e)
        };
        if covering(Severity::Error) {
            html! { <mark class="error">{ text }</mark> }
        } else if covering(Severity::Warning) {
            html! { <mark class="warning">{ text }</mark> }
        } else {
            html! { <span>{ text }</span> }
        }
    });
    html! { <code class="cron-echo" aria-label="The expression with problems marked">{ for parts }</code> }
}

// ---- the page ----

#[function_component(CronPage)]
pub fn cron_page() -> Html {
    let local_zone = use_state(browser_zone);
    let text = use_state(|| DEFAULT_EXPR.to_string());
    let expr_input = use_node_ref();
    {
        // The box gets its first value once; after that only the user and
        // `set_expr` write it (Yew would otherwise read the whole value back
        // on every render to compare it).
        let input = expr_input.clone();
        use_effect_with((), move |_| {
            if let Some(i) = input.cast::<HtmlInputElement>() {
                i.set_value(DEFAULT_EXPR);
            }
        });
    }
    let count = use_state(|| DEFAULT_COUNT);
    let tz = use_state(|| (*local_zone).clone());
    let checked = use_state(|| run(DEFAULT_EXPR, DEFAULT_COUNT, &local_zone));
    let form = use_state(|| {
        let f = Form::default();
        match &checked.builder {
            Some(s) => f.with_spec(s),
            None => f,
        }
    });

    // Whether a check is under way; a newer request supersedes an older one.
    let task = use_latest_task();

    // Check `expr` and bring the builder along when it can show it. A check
    // of a dense schedule takes up to a few hundred milliseconds in wasm
    // (fire times, 28 years of skipped months, a year of DST changes), so
    // the page first shows "Checking…", yields to the browser so that it
    // paints, then runs the core.
    let apply = {
        let (checked, form, task) = (checked.clone(), form.clone(), task.clone());
        Callback::from(move |(expr, n, zone): (String, usize, String)| {
            let (checked, form) = (checked.clone(), form.clone());
            task.run(
                true,
                move || run(&expr, n, &zone),
                move |c| {
                    if let Some(s) = &c.builder {
                        form.set(form.with_spec(s));
                    }
                    checked.set(c);
                },
            );
        })
    };
    let validate = use_debounced_callback(200, apply.clone());

    let on_text = {
        let (text, count, tz, validate) =
            (text.clone(), count.clone(), tz.clone(), validate.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                text.set(i.value());
                validate.emit((i.value(), *count, (*tz).clone()));
            }
        })
    };
    let on_zone = {
        let (text, count, tz, validate) =
            (text.clone(), count.clone(), tz.clone(), validate.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                tz.set(i.value());
                validate.emit(((*text).clone(), *count, i.value()));
            }
        })
    };
    let on_count = {
        let (text, count, tz, apply) = (text.clone(), count.clone(), tz.clone(), apply.clone());
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                let n = s.value().parse().unwrap_or(DEFAULT_COUNT);
                count.set(n);
                apply.emit(((*text).clone(), n, (*tz).clone()));
            }
        })
    };
    // Put an expression in the box and check it at once (examples, "Use this",
    // the builder). The box is not bound to `text` in the virtual DOM: with a
    // pasted megabyte in it, comparing the bound value on every render stalled
    // Chromium for seconds, so the page writes the box only when it changes it.
    let set_expr = {
        let (text, count, tz, apply, input) = (
            text.clone(),
            count.clone(),
            tz.clone(),
            apply.clone(),
            expr_input.clone(),
        );
        Callback::from(move |expr: String| {
            if let Some(i) = input.cast::<HtmlInputElement>() {
                i.set_value(&expr);
            }
            text.set(expr.clone());
            apply.emit((expr, *count, (*tz).clone()));
        })
    };
    // The builder changed: its expression replaces the text.
    let on_form = {
        let (form, set_expr) = (form.clone(), set_expr.clone());
        Callback::from(move |f: Form| {
            set_expr.emit(cron::build(&f.spec()));
            form.set(f);
        })
    };
    let use_local = {
        let (text, count, tz, apply, local_zone) = (
            text.clone(),
            count.clone(),
            tz.clone(),
            apply.clone(),
            local_zone.clone(),
        );
        Callback::from(move |_| {
            tz.set((*local_zone).clone());
            apply.emit(((*text).clone(), *count, (*local_zone).clone()));
        })
    };

    let c = &*checked;
    let d = &c.report.data;
    let valid = d.valid;
    let zone_unknown = !d.time_zone_valid;
    let too_long = c.expr.len() > MAX_LEN;

    html! {
        <section class="page tool cron" data-tool="cron">
            <h1>{ "CRON schedule" }</h1>
            <p class="lede">
                { "Directory Integration jobs run on a Quartz CRON expression in GMT: six or seven fields — seconds, minutes, hours, day-of-month, month, day-of-week and an optional year. Type one to see what it means and when it fires." }
            </p>

            <form class="cron-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label class={classes!("field", "cron-expr", (!valid).then_some("invalid"))}>
                    <span>{ "Quartz expression" }</span>
                    <input id="cron-expr" type="text" autocomplete="off" spellcheck="false"
                        autocapitalize="off" ref={expr_input.clone()} oninput={on_text}
                        aria-describedby="cron-expr-hint" />
                    <small id="cron-expr-hint">{ "seconds minutes hours day-of-month month day-of-week [year] — e.g. 0 0 12 * * ?" }</small>
                </label>
                <div class="cron-examples" role="group" aria-label="Examples">
                    <span class="muted">{ "Try: " }</span>
                    { for EXAMPLES.iter().map(|(x, what)| {
                        let set_expr = set_expr.clone();
                        let owned = x.to_string();
                        html! {
                            <button type="button" class="button subtle example" title={*what}
                                onclick={Callback::from(move |_| set_expr.emit(owned.clone()))}>
                                <code>{ *x }</code>
                            </button>
                        }
                    }) }
                </div>
                <div class="cron-options">
                    <label class={classes!("field", zone_unknown.then_some("invalid"))}>
                        <span>{ "Local time zone" }</span>
                        <input id="cron-tz" type="text" list="cron-zones" autocomplete="off"
                            spellcheck="false" value={(*tz).clone()} oninput={on_zone}
                            aria-describedby="cron-tz-hint" />
                        <small id="cron-tz-hint">{ format!("IANA name; this browser: {}", *local_zone) }</small>
                    </label>
                    <datalist id="cron-zones">
                        { for chrono_tz::TZ_VARIANTS.iter().map(|z| html! { <option value={z.name()} /> }) }
                    </datalist>
                    if *tz != *local_zone {
                        <button type="button" class="button subtle" onclick={use_local}>{ "Use this browser's zone" }</button>
                    }
                    <label class="field">
                        <span>{ "Fire times listed" }</span>
                        <select id="cron-count" onchange={on_count}>
                            { for COUNTS.iter().map(|n| html! {
                                <option value={n.to_string()} selected={*n == *count}>{ n }</option>
                            }) }
                        </select>
                    </label>
                </div>
            </form>

            <div class={classes!("cron-summary", if valid { "ok" } else { "bad" }, task.busy().then_some("busy"))}
                role="status" aria-live="polite" aria-busy={task.busy().to_string()}>
                if task.busy() {
                    <p class="checking">{ "Checking…" }</p>
                }
                <p class="cron-description">{ d.description.clone() }</p>
                if too_long {
                    <p class="muted">{ format!("The input is {} bytes, too long to show.", c.expr.len()) }</p>
                } else if !c.expr.trim().is_empty() {
                    <div class="cron-echo-line">{ echo(c) }<CopyButton text={c.expr.clone()} label="Copy expression" /></div>
                }
            </div>

            <Equivalent data={d.clone()} on_use={set_expr.clone()} />
            <FieldTable checked={c.clone()} />
            <FindingsList report={c.json.clone()} />
            <ReportActions report={c.json.clone()} stem="cron" sarif={crate::app::components::sarif_with!(crate::cron::RULES)} />
            <Builder form={(*form).clone()} shown={c.builder.is_some()} on_change={on_form} />
            <NextRuns data={d.clone()} />
            <Directory data={d.clone()} />
            <DstNotes data={d.clone()} />
        </section>
    }
}

// ---- field breakdown ----

#[derive(Properties, PartialEq)]
struct CheckedProps {
    checked: Checked,
}

#[function_component(FieldTable)]
fn field_table(props: &CheckedProps) -> Html {
    let r = &props.checked.report;
    let fields = &r.data.fields;
    if fields.is_empty() {
        return html! {};
    }
    let bad = |index: u32| {
        r.findings
            .iter()
            .filter(|f| f.location.field == Some(index))
            .map(|f| f.severity)
            .min_by_key(|s| match s {
                Severity::Error => 0,
                Severity::Warning => 1,
                Severity::Info => 2,
            })
    };
    let title = match r.data.read_as {
        ReadAs::UnixCrontab => "Fields (as Unix crontab reads them)",
        ReadAs::AwsEventbridge => "Fields (as AWS EventBridge reads them)",
        ReadAs::Quartz => "Fields",
    };
    html! {
        <section class="cron-fields" aria-label="Fields">
            <h2>{ title }</h2>
            <div class="table-wrap" tabindex="0">
                <table class="data">
                    <thead><tr><th>{ "#" }</th><th>{ "Field" }</th><th>{ "Written" }</th><th>{ "Meaning" }</th></tr></thead>
                    <tbody>
                        { for fields.iter().map(|f| {
                            let index = f.index;
                            let sev = bad(index);
                            let meaning = f.meaning.clone().unwrap_or_else(|| match sev {
                                Some(Severity::Error) => "see the finding below".to_string(),
                                _ => "—".to_string(),
                            });
                            html! {
                                <tr class={classes!(sev.map(|s| s.as_str()))}
                                    data-field={f.name.clone()}>
                                    <td>{ index }</td>
                                    <td class="name">
                                        { f.name.clone() }
                                        if sev == Some(Severity::Error) {
                                            <span class="sr-only">{ " (error)" }</span>
                                            <span class="flag" aria-hidden="true">{ " ✖" }</span>
                                        }
                                    </td>
                                    <td><code>{ f.text.clone() }</code></td>
                                    <td class="meaning">{ meaning }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

// ---- Unix crontab or EventBridge → Quartz ----

#[derive(Properties, PartialEq)]
struct EquivalentProps {
    data: CronData,
    on_use: Callback<String>,
}

#[function_component(Equivalent)]
fn equivalent(props: &EquivalentProps) -> Html {
    let Some(q) = &props.data.quartz_equivalent else {
        return html! {};
    };
    let expr = q.expression.as_str();
    let onclick = {
        let (on_use, expr) = (props.on_use.clone(), expr.to_string());
        Callback::from(move |_| on_use.emit(expr.clone()))
    };
    let next = q.next.clone().unwrap_or_default();
    let what = if props.data.read_as == ReadAs::AwsEventbridge {
        "This is an AWS EventBridge schedule. In Quartz it is:"
    } else {
        "This looks like a Unix crontab line. In Quartz it is:"
    };
    html! {
        <section class="cron-equivalent" aria-label="Quartz equivalent">
            <h2>{ "Quartz equivalent" }</h2>
            <p>{ what }</p>
            <div class="cron-echo-line">
                <code class="cron-echo">{ expr }</code>
                <button type="button" class="button primary use-this" {onclick}>{ "Use this" }</button>
                <CopyButton text={expr.to_string()} />
            </div>
            if let Some(desc) = &q.description {
                <p class="cron-description small">{ desc.clone() }</p>
            }
            if !q.exact {
                <p class="notice warn">{ "Not exactly equivalent: read the differences." }</p>
            }
            <ul class="differences">
                { for q.differences.iter().map(|x| html! { <li>{ x.clone() }</li> }) }
            </ul>
            if !next.is_empty() {
                <p class="muted">{ format!("Next: {} GMT", next.iter().take(3).map(|t| pretty(t, false)).collect::<Vec<_>>().join(", ")) }</p>
            }
        </section>
    }
}

// ---- builder ----
