//! Recognising a five-field Unix crontab line (or an `@daily`-style macro)
//! pasted where a Quartz expression belongs, and offering the Quartz
//! equivalent (admin guide, "CRON Expressions": six or seven fields, `?` in
//! day-of-month or day-of-week, days SUN-SAT).
//!
//! Unix differs in three ways: no seconds field, no `?` (an unrestricted
//! day field is `*`, and when both day fields are restricted a day matching
//! *either* fires), and weekdays 0-7 with 0 and 7 = Sunday where Quartz has
//! 1 = SUN … 7 = SAT.

use serde::Serialize;

use super::fields::DAY_NAMES;

/// A Quartz expression offered for a Unix crontab line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conversion {
    /// The Quartz expression.
    pub expression: String,
    /// Whether it fires at exactly the same times as the Unix line.
    pub exact: bool,
    /// What changed and why, one sentence each.
    pub differences: Vec<String>,
}

/// Whether `tokens` (whitespace-separated fields) look like Unix crontab.
pub fn looks_like_unix(fields: &[&str]) -> bool {
    fields.len() == 5 || (fields.len() == 1 && fields[0].starts_with('@'))
}

fn macro_equivalent(m: &str) -> Option<(&'static str, &'static str)> {
    Some(match m.to_ascii_lowercase().as_str() {
        "@yearly" | "@annually" => ("0 0 0 1 1 ?", "`@yearly` is midnight on 1 January"),
        "@monthly" => ("0 0 0 1 * ?", "`@monthly` is midnight on the 1st"),
        "@weekly" => ("0 0 0 ? * SUN", "`@weekly` is midnight on Sunday"),
        "@daily" | "@midnight" => ("0 0 0 * * ?", "`@daily` is midnight every day"),
        "@hourly" => ("0 0 * * * ?", "`@hourly` is minute 0 of every hour"),
        _ => return None,
    })
}

/// Unix weekday values (0-7) selected by one Unix day-of-week field, or
/// `None` if it is not valid Unix syntax.
fn unix_dow_values(field: &str) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    for part in field.split(',') {
        let (range, step) = match part.split_once('/') {
            Some((r, s)) => (r, Some(s.parse::<u32>().ok().filter(|s| *s > 0)?)),
            None => (part, None),
        };
        let val = |s: &str| -> Option<u32> {
            if let Ok(n) = s.parse::<u32>() {
                return (n <= 7).then_some(n);
            }
            let up = s.to_ascii_uppercase();
            DAY_NAMES.iter().position(|d| *d == up).map(|p| p as u32)
        };
        let (lo, hi) = if range == "*" {
            (0, 6)
        } else if let Some((a, b)) = range.split_once('-') {
            (val(a)?, val(b)?)
        } else {
            let v = val(range)?;
            (v, if step.is_some() { 6 } else { v })
        };
        if hi < lo {
            return None;
        }
        let mut v = lo;
        while v <= hi {
            out.push(v);
            v += step.unwrap_or(1);
        }
    }
    Some(out)
}

/// Render Quartz day numbers compactly with names: `MON-FRI`, `SUN,SAT`.
pub fn quartz_days(mut days: Vec<u32>) -> String {
    days.sort_unstable();
    days.dedup();
    let name = |d: u32| DAY_NAMES[(d - 1) as usize];
    let mut parts = Vec::new();
    let mut i = 0;
    while i < days.len() {
        let mut j = i;
        while j + 1 < days.len() && days[j + 1] == days[j] + 1 {
            j += 1;
        }
        if j - i >= 2 {
            parts.push(format!("{}-{}", name(days[i]), name(days[j])));
        } else {
            for d in &days[i..=j] {
                parts.push(name(*d).to_string());
            }
        }
        i = j + 1;
    }
    parts.join(",")
}

/// The Quartz equivalent of a Unix line, or `None` if it cannot be expressed.
pub fn convert(fields: &[&str]) -> Option<Conversion> {
    if fields.len() == 1 {
        let (q, what) = macro_equivalent(fields[0])?;
        return Some(Conversion {
            expression: q.to_string(),
            exact: true,
            differences: vec![format!(
                "{what}; Quartz has no `@` shortcuts, so write the six fields out"
            )],
        });
    }
    if fields.len() != 5 {
        return None;
    }
    let (min, hour, dom, mon, dow) = (fields[0], fields[1], fields[2], fields[3], fields[4]);
    // `?`, `L`, `W` or `#` are Quartz-only: this is a Quartz expression whose
    // seconds field was left out, not a Unix line.
    if dom.contains(['?', 'L', 'W', 'l', 'w']) || dow.contains(['?', '#']) {
        return Some(Conversion {
            expression: format!("0 {}", fields.join(" ")),
            exact: true,
            differences: vec![
                "the seconds field is missing: Quartz expressions start with seconds, so `0` was added in front".to_string(),
            ],
        });
    }
    let mut differences = vec![
        "Quartz starts with a seconds field: `0` was added so the job fires at second 0 of each minute".to_string(),
    ];
    let mut exact = true;
    let dom_star = dom == "*";
    let dow_star = dow == "*";
    let (qdom, qdow) = if dow_star {
        differences.push(
            "Quartz needs `?` in the day field it does not use: day-of-week `*` became `?`"
                .to_string(),
        );
        (dom.to_string(), "?".to_string())
    } else {
        let unix = unix_dow_values(dow)?;
        let quartz: Vec<u32> = unix.iter().map(|v| v % 7 + 1).collect();
        let q = quartz_days(quartz);
        differences.push(format!(
            "Unix numbers weekdays 0-7 with 0 and 7 = Sunday; Quartz uses 1 = SUN … 7 = SAT: day-of-week `{dow}` became `{q}`"
        ));
        if dom_star {
            differences.push(
                "Quartz needs `?` in the day field it does not use: day-of-month `*` became `?`"
                    .to_string(),
            );
            ("?".to_string(), q)
        } else {
            exact = false;
            differences.push(format!(
                "Unix fires when either day-of-month `{dom}` or day-of-week `{dow}` matches; Quartz cannot combine them, so this keeps the day-of-month only — schedule a second job `0 {min} {hour} ? {mon} {q}` for the weekdays"
            ));
            (dom.to_string(), "?".to_string())
        }
    };
    Some(Conversion {
        expression: format!("0 {min} {hour} {qdom} {mon} {qdow}"),
        exact,
        differences,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> String {
        let f: Vec<&str> = s.split_whitespace().collect();
        convert(&f).map(|c| c.expression).unwrap_or_default()
    }

    #[test]
    fn common_lines() {
        assert_eq!(q("*/5 * * * *"), "0 */5 * * * ?");
        assert_eq!(q("30 2 * * 1-5"), "0 30 2 ? * MON-FRI");
        assert_eq!(q("0 0 * * 0"), "0 0 0 ? * SUN");
        assert_eq!(q("0 0 * * 7"), "0 0 0 ? * SUN");
        assert_eq!(q("0 0 * * 6,0"), "0 0 0 ? * SUN,SAT");
        assert_eq!(q("0 12 1 * *"), "0 0 12 1 * ?");
        assert_eq!(q("@daily"), "0 0 0 * * ?");
        assert_eq!(q("0 12 * * ?"), "0 0 12 * * ?");
        assert_eq!(q("0 12 L * ?"), "0 0 12 L * ?");
        assert_eq!(q("0 0 * * */2"), "0 0 0 ? * SUN,TUE,THU,SAT");
        assert_eq!(q("0 0 * * mon-fri"), "0 0 0 ? * MON-FRI");
    }

    #[test]
    fn both_days_is_not_exact() {
        let f: Vec<&str> = "0 0 1 * 1".split_whitespace().collect();
        let c = convert(&f).unwrap();
        assert!(!c.exact);
        assert_eq!(c.expression, "0 0 0 1 * ?");
    }

    #[test]
    fn garbage_has_no_equivalent() {
        assert!(convert(&["0", "0", "*", "*", "9"]).is_none());
        assert!(convert(&["@reboot"]).is_none());
    }
}
