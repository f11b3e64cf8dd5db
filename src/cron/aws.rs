//! AWS EventBridge schedules pasted for Quartz. EventBridge writes
//! `cron(minutes hours day-of-month month day-of-week year)`: the Quartz
//! fields without seconds, the same `? L W #` and the same weekday numbers
//! (1 = SUN), so the Quartz equivalent is exact: `0` seconds in front.

/// The six EventBridge fields, when `words` (the whitespace-separated
/// input) is an EventBridge schedule: wrapped in `cron(…)`, or six bare
/// fields with `?` where Quartz never allows it (EventBridge's day fields
/// fall on Quartz's hours and month).
pub fn fields<'a>(words: &[&'a str]) -> Option<Vec<&'a str>> {
    let first = words.first()?;
    let last = words.last()?;
    // `get`, not indexing: the fifth byte may fall inside a character.
    let rest = first
        .get(..5)
        .filter(|p| p.eq_ignore_ascii_case("cron("))
        .and_then(|_| first.get(5..));
    if let (Some(rest), true) = (rest, last.ends_with(')')) {
        let mut inner: Vec<&str> = words.to_vec();
        inner[0] = rest;
        let n = inner.len();
        inner[n - 1] = &inner[n - 1][..inner[n - 1].len() - 1];
        let inner: Vec<&str> = inner.into_iter().filter(|w| !w.is_empty()).collect();
        return (inner.len() == 6).then_some(inner);
    }
    (words.len() == 6 && (words[2] == "?" || words[4] == "?")).then(|| words.to_vec())
}

/// The Quartz expression for EventBridge `fields`.
pub fn to_quartz(fields: &[&str]) -> String {
    format!("0 {}", fields.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    #[test]
    fn eventbridge_forms() {
        let f = fields(&words("cron(0 12 * * ? *)")).expect("wrapped");
        assert_eq!(to_quartz(&f), "0 0 12 * * ? *");
        let f = fields(&words("CRON( 15 10 ? * 6L 2026 )")).expect("spaced");
        assert_eq!(to_quartz(&f), "0 15 10 ? * 6L 2026");
        let f = fields(&words("0/15 * ? * MON-FRI *")).expect("bare, ? in day-of-month");
        assert_eq!(to_quartz(&f), "0 0/15 * ? * MON-FRI *");
        assert!(
            fields(&words("0 12 * * ? *")).is_some(),
            "bare, ? in day-of-week"
        );
    }

    #[test]
    fn quartz_and_other_input_is_not_eventbridge() {
        for q in [
            "0 0 12 * * ?",
            "0 0 12 ? * MON 2026",
            "cron(0 12 * * ?)",
            "cron(",
            "",
            "cro\u{20ac} 1 2 3 4 5",
            "\u{20ac}\u{20ac}\u{20ac} 1 2 3 4 5)",
        ] {
            assert!(fields(&words(q)).is_none(), "{q}");
        }
    }
}
