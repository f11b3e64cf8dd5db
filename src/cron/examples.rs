//! Examples of the CRON rules: for each rule an expression that makes it
//! fire and a near miss that does not (times from 2026-06-01T00:00:00Z
//! unless the example's options say otherwise).

use super::rules::*;
use crate::rules::{Example as E, RuleExamples as R};

const TOO_LONG_INPUT: &str = concat!(
    "0 0 12 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28 * ?",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "                                                                                    ",
    "x"
);

pub const EXAMPLES: &[R] = &[
    R {
        rule: &FIELD_COUNT,
        examples: &[E::fires("0 0 12 * * ? 2030 1"), E::quiet("0 0 12 * * ? 2030")],
    },
    R {
        rule: &TOO_LONG,
        examples: &[
            E::fires(TOO_LONG_INPUT),
            E::quiet("0 0 12 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28 * ?"),
        ],
    },
    R {
        rule: &UNIX_CRONTAB,
        examples: &[E::fires("*/15 * * * *"), E::quiet("0 */15 * * * ?")],
    },
    R {
        rule: &AWS_EVENTBRIDGE,
        examples: &[E::fires("cron(0 12 * * ? *)"), E::quiet("0 0 12 * * ?")],
    },
    R {
        rule: &QUOTED,
        examples: &[E::fires("\"0 0 12 * * ?\""), E::quiet("0 0 12 * * ?")],
    },
    R {
        rule: &SYNTAX,
        examples: &[E::fires("0 0 1x * * ?"), E::quiet("0 0 12 * * ?")],
    },
    R {
        rule: &OUT_OF_RANGE,
        examples: &[E::fires("0 0 24 * * ?"), E::quiet("0 0 23 * * ?")],
    },
    R {
        rule: &BAD_INCREMENT,
        examples: &[E::fires("0 0/0 * * * ?"), E::quiet("0 0/30 * * * ?")],
    },
    R {
        rule: &SPECIAL_NOT_ALLOWED,
        examples: &[E::fires("0 0 L * * ?"), E::quiet("0 0 12 L * ?")],
    },
    R {
        rule: &SPECIAL_ALONE,
        examples: &[E::fires("0 0 12 L,15 * ?"), E::quiet("0 0 12 L * ?")],
    },
    R {
        rule: &DOM_AND_DOW,
        examples: &[E::fires("0 0 12 * * MON"), E::quiet("0 0 12 ? * MON")],
    },
    R {
        rule: &DOW_ZERO,
        examples: &[E::fires("0 0 12 ? * 0"), E::quiet("0 0 12 ? * 1")],
    },
    R {
        rule: &NEVER_FIRES,
        // 30 February never comes; 29 February does, in leap years.
        examples: &[E::fires("0 0 12 30 2 ?"), E::quiet("0 0 12 29 2 ?")],
    },
    R {
        rule: &SKIPS_MONTHS,
        examples: &[E::fires("0 0 12 31 * ?"), E::quiet("0 0 12 28 * ?")],
    },
    R {
        rule: &DOW_5L,
        examples: &[E::fires("0 0 12 ? * 5L"), E::quiet("0 0 12 ? * 6L")],
    },
    R {
        rule: &WRAPPING_RANGE,
        examples: &[E::fires("0 0 22-2 * * ?"), E::quiet("0 0 2-22 * * ?")],
    },
    R {
        rule: &TOO_FREQUENT,
        examples: &[E::fires("0 0/10 * * * ?"), E::quiet("0 0/15 * * * ?")],
    },
    R {
        rule: &TOO_MANY_RUNS,
        examples: &[E::fires("0 0/30 * * * ?"), E::quiet("0 0 * * * ?")],
    },
    R {
        rule: &MIDNIGHT_DST,
        examples: &[E::fires("0 30 0 * * ?"), E::quiet("0 0 1 * * ?")],
    },
    R {
        rule: &DST_TRANSITION,
        // 00:30 GMT is 01:30 in London, within an hour of the 25 October change.
        examples: &[
            E::fires("0 30 0 * * ?")
                .with(r#"{"tz": "Europe/London", "now": "2026-10-20T00:00:00Z"}"#),
            E::quiet("0 0 12 * * ?")
                .with(r#"{"tz": "Europe/London", "now": "2026-10-20T00:00:00Z"}"#),
        ],
    },
    R {
        rule: &UNKNOWN_TZ,
        examples: &[
            E::fires("0 0 12 * * ?").with(r#"{"tz": "Europe/Londres"}"#),
            E::quiet("0 0 12 * * ?").with(r#"{"tz": "Europe/London"}"#),
        ],
    },
    R {
        rule: &COUNT_LIMITED,
        examples: &[
            E::fires("0 0 12 * * ?").with(r#"{"count": 10001}"#),
            E::quiet("0 0 12 * * ?").with(r#"{"count": 10000}"#),
        ],
    },
    R {
        rule: &SCHEDULE_ENDS,
        examples: &[E::fires("0 0 12 1 1 ? 2027"), E::quiet("0 0 12 * * ?")],
    },
];
