//! Quartz CRON expressions for Directory Integration (admin guide, "CRON
//! Expressions"; file naming from "User File Formats" / "Group File Formats").
//!
//! [`check`] parses an expression (six or seven fields, Quartz semantics),
//! explains it in plain English, lists the next fire times in GMT (and in a
//! local zone when one is given), and reports everything an administrator
//! tends to get wrong: Unix crontab pasted instead of Quartz, both day fields
//! set, day-of-week 0, `5L` read as Friday, schedules that skip months or
//! never fire, jobs that run too often for the directory upload cycle, and
//! fire times near a daylight-saving change.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! let from = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
//! let report = preflight::cron::check("0 0 12 * * ?", from, 3, Some("Europe/London"));
//! assert_eq!(report.data.description, "At 12:00:00 GMT, every day");
//! assert_eq!(report.data.next[0], "2026-01-01T12:00:00Z");
//! assert!(!report.has_errors());
//!
//! use preflight::cron::{build, parse_builder, BuilderSpec};
//! let spec = BuilderSpec::MonthlyLastWeekday { hour: 2, minute: 0 };
//! assert_eq!(build(&spec), "0 0 2 LW * ?");
//! assert_eq!(parse_builder("0 0 2 LW * ?"), Some(spec));
//! ```
//!
//! Submodules: [`fields`] (field table), [`parse`], [`schedule`] (next fire
//! times), [`explain`], [`unix`] (crontab conversion), [`aws`] (EventBridge
//! schedules), [`directory`] (runs per
//! day and upload file names), [`dst`], [`builder`] (the app's form),
//! [`data`] (the report's typed data, the options and the [`Cron`] tool).

pub mod aws;
pub mod builder;
pub mod data;
pub mod directory;
pub mod dst;
pub mod examples;
pub mod explain;
pub mod fields;
pub mod parse;
pub mod rules;
pub mod schedule;
pub mod unix;

use chrono::{DateTime, SecondsFormat, Utc};

use crate::report::{Location, Report, Severity};

pub use builder::{build, parse_builder, BuilderSpec};
pub use data::{Cron, CronData, CronOptions, DirectoryJob, FieldData, QuartzEquivalent, ReadAs};
pub use fields::Field;
pub use parse::{parse, Expr};
pub use rules::RULES;

/// Default number of fire times listed.
pub const DEFAULT_COUNT: usize = 10;
/// Most fire times listed at once.
pub const MAX_COUNT: usize = 10_000;
/// Shortest interval between runs of the directory job the guide's upload
/// cycle comfortably supports, in seconds.
pub const MIN_INTERVAL_SECS: u32 = 15 * 60;
/// Longest expression parsed: listing every value of every field stays
/// well under this.
pub const MAX_LEN: usize = 2048;
/// Most runs a day before the per-run file sets become unmanageable.
pub const MAX_RUNS_PER_DAY: u32 = 24;

fn rfc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn field_location(field: Option<Field>, span: (usize, usize)) -> Location {
    match field {
        Some(f) => Location::field(f.index(), f.name()).with_span(span.0, span.1),
        None => Location::none().with_span(span.0, span.1),
    }
}

/// The fields as written, for highlighting even when the expression is invalid.
fn token_fields(input: &str, toks: &[(usize, usize)], names: &[&str]) -> Vec<FieldData> {
    toks.iter()
        .enumerate()
        .map(|(i, &(s, e))| FieldData {
            index: u32::try_from(i + 1).unwrap_or(u32::MAX),
            name: names.get(i).copied().unwrap_or("extra").to_string(),
            text: fields::shorten(&input[s..e]),
            span: (s, e),
            values: None,
            labels: None,
            meaning: None,
        })
        .collect()
}

/// Validate and explain `expr`, listing `count` fire times after `from`
/// (GMT), with local times and daylight-saving notes for the IANA zone `tz`.
///
/// The verdicts a face shows are in the data: `valid` (the expression itself
/// is a valid Quartz expression; an unknown display zone does not change
/// that) and `read_as` (`quartz`, `unix-crontab` or `aws-eventbridge`: how
/// the input was read).
pub fn check(expr: &str, from: DateTime<Utc>, count: usize, tz: Option<&str>) -> Report<CronData> {
    let mut report = check_expr(expr, from, count, tz);
    report.data.valid = !report
        .findings
        .iter()
        .any(|f| f.severity == Severity::Error && f.rule != rules::UNKNOWN_TZ.id);
    report.data.time_zone_valid = !report.fired(rules::UNKNOWN_TZ.id);
    report
}

/// [`check`] with the tool's options (what the CLI, the page and the JSON
/// API run).
pub fn check_with(expr: &str, options: &CronOptions) -> Report<CronData> {
    check(expr, options.now, options.count, options.tz.as_deref())
}

fn check_expr(expr: &str, from: DateTime<Utc>, count: usize, tz: Option<&str>) -> Report<CronData> {
    let report = Report::with_data("cron", expr.as_bytes(), CronData::new(rfc(from)));
    if let Some(span) = quoted(expr) {
        return unquote(report, expr, span, |inner| check(inner, from, count, tz));
    }
    let mut report = report;
    let zone = match tz.map(str::trim).filter(|z| !z.is_empty()) {
        Some(name) => match dst::zone(name) {
            Some(z) => Some(z),
            None => {
                report.add(
                    &rules::UNKNOWN_TZ,
                    format!("`{}` is not an IANA time zone name", fields::shorten(name)),
                    Location::none(),
                );
                None
            }
        },
        None => None,
    };
    report.data.time_zone = zone.map(|z| z.name().to_string());

    let count = if count > MAX_COUNT {
        report.add(
            &rules::COUNT_LIMITED,
            format!("{count} fire times were asked for; listing the first {MAX_COUNT}"),
            Location::none(),
        );
        MAX_COUNT
    } else {
        count
    };

    if expr.len() > MAX_LEN {
        report.add(
            &rules::TOO_LONG,
            format!(
                "the input is {} bytes (`{}`); a Quartz expression is at most {MAX_LEN}",
                expr.len(),
                fields::shorten(expr.trim())
            ),
            Location::none().with_span(0, expr.len()),
        );
        report.data.description = "Not a valid Quartz expression: far too long".to_string();
        return report;
    }

    let toks = parse::tokens(expr);
    let words: Vec<&str> = toks.iter().map(|&(s, e)| &expr[s..e]).collect();
    if unix::looks_like_unix(&words) {
        unix_line(&mut report, expr, &words, &toks, from, count);
        report.data.read_as = ReadAs::UnixCrontab;
        return report;
    }
    if let Some(fields) = aws::fields(&words) {
        let quartz = aws::to_quartz(&fields);
        foreign_line(&mut report, expr, &toks, &quartz, from, count);
        report.data.read_as = ReadAs::AwsEventbridge;
        return report;
    }

    let parsed = parse::parse(expr);
    for issue in &parsed.issues {
        report.add(
            issue.rule,
            issue.message.clone(),
            field_location(issue.field, issue.span),
        );
    }
    let Some(e) = parsed.expr else {
        let first = parsed
            .issues
            .iter()
            .find(|i| i.rule.severity == Severity::Error)
            .map(|i| i.message.clone())
            .unwrap_or_default();
        report.data.description = format!("Not a valid Quartz expression: {first}");
        let names: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
        report.data.fields = token_fields(expr, &parsed.tokens, &names);
        return report;
    };
    analyse(&mut report, &e, from, count, zone);
    report
}

/// The span of an expression inside a matching pair of quotes (straight,
/// typographic or backticks), as pasted from a script or a document.
fn quoted(expr: &str) -> Option<(usize, usize)> {
    let t = expr.trim();
    let lead = expr.len() - expr.trim_start().len();
    let open = t.chars().next()?;
    let close = match open {
        '"' | '\'' | '`' => open,
        '“' => '”',
        '‘' => '’',
        '„' => '“',
        _ => return None,
    };
    let inner = t.strip_prefix(open)?.strip_suffix(close)?;
    if inner.trim().is_empty() {
        return None;
    }
    let start = lead + open.len_utf8();
    Some((start, start + inner.len()))
}

/// The report for a quoted expression: the quotes are an error, and the
/// expression inside is checked as usual (its spans point into `expr`).
fn unquote(
    mut report: Report<CronData>,
    expr: &str,
    (start, end): (usize, usize),
    check_inner: impl FnOnce(&str) -> Report<CronData>,
) -> Report<CronData> {
    let inner_text = &expr[start..end];
    report.add(
        &rules::QUOTED,
        format!(
            "the expression is wrapped in quotes; enter it without them: `{}`",
            fields::shorten(inner_text.trim())
        ),
        Location::none().with_span(0, expr.len()),
    );
    let inner = check_inner(inner_text);
    for mut f in inner.findings {
        if let Some((s, e)) = f.location.span {
            f.location.span = Some((s + start, e + start));
        }
        report.push(f);
    }
    let mut data = inner.data;
    for field in &mut data.fields {
        field.span = (field.span.0 + start, field.span.1 + start);
    }
    report.data = data;
    report
}

/// An EventBridge schedule: one error, and the Quartz equivalent explained.
fn foreign_line(
    report: &mut Report<CronData>,
    expr: &str,
    toks: &[(usize, usize)],
    quartz: &str,
    from: DateTime<Utc>,
    count: usize,
) {
    let span = match (toks.first(), toks.last()) {
        (Some(a), Some(b)) => (a.0, b.1),
        _ => (0, expr.len()),
    };
    report.add(
        &rules::AWS_EVENTBRIDGE,
        format!(
            "`{}` is an AWS EventBridge schedule (minutes first, year last), not a Quartz expression; the Quartz equivalent is `{quartz}`",
            fields::shorten(expr.trim())
        ),
        Location::none().with_span(span.0, span.1),
    );
    report.data.description = "Not a Quartz expression (AWS EventBridge)".to_string();
    report.data.fields = token_fields(
        expr,
        toks,
        &[
            "minutes",
            "hours",
            "day-of-month",
            "month",
            "day-of-week",
            "year",
        ],
    );
    report.data.quartz_equivalent = Some(equivalent(quartz, true, &[], from, count));
}

/// `data.quartz_equivalent`: the expression, how exact it is, and what it does.
fn equivalent(
    expression: &str,
    exact: bool,
    differences: &[String],
    from: DateTime<Utc>,
    count: usize,
) -> QuartzEquivalent {
    let parsed = parse::parse(expression).expr;
    QuartzEquivalent {
        expression: expression.to_string(),
        exact,
        differences: differences.to_vec(),
        description: parsed.as_ref().map(explain::describe),
        next: parsed.map(|e| {
            e.upcoming(from, count.min(DEFAULT_COUNT))
                .into_iter()
                .map(rfc)
                .collect()
        }),
    }
}

/// A five-field Unix line: one error, and the Quartz equivalent explained.
fn unix_line(
    report: &mut Report<CronData>,
    expr: &str,
    words: &[&str],
    toks: &[(usize, usize)],
    from: DateTime<Utc>,
    count: usize,
) {
    let span = match (toks.first(), toks.last()) {
        (Some(a), Some(b)) => (a.0, b.1),
        _ => (0, expr.len()),
    };
    let shown = fields::shorten(&words.join(" "));
    let conv = unix::convert(words);
    let message = match &conv {
        Some(c) => format!(
            "`{shown}` looks like a {} Unix crontab line, not a Quartz expression; the Quartz equivalent is `{}`{}",
            if words.len() == 1 { "shortcut from a" } else { "five-field" },
            c.expression,
            if c.exact { "" } else { " (not exactly equivalent: see the differences)" }
        ),
        None => format!(
            "`{shown}` has {} field{}; Quartz needs 6 or 7 (seconds minutes hours day-of-month month day-of-week [year]), and this is not a Unix crontab line that can be converted",
            words.len(),
            if words.len() == 1 { "" } else { "s" }
        ),
    };
    report.add(
        &rules::UNIX_CRONTAB,
        message,
        Location::none().with_span(span.0, span.1),
    );
    report.data.description = "Not a Quartz expression (Unix crontab)".to_string();
    // Unix fields, named as crontab(5) names them.
    let names: &[&str] = if words.len() == 5 {
        &["minute", "hour", "day-of-month", "month", "day-of-week"]
    } else {
        &["shortcut"]
    };
    report.data.fields = token_fields(expr, toks, names);
    if let Some(c) = conv {
        let q = equivalent(&c.expression, c.exact, &c.differences, from, count);
        report.data.quartz_equivalent = Some(q);
    }
}

fn analyse(
    report: &mut Report<CronData>,
    e: &Expr,
    from: DateTime<Utc>,
    count: usize,
    zone: Option<chrono_tz::Tz>,
) {
    let description = explain::describe(e);
    let fields: Vec<FieldData> = e
        .fields
        .iter()
        .map(|f| FieldData {
            index: f.field.index(),
            name: f.field.name().to_string(),
            text: fields::shorten(&f.text),
            span: f.span,
            values: Some(f.values.clone()),
            labels: Some(f.values.iter().map(|v| fields::echo(f.field, *v)).collect()),
            meaning: Some(explain::field_phrase(f)),
        })
        .collect();
    let next = e.upcoming(from, count);
    report.data.description = description;
    report.data.fields = fields;
    report.data.next = next.iter().map(|t| rfc(*t)).collect();
    report.data.next_local = zone.map(|z| {
        next.iter()
            .map(|t| {
                t.with_timezone(&z)
                    .to_rfc3339_opts(SecondsFormat::Secs, false)
            })
            .collect()
    });

    // Does it fire at all (from the first year it could, not just after `from`)?
    let ever = e.first_at_or_after(
        chrono::NaiveDate::from_ymd_opt(fields::YEAR_MIN as i32, 1, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .unwrap_or_default(),
    );
    let never = next.is_empty() && e.next_after(from).is_none();
    report.data.never_fires = Some(never);
    if never {
        let why = match ever {
            Some(last) if last.and_utc() <= from => format!(
                "no fire time after {} (the year field ends before then)",
                rfc(from)
            ),
            Some(_) => format!("no fire time after {}", rfc(from)),
            None => "no date matches every field up to 2099, so it never fires".to_string(),
        };
        report.add(
            &rules::NEVER_FIRES,
            format!("`{}`: {why}", fields::shorten(&expr_text(e))),
            Location::none(),
        );
    } else if next.len() < count {
        if let Some(last) = next.last() {
            report.add(
                &rules::SCHEDULE_ENDS,
                format!(
                    "only {} fire time{} remain; the last is {} ({})",
                    next.len(),
                    if next.len() == 1 { "" } else { "s" },
                    rfc(*last),
                    if e.has_year {
                        "the year field ends there"
                    } else {
                        "Quartz years end at 2099"
                    }
                ),
                Location::none(),
            );
        }
    }

    if !never {
        skipped_months(report, e, from);
        directory_checks(report, e, from);
    }
    midnight(report, e, &next, zone);
    if let (Some(z), false) = (zone, never) {
        let near = dst::near_fire_times(e, z, from);
        for t in &near {
            let first = &t.fire_times[0];
            report.add(
                &rules::DST_TRANSITION,
                format!(
                    "{} fire time{} within an hour of the {} change at {} ({} → {}), e.g. {} = {} local; the job runs in GMT, so it fires as usual, but the local clock {} that hour",
                    t.fire_times.len(),
                    if t.fire_times.len() == 1 { " falls" } else { "s fall" },
                    z.name(),
                    t.at,
                    t.offset_before,
                    t.offset_after,
                    first.utc,
                    first.local,
                    if t.direction == dst::Direction::Forward { "skips" } else { "repeats" }
                ),
                Location::none(),
            );
        }
        report.data.dst = Some(near);
    }
}

fn expr_text(e: &Expr) -> String {
    e.fields
        .iter()
        .map(|f| f.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn skipped_months(report: &mut Report<CronData>, e: &Expr, from: DateTime<Utc>) {
    use chrono::Datelike;
    // 28 years cover every weekday/leap-year combination.
    // From the month of `from` on: months already past are not news.
    let skipped = e.skipped_months((from.year(), from.month()), 28);
    if skipped.is_empty() {
        return;
    }
    let (loc, why) = match e.days {
        parse::Days::Dom(parse::DomSpec::Days(m)) => {
            let first = (1..=31).find(|d| m & (1u64 << d) != 0).unwrap_or(31);
            (
                Field::DayOfMonth,
                format!("day {first} does not exist in every month it names"),
            )
        }
        parse::Days::Dom(parse::DomSpec::Nearest(n)) => (
            Field::DayOfMonth,
            format!("day {n} does not exist in every month"),
        ),
        parse::Days::Dom(parse::DomSpec::Last { offset, .. }) => (
            Field::DayOfMonth,
            format!("L-{offset} falls before the 1st in short months"),
        ),
        parse::Days::Dow(parse::DowSpec::Nth { dow, nth }) => (
            Field::DayOfWeek,
            format!(
                "not every month has a {} {} ({dow}#{nth}); the guide: \"the job will not run that month\"",
                match nth {
                    1 => "1st",
                    2 => "2nd",
                    3 => "3rd",
                    n => if n == 4 { "4th" } else { "5th" },
                },
                fields::day_long(dow)
            ),
        ),
        _ => (Field::DayOfMonth, "some named months have no matching day".to_string()),
    };
    let examples: Vec<String> = skipped
        .iter()
        .take(4)
        .map(|(y, m)| format!("{} {y}", fields::month_long(*m)))
        .collect();
    let ft = e.fields.iter().find(|f| f.field == loc);
    let span = ft.map(|f| f.span).unwrap_or((0, 0));
    report.add(
        &rules::SKIPS_MONTHS,
        format!(
            "the job does not run in {} month{} of the next 28 years (e.g. {}): {why}",
            skipped.len(),
            if skipped.len() == 1 { "" } else { "s" },
            examples.join(", ")
        ),
        Location::field(loc.index(), loc.name()).with_span(span.0, span.1),
    );
    report.data.skipped_months = Some(
        skipped
            .iter()
            .take(24)
            .map(|(y, m)| format!("{y}-{m:02}"))
            .collect(),
    );
}

fn directory_checks(report: &mut Report<CronData>, e: &Expr, from: DateTime<Utc>) {
    use chrono::Datelike;
    let job = DirectoryJob {
        runs_per_day: e.runs_per_day(),
        min_interval_seconds: e.min_gap(e.fires_on_consecutive_days(from.year(), from.month(), 24)),
        directory_files: directory::day_files(e, from),
    };
    let (per_day, gap) = (job.runs_per_day, job.min_interval_seconds);
    let loc = |f: Field| {
        let span = e
            .fields
            .iter()
            .find(|x| x.field == f)
            .map(|x| x.span)
            .unwrap_or((0, 0));
        Location::field(f.index(), f.name()).with_span(span.0, span.1)
    };
    if let Some(g) = gap.filter(|_| job.too_frequent()) {
        let field = if e.seconds.count_ones() > 1 && g < 60 {
            Field::Seconds
        } else if e.minutes.count_ones() > 1 && g < 3600 {
            Field::Minutes
        } else {
            Field::Hours
        };
        let every = if g % 60 == 0 {
            format!("{} minute{}", g / 60, if g == 60 { "" } else { "s" })
        } else {
            format!("{g} second{}", if g == 1 { "" } else { "s" })
        };
        report.add(
            &rules::TOO_FREQUENT,
            format!("the directory job runs as often as every {every}; best practice is at least 15 minutes between runs"),
            loc(field),
        );
    }
    if job.too_many_runs() {
        report.add(
            &rules::TOO_MANY_RUNS,
            format!(
                "the directory job runs {per_day} times on each day it runs; each run n needs its own userFile_YYYY-MM-DD_n.csv and groupFile_YYYY-MM-DD_n.csv (best practice: at most 24 runs a day)"
            ),
            Location::none(),
        );
    }
    report.data.directory = Some(job);
}

fn midnight(
    report: &mut Report<CronData>,
    e: &Expr,
    next: &[DateTime<Utc>],
    zone: Option<chrono_tz::Tz>,
) {
    use chrono::Timelike;
    // A job that runs every hour is not a "midnight job"; the guide's note
    // is about jobs scheduled for that hour in particular.
    let every_hour = e.hours.count_ones() == 24;
    if e.hours & 1 != 0 && !every_hour {
        let span = e
            .fields
            .iter()
            .find(|x| x.field == Field::Hours)
            .map(|x| x.span)
            .unwrap_or((0, 0));
        report.add(
            &rules::MIDNIGHT_DST,
            "the job fires between 00:00 and 01:00 GMT; the guide warns that daylight saving skips or repeats that hour, but GMT has no daylight saving, so the job runs every time — only its local time shifts".to_string(),
            Location::field(3, "hours").with_span(span.0, span.1),
        );
        return;
    }
    if let Some(z) = zone {
        if let Some(t) = next.iter().find(|t| t.with_timezone(&z).hour() == 0) {
            report.add(
                &rules::MIDNIGHT_DST,
                format!(
                    "{} is {} in {}, between midnight and 1:00 local time, where the guide warns about daylight saving; the job runs in GMT and is not skipped or repeated",
                    rfc(*t),
                    t.with_timezone(&z).format("%H:%M"),
                    z.name()
                ),
                Location::none(),
            );
        }
    }
}
