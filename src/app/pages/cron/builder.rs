//! The expression builder of the CRON page: pick a kind of schedule, fill
//! in its few fields, and the core writes the Quartz expression.

use super::*;
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
pub(super) struct Form {
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
    pub(super) fn spec(&self) -> BuilderSpec {
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
    pub(super) fn with_spec(&self, spec: &BuilderSpec) -> Self {
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

#[derive(Properties, PartialEq)]
pub(super) struct BuilderProps {
    pub(super) form: Form,
    /// Whether the text box's expression is the one the form shows.
    pub(super) shown: bool,
    pub(super) on_change: Callback<Form>,
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
pub(super) fn builder(props: &BuilderProps) -> Html {
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
