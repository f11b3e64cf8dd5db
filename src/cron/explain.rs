//! Plain-English descriptions of an expression (admin guide, "CRON
//! Expressions", the "Examples" table: "Scheduled for 12pm (noon) every
//! day"). Every day-of-week number is echoed with its name, because the
//! guide's own table (0-7, "5L = last Friday") misleads readers.

use super::fields::{day_long, day_name, month_long, Field};
use super::parse::{Expr, FieldText, Item};

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, x) if x != 11 => "st",
        (2, x) if x != 12 => "nd",
        (3, x) if x != 13 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A value as the reader should see it: `Thursday (5)`, `February (2)`, `30`.
fn show(field: Field, v: u32) -> String {
    match field {
        Field::DayOfWeek => format!("{} ({v} = {})", day_long(v), day_name(v)),
        Field::Month => format!("{} ({v})", month_long(v)),
        _ => v.to_string(),
    }
}

fn plural(field: Field) -> &'static str {
    match field {
        Field::Seconds => "seconds",
        Field::Minutes => "minutes",
        Field::Hours => "hours",
        Field::DayOfMonth => "days",
        Field::Month => "months",
        Field::DayOfWeek => "days of the week",
        Field::Year => "years",
    }
}

fn join_and(parts: &[String]) -> String {
    match parts.len() {
        0 => String::new(),
        1 => parts[0].clone(),
        n => format!("{} and {}", parts[..n - 1].join(", "), parts[n - 1]),
    }
}

/// One list element in words.
fn item_phrase(field: Field, item: &Item) -> String {
    let unit = field.unit();
    match *item {
        Item::NoSpecific => "no specific value (`?`)".to_string(),
        Item::All { step: 1 } => format!("every {unit}"),
        Item::All { step } => format!("every {step} {}", plural(field)),
        Item::Range {
            lo,
            hi,
            step,
            open_end,
        } => match (lo == hi && !open_end, step, open_end) {
            (true, _, _) => show(field, lo),
            (false, None, _) => format!("{} through {}", show(field, lo), show(field, hi)),
            (false, Some(n), true) => match field {
                Field::DayOfWeek | Field::Month => {
                    format!("every {n} {} starting at {}", plural(field), show(field, lo))
                }
                _ => format!("every {n} {} starting at {unit} {lo}", plural(field)),
            },
            (false, Some(n), false) => format!(
                "every {n} {} from {} through {}",
                plural(field),
                show(field, lo),
                show(field, hi)
            ),
        },
        Item::LastDay {
            offset: 0,
            weekday: false,
        } => "the last day of the month".to_string(),
        Item::LastDay {
            offset,
            weekday: false,
        } => format!(
            "the day {offset} day{} before the last day of the month",
            if offset == 1 { "" } else { "s" }
        ),
        Item::LastDay {
            offset: 0,
            weekday: true,
        } => "the last weekday (Monday-Friday) of the month".to_string(),
        Item::LastDay {
            offset,
            weekday: true,
        } => format!(
            "the weekday (Monday-Friday) nearest to {offset} day{} before the last day of the month",
            if offset == 1 { "" } else { "s" }
        ),
        Item::NearestWeekday(n) => format!(
            "the weekday (Monday-Friday) nearest the {} of the month, staying within the month",
            ordinal(n)
        ),
        Item::Saturday => "Saturday (L = 7 = SAT)".to_string(),
        Item::LastDow(d) => format!(
            "the last {} of the month ({d}L: {d} = {})",
            day_long(d),
            day_name(d)
        ),
        Item::NthDow { dow, nth } => format!(
            "the {} {} of the month ({dow}#{nth}: {dow} = {})",
            ordinal(nth),
            day_long(dow),
            day_name(dow)
        ),
    }
}

/// What one field means, e.g. "every 5 minutes starting at 0".
pub fn field_phrase(ft: &FieldText) -> String {
    let parts: Vec<String> = ft.items.iter().map(|i| item_phrase(ft.field, i)).collect();
    join_and(&parts)
}

fn is_star(ft: Option<&FieldText>) -> bool {
    ft.is_none_or(|f| f.items == [Item::All { step: 1 }])
}

fn single(ft: Option<&FieldText>) -> Option<u32> {
    let f = ft?;
    (f.values.len() == 1 && !f.items.iter().any(|i| matches!(i, Item::All { .. })))
        .then(|| f.values[0])
}

/// The values of a field written as plain single values (`5,35`), if it is.
fn singles(ft: Option<&FieldText>) -> Option<Vec<u32>> {
    let f = ft?;
    f.items
        .iter()
        .all(|i| matches!(i, Item::Range { lo, hi, step: None, open_end: false } if lo == hi))
        .then(|| f.values.clone())
}

fn list(values: &[u32]) -> String {
    join_and(&values.iter().map(|v| v.to_string()).collect::<Vec<_>>())
}

fn time_phrase(e: &Expr) -> String {
    let get = |f: Field| e.fields.iter().find(|x| x.field == f);
    let (sec, min, hour) = (get(Field::Seconds), get(Field::Minutes), get(Field::Hours));
    // Few runs a day: list the times themselves.
    if e.runs_per_day() <= 6 {
        let mut times = Vec::new();
        for h in 0..24u32 {
            for m in 0..60u32 {
                for s in 0..60u32 {
                    if e.hours & (1 << h) != 0
                        && e.minutes & (1 << m) != 0
                        && e.seconds & (1 << s) != 0
                    {
                        times.push(format!("{h:02}:{m:02}:{s:02}"));
                    }
                }
            }
        }
        return format!("At {} GMT", join_and(&times));
    }
    let mut parts: Vec<String> = Vec::new();
    let sec_single = single(sec);
    if sec_single != Some(0) {
        if let Some(s) = sec {
            parts.push(match singles(sec) {
                Some(v) if v.len() == 1 => format!("at second {}", v[0]),
                Some(v) => format!("at seconds {}", list(&v)),
                None if matches!(s.items.first(), Some(Item::Range { step: None, .. })) => {
                    format!("seconds {}", field_phrase(s))
                }
                None => field_phrase(s),
            });
        }
    }
    let min_singles = singles(min);
    if let Some(m) = min {
        let sec_varies = sec_single.is_none();
        if !(is_star(Some(m)) && sec_varies) {
            parts.push(match &min_singles {
                Some(v) if v.len() == 1 => format!("at minute {}", v[0]),
                Some(v) => format!("at minutes {}", list(v)),
                None if matches!(m.items.first(), Some(Item::Range { step: None, .. })) => {
                    format!("minutes {}", field_phrase(m))
                }
                None => field_phrase(m),
            });
        }
    }
    if let Some(h) = hour {
        if is_star(Some(h)) {
            if parts.is_empty() || min_singles.is_some() {
                parts.push("of every hour".to_string());
            }
        } else {
            parts.push(match singles(hour) {
                Some(v) if v.len() == 1 => format!("from {:02}:00 to {:02}:59", v[0], v[0]),
                Some(v) => format!("during hours {}", list(&v)),
                None => format!("during hours {}", field_phrase(h)),
            });
        }
    }
    let mut s = parts
        .join(", ")
        .replace(", of every hour", " of every hour");
    if let Some(c) = s.get(0..1) {
        s = c.to_uppercase() + &s[1..];
    }
    format!("{s} (GMT)")
}

fn day_phrase(e: &Expr) -> String {
    let get = |f: Field| e.fields.iter().find(|x| x.field == f);
    let dom = get(Field::DayOfMonth);
    let dow = get(Field::DayOfWeek);
    let dom_q = dom.is_some_and(|f| f.items == [Item::NoSpecific]);
    let used = if dom_q { dow } else { dom };
    let Some(f) = used else {
        return "every day".to_string();
    };
    if is_star(Some(f)) {
        return "every day".to_string();
    }
    let p = field_phrase(f);
    match f.field {
        Field::DayOfMonth => match f.items.first() {
            Some(Item::Range { .. }) | Some(Item::All { .. }) => {
                if f.items.iter().all(
                    |i| matches!(i, Item::Range { lo, hi, step: None, open_end: false } if lo == hi),
                ) {
                    format!("on day {p} of the month")
                } else if matches!(f.items.first(), Some(Item::Range { step: None, .. })) {
                    format!("on days {p} of the month")
                } else {
                    format!("{p} of the month")
                }
            }
            _ => format!("on {p}"),
        },
        _ => format!("on {p}"),
    }
}

/// The whole expression in words: "At 12:00:00 GMT, every day".
pub fn describe(e: &Expr) -> String {
    let get = |f: Field| e.fields.iter().find(|x| x.field == f);
    let mut s = format!("{}, {}", time_phrase(e), day_phrase(e));
    if let Some(m) = get(Field::Month) {
        if !is_star(Some(m)) {
            s.push_str(&format!(", in {}", field_phrase(m)));
        }
    }
    if let Some(y) = get(Field::Year) {
        if !is_star(Some(y)) {
            let p = field_phrase(y);
            if p.starts_with("every") {
                s.push_str(&format!(", {p}"));
            } else {
                s.push_str(&format!(", in {p}"));
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::super::parse::parse;
    use super::*;

    fn d(s: &str) -> String {
        describe(parse(s).expr.as_ref().expect("valid"))
    }

    #[test]
    fn guide_examples_read_naturally() {
        assert_eq!(d("0 0 12 * * ?"), "At 12:00:00 GMT, every day");
        assert_eq!(d("0 30 11 ? * *"), "At 11:30:00 GMT, every day");
        assert_eq!(
            d("0 0/5 14,18 * * ?"),
            "Every 5 minutes starting at minute 0, during hours 14 and 18 (GMT), every day"
        );
        assert_eq!(
            d("15,45 30 6 * * ?"),
            "At 06:30:15 and 06:30:45 GMT, every day"
        );
        assert_eq!(
            d("0 5,35 * * * ?"),
            "At minutes 5 and 35 of every hour (GMT), every day"
        );
        assert_eq!(
            d("0 * 14 * * ?"),
            "Every minute, from 14:00 to 14:59 (GMT), every day"
        );
        assert_eq!(d("*/10 * * * * ?"), "Every 10 seconds (GMT), every day");
        assert_eq!(
            d("0 0 0 L-3 * ?"),
            "At 00:00:00 GMT, on the day 3 days before the last day of the month"
        );
        assert_eq!(
            d("0 0 0 1 1 ? 2030/10"),
            "At 00:00:00 GMT, on day 1 of the month, in January (1), every 10 years starting at year 2030"
        );
        assert_eq!(
            d("0 0 12 1/5 * ?"),
            "At 12:00:00 GMT, every 5 days starting at day 1 of the month"
        );
        assert_eq!(
            d("0 15 10 ? * 5L"),
            "At 10:15:00 GMT, on the last Thursday of the month (5L: 5 = THU)"
        );
        assert_eq!(
            d("0 0 8 ? * MON-FRI"),
            "At 08:00:00 GMT, on Monday (2 = MON) through Friday (6 = FRI)"
        );
        assert_eq!(
            d("0 11 11 11 11 ? 2030-2099"),
            "At 11:11:00 GMT, on day 11 of the month, in November (11), in 2030 through 2099"
        );
    }
}
