//! Tool options at their limits: the one place where the bounds of every
//! numeric and free-text option live, shared by the CLI flags, the pages'
//! fields and the worker's JSON options.
//!
//! Each tool's options type has a constructor that calls these checks and
//! returns an [`OptionError`] for a value outside its range (a usage error:
//! exit 2 in the CLI, a message under the field on a page), so no value —
//! `0`, negative, `i64::MAX`, a 10 MB string — reaches the checks and
//! overflows a date calculation there.

use std::fmt;
use std::ops::RangeInclusive;

/// An option value the tool cannot use, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionError {
    /// The option's name in snake case (`expiry_warning_days`); the CLI shows
    /// it as `--expiry-warning-days`, the worker as `options.expiry_warning_days`.
    pub option: &'static str,
    /// What is wrong, quoting the value escaped and shortened.
    pub message: String,
}

impl OptionError {
    pub fn new(option: &'static str, message: impl Into<String>) -> Self {
        Self {
            option,
            message: message.into(),
        }
    }

    /// The option as a command-line flag (`--expiry-warning-days`).
    pub fn flag(&self) -> String {
        format!("--{}", self.option.replace('_', "-"))
    }
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.option, self.message)
    }
}

impl std::error::Error for OptionError {}

/// Days before expiry that count as "expires soon": up to 100 years, the
/// longest validity anyone issues certificates or metadata with.
pub const EXPIRY_WARNING_DAYS: RangeInclusive<i64> = 0..=36_500;

/// Clock difference tolerated between an IdP and Webex: up to a week (the
/// checks are meaningless beyond that).
pub const CLOCK_SKEW_SECS: RangeInclusive<i64> = 0..=7 * 86_400;

/// Longest entity id or URL an option accepts (SAML 2.0 §8.3.6 caps entity
/// ids at 1024 characters).
pub const MAX_URI_CHARS: usize = 1024;

/// `value` when it lies in `range` (`unit` names what it counts, for the message).
pub fn whole_in(
    option: &'static str,
    value: i64,
    range: RangeInclusive<i64>,
    unit: &str,
) -> Result<i64, OptionError> {
    if range.contains(&value) {
        Ok(value)
    } else {
        Err(OptionError::new(
            option,
            format!(
                "{value} is out of range: use {} to {} {unit}",
                range.start(),
                range.end()
            ),
        ))
    }
}

/// `text` as a whole number in `range`, for faces that hold numbers as text
/// (a page's field, a widget attribute). Surrounding whitespace is forgiven.
pub fn parse_whole_in(
    option: &'static str,
    text: &str,
    range: RangeInclusive<i64>,
    unit: &str,
) -> Result<i64, OptionError> {
    let t = text.trim();
    let n = t.parse::<i64>().map_err(|_| {
        OptionError::new(
            option,
            format!(
                "`{}` is not a whole number of {unit}",
                crate::text::shorten(t, 40)
            ),
        )
    })?;
    whole_in(option, n, range, unit)
}

/// A URI-like text option: trimmed, not empty, at most [`MAX_URI_CHARS`] and
/// free of control characters.
pub fn uri(option: &'static str, value: &str) -> Result<String, OptionError> {
    let v = value.trim();
    if v.is_empty() {
        return Err(OptionError::new(option, "is empty"));
    }
    let n = v.chars().count();
    if n > MAX_URI_CHARS {
        return Err(OptionError::new(
            option,
            format!("is {n} characters long; at most {MAX_URI_CHARS} are accepted"),
        ));
    }
    if v.chars().any(crate::text::needs_escape) {
        return Err(OptionError::new(
            option,
            format!(
                "`{}` contains control or invisible characters",
                crate::text::shorten(v, 80)
            ),
        ));
    }
    Ok(v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_at_their_extremes() {
        let d = |v| whole_in("expiry_warning_days", v, EXPIRY_WARNING_DAYS, "days");
        assert_eq!(d(0), Ok(0));
        assert_eq!(d(36_500), Ok(36_500));
        for bad in [-1, 36_501, i64::MAX, i64::MIN] {
            let e = d(bad).unwrap_err();
            assert_eq!(e.flag(), "--expiry-warning-days");
            assert!(e.message.contains("0 to 36500 days"), "{e}");
        }
    }

    #[test]
    fn text_numbers() {
        let p = |t| parse_whole_in("clock_skew", t, CLOCK_SKEW_SECS, "seconds");
        assert_eq!(p(" 180 "), Ok(180));
        let huge = "9".repeat(10_000_000);
        for bad in ["", "NaN", "1e309", "-1", "1.5", &huge] {
            assert!(p(bad).is_err(), "{}", bad.len());
        }
        assert!(p(&huge).unwrap_err().message.len() < 200);
    }

    #[test]
    fn uris() {
        assert_eq!(
            uri("sp_entity_id", " https://sp.example.com "),
            Ok("https://sp.example.com".into())
        );
        assert!(uri("sp_entity_id", "").is_err());
        assert!(uri("sp_entity_id", &"a".repeat(10_000_000)).is_err());
        assert!(uri("sp_entity_id", "a\x1b[2Jb")
            .unwrap_err()
            .message
            .contains("\\x1b"));
    }
}
