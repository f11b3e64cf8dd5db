//! The seven fields of a Quartz CRON expression and their allowed values
//! (admin guide, "CRON Expressions", the field table).
//!
//! The guide's table lists day-of-week as `0-7`; Quartz (which the Messenger
//! scheduler uses) numbers the days 1-7 with 1 = SUN and 7 = SAT, as the
//! guide's own `2#1` = "the first Monday" and `L` = "SAT" examples show, so
//! the Quartz range is what we accept.

/// One position in the expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    Seconds,
    Minutes,
    Hours,
    DayOfMonth,
    Month,
    DayOfWeek,
    Year,
}

pub const MONTH_NAMES: [&str; 12] = [
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
];
pub const MONTH_LONG: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Quartz day numbers 1..=7 map to these names (index 0 = day 1 = SUN).
pub const DAY_NAMES: [&str; 7] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
pub const DAY_LONG: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

pub const YEAR_MIN: u32 = 1970;
pub const YEAR_MAX: u32 = 2099;

impl Field {
    pub const ALL: [Field; 7] = [
        Field::Seconds,
        Field::Minutes,
        Field::Hours,
        Field::DayOfMonth,
        Field::Month,
        Field::DayOfWeek,
        Field::Year,
    ];

    /// 1-based position, as the guide's "Field Sequence" column counts.
    pub fn index(self) -> u32 {
        self as u32 + 1
    }

    pub fn name(self) -> &'static str {
        match self {
            Field::Seconds => "seconds",
            Field::Minutes => "minutes",
            Field::Hours => "hours",
            Field::DayOfMonth => "day-of-month",
            Field::Month => "month",
            Field::DayOfWeek => "day-of-week",
            Field::Year => "year",
        }
    }

    /// Singular noun for explanations ("every 5 minutes", "minute 30").
    pub fn unit(self) -> &'static str {
        match self {
            Field::Seconds => "second",
            Field::Minutes => "minute",
            Field::Hours => "hour",
            Field::DayOfMonth => "day",
            Field::Month => "month",
            Field::DayOfWeek => "day-of-week",
            Field::Year => "year",
        }
    }

    pub fn min(self) -> u32 {
        match self {
            Field::Seconds | Field::Minutes | Field::Hours => 0,
            Field::DayOfMonth | Field::Month | Field::DayOfWeek => 1,
            Field::Year => YEAR_MIN,
        }
    }

    pub fn max(self) -> u32 {
        match self {
            Field::Seconds | Field::Minutes => 59,
            Field::Hours => 23,
            Field::DayOfMonth => 31,
            Field::Month => 12,
            Field::DayOfWeek => 7,
            Field::Year => YEAR_MAX,
        }
    }

    /// What the field accepts, for error messages.
    pub fn valid_values(self) -> &'static str {
        match self {
            Field::Seconds | Field::Minutes => "0-59",
            Field::Hours => "0-23",
            Field::DayOfMonth => "1-31",
            Field::Month => "1-12 or JAN-DEC",
            Field::DayOfWeek => "1-7 or SUN-SAT (1 = SUN, 7 = SAT)",
            Field::Year => "1970-2099",
        }
    }

    /// The special characters the guide's table allows in this field.
    pub fn allowed_specials(self) -> &'static str {
        match self {
            Field::Seconds | Field::Minutes | Field::Hours | Field::Month | Field::Year => {
                ", - * /"
            }
            Field::DayOfMonth => ", - * ? / L W",
            Field::DayOfWeek => ", - * ? / L #",
        }
    }

    /// Three-letter names the field accepts (month and day-of-week only).
    pub fn names(self) -> Option<&'static [&'static str]> {
        match self {
            Field::Month => Some(&MONTH_NAMES),
            Field::DayOfWeek => Some(&DAY_NAMES),
            _ => None,
        }
    }
}

/// `5 (THU)` for day-of-week numbers, `2 (FEB)` for months, the number otherwise.
pub fn echo(field: Field, v: u32) -> String {
    match field {
        Field::DayOfWeek => format!("{v} ({})", day_name(v)),
        Field::Month => format!("{v} ({})", month_name(v)),
        _ => v.to_string(),
    }
}

/// Quartz day number (1 = SUN) to its three-letter name.
pub fn day_name(v: u32) -> &'static str {
    DAY_NAMES
        .get((v as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

pub fn day_long(v: u32) -> &'static str {
    DAY_LONG
        .get((v as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

pub fn month_name(v: u32) -> &'static str {
    MONTH_NAMES
        .get((v as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

pub fn month_long(v: u32) -> &'static str {
    MONTH_LONG
        .get((v as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// Echo user input in a message: escaped and capped by the shared text layer.
pub fn shorten(s: &str) -> String {
    crate::text::shorten(s, 40).into_owned()
}
