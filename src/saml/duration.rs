//! `xs:duration` as used by the metadata `cacheDuration` attribute
//! (OASIS SAML V2.0 Metadata, section 2.3.1; XML Schema Part 2, 3.2.6).
//!
//! Written by hand: the ISO 8601 crates parse the general ISO grammar
//! (weeks, alternative formats) that xs:duration does not allow, and the
//! grammar is a dozen lines: `-?P(nY)?(nM)?(nD)?(T(nH)?(nM)?(n(.n)?S)?)?`
//! with at least one component and none after a bare `T`.

/// A parsed xs:duration. Months and years have no fixed length, so
/// [`Duration::approx_seconds`] uses 30-day months and 365-day years.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Duration {
    pub negative: bool,
    pub years: u64,
    pub months: u64,
    pub days: u64,
    pub hours: u64,
    pub minutes: u64,
    pub seconds: f64,
}

impl Duration {
    pub fn approx_seconds(&self) -> f64 {
        let s = (self.years as f64) * 365.0 * 86400.0
            + (self.months as f64) * 30.0 * 86400.0
            + (self.days as f64) * 86400.0
            + (self.hours as f64) * 3600.0
            + (self.minutes as f64) * 60.0
            + self.seconds;
        if self.negative {
            -s
        } else {
            s
        }
    }
}

/// Parse an xs:duration; the error says what is wrong in words.
pub fn parse(text: &str) -> Result<Duration, String> {
    let s = text.trim();
    let (negative, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let Some(mut rest) = s.strip_prefix('P') else {
        return Err("it must start with `P` (for example PT6H or P1D)".into());
    };
    let mut d = Duration {
        negative,
        years: 0,
        months: 0,
        days: 0,
        hours: 0,
        minutes: 0,
        seconds: 0.0,
    };
    let mut any = false;
    let mut in_time = false;
    // Designators must appear in this order; `order` is the index of the last one seen.
    let date_order = ['Y', 'M', 'D'];
    let time_order = ['H', 'M', 'S'];
    let mut last: i32 = -1;
    let mut time_any = false;
    while !rest.is_empty() {
        if rest.starts_with('T') {
            if in_time {
                return Err("`T` appears twice".into());
            }
            in_time = true;
            last = -1;
            rest = &rest[1..];
            if rest.is_empty() {
                return Err("`T` must be followed by hours, minutes or seconds".into());
            }
            continue;
        }
        let num_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .ok_or_else(|| format!("the number `{rest}` has no designator (Y, M, D, H, M or S)"))?;
        if num_len == 0 {
            return Err(format!(
                "expected a number before `{}`",
                rest.chars().next().unwrap_or(' ')
            ));
        }
        let number = &rest[..num_len];
        let designator = rest[num_len..].chars().next().unwrap_or(' ');
        rest = &rest[num_len + designator.len_utf8()..];
        let order = if in_time { &time_order } else { &date_order };
        let Some(pos) = order.iter().position(|&c| c == designator) else {
            return Err(format!(
                "`{designator}` is not a valid designator {}",
                if in_time {
                    "after T (use H, M or S)"
                } else {
                    "before T (use Y, M or D; put hours after T)"
                }
            ));
        };
        if (pos as i32) <= last {
            return Err(format!("`{designator}` is out of order or repeated"));
        }
        last = pos as i32;
        let is_seconds = in_time && designator == 'S';
        if number.contains('.') && !is_seconds {
            return Err("only seconds may have a fraction".into());
        }
        if number.starts_with('.') || number.ends_with('.') || number.matches('.').count() > 1 {
            return Err(format!("`{number}` is not a valid number"));
        }
        let int = |n: &str| n.parse::<u64>().map_err(|_| format!("`{n}` is too large"));
        match (in_time, designator) {
            (false, 'Y') => d.years = int(number)?,
            (false, 'M') => d.months = int(number)?,
            (false, 'D') => d.days = int(number)?,
            (true, 'H') => d.hours = int(number)?,
            (true, 'M') => d.minutes = int(number)?,
            _ => {
                d.seconds = number
                    .parse::<f64>()
                    .map_err(|_| format!("`{number}` is not a valid number"))?
            }
        }
        any = true;
        if in_time {
            time_any = true;
        }
    }
    if in_time && !time_any {
        return Err("`T` must be followed by hours, minutes or seconds".into());
    }
    if !any {
        return Err("it has no component (for example PT6H or P1D)".into());
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_durations() {
        assert_eq!(parse("PT6H").unwrap().approx_seconds(), 21600.0);
        assert_eq!(parse("P1D").unwrap().approx_seconds(), 86400.0);
        assert_eq!(parse("PT1H30M").unwrap().approx_seconds(), 5400.0);
        assert_eq!(parse("PT0.5S").unwrap().approx_seconds(), 0.5);
        assert!(parse("P1Y2M3DT4H5M6.7S").is_ok());
        assert!(parse("-P1D").unwrap().negative);
        assert_eq!(parse("P0Y1M").unwrap().months, 1);
    }

    #[test]
    fn invalid_durations() {
        for bad in [
            "",
            "P",
            "PT",
            "6H",
            "PT6",
            "P6H",
            "PT1D",
            "P1M1Y",
            "P1DT",
            "P1.5D",
            "PT.5S",
            "PT1..5S",
            "P-1D",
            "PTT1H",
            "P1D1D",
            "1 day",
            "P99999999999999999999999D",
            "PT1Hé",
        ] {
            assert!(parse(bad).is_err(), "{bad} should be invalid");
        }
    }
}
