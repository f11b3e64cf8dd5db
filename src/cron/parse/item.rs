//! One item of a field (`5`, `MON-FRI`, `0/15`, `L-3`, `15W`, `6#3` …):
//! the small scanner that reads it and reports what is wrong with its exact
//! span. The expression-level parse is in the parent module.

use super::super::fields::{echo, shorten, Field, YEAR_MAX, YEAR_MIN};
use super::super::rules::*;
use super::{Issue, Item};
/// A tiny cursor over one list element (ASCII only; anything else is a syntax error).
struct Cur<'a> {
    s: &'a [u8],
    i: usize,
    base: usize,
}

impl Cur<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).map(|b| b.to_ascii_uppercase())
    }
    fn at_end(&self) -> bool {
        self.i >= self.s.len()
    }
}

enum Val {
    /// A number (saturated) and its span.
    Num(u64, (usize, usize)),
    Name(u32, (usize, usize)),
}

impl Val {
    fn span(&self) -> (usize, usize) {
        match self {
            Val::Num(_, s) | Val::Name(_, s) => *s,
        }
    }
}

fn syntax(field: Field, part: &str, what: String, span: (usize, usize)) -> Issue {
    Issue {
        rule: &SYNTAX,
        message: format!(
            "field {} ({}) `{}`: {what}",
            field.index(),
            field.name(),
            shorten(part)
        ),
        field: Some(field),
        span,
    }
}

/// Consume the suffix letter at the cursor (`15W`, `6L`): it is allowed
/// only in the field `home` and must end the value (`example` shows how).
/// `None` (with the issue pushed) when it may not stand here.
/// Text left over after a complete value (`2#1x`, `1-5x`, `0/5x`): a
/// syntax issue spanning the rest of the part.
fn trailing(field: Field, part: &str, base: usize, at: usize, after: &str) -> Issue {
    syntax(
        field,
        part,
        format!("unexpected text after {after}"),
        (base + at, base + part.len()),
    )
}

fn suffix(
    c: &mut Cur,
    field: Field,
    part: &str,
    whole: (usize, usize),
    (letter, home, example): (char, Field, &str),
    issues: &mut Vec<Issue>,
) -> Option<()> {
    let at = (c.base + c.i, c.base + c.i + 1);
    if field != home {
        issues.push(not_allowed(field, part, letter, at));
        return None;
    }
    c.i += 1;
    if !c.at_end() {
        let what = format!("`{letter}` must end the value, e.g. {example}");
        issues.push(syntax(field, part, what, whole));
        return None;
    }
    Some(())
}

fn not_allowed(field: Field, part: &str, ch: char, span: (usize, usize)) -> Issue {
    let where_ok = match ch {
        '?' => "only in day-of-month or day-of-week",
        'L' => "only in day-of-month (`L`, `L-3`, `LW`) or day-of-week (`L`, `6L`)",
        'W' => "only in day-of-month (`15W`, `LW`)",
        '#' => "only in day-of-week (`2#1`)",
        _ => "not in this field",
    };
    Issue {
        rule: &SPECIAL_NOT_ALLOWED,
        message: format!(
            "field {} ({}) `{}`: `{ch}` is allowed {where_ok}; this field accepts {} and the characters {}",
            field.index(),
            field.name(),
            shorten(part),
            field.valid_values(),
            field.allowed_specials()
        ),
        field: Some(field),
        span,
    }
}

fn parse_num(c: &mut Cur) -> Option<(u64, (usize, usize))> {
    let start = c.i;
    let mut n: u64 = 0;
    while let Some(b) = c.peek() {
        if !b.is_ascii_digit() {
            break;
        }
        n = n.saturating_mul(10).saturating_add(u64::from(b - b'0'));
        c.i += 1;
    }
    (c.i > start).then_some((n, (c.base + start, c.base + c.i)))
}

/// A number or a three-letter name valid for `field`.
fn parse_val(field: Field, c: &mut Cur, part: &str) -> Result<Option<Val>, Issue> {
    if let Some((n, span)) = parse_num(c) {
        return Ok(Some(Val::Num(n, span)));
    }
    let start = c.i;
    let mut end = start;
    while end < c.s.len() && end - start < 3 && c.s[end].is_ascii_alphabetic() {
        end += 1;
    }
    if end - start == 3 {
        let word: String = c.s[start..end]
            .iter()
            .map(|b| b.to_ascii_uppercase() as char)
            .collect();
        if let Some(names) = field.names() {
            if let Some(p) = names.iter().position(|n| *n == word) {
                c.i = end;
                return Ok(Some(Val::Name(
                    p as u32 + 1,
                    (c.base + start, c.base + end),
                )));
            }
        }
        // Three letters that are not a name; `L`/`W` forms are handled by the caller.
        if !matches!(c.s[start].to_ascii_uppercase(), b'L' | b'W') {
            let valid = match field.names() {
                Some(_) if field == Field::Month => "month names are JAN-DEC",
                Some(_) => "day names are SUN, MON, TUE, WED, THU, FRI, SAT",
                None => "this field takes numbers only",
            };
            return Err(syntax(
                field,
                part,
                format!("`{word}` is not a name this field knows; {valid}"),
                (c.base + start, c.base + end),
            ));
        }
    }
    Ok(None)
}

fn check_value(field: Field, part: &str, v: &Val, issues: &mut Vec<Issue>) -> Option<u32> {
    match *v {
        Val::Name(n, _) => Some(n),
        Val::Num(n, span) => {
            if field == Field::DayOfWeek && n == 0 {
                issues.push(Issue {
                    rule: &DOW_ZERO,
                    message: format!(
                        "field 6 (day-of-week) `{}`: 0 is not a Quartz day (1 = SUN … 7 = SAT); did you mean SUN = 1?",
                        shorten(part)
                    ),
                    field: Some(field),
                    span,
                });
                return None;
            }
            if n < u64::from(field.min()) || n > u64::from(field.max()) {
                let shown = if n > 9_999_999 {
                    "a very large number".to_string()
                } else {
                    format!("{n}")
                };
                issues.push(Issue {
                    rule: &OUT_OF_RANGE,
                    message: format!(
                        "field {} ({}) `{}`: {shown} is out of range; must be {}",
                        field.index(),
                        field.name(),
                        shorten(part),
                        field.valid_values()
                    ),
                    field: Some(field),
                    span,
                });
                return None;
            }
            Some(n as u32)
        }
    }
}

fn parse_step(field: Field, c: &mut Cur, part: &str, issues: &mut Vec<Issue>) -> Option<u32> {
    let slash = c.base + c.i;
    c.i += 1; // the '/'
    let Some((n, span)) = parse_num(c) else {
        issues.push(syntax(
            field,
            part,
            "`/` must be followed by an increment, e.g. `0/5`".to_string(),
            (slash, slash + 1),
        ));
        return None;
    };
    let max_step = match field {
        Field::Year => YEAR_MAX - YEAR_MIN,
        f => f.max(),
    };
    if n == 0 || n > u64::from(max_step) {
        issues.push(Issue {
            rule: &BAD_INCREMENT,
            message: format!(
                "field {} ({}) `{}`: increment {} must be 1-{max_step}",
                field.index(),
                field.name(),
                shorten(part),
                if n > 9_999_999 {
                    "too large".to_string()
                } else {
                    n.to_string()
                }
            ),
            field: Some(field),
            span,
        });
        return None;
    }
    Some(n as u32)
}

pub(super) fn parse_item(
    field: Field,
    part: &str,
    base: usize,
    issues: &mut Vec<Issue>,
) -> Option<Item> {
    let bytes = part.as_bytes();
    if let Some((off, ch)) = part.char_indices().find(|(_, c)| !c.is_ascii()) {
        issues.push(syntax(
            field,
            part,
            format!(
                "unexpected character `{ch}` (U+{:04X}); fields use ASCII digits, names and `, - * / ? L W #`",
                u32::from(ch)
            ),
            (base + off, base + off + ch.len_utf8()),
        ));
        return None;
    }
    let mut c = Cur {
        s: bytes,
        i: 0,
        base,
    };
    let whole = (base, base + part.len());
    let first = c.peek().unwrap_or(b' ');
    let is_day = matches!(field, Field::DayOfMonth | Field::DayOfWeek);

    // Forms that start with a special character.
    match first {
        b'?' => {
            if !is_day {
                issues.push(not_allowed(field, part, '?', (base, base + 1)));
                return None;
            }
            if bytes.len() > 1 {
                issues.push(syntax(
                    field,
                    part,
                    "`?` must stand alone".to_string(),
                    whole,
                ));
                return None;
            }
            return Some(Item::NoSpecific);
        }
        b'*' | b'/' => {
            if first == b'*' {
                c.i += 1;
            }
            if c.at_end() {
                return Some(Item::All { step: 1 });
            }
            if c.peek() != Some(b'/') {
                issues.push(syntax(
                    field,
                    part,
                    "`*` may only be followed by `/increment`, e.g. `*/5`".to_string(),
                    whole,
                ));
                return None;
            }
            let step = parse_step(field, &mut c, part, issues)?;
            if !c.at_end() {
                issues.push(trailing(field, part, base, c.i, "the increment"));
                return None;
            }
            return Some(Item::All { step });
        }
        _ => {}
    }

    let val = match parse_val(field, &mut c, part) {
        Ok(v) => v,
        Err(e) => {
            issues.push(e);
            return None;
        }
    };
    let Some(val) = val else {
        // Not a value: `L…` forms, or garbage.
        return parse_l_forms(field, part, base, issues);
    };
    let v1_span = val.span();
    // A misplaced `W`, `L` or `#` is the real mistake, whatever the number.
    if let Some(ch @ (b'W' | b'L' | b'#')) = c.peek() {
        let ok = matches!(
            (ch, field),
            (b'W', Field::DayOfMonth) | (b'L' | b'#', Field::DayOfWeek)
        );
        if !ok {
            let at = (base + c.i, base + c.i + 1);
            if ch == b'L' && field == Field::DayOfMonth {
                issues.push(Issue {
                    rule: &SPECIAL_NOT_ALLOWED,
                    message: format!(
                        "field 4 (day-of-month) `{}`: `nL` is a day-of-week form (`6L` = the last Friday); in day-of-month write `L` for the last day or `L-n` for n days before it",
                        shorten(part)
                    ),
                    field: Some(field),
                    span: at,
                });
            } else {
                issues.push(not_allowed(field, part, ch as char, at));
            }
            return None;
        }
    }
    let v1 = check_value(field, part, &val, issues)?;

    match c.peek() {
        None => Some(Item::Range {
            lo: v1,
            hi: v1,
            step: None,
            open_end: false,
        }),
        Some(b'W') => {
            suffix(
                &mut c,
                field,
                part,
                whole,
                ('W', Field::DayOfMonth, "`15W`"),
                issues,
            )?;
            Some(Item::NearestWeekday(v1))
        }
        Some(b'L') => {
            let last = ('L', Field::DayOfWeek, "`6L` (the last Friday)");
            suffix(&mut c, field, part, whole, last, issues)?;
            if matches!(val, Val::Num(5, _)) {
                issues.push(Issue {
                    rule: &DOW_5L,
                    message: format!(
                        "field 6 (day-of-week) `{}`: 5L = the last Thursday of the month (5 = THU); the guide's \"last Friday\" is `6L` or `FRIL`",
                        shorten(part)
                    ),
                    field: Some(field),
                    span: whole,
                });
            }
            Some(Item::LastDow(v1))
        }
        Some(b'#') => {
            let at = (base + c.i, base + c.i + 1);
            if field != Field::DayOfWeek {
                issues.push(not_allowed(field, part, '#', at));
                return None;
            }
            c.i += 1;
            let Some((n, span)) = parse_num(&mut c) else {
                issues.push(syntax(
                    field,
                    part,
                    "`#` must be followed by 1-5, e.g. `2#1` (the first Monday)".to_string(),
                    at,
                ));
                return None;
            };
            if !c.at_end() {
                issues.push(trailing(field, part, base, c.i, "`#n`"));
                return None;
            }
            if !(1..=5).contains(&n) {
                issues.push(Issue {
                    rule: &OUT_OF_RANGE,
                    message: format!(
                        "field 6 (day-of-week) `{}`: the week number after `#` must be 1-5",
                        shorten(part)
                    ),
                    field: Some(field),
                    span,
                });
                return None;
            }
            Some(Item::NthDow {
                dow: v1,
                nth: n as u32,
            })
        }
        Some(b'-') => {
            c.i += 1;
            let v2 = match parse_val(field, &mut c, part) {
                Ok(Some(v)) => v,
                Ok(None) => {
                    issues.push(syntax(
                        field,
                        part,
                        format!(
                            "`-` must be followed by the end of the range ({})",
                            field.valid_values()
                        ),
                        (base + c.i - 1, base + c.i),
                    ));
                    return None;
                }
                Err(e) => {
                    issues.push(e);
                    return None;
                }
            };
            let v2_span = v2.span();
            let v2 = check_value(field, part, &v2, issues)?;
            let step = match c.peek() {
                None => None,
                Some(b'/') => Some(parse_step(field, &mut c, part, issues)?),
                Some(b'L' | b'W' | b'#') => {
                    issues.push(Issue {
                        rule: &SPECIAL_ALONE,
                        message: format!(
                            "field {} ({}) `{}`: `L`, `W` and `#` cannot be combined with a range",
                            field.index(),
                            field.name(),
                            shorten(part)
                        ),
                        field: Some(field),
                        span: whole,
                    });
                    return None;
                }
                Some(_) => {
                    issues.push(trailing(field, part, base, c.i, "the range"));
                    return None;
                }
            };
            if !c.at_end() {
                issues.push(trailing(field, part, base, c.i, "the increment"));
                return None;
            }
            if v2 < v1 {
                if field == Field::Year {
                    issues.push(Issue {
                        rule: &OUT_OF_RANGE,
                        message: format!(
                            "field 7 (year) `{}`: the range runs backwards; write the earlier year first",
                            shorten(part)
                        ),
                        field: Some(field),
                        span: (v1_span.0, v2_span.1),
                    });
                    return None;
                }
                issues.push(Issue {
                    rule: &WRAPPING_RANGE,
                    message: format!(
                        "field {} ({}) `{}`: {} to {} wraps past the field's maximum ({} then {} onwards)",
                        field.index(),
                        field.name(),
                        shorten(part),
                        echo(field, v1),
                        echo(field, v2),
                        echo(field, field.max()),
                        echo(field, field.min()),
                    ),
                    field: Some(field),
                    span: (v1_span.0, v2_span.1),
                });
            }
            Some(Item::Range {
                lo: v1,
                hi: v2,
                step,
                open_end: false,
            })
        }
        Some(b'/') => {
            let step = parse_step(field, &mut c, part, issues)?;
            if !c.at_end() {
                issues.push(trailing(field, part, base, c.i, "the increment"));
                return None;
            }
            Some(Item::Range {
                lo: v1,
                hi: field.max(),
                step: Some(step),
                open_end: true,
            })
        }
        Some(b) => {
            let ch = b as char;
            let at = (base + c.i, base + c.i + 1);
            if matches!(ch, '?' | 'L' | 'W' | '#') {
                issues.push(not_allowed(field, part, ch, at));
            } else if ch.is_ascii_alphabetic() && matches!(val, Val::Name(..)) {
                issues.push(syntax(
                    field,
                    part,
                    format!(
                        "names are three letters: write `{}`, not `{}`",
                        &part[..c.i].to_ascii_uppercase(),
                        shorten(part)
                    ),
                    (base, base + part.len()),
                ));
            } else {
                issues.push(syntax(
                    field,
                    part,
                    format!(
                        "unexpected `{ch}` after `{}`; allowed here: {}",
                        &part[..c.i],
                        field.allowed_specials()
                    ),
                    at,
                ));
            }
            None
        }
    }
}

/// `L`, `L-n`, `LW`, `L-nW` in day-of-month; `L` in day-of-week; otherwise an error.
fn parse_l_forms(field: Field, part: &str, base: usize, issues: &mut Vec<Issue>) -> Option<Item> {
    let up = part.to_ascii_uppercase();
    let whole = (base, base + part.len());
    let first = up.chars().next().unwrap_or(' ');
    if first == 'L' || first == 'W' || first == '#' {
        let ok = match (first, field) {
            ('L', Field::DayOfMonth | Field::DayOfWeek) => true,
            ('W', Field::DayOfMonth) => false, // `W` needs a day before it
            _ => {
                issues.push(not_allowed(field, part, first, (base, base + 1)));
                return None;
            }
        };
        if !ok {
            issues.push(syntax(
                field,
                part,
                "`W` needs a day before it, e.g. `15W`, or `LW` for the last weekday".to_string(),
                whole,
            ));
            return None;
        }
        if field == Field::DayOfWeek {
            if up == "L" {
                return Some(Item::Saturday);
            }
            issues.push(syntax(
                field,
                part,
                "in day-of-week `L` stands alone (SAT) or follows a day, e.g. `6L` = the last Friday".to_string(),
                whole,
            ));
            return None;
        }
        // Day of month.
        let rest = &up[1..];
        let (rest, weekday) = match rest.strip_suffix('W') {
            Some(r) => (r, true),
            None => (rest, false),
        };
        if rest.is_empty() {
            return Some(Item::LastDay { offset: 0, weekday });
        }
        if let Some(num) = rest.strip_prefix('-') {
            if !num.is_empty() && num.bytes().all(|b| b.is_ascii_digit()) {
                let n: u64 = num.parse().unwrap_or(u64::MAX);
                if n > 30 {
                    issues.push(Issue {
                        rule: &OUT_OF_RANGE,
                        message: format!(
                            "field 4 (day-of-month) `{}`: the offset from the last day must be 0-30",
                            shorten(part)
                        ),
                        field: Some(field),
                        span: (base + 2, base + 2 + num.len()),
                    });
                    return None;
                }
                return Some(Item::LastDay {
                    offset: n as u32,
                    weekday,
                });
            }
        }
        issues.push(syntax(
            field,
            part,
            "day-of-month `L` forms are `L`, `L-3`, `LW` and `L-3W`".to_string(),
            whole,
        ));
        return None;
    }
    let ch = part.chars().next().unwrap_or(' ');
    let what = if ch == '-' {
        "a range needs a start, e.g. `1-5`".to_string()
    } else if ch.is_ascii_alphabetic() {
        match field.names() {
            Some(_) => format!(
                "`{}` is not a name this field knows ({})",
                shorten(part),
                field.valid_values()
            ),
            None => format!("this field takes numbers {}", field.valid_values()),
        }
    } else {
        format!(
            "unexpected `{ch}`; this field accepts {} and the characters {}",
            field.valid_values(),
            field.allowed_specials()
        )
    };
    issues.push(syntax(field, part, what, whole));
    None
}
