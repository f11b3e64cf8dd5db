//! The rules of the CRON tool, each citing the guide section it enforces.

use crate::report::Severity;
use crate::rules::Rule;

const SOURCE_CRON: &str = "Webex Messenger admin guide, \"CRON Expressions\"";
const SOURCE_CRON_TABLE: &str =
    "Webex Messenger admin guide, \"CRON Expressions\" (field table and special characters)";
const SOURCE_CRON_NOTE: &str = "Webex Messenger admin guide, \"CRON Expressions\" (Note: \"We do not currently support specifying both a day-of-week and a day-of-month value\")";
const SOURCE_DST: &str = "Webex Messenger admin guide, \"CRON Expressions\" (\"CRON jobs are run in the GMT time zone\"; the note on \"daylight savings\" time for jobs \"between mid-night and 1:00 AM\")";
/// The guide sets no limit on how often the directory job runs (its own
/// examples run every minute and every 5 minutes); the limits are ours.
const SOURCE_FREQUENCY: &str = "Best practice (the guide sets no limit: its own CRON examples run every minute and every 5 minutes); the file naming is from the admin guide, \"User File Formats\" / \"Group File Formats\" (userFile_YYYY-MM-DD_n.csv, n = the job instance number for that day)";

pub const FIELD_COUNT: Rule = Rule {
    id: "cron/field-count",
    severity: Severity::Error,
    summary: "A Quartz expression has six or seven fields",
    source: SOURCE_CRON,
    help: "Write seconds, minutes, hours, day-of-month, month, day-of-week and optionally year, separated by spaces, e.g. `0 0 12 * * ?` for noon every day.",
};

pub const UNIX_CRONTAB: Rule = Rule {
    id: "cron/unix-crontab",
    severity: Severity::Error,
    summary: "A five-field Unix crontab line is not a Quartz expression",
    source: SOURCE_CRON,
    help: "Quartz adds a seconds field in front, needs `?` in day-of-month or day-of-week, and numbers weekdays 1 = SUN to 7 = SAT (Unix uses 0 = SUN). Use the Quartz equivalent shown in the message.",
};

pub const AWS_EVENTBRIDGE: Rule = Rule {
    id: "cron/aws-eventbridge",
    severity: Severity::Error,
    summary: "An AWS EventBridge schedule is not a Quartz expression",
    source: SOURCE_CRON,
    help: "EventBridge writes `cron(minutes hours day-of-month month day-of-week year)`; Quartz adds a seconds field in front and takes no `cron(...)` around it. The day and month syntax is the same, so the Quartz equivalent shown in the message is exact.",
};

pub const QUOTED: Rule = Rule {
    id: "cron/quoted",
    severity: Severity::Error,
    summary: "The expression is wrapped in quotes",
    source: SOURCE_CRON,
    help: "Quotes from a script, a JSON file or a document are not part of the expression; the field takes the bare fields, e.g. 0 0 12 * * ? without quotes.",
};

pub const SYNTAX: Rule = Rule {
    id: "cron/syntax",
    severity: Severity::Error,
    summary: "A field is not made of values, names and the special characters `, - * / ? L W #`",
    source: SOURCE_CRON_TABLE,
    help: "Each field is a value (`5`), a name (`MON`, `JAN`), a range (`8-10`), a list (`1,15`), an increment (`0/5`, `*/5`) or one of the special forms `?`, `L`, `L-3`, `LW`, `15W`, `5L`, `2#1`.",
};

pub const OUT_OF_RANGE: Rule = Rule {
    id: "cron/out-of-range",
    severity: Severity::Error,
    summary: "A value lies outside the field's allowed values",
    source: SOURCE_CRON_TABLE,
    help: "Seconds and minutes take 0-59, hours 0-23, day-of-month 1-31, month 1-12 or JAN-DEC, day-of-week 1-7 or SUN-SAT, year 1970-2099.",
};

pub const BAD_INCREMENT: Rule = Rule {
    id: "cron/bad-increment",
    severity: Severity::Error,
    summary: "An increment after `/` must be at least 1 and no larger than the field's range",
    source: SOURCE_CRON_TABLE,
    help: "Write `start/step` with a step of 1 or more that fits the field, e.g. `0/15` in minutes (0, 15, 30, 45) or `1/5` in day-of-month.",
};

pub const SPECIAL_NOT_ALLOWED: Rule = Rule {
    id: "cron/special-not-allowed",
    severity: Severity::Error,
    summary: "A special character is used in a field that does not allow it",
    source: SOURCE_CRON_TABLE,
    help: "`?` and `L` belong only in day-of-month and day-of-week, `W` only in day-of-month, `#` only in day-of-week. Seconds, minutes, hours, month and year accept only `, - * /`.",
};

pub const SPECIAL_ALONE: Rule = Rule {
    id: "cron/special-alone",
    severity: Severity::Error,
    summary: "`?`, `L`, `W` and `#` must stand alone in their field, not in a list or range",
    source: SOURCE_CRON_TABLE,
    help: "The guide: \"When using the 'L' option, do not specify lists, or ranges of values\" and \"The 'W' character can only be specified when the day-of-month is a single day\". Use one special form per field, or schedule two jobs.",
};

pub const DOM_AND_DOW: Rule = Rule {
    id: "cron/dom-and-dow",
    severity: Severity::Error,
    summary: "Exactly one of day-of-month and day-of-week must be `?`",
    source: SOURCE_CRON_NOTE,
    help: "Put `?` in the field you do not use: `0 0 12 * * ?` (every day by day-of-month) or `0 0 12 ? * MON-FRI` (weekdays by day-of-week).",
};

pub const DOW_ZERO: Rule = Rule {
    id: "cron/dow-zero",
    severity: Severity::Error,
    summary: "Day-of-week 0 does not exist in Quartz (1 = SUN … 7 = SAT)",
    source: "Quartz CronExpression (day-of-week 1-7, 1 = SUN; 0 is refused). The guide's field table says 0-7, but its own examples count 1 = SUN (\"2#1\" is the first Monday, a standalone \"L\" is \"7\" or \"SAT\")",
    help: "The guide's table says 0-7, but the scheduler numbers days 1 = SUN to 7 = SAT (its own examples: `2#1` is the first Monday, `L` is SAT). Use 1 or SUN for Sunday.",
};

pub const NEVER_FIRES: Rule = Rule {
    id: "cron/never-fires",
    severity: Severity::Error,
    summary: "The schedule has no fire time (up to the year 2099)",
    source: SOURCE_CRON,
    help: "The combination of fields matches no date, e.g. `30` in day-of-month with month FEB, or a year range in the past. Pick a day that exists in the chosen months.",
};

pub const SKIPS_MONTHS: Rule = Rule {
    id: "cron/skips-months",
    severity: Severity::Warning,
    summary: "The schedule does not fire in some of the months it names",
    source: SOURCE_CRON,
    help: "Days 29-31 do not exist in every month and `#5` needs a fifth such weekday (the guide: \"the job will not run that month\"). Use `L` for the last day, `nL` for the last weekday of a kind, or a day that every month has.",
};

pub const DOW_5L: Rule = Rule {
    id: "cron/dow-5l-thursday",
    severity: Severity::Info,
    summary: "`5L` is the last Thursday, not the last Friday",
    source: "Quartz CronExpression (day-of-week 1 = SUN ... 7 = SAT, so 5 = THU); the guide calls \"5L\" \"the last Friday\"",
    help: "The guide calls `5L` \"the last Friday\", but with Quartz numbering (1 = SUN) 5 is THU. For the last Friday write `6L` or `FRIL`.",
};

pub const WRAPPING_RANGE: Rule = Rule {
    id: "cron/wrapping-range",
    severity: Severity::Info,
    summary: "A range whose start is greater than its end wraps around",
    source: "Quartz CronExpression (ranges such as `22-2` in hours wrap past the field's maximum)",
    help: "Quartz reads `22-2` in hours as 22, 23, 0, 1, 2. If that is what you meant, nothing to do; otherwise swap the bounds.",
};

pub const TOO_FREQUENT: Rule = Rule {
    id: "cron/too-frequent",
    severity: Severity::Warning,
    summary: "The directory job runs more often than every 15 minutes (best practice)",
    source: SOURCE_FREQUENCY,
    help: "Best practice, not a limit of the guide (the guide's own examples run every minute). Each run imports a fresh set of userFile/groupFile/userInactivation/groupDeletion uploads; a job that runs more often than every 15 minutes rarely has new files to import and may still be running when the next one starts. If your directory export really changes that often, keep the schedule; otherwise run it hourly or daily, e.g. `0 0 2 * * ?`.",
};

pub const TOO_MANY_RUNS: Rule = Rule {
    id: "cron/too-many-runs",
    severity: Severity::Warning,
    summary: "The directory job runs more than 24 times a day (best practice)",
    source: SOURCE_FREQUENCY,
    help: "Best practice, not a limit of the guide. Every run n of a day reads its own userFile_YYYY-MM-DD_n.csv and groupFile_YYYY-MM-DD_n.csv uploads (\"User File Formats\"), so more than 24 runs a day means more than 24 sets of files for your export script to produce and upload in time. Run the job less often unless your script keeps up.",
};

pub const MIDNIGHT_DST: Rule = Rule {
    id: "cron/midnight-dst",
    severity: Severity::Info,
    summary: "The job fires between midnight and 1:00, where the guide warns about daylight saving",
    source: SOURCE_DST,
    help: "The scheduler runs in GMT, which has no daylight saving, so the job itself neither skips nor repeats; but in a local zone with daylight saving its local time moves by an hour twice a year. Schedule it outside 00:00-01:00 if local timing matters.",
};

pub const DST_TRANSITION: Rule = Rule {
    id: "cron/dst-transition",
    severity: Severity::Warning,
    summary: "A fire time falls within an hour of a daylight-saving change in the chosen time zone",
    source: SOURCE_DST,
    help: "The job runs in GMT and fires at the same GMT time, but around the change the local clock is skipped or repeated, so the local time you expect may not exist or may occur twice. Move the job away from the change, or think of it in GMT.",
};

pub const UNKNOWN_TZ: Rule = Rule {
    id: "cron/unknown-time-zone",
    severity: Severity::Error,
    summary: "The local time zone is not an IANA time zone name",
    source: "IANA time zone database",
    help: "Give a zone such as `Europe/London`, `America/New_York` or `UTC`.",
};

pub const COUNT_LIMITED: Rule = Rule {
    id: "cron/count-limited",
    severity: Severity::Info,
    summary: "The number of fire times asked for was capped",
    source: "Best practice",
    help:
        "At most 10,000 fire times are listed at once; start a new listing from the last one shown.",
};

pub const SCHEDULE_ENDS: Rule = Rule {
    id: "cron/schedule-ends",
    severity: Severity::Info,
    summary: "The schedule stops firing (year field or the year 2099)",
    source: SOURCE_CRON_TABLE,
    help: "The year field limits the schedule, and Quartz years end at 2099. Widen the year field or leave it out if the job should keep running.",
};

pub const TOO_LONG: Rule = Rule {
    id: "cron/too-long",
    severity: Severity::Error,
    summary: "The expression is far longer than any Quartz schedule",
    source: "Best practice (input bound: the guide sets no length, and even an expression listing every value of every field is under 2,048 characters)",
    help: "Even a schedule that lists every value of every field is under 2,048 characters; check that you pasted the expression and not a file or a log.",
};

pub const RULES: &[Rule] = &[
    FIELD_COUNT,
    TOO_LONG,
    UNIX_CRONTAB,
    AWS_EVENTBRIDGE,
    QUOTED,
    SYNTAX,
    OUT_OF_RANGE,
    BAD_INCREMENT,
    SPECIAL_NOT_ALLOWED,
    SPECIAL_ALONE,
    DOM_AND_DOW,
    DOW_ZERO,
    NEVER_FIRES,
    SKIPS_MONTHS,
    DOW_5L,
    WRAPPING_RANGE,
    TOO_FREQUENT,
    TOO_MANY_RUNS,
    MIDNIGHT_DST,
    DST_TRANSITION,
    UNKNOWN_TZ,
    COUNT_LIMITED,
    SCHEDULE_ENDS,
];
