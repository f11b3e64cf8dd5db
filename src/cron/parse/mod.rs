//! Parsing a Quartz expression into value sets (admin guide, "CRON
//! Expressions": the field table and "Special characters").
//!
//! Hand-written: the Rust cron crates (`cron`, `saffron`, `croner`) either do
//! not implement Quartz's `L`, `W`, `#` forms and 1-based weekdays, or report
//! errors without the field and character span the UI needs to highlight.
//! Semantics follow Quartz's `CronExpression`: ranges whose start exceeds
//! their end wrap around (`22-2` in hours), `a/n` runs from `a` to the
//! field's maximum, `/n` alone means `*/n`, and names and letters are
//! case-insensitive.

use super::fields::{day_long, shorten, Field, YEAR_MAX, YEAR_MIN};
use super::rules::*;
use crate::rules::Rule;

mod item;
use item::parse_item;

/// A finding the parser wants reported, located at a field and byte span.
#[derive(Debug, Clone)]
pub struct Issue {
    pub rule: &'static Rule,
    pub message: String,
    pub field: Option<Field>,
    pub span: (usize, usize),
}

/// One comma-separated element of a field, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// `?`
    NoSpecific,
    /// `*` (step 1), `*/n` or `/n`.
    All { step: u32 },
    /// `a` (lo == hi, no step), `a-b`, `a-b/n`, or `a/n` (open_end: to the field's maximum).
    Range {
        lo: u32,
        hi: u32,
        step: Option<u32>,
        open_end: bool,
    },
    /// Day-of-month `L`, `L-n`, `LW`, `L-nW`.
    LastDay { offset: u32, weekday: bool },
    /// Day-of-month `nW`.
    NearestWeekday(u32),
    /// Day-of-week `L` alone: SAT.
    Saturday,
    /// Day-of-week `nL`: the last such weekday of the month.
    LastDow(u32),
    /// Day-of-week `n#m`.
    NthDow { dow: u32, nth: u32 },
}

impl Item {
    fn is_special(&self) -> bool {
        !matches!(self, Item::All { .. } | Item::Range { .. })
    }
}

/// A field as written, with its parsed items.
#[derive(Debug, Clone)]
pub struct FieldText {
    pub field: Field,
    pub text: String,
    pub span: (usize, usize),
    pub items: Vec<Item>,
    /// The values the field selects (for set-like fields; empty for `?` and
    /// the special day forms).
    pub values: Vec<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DomSpec {
    /// Bit d set for day d (1..=31).
    Days(u64),
    /// `L-offset`, with `W`: the nearest weekday to that day.
    Last { offset: u32, weekday: bool },
    /// `nW`.
    Nearest(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DowSpec {
    /// Bit d set for Quartz day d (1 = SUN ..= 7 = SAT).
    Days(u64),
    Last(u32),
    Nth {
        dow: u32,
        nth: u32,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Days {
    Dom(DomSpec),
    Dow(DowSpec),
}

/// A valid expression, ready for scheduling.
#[derive(Debug, Clone)]
pub struct Expr {
    pub seconds: u64,
    pub minutes: u64,
    pub hours: u64,
    /// Bits 1..=12.
    pub months: u64,
    /// Bit `y - 1970` for each year.
    pub years: [u64; 3],
    pub days: Days,
    pub fields: Vec<FieldText>,
    pub has_year: bool,
}

/// What `parse` returns: the expression if there was no error, and every
/// finding (errors and notes) it made along the way.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub expr: Option<Expr>,
    pub issues: Vec<Issue>,
    /// The whitespace-separated fields with their byte spans.
    pub tokens: Vec<(usize, usize)>,
}

/// Split on whitespace, keeping byte spans into the input.
pub fn tokens(input: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in input.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, input.len()));
    }
    out
}

pub fn parse(input: &str) -> Parsed {
    let toks = tokens(input);
    let mut issues = Vec::new();
    if toks.len() != 6 && toks.len() != 7 {
        let msg = if toks.is_empty() {
            "the expression is empty; write six or seven fields, e.g. `0 0 12 * * ?`".to_string()
        } else {
            format!(
                "`{}` has {} field{}; a Quartz expression has 6 (seconds minutes hours day-of-month month day-of-week) or 7 (… year)",
                shorten(input.trim()),
                toks.len(),
                if toks.len() == 1 { "" } else { "s" }
            )
        };
        let span = match (toks.first(), toks.last()) {
            (Some(a), Some(b)) => (a.0, b.1),
            _ => (0, input.len()),
        };
        issues.push(Issue {
            rule: &FIELD_COUNT,
            message: msg,
            field: None,
            span,
        });
        return Parsed {
            expr: None,
            issues,
            tokens: toks,
        };
    }

    let mut fields = Vec::new();
    for (i, &(s, e)) in toks.iter().enumerate() {
        let field = Field::ALL[i];
        let ft = parse_field(field, &input[s..e], s, &mut issues);
        fields.push(ft);
    }

    let has_errors = issues
        .iter()
        .any(|i| i.rule.severity == crate::report::Severity::Error);
    let fields: Vec<FieldText> = fields.into_iter().flatten().collect();
    if has_errors || fields.len() != toks.len() {
        return Parsed {
            expr: None,
            issues,
            tokens: toks,
        };
    }

    let get = |f: Field| fields.iter().find(|x| x.field == f);
    let mask = |f: Field| -> u64 {
        get(f)
            .map(|x| x.values.iter().fold(0u64, |m, &v| m | (1u64 << v)))
            .unwrap_or(0)
    };

    let dom = get(Field::DayOfMonth);
    let dow = get(Field::DayOfWeek);
    let (Some(dom), Some(dow)) = (dom, dow) else {
        return Parsed {
            expr: None,
            issues,
            tokens: toks,
        };
    };
    let dom_q = dom.items == [Item::NoSpecific];
    let dow_q = dow.items == [Item::NoSpecific];
    let days = match (dom_q, dow_q) {
        (false, true) => Some(Days::Dom(match dom.items.first() {
            Some(Item::LastDay { offset, weekday }) => DomSpec::Last {
                offset: *offset,
                weekday: *weekday,
            },
            Some(Item::NearestWeekday(n)) => DomSpec::Nearest(*n),
            _ => DomSpec::Days(mask(Field::DayOfMonth)),
        })),
        (true, false) => Some(Days::Dow(match dow.items.first() {
            Some(Item::LastDow(d)) => DowSpec::Last(*d),
            Some(Item::NthDow { dow, nth }) => DowSpec::Nth {
                dow: *dow,
                nth: *nth,
            },
            _ => DowSpec::Days(mask(Field::DayOfWeek)),
        })),
        (true, true) => {
            issues.push(Issue {
                rule: &DOM_AND_DOW,
                message: "field 4 (day-of-month) and field 6 (day-of-week) are both `?`; exactly one of them must be `?`, e.g. `* ` in day-of-month and `?` in day-of-week for every day".to_string(),
                field: Some(Field::DayOfWeek),
                span: dow.span,
            });
            None
        }
        (false, false) => {
            let with_q = |span: (usize, usize)| {
                shorten(format!("{}?{}", &input[..span.0], &input[span.1..]).trim())
            };
            let hint = if dow.text == "*" {
                format!(
                    "replace the day-of-week `*` with `?`: `{}`",
                    with_q(dow.span)
                )
            } else if dom.text == "*" {
                format!(
                    "replace the day-of-month `*` with `?`: `{}`",
                    with_q(dom.span)
                )
            } else {
                "Quartz cannot combine a day-of-month with a day-of-week: put `?` in one of them, or schedule two jobs".to_string()
            };
            issues.push(Issue {
                rule: &DOM_AND_DOW,
                message: format!(
                    "field 4 (day-of-month) `{}` and field 6 (day-of-week) `{}` are both set; exactly one must be `?`: {hint}",
                    shorten(&dom.text),
                    shorten(&dow.text)
                ),
                field: Some(Field::DayOfWeek),
                span: dow.span,
            });
            None
        }
    };
    let Some(days) = days else {
        return Parsed {
            expr: None,
            issues,
            tokens: toks,
        };
    };

    let mut years = [0u64; 3];
    let has_year = fields.len() == 7;
    match get(Field::Year) {
        Some(y) => {
            for &v in &y.values {
                let b = (v - YEAR_MIN) as usize;
                years[b / 64] |= 1u64 << (b % 64);
            }
        }
        None => {
            for b in 0..=(YEAR_MAX - YEAR_MIN) as usize {
                years[b / 64] |= 1u64 << (b % 64);
            }
        }
    }

    let expr = Expr {
        seconds: mask(Field::Seconds),
        minutes: mask(Field::Minutes),
        hours: mask(Field::Hours),
        months: mask(Field::Month),
        years,
        days,
        has_year,
        fields: fields.clone(),
    };
    Parsed {
        expr: Some(expr),
        issues,
        tokens: toks,
    }
}

/// Parse one field; pushes issues and returns `None` if it has an error.
fn parse_field(
    field: Field,
    text: &str,
    base: usize,
    issues: &mut Vec<Issue>,
) -> Option<FieldText> {
    let before = issues.len();
    let mut items: Vec<(Item, (usize, usize))> = Vec::new();
    let mut pos = 0usize;
    for part in text.split(',') {
        let start = base + pos;
        let end = start + part.len();
        pos += part.len() + 1;
        if part.is_empty() {
            issues.push(Issue {
                rule: &SYNTAX,
                message: format!(
                    "field {} ({}) `{}`: empty list element; separate values with single commas, e.g. `1,15`",
                    field.index(),
                    field.name(),
                    shorten(text)
                ),
                field: Some(field),
                span: (start, end.max(start + 1).min(base + text.len())),
            });
            continue;
        }
        if let Some(item) = parse_item(field, part, start, issues) {
            items.push((item, (start, end)));
        }
    }
    if issues[before..]
        .iter()
        .any(|i| i.rule.severity == crate::report::Severity::Error)
    {
        return None;
    }
    if items.len() > 1 {
        for (item, span) in &items {
            if item.is_special() {
                issues.push(Issue {
                    rule: &SPECIAL_ALONE,
                    message: format!(
                        "field {} ({}) `{}`: `{}` must be the only value in the field, not part of a list",
                        field.index(),
                        field.name(),
                        shorten(text),
                        shorten(&text[span.0 - base..span.1 - base])
                    ),
                    field: Some(field),
                    span: *span,
                });
                return None;
            }
        }
    }

    let mut values: Vec<u32> = Vec::new();
    let (min, max) = (field.min(), field.max());
    let size = max - min + 1;
    for (item, _) in &items {
        match *item {
            Item::All { step } => {
                let mut v = min;
                while v <= max {
                    values.push(v);
                    v += step;
                }
            }
            Item::Range {
                lo,
                hi,
                step,
                open_end,
            } => {
                let step = step.unwrap_or(1);
                let hi = if open_end { max } else { hi };
                let stop = if hi < lo { hi + size } else { hi };
                let mut v = lo;
                while v <= stop {
                    values.push(if v > max { v - size } else { v });
                    v += step;
                }
            }
            Item::Saturday => values.push(7),
            _ => {}
        }
    }
    values.sort_unstable();
    values.dedup();
    Some(FieldText {
        field,
        text: text.to_string(),
        span: (base, base + text.len()),
        items: items.into_iter().map(|(i, _)| i).collect(),
        values,
    })
}

/// The weekday name for a DOW number in explanations (`Thursday`).
pub fn dow_long(v: u32) -> &'static str {
    day_long(v)
}
