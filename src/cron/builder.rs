//! The schedule builder behind the app's form: common Directory Integration
//! schedules as typed choices, turned into a Quartz expression (admin guide,
//! "CRON Expressions", the "Examples" table) and recognised back from one so
//! that the text box and the form stay in sync.

use serde::{Deserialize, Serialize};

use super::fields::{Field, DAY_NAMES};
use super::parse::{parse, Item};
use super::unix::quartz_days;

/// A schedule the builder can express. Times are GMT, as the scheduler runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BuilderSpec {
    /// Every `n` minutes from minute 0 of every hour (`0 0/n * * * ?`).
    EveryNMinutes { n: u32 },
    /// Every `n` hours at `minute`, from hour 0 (`0 m 0/n * * ?`).
    EveryNHours { n: u32, minute: u32 },
    /// Every day at `hour:minute` (`0 m h * * ?`).
    Daily { hour: u32, minute: u32 },
    /// On the given Quartz weekdays (1 = SUN … 7 = SAT) at `hour:minute`.
    Weekly {
        days: Vec<u32>,
        hour: u32,
        minute: u32,
    },
    /// On day `day` of every month (`0 m h d * ?`).
    MonthlyOnDay { day: u32, hour: u32, minute: u32 },
    /// On the last day of every month (`0 m h L * ?`).
    MonthlyLastDay { hour: u32, minute: u32 },
    /// On the last weekday, Monday to Friday, of every month (`0 m h LW * ?`).
    MonthlyLastWeekday { hour: u32, minute: u32 },
    /// On the last given weekday of every month, e.g. the last Friday (`6L`).
    MonthlyLastDayOfWeek { dow: u32, hour: u32, minute: u32 },
    /// On the nth given weekday of every month, e.g. the first Monday (`2#1`).
    MonthlyNthDayOfWeek {
        dow: u32,
        nth: u32,
        hour: u32,
        minute: u32,
    },
}

fn dow_name(d: u32) -> &'static str {
    DAY_NAMES
        .get((d as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("SUN")
}

/// The Quartz expression for a builder choice. Out-of-range numbers are
/// passed through so that the checker points at them rather than the
/// builder silently changing what the user picked.
pub fn build(spec: &BuilderSpec) -> String {
    match spec {
        BuilderSpec::EveryNMinutes { n } => format!("0 0/{n} * * * ?"),
        BuilderSpec::EveryNHours { n, minute } => format!("0 {minute} 0/{n} * * ?"),
        BuilderSpec::Daily { hour, minute } => format!("0 {minute} {hour} * * ?"),
        BuilderSpec::Weekly { days, hour, minute } => {
            let days = if days.iter().all(|d| (1..=7).contains(d)) && !days.is_empty() {
                quartz_days(days.clone())
            } else {
                days.iter()
                    .map(|d| d.to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            };
            format!("0 {minute} {hour} ? * {days}")
        }
        BuilderSpec::MonthlyOnDay { day, hour, minute } => format!("0 {minute} {hour} {day} * ?"),
        BuilderSpec::MonthlyLastDay { hour, minute } => format!("0 {minute} {hour} L * ?"),
        BuilderSpec::MonthlyLastWeekday { hour, minute } => format!("0 {minute} {hour} LW * ?"),
        BuilderSpec::MonthlyLastDayOfWeek { dow, hour, minute } => {
            format!("0 {minute} {hour} ? * {}L", dow_name(*dow))
        }
        BuilderSpec::MonthlyNthDayOfWeek {
            dow,
            nth,
            hour,
            minute,
        } => format!("0 {minute} {hour} ? * {}#{nth}", dow_name(*dow)),
    }
}

fn single(items: &[Item]) -> Option<u32> {
    match items {
        [Item::Range {
            lo,
            hi,
            step: None,
            open_end: false,
        }] if lo == hi => Some(*lo),
        _ => None,
    }
}

fn star(items: &[Item]) -> bool {
    items == [Item::All { step: 1 }]
}

/// `0/n` or `*/n`.
fn every(items: &[Item]) -> Option<u32> {
    match items {
        [Item::All { step }] if *step > 1 => Some(*step),
        [Item::Range {
            lo: 0,
            step: Some(n),
            open_end: true,
            ..
        }] => Some(*n),
        _ => None,
    }
}

/// The builder choice an expression corresponds to, if any: how the form
/// follows edits in the text box.
pub fn parse_builder(expr: &str) -> Option<BuilderSpec> {
    let parsed = parse(expr);
    let e = parsed.expr?;
    let f = |field: Field| -> Option<&[Item]> {
        e.fields
            .iter()
            .find(|x| x.field == field)
            .map(|x| x.items.as_slice())
    };
    if let Some(y) = f(Field::Year) {
        if !star(y) {
            return None;
        }
    }
    if single(f(Field::Seconds)?)? != 0 || !star(f(Field::Month)?) {
        return None;
    }
    let (min, hour, dom, dow) = (
        f(Field::Minutes)?,
        f(Field::Hours)?,
        f(Field::DayOfMonth)?,
        f(Field::DayOfWeek)?,
    );
    let every_day =
        (star(dom) && dow == [Item::NoSpecific]) || (dom == [Item::NoSpecific] && star(dow));
    if every_day && star(hour) {
        if let Some(n) = every(min) {
            return Some(BuilderSpec::EveryNMinutes { n });
        }
        return None;
    }
    let minute = single(min)?;
    if every_day {
        if let Some(n) = every(hour) {
            return Some(BuilderSpec::EveryNHours { n, minute });
        }
    }
    let hour = single(hour)?;
    if every_day {
        return Some(BuilderSpec::Daily { hour, minute });
    }
    if dow == [Item::NoSpecific] {
        return match dom {
            [Item::LastDay {
                offset: 0,
                weekday: false,
            }] => Some(BuilderSpec::MonthlyLastDay { hour, minute }),
            [Item::LastDay {
                offset: 0,
                weekday: true,
            }] => Some(BuilderSpec::MonthlyLastWeekday { hour, minute }),
            _ => single(dom).map(|day| BuilderSpec::MonthlyOnDay { day, hour, minute }),
        };
    }
    match dow {
        [Item::LastDow(d)] => Some(BuilderSpec::MonthlyLastDayOfWeek {
            dow: *d,
            hour,
            minute,
        }),
        [Item::NthDow { dow, nth }] => Some(BuilderSpec::MonthlyNthDayOfWeek {
            dow: *dow,
            nth: *nth,
            hour,
            minute,
        }),
        _ => {
            let ft = e.fields.iter().find(|x| x.field == Field::DayOfWeek)?;
            if ft
                .items
                .iter()
                .any(|i| !matches!(i, Item::Range { .. } | Item::Saturday))
            {
                return None;
            }
            Some(BuilderSpec::Weekly {
                days: ft.values.clone(),
                hour,
                minute,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let specs = [
            BuilderSpec::EveryNMinutes { n: 15 },
            BuilderSpec::EveryNHours { n: 6, minute: 30 },
            BuilderSpec::Daily { hour: 2, minute: 0 },
            BuilderSpec::Weekly {
                days: vec![2, 3, 4, 5, 6],
                hour: 8,
                minute: 5,
            },
            BuilderSpec::Weekly {
                days: vec![1, 7],
                hour: 23,
                minute: 59,
            },
            BuilderSpec::MonthlyOnDay {
                day: 15,
                hour: 1,
                minute: 0,
            },
            BuilderSpec::MonthlyLastDay { hour: 0, minute: 0 },
            BuilderSpec::MonthlyLastWeekday {
                hour: 18,
                minute: 0,
            },
            BuilderSpec::MonthlyLastDayOfWeek {
                dow: 6,
                hour: 10,
                minute: 15,
            },
            BuilderSpec::MonthlyNthDayOfWeek {
                dow: 2,
                nth: 1,
                hour: 9,
                minute: 0,
            },
        ];
        for s in specs {
            let e = build(&s);
            assert!(parse(&e).expr.is_some(), "{e}");
            assert_eq!(parse_builder(&e), Some(s.clone()), "{e}");
        }
    }

    #[test]
    fn builds_readable_expressions() {
        assert_eq!(
            build(&BuilderSpec::Weekly {
                days: vec![2, 3, 4, 5, 6],
                hour: 8,
                minute: 0
            }),
            "0 0 8 ? * MON-FRI"
        );
        assert_eq!(
            build(&BuilderSpec::MonthlyLastDayOfWeek {
                dow: 6,
                hour: 10,
                minute: 15
            }),
            "0 15 10 ? * FRIL"
        );
        assert_eq!(build(&BuilderSpec::EveryNMinutes { n: 5 }), "0 0/5 * * * ?");
    }

    #[test]
    fn recognises_typed_variants() {
        assert_eq!(
            parse_builder("0 */10 * * * ?"),
            Some(BuilderSpec::EveryNMinutes { n: 10 })
        );
        assert_eq!(
            parse_builder("0 0 12 ? * *"),
            Some(BuilderSpec::Daily {
                hour: 12,
                minute: 0
            })
        );
        assert_eq!(
            parse_builder("0 15 10 ? * 6l"),
            Some(BuilderSpec::MonthlyLastDayOfWeek {
                dow: 6,
                hour: 10,
                minute: 15
            })
        );
        assert_eq!(parse_builder("0 0/5 14,18 * * ?"), None);
        assert_eq!(parse_builder("not cron"), None);
        assert_eq!(parse_builder("0 0 12 * JAN ?"), None);
    }
}
