//! Quartz CRON page: an expression box validated live by
//! `crate::cron::check` (from the browser clock, with the browser's own time
//! zone or another IANA zone for local times and daylight-saving notes), the
//! field breakdown with the bad characters marked, the next fire times, the
//! Quartz equivalent of a pasted Unix crontab line, the directory job's
//! upload files for today, and a builder kept in sync with the text box
//! through `crate::cron::{build, parse_builder}`.

use chrono::{DateTime, Utc};
use serde_json::Value;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::components::{use_debounced_callback, CopyButton, FindingsList, ReportActions};
use crate::cron::fields::{DAY_LONG, DAY_NAMES as DAY_SHORT};
use crate::cron::{self, BuilderSpec, DEFAULT_COUNT, MAX_LEN};
use crate::{Report, Severity};

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

/// The browser clock.
fn now() -> DateTime<Utc> {
    DateTime::<Utc>::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// The browser's own IANA zone (`Intl.DateTimeFormat().resolvedOptions().timeZone`).
fn browser_zone() -> String {
    let fmt = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
    js_sys::Reflect::get(&fmt.resolved_options(), &"timeZone".into())
        .ok()
        .and_then(|v| v.as_string())
        .filter(|z| !z.is_empty())
        .unwrap_or_else(|| "UTC".to_string())
}

/// One run of the checker: the expression it saw and what it said.
#[derive(Clone, PartialEq)]
struct Checked {
    expr: String,
    report: Report,
    builder: Option<BuilderSpec>,
}

fn run(expr: &str, count: usize, tz: &str) -> Checked {
    let report = cron::check(expr, now(), count, Some(tz));
    // `parse_builder` parses again; the checker has already refused anything
    // longer than MAX_LEN, so only short input reaches it.
    let builder = (expr.len() <= MAX_LEN)
        .then(|| cron::parse_builder(expr))
        .flatten();
    Checked {
        expr: expr.to_string(),
        report,
        builder,
    }
}

// ---- builder form ----

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    EveryNMinutes,
    EveryNHours,
    Daily,
    Weekly,
    MonthlyOnDay,
    MonthlyLastDay,
    MonthlyLastWeekday,
    MonthlyLastDayOfWeek,
    MonthlyNthDayOfWeek,
}

const KINDS: [(Kind, &str, &str); 9] = [
    (Kind::EveryNMinutes, "every-n-minutes", "Every N minutes"),
    (Kind::EveryNHours, "every-n-hours", "Every N hours"),
    (Kind::Daily, "daily", "Daily at"),
    (Kind::Weekly, "weekly", "Weekly on days"),
    (Kind::MonthlyOnDay, "monthly-day", "Monthly on day"),
    (
        Kind::MonthlyLastDay,
        "monthly-last-day",
        "Monthly on the last day",
    ),
    (
        Kind::MonthlyLastWeekday,
        "monthly-last-weekday",
        "Monthly on the last weekday (Mon-Fri)",
    ),
    (
        Kind::MonthlyLastDayOfWeek,
        "monthly-last-dow",
        "Monthly on the last given weekday",
    ),
    (
        Kind::MonthlyNthDayOfWeek,
        "monthly-nth-dow",
        "Monthly on the nth given weekday",
    ),
];

/// Every parameter the builder can show; switching kinds keeps the others.
#[derive(Clone, PartialEq)]
struct Form {
    kind: Kind,
    every_minutes: u32,
    every_hours: u32,
    hour: u32,
    minute: u32,
    days: Vec<u32>,
    day: u32,
    dow: u32,
    nth: u32,
}

impl Default for Form {
    fn default() -> Self {
        Self {
            kind: Kind::Daily,
            every_minutes: 15,
            every_hours: 6,
            hour: 2,
            minute: 0,
            days: vec![2, 3, 4, 5, 6],
            day: 1,
            dow: 6,
            nth: 1,
        }
    }
}

impl Form {
    fn spec(&self) -> BuilderSpec {
        let (hour, minute) = (self.hour, self.minute);
        match self.kind {
            Kind::EveryNMinutes => BuilderSpec::EveryNMinutes {
                n: self.every_minutes,
            },
            Kind::EveryNHours => BuilderSpec::EveryNHours {
                n: self.every_hours,
                minute,
            },
            Kind::Daily => BuilderSpec::Daily { hour, minute },
            Kind::Weekly => BuilderSpec::Weekly {
                days: self.days.clone(),
                hour,
                minute,
            },
            Kind::MonthlyOnDay => BuilderSpec::MonthlyOnDay {
                day: self.day,
                hour,
                minute,
            },
            Kind::MonthlyLastDay => BuilderSpec::MonthlyLastDay { hour, minute },
            Kind::MonthlyLastWeekday => BuilderSpec::MonthlyLastWeekday { hour, minute },
            Kind::MonthlyLastDayOfWeek => BuilderSpec::MonthlyLastDayOfWeek {
                dow: self.dow,
                hour,
                minute,
            },
            Kind::MonthlyNthDayOfWeek => BuilderSpec::MonthlyNthDayOfWeek {
                dow: self.dow,
                nth: self.nth,
                hour,
                minute,
            },
        }
    }

    /// This form showing `spec`, keeping the parameters `spec` does not have.
    fn with_spec(&self, spec: &BuilderSpec) -> Self {
        let mut f = self.clone();
        match spec {
            BuilderSpec::EveryNMinutes { n } => {
                f.kind = Kind::EveryNMinutes;
                f.every_minutes = *n;
            }
            BuilderSpec::EveryNHours { n, minute } => {
                f.kind = Kind::EveryNHours;
                f.every_hours = *n;
                f.minute = *minute;
            }
            BuilderSpec::Daily { hour, minute } => {
                f.kind = Kind::Daily;
                (f.hour, f.minute) = (*hour, *minute);
            }
            BuilderSpec::Weekly { days, hour, minute } => {
                f.kind = Kind::Weekly;
                f.days = days.clone();
                (f.hour, f.minute) = (*hour, *minute);
            }
            BuilderSpec::MonthlyOnDay { day, hour, minute } => {
                f.kind = Kind::MonthlyOnDay;
                f.day = *day;
                (f.hour, f.minute) = (*hour, *minute);
            }
            BuilderSpec::MonthlyLastDay { hour, minute } => {
                f.kind = Kind::MonthlyLastDay;
                (f.hour, f.minute) = (*hour, *minute);
            }
            BuilderSpec::MonthlyLastWeekday { hour, minute } => {
                f.kind = Kind::MonthlyLastWeekday;
                (f.hour, f.minute) = (*hour, *minute);
            }
            BuilderSpec::MonthlyLastDayOfWeek { dow, hour, minute } => {
                f.kind = Kind::MonthlyLastDayOfWeek;
                f.dow = *dow;
                (f.hour, f.minute) = (*hour, *minute);
            }
            BuilderSpec::MonthlyNthDayOfWeek {
                dow,
                nth,
                hour,
                minute,
            } => {
                f.kind = Kind::MonthlyNthDayOfWeek;
                (f.dow, f.nth) = (*dow, *nth);
                (f.hour, f.minute) = (*hour, *minute);
            }
        }
        f
    }
}

// ---- formatting ----

/// `2026-03-20T00:05:00Z` → `Fri 2026-03-20 00:05:00`; anything else as is.
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

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
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

    // Whether a check is under way, and which request is the latest.
    let busy = use_state(|| false);
    let generation = use_mut_ref(|| 0u64);

    // Check `expr` and bring the builder along when it can show it. A check
    // of a dense schedule takes up to a few hundred milliseconds in wasm
    // (fire times, 28 years of skipped months, a year of DST changes), so
    // the page first shows "Checking…", yields to the browser so that it
    // paints, then runs the core; a newer request supersedes an older one.
    let apply = {
        let (checked, form, busy, generation) = (
            checked.clone(),
            form.clone(),
            busy.clone(),
            generation.clone(),
        );
        Callback::from(move |(expr, n, zone): (String, usize, String)| {
            let mine = {
                let mut g = generation.borrow_mut();
                *g += 1;
                *g
            };
            busy.set(true);
            let (checked, form, busy, generation) = (
                checked.clone(),
                form.clone(),
                busy.clone(),
                generation.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                gloo::timers::future::TimeoutFuture::new(16).await;
                if *generation.borrow() != mine {
                    return;
                }
                let c = run(&expr, n, &zone);
                if let Some(s) = &c.builder {
                    form.set(form.with_spec(s));
                }
                checked.set(c);
                busy.set(false);
            });
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
    let r = &c.report;
    let d = &r.data;
    let valid = d["valid"].as_bool().unwrap_or(false);
    let zone_unknown = d["time_zone_valid"] == false;
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

            <div class={classes!("cron-summary", if valid { "ok" } else { "bad" }, busy.then_some("busy"))}
                role="status" aria-live="polite" aria-busy={busy.to_string()}>
                if *busy {
                    <p class="checking">{ "Checking…" }</p>
                }
                <p class="cron-description">{ d["description"].as_str().unwrap_or("") }</p>
                if too_long {
                    <p class="muted">{ format!("The input is {} bytes, too long to show.", c.expr.len()) }</p>
                } else if !c.expr.trim().is_empty() {
                    <div class="cron-echo-line">{ echo(c) }<CopyButton text={c.expr.clone()} label="Copy expression" /></div>
                }
            </div>

            <Equivalent report={r.clone()} on_use={set_expr.clone()} />
            <FieldTable checked={c.clone()} />
            <FindingsList report={r.clone()} />
            <ReportActions report={r.clone()} stem="cron" />
            <Builder form={(*form).clone()} shown={c.builder.is_some()} on_change={on_form} />
            <NextRuns report={r.clone()} />
            <Directory report={r.clone()} />
            <DstNotes report={r.clone()} />
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
    let fields = r.data["fields"].as_array().cloned().unwrap_or_default();
    if fields.is_empty() {
        return html! {};
    }
    let bad = |index: u64| {
        r.findings
            .iter()
            .filter(|f| f.location.field == Some(index as u32))
            .map(|f| f.severity)
            .min_by_key(|s| match s {
                Severity::Error => 0,
                Severity::Warning => 1,
                Severity::Info => 2,
            })
    };
    let title = match r.data["read_as"].as_str() {
        Some("unix-crontab") => "Fields (as Unix crontab reads them)",
        Some("aws-eventbridge") => "Fields (as AWS EventBridge reads them)",
        _ => "Fields",
    };
    html! {
        <section class="cron-fields" aria-label="Fields">
            <h2>{ title }</h2>
            <div class="table-wrap">
                <table class="data">
                    <thead><tr><th>{ "#" }</th><th>{ "Field" }</th><th>{ "Written" }</th><th>{ "Meaning" }</th></tr></thead>
                    <tbody>
                        { for fields.iter().map(|f| {
                            let index = f["index"].as_u64().unwrap_or(0);
                            let sev = bad(index);
                            let meaning = f["meaning"].as_str().map(str::to_string).unwrap_or_else(|| match sev {
                                Some(Severity::Error) => "see the finding below".to_string(),
                                _ => "—".to_string(),
                            });
                            html! {
                                <tr class={classes!(sev.map(|s| s.as_str()))}
                                    data-field={f["name"].as_str().unwrap_or("").to_string()}>
                                    <td>{ index }</td>
                                    <td class="name">
                                        { f["name"].as_str().unwrap_or("") }
                                        if sev == Some(Severity::Error) {
                                            <span class="sr-only">{ " (error)" }</span>
                                            <span class="flag" aria-hidden="true">{ " ✖" }</span>
                                        }
                                    </td>
                                    <td><code>{ f["text"].as_str().unwrap_or("") }</code></td>
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
    report: Report,
    on_use: Callback<String>,
}

#[function_component(Equivalent)]
fn equivalent(props: &EquivalentProps) -> Html {
    let q = &props.report.data["quartz_equivalent"];
    let Some(expr) = q["expression"].as_str() else {
        return html! {};
    };
    let onclick = {
        let (on_use, expr) = (props.on_use.clone(), expr.to_string());
        Callback::from(move |_| on_use.emit(expr.clone()))
    };
    let next = strs(&q["next"]);
    let what = if props.report.data["read_as"] == "aws-eventbridge" {
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
            if let Some(desc) = q["description"].as_str() {
                <p class="cron-description small">{ desc }</p>
            }
            if q["exact"] == Value::Bool(false) {
                <p class="notice warn">{ "Not exactly equivalent: read the differences." }</p>
            }
            <ul class="differences">
                { for strs(&q["differences"]).into_iter().map(|x| html! { <li>{ x }</li> }) }
            </ul>
            if !next.is_empty() {
                <p class="muted">{ format!("Next: {} GMT", next.iter().take(3).map(|t| pretty(t, false)).collect::<Vec<_>>().join(", ")) }</p>
            }
        </section>
    }
}

// ---- builder ----

#[derive(Properties, PartialEq)]
struct BuilderProps {
    form: Form,
    /// Whether the text box's expression is the one the form shows.
    shown: bool,
    on_change: Callback<Form>,
}

fn number_input(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    value: u32,
    set: impl Fn(u32) + 'static,
) -> Html {
    let oninput = Callback::from(move |e: InputEvent| {
        if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
            if let Ok(v) = i.value().trim().parse::<u32>() {
                set(v);
            }
        }
    });
    html! {
        <label class="field">
            <span>{ label }</span>
            <input {id} type="number" inputmode="numeric" min="0" value={value.to_string()} {oninput} />
            <small>{ hint }</small>
        </label>
    }
}

fn select_input(
    id: &'static str,
    label: &'static str,
    value: u32,
    options: Vec<(u32, String)>,
    set: impl Fn(u32) + 'static,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
            if let Ok(v) = s.value().parse::<u32>() {
                set(v);
            }
        }
    });
    html! {
        <label class="field">
            <span>{ label }</span>
            <select {id} {onchange}>
                { for options.into_iter().map(|(v, text)| html! {
                    <option value={v.to_string()} selected={v == value}>{ text }</option>
                }) }
            </select>
        </label>
    }
}

#[function_component(Builder)]
fn builder(props: &BuilderProps) -> Html {
    let f = &props.form;
    // A change to one parameter: the form with `edit` applied.
    let change = |edit: fn(&mut Form, u32)| {
        let (f, on_change) = (f.clone(), props.on_change.clone());
        move |v: u32| {
            let mut next = f.clone();
            edit(&mut next, v);
            on_change.emit(next);
        }
    };
    let on_kind = {
        let (f, on_change) = (f.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                if let Some((k, _, _)) = KINDS.iter().find(|(_, id, _)| *id == s.value()) {
                    let mut next = f.clone();
                    next.kind = *k;
                    on_change.emit(next);
                }
            }
        })
    };
    let time = html! {
        <>
            if f.kind != Kind::EveryNHours {
                { number_input("b-hour", "Hour (GMT)", "0-23", f.hour, change(|f, v| f.hour = v)) }
            }
            { number_input("b-minute", "Minute", "0-59", f.minute, change(|f, v| f.minute = v)) }
        </>
    };
    let dow_options = || -> Vec<(u32, String)> {
        (1..=7u32)
            .map(|d| {
                (
                    d,
                    format!(
                        "{} ({} = {d})",
                        DAY_LONG[d as usize - 1],
                        DAY_SHORT[d as usize - 1]
                    ),
                )
            })
            .collect()
    };
    let params = match f.kind {
        Kind::EveryNMinutes => number_input(
            "b-n-minutes",
            "Every N minutes",
            "1-59, from minute 0 of each hour",
            f.every_minutes,
            change(|f, v| f.every_minutes = v),
        ),
        Kind::EveryNHours => html! {
            <>
                { number_input("b-n-hours", "Every N hours", "1-23, from 00:00 GMT", f.every_hours, change(|f, v| f.every_hours = v)) }
                { time }
            </>
        },
        Kind::Weekly => {
            let days = html! {
                <fieldset class="day-picks">
                    <legend>{ "Days" }</legend>
                    { for (1..=7u32).map(|d| {
                        let on = f.days.contains(&d);
                        let (form, on_change) = (f.clone(), props.on_change.clone());
                        let onchange = Callback::from(move |_: Event| {
                            let mut next = form.clone();
                            if on {
                                next.days.retain(|x| *x != d);
                            } else {
                                next.days.push(d);
                                next.days.sort_unstable();
                                next.days.dedup();
                            }
                            on_change.emit(next);
                        });
                        html! {
                            <label class="day-pick" title={format!("{} = {d} in Quartz", DAY_LONG[d as usize - 1])}>
                                <input type="checkbox" checked={on} {onchange} />
                                { DAY_SHORT[d as usize - 1] }
                            </label>
                        }
                    }) }
                </fieldset>
            };
            html! { <>{ days }{ time }</> }
        }
        Kind::MonthlyOnDay => html! {
            <>
                { number_input("b-day", "Day of month", "1-31", f.day, change(|f, v| f.day = v)) }
                { time }
            </>
        },
        Kind::MonthlyLastDayOfWeek => html! {
            <>
                { select_input("b-dow", "Weekday", f.dow, dow_options(), change(|f, v| f.dow = v)) }
                { time }
            </>
        },
        Kind::MonthlyNthDayOfWeek => {
            let nths = ["1st", "2nd", "3rd", "4th", "5th"]
                .iter()
                .zip(1u32..)
                .map(|(s, i)| (i, s.to_string()))
                .collect();
            html! {
                <>
                    { select_input("b-nth", "Which", f.nth, nths, change(|f, v| f.nth = v)) }
                    { select_input("b-dow", "Weekday", f.dow, dow_options(), change(|f, v| f.dow = v)) }
                    { time }
                </>
            }
        }
        Kind::Daily | Kind::MonthlyLastDay | Kind::MonthlyLastWeekday => time,
    };
    let kind_id = KINDS
        .iter()
        .find(|(k, _, _)| *k == f.kind)
        .map(|(_, id, _)| *id)
        .unwrap_or("daily");
    html! {
        <section class="cron-builder" aria-label="Builder">
            <h2>{ "Builder" }</h2>
            if props.shown {
                <p class="muted builder-state">{ "The builder shows the expression in the box; changing it rewrites the box." }</p>
            } else {
                <p class="notice builder-state not-shown" role="note">
                    { "The expression in the box is not one the builder can show (it uses lists, ranges, months, years or seconds the builder does not offer, or it is not valid). Changing the builder replaces it." }
                </p>
            }
            <form class={classes!("builder-form", (!props.shown).then_some("stale"))}
                onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label class="field">
                    <span>{ "Schedule" }</span>
                    <select id="b-kind" onchange={on_kind}>
                        { for KINDS.iter().map(|(_, id, label)| html! {
                            <option value={*id} selected={*id == kind_id}>{ *label }</option>
                        }) }
                    </select>
                </label>
                { params }
            </form>
        </section>
    }
}

// ---- next fire times ----

#[derive(Properties, PartialEq)]
struct ReportProps {
    report: Report,
}

#[function_component(NextRuns)]
fn next_runs(props: &ReportProps) -> Html {
    let d = &props.report.data;
    let next = strs(&d["next"]);
    let local = strs(&d["next_local"]);
    let zone = d["time_zone"].as_str().unwrap_or("");
    let from = d["from"].as_str().unwrap_or("");
    if d["never_fires"] == Value::Bool(true) {
        return html! {
            <section class="cron-next" aria-label="Next fire times">
                <h2>{ "Next fire times" }</h2>
                <p class="notice never">{ "Never fires: no date matches every field. See the findings." }</p>
            </section>
        };
    }
    if next.is_empty() {
        return html! {};
    }
    let as_text = next
        .iter()
        .enumerate()
        .map(|(i, t)| match local.get(i) {
            Some(l) => format!("{t}\t{l}"),
            None => t.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let skipped = strs(&d["skipped_months"]);
    html! {
        <section class="cron-next" aria-label="Next fire times">
            <h2>{ format!("Next {} fire times", next.len()) }</h2>
            <p class="muted">{ format!("After {} GMT (now, by this browser's clock). The job runs in GMT.", pretty(from, false)) }</p>
            <div class="table-wrap">
                <table class="data next-runs">
                    <thead><tr>
                        <th>{ "#" }</th><th>{ "GMT (when the job runs)" }</th>
                        if !local.is_empty() { <th>{ format!("Local: {zone}") }</th> }
                    </tr></thead>
                    <tbody>
                        { for next.iter().enumerate().map(|(i, t)| html! {
                            <tr>
                                <td>{ i + 1 }</td>
                                <td><time datetime={t.clone()}>{ pretty(t, false) }</time></td>
                                if let Some(l) = local.get(i) {
                                    <td><time datetime={l.clone()}>{ pretty(l, true) }</time></td>
                                }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if !skipped.is_empty() {
                <p class="skipped">{ format!("Months without a run (next 28 years, first {}): {}", skipped.len(), skipped.join(", ")) }</p>
            }
            <div class="actions">
                <CopyButton text={as_text} label="Copy fire times" />
            </div>
        </section>
    }
}

// ---- directory job ----

/// Runs shown before the rest fold away.
const FIRST_RUNS: usize = 6;

fn run_table(runs: &[Value]) -> Html {
    html! {
        <div class="table-wrap">
            <table class="data dir-files">
                <thead><tr><th>{ "Run" }</th><th>{ "At (GMT)" }</th><th>{ "Files it expects" }</th></tr></thead>
                <tbody>
                    { for runs.iter().map(|run| html! {
                        <tr>
                            <td>{ run["n"].as_u64().unwrap_or(0) }</td>
                            <td class="nowrap">{ clock(run["time"].as_str().unwrap_or("")) }</td>
                            <td class="files">
                                { for strs(&run["files"]).into_iter().map(|f| html! { <code>{ f }</code> }) }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[function_component(Directory)]
fn directory(props: &ReportProps) -> Html {
    let d = &props.report.data;
    let Some(per_day) = d["runs_per_day"].as_u64() else {
        return html! {};
    };
    let gap = d["min_interval_seconds"].as_u64();
    let df = &d["directory_files"];
    let runs = df["runs"].as_array().cloned().unwrap_or_default();
    let total = df["total_runs"].as_u64().unwrap_or(0);
    let date = df["date"].as_str().unwrap_or("");
    let all_files = runs
        .iter()
        .flat_map(|r| strs(&r["files"]))
        .collect::<Vec<_>>()
        .join("\n");
    let too_many = per_day > u64::from(cron::MAX_RUNS_PER_DAY);
    let too_often = gap.is_some_and(|g| g < u64::from(cron::MIN_INTERVAL_SECS));
    html! {
        <section class="cron-directory" aria-label="Directory job">
            <h2>{ "Directory job" }</h2>
            <dl class="stats">
                <div class={classes!("stat", too_many.then_some("warn"))}>
                    <dt>{ "Runs per day" }</dt><dd class="runs-per-day">{ per_day }</dd>
                </div>
                <div class={classes!("stat", too_often.then_some("warn"))}>
                    <dt>{ "Shortest interval" }</dt>
                    <dd class="min-interval">{ gap.map(duration).unwrap_or_else(|| "—".to_string()) }</dd>
                </div>
            </dl>
            if !runs.is_empty() {
                <p>
                    { format!("Each run n imports its own files, named with the GMT date and n. {} {date} (GMT), {}:",
                        if df["is_today"] == Value::Bool(true) { "Today," } else { "On the next day it runs," },
                        plural(total, "run")) }
                </p>
                { run_table(&runs[..runs.len().min(FIRST_RUNS)]) }
                if runs.len() > FIRST_RUNS {
                    <details class="more-runs">
                        <summary>{ format!("Show runs {}–{}", FIRST_RUNS + 1, runs.len()) }</summary>
                        { run_table(&runs[FIRST_RUNS..]) }
                    </details>
                }
                if total > runs.len() as u64 {
                    <p class="muted">{ format!("Showing the first {} of {total} runs.", runs.len()) }</p>
                }
                <div class="actions">
                    <CopyButton text={all_files} label="Copy file names" />
                </div>
            }
        </section>
    }
}

// ---- daylight saving ----

#[function_component(DstNotes)]
fn dst_notes(props: &ReportProps) -> Html {
    let d = &props.report.data;
    let Some(zone) = d["time_zone"].as_str() else {
        return html! {};
    };
    let Some(list) = d["dst"].as_array() else {
        return html! {};
    };
    html! {
        <section class="cron-dst" aria-label="Daylight saving">
            <h2>{ format!("Daylight saving in {zone}") }</h2>
            <p class="muted">
                { "The scheduler runs in GMT, which has no daylight saving: the job never skips or repeats. What moves is the local time you see." }
            </p>
            if list.is_empty() {
                <p class="dst-none">{ format!("No fire time falls within an hour of a {zone} clock change in the next year.") }</p>
            } else {
                <ul class="dst-list">
                    { for list.iter().map(|t| {
                        let fires = t["fire_times"].as_array().cloned().unwrap_or_default();
                        let forward = t["direction"] == "forward";
                        let near = fires.iter().map(|f| format!("{} GMT = {} local",
                            pretty(f["utc"].as_str().unwrap_or(""), false),
                            pretty(f["local"].as_str().unwrap_or(""), true))).collect::<Vec<_>>().join("; ");
                        html! {
                            <li>
                                <strong>{ format!("{} GMT", pretty(t["at"].as_str().unwrap_or(""), false)) }</strong>
                                { format!(": clocks go {} ({} → {}), so the local hour is {}. Fire times near it: {near}.",
                                    if forward { "forward" } else { "back" },
                                    t["offset_before"].as_str().unwrap_or(""),
                                    t["offset_after"].as_str().unwrap_or(""),
                                    if forward { "skipped" } else { "repeated" }) }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
