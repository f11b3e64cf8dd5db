//! Every `cron/` rule fires on an expression an administrator could paste,
//! and stays quiet on a correct one.

use chrono::{DateTime, TimeZone, Utc};
use preflight::cron::dst::Direction;
use preflight::cron::{check, CronData, ReadAs};
use preflight::testkit::{assert_fires, assert_quiet};
use preflight::Report;

fn from() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap()
}

fn c(expr: &str) -> Report<CronData> {
    check(expr, from(), 10, None)
}

fn ctz(expr: &str, tz: &str) -> Report<CronData> {
    check(expr, from(), 10, Some(tz))
}

const GOOD: &str = "0 0 12 * * ?";

#[test]
fn field_count() {
    assert_fires(&c("0 0 12 * ?"), "cron/unix-crontab");
    assert_fires(&c("0 12 *"), "cron/field-count");
    assert_fires(&c(""), "cron/field-count");
    assert_fires(&c("0 0 12 * * ? 2030 extra"), "cron/field-count");
    assert_quiet(&c(GOOD), "cron/field-count");
    assert_quiet(&c("0 0 12 * * ? 2030"), "cron/field-count");
}

#[test]
fn aws_eventbridge_schedules_get_the_exact_quartz_equivalent() {
    for (input, quartz) in [
        ("cron(0 12 * * ? *)", "0 0 12 * * ? *"),
        ("cron(15 10 ? * 6L 2026)", "0 15 10 ? * 6L 2026"),
        ("0/15 * ? * MON-FRI *", "0 0/15 * ? * MON-FRI *"),
    ] {
        let r = c(input);
        assert_fires(&r, "cron/aws-eventbridge");
        assert!(r.has_errors());
        let q = r.data.quartz_equivalent.as_ref().unwrap();
        assert_eq!(q.expression, quartz, "{input}");
        assert!(q.exact);
        assert!(r.data.next.is_empty());
        assert_quiet(&r, "cron/special-not-allowed");
    }
    assert_eq!(
        c("cron(0 12 * * ? *)")
            .data
            .quartz_equivalent
            .unwrap()
            .next
            .unwrap()[0],
        "2026-01-01T12:00:00Z"
    );
    assert_quiet(&c(GOOD), "cron/aws-eventbridge");
    assert_quiet(&c("0 0 12 ? * MON 2026"), "cron/aws-eventbridge");
}

#[test]
fn quotes_are_an_error_and_the_expression_inside_is_still_explained() {
    let r = c("\"0 0 12 * * ?\"");
    assert_fires(&r, "cron/quoted");
    assert!(r.has_errors());
    assert_eq!(r.data.description, "At 12:00:00 GMT, every day");
    assert_eq!(r.data.next[0], "2026-01-01T12:00:00Z");
    // Spans point into the input as typed, quotes included.
    assert_eq!(r.data.fields[2].span, (5, 7));
    let r = c("\u{201c}0 0 12 ? * 0\u{201d}");
    assert_fires(&r, "cron/quoted");
    let dow = r
        .findings
        .iter()
        .find(|f| f.rule == "cron/dow-zero")
        .expect("the day-of-week 0 inside the quotes");
    assert_eq!(dow.location.span, Some((14, 15)));
    assert_quiet(&c(GOOD), "cron/quoted");
    assert_quiet(&c("\"\""), "cron/quoted");
}

#[test]
fn unix_crontab() {
    let r = c("*/5 * * * *");
    assert_fires(&r, "cron/unix-crontab");
    assert!(r.has_errors());
    let q = r.data.quartz_equivalent.as_ref().unwrap();
    assert_eq!(q.expression, "0 */5 * * * ?");
    assert!(q.differences.len() >= 2);
    assert!(r.data.next.is_empty());
    assert_eq!(q.next.as_ref().unwrap()[0], "2026-01-01T00:05:00Z");
    let r = c("30 2 * * 1-5");
    assert_eq!(
        r.data.quartz_equivalent.unwrap().expression,
        "0 30 2 ? * MON-FRI"
    );
    let r = c("@daily");
    assert_fires(&r, "cron/unix-crontab");
    assert_quiet(&c(GOOD), "cron/unix-crontab");
}

#[test]
fn syntax_errors_point_at_the_field() {
    for (bad, field) in [
        ("0 0 12 * * x", 6),
        ("0 0 12 * * MONDAY", 6),
        ("0 0 12 1,,2 * ?", 4),
        ("0 0 12 1- * ?", 4),
        ("0 0 12 * * ?5", 6),
        ("0 0 */ * * ?", 3),
        ("0 0 1é * * ?", 3),
        ("0 0 12 * FOO ?", 5),
        ("0 0 12 W * ?", 4),
    ] {
        let r = c(bad);
        assert_fires(&r, "cron/syntax");
        let f = r.findings.iter().find(|f| f.rule == "cron/syntax").unwrap();
        assert_eq!(f.location.field, Some(field), "{bad}: {}", f.message);
        assert!(f.location.span.is_some(), "{bad}");
        assert!(
            f.message.contains(&format!("field {field} (")),
            "{}",
            f.message
        );
    }
    assert_quiet(&c("0 0 12 * * ?"), "cron/syntax");
    assert_quiet(&c("0 0 12 ? * mon-fri"), "cron/syntax");
}

#[test]
fn out_of_range_message_and_span() {
    let expr = "0 0 12 32 * ?";
    let r = c(expr);
    assert_fires(&r, "cron/out-of-range");
    let f = &r.findings[0];
    assert!(
        f.message.starts_with("field 4 (day-of-month) `32`"),
        "{}",
        f.message
    );
    assert!(f.message.contains("must be 1-31"));
    assert_eq!(f.location.field, Some(4));
    assert_eq!(f.location.field_name.as_deref(), Some("day-of-month"));
    assert_eq!(f.location.span, Some((7, 9)));
    assert_eq!(&expr[7..9], "32");
    for bad in [
        "60 * * * * ?",
        "0 60 * * * ?",
        "0 0 24 * * ?",
        "0 0 0 0 * ?",
        "0 0 0 1 13 ?",
        "0 0 0 ? * 8",
        "0 0 0 1 * ? 1969",
        "0 0 0 1 * ? 2100",
        "0 0 0 ? * 2#6",
        "0 0 0 L-31 * ?",
        "0 0 0 32W * ?",
        "0 0 0 1 * ? 2099-2030",
        "0 0 0 99999999999999999999999 * ?",
    ] {
        assert_fires(&c(bad), "cron/out-of-range");
    }
    assert_quiet(&c("59 59 23 31 12 ? 2099"), "cron/out-of-range");
}

#[test]
fn bad_increment() {
    assert_fires(&c("0 0/0 * * * ?"), "cron/bad-increment");
    assert_fires(&c("0 0/60 * * * ?"), "cron/bad-increment");
    assert_fires(&c("0 0 */24 * * ?"), "cron/bad-increment");
    assert_quiet(&c("0 0/59 * * * ?"), "cron/bad-increment");
    assert_quiet(&c("0 0 */23 * * ?"), "cron/bad-increment");
}

#[test]
fn special_not_allowed() {
    for bad in [
        "? 0 12 * * ?",
        "0 0 L * * ?",
        "0 0 12 * * 15W",
        "0 0 12 2#1 * ?",
        "0 0 12 * JANL ?",
        "0 0 12 5L * ?",
    ] {
        assert_fires(&c(bad), "cron/special-not-allowed");
    }
    assert_quiet(&c("0 0 12 LW * ?"), "cron/special-not-allowed");
    assert_quiet(&c("0 0 12 ? * 2#1"), "cron/special-not-allowed");
}

#[test]
fn special_alone() {
    for bad in [
        "0 0 12 L,15 * ?",
        "0 0 12 15W,20 * ?",
        "0 0 12 ? * 2#1,3#1",
        "0 0 12 ? * 6L,2",
        "0 0 12 ? * 1-3L",
    ] {
        assert_fires(&c(bad), "cron/special-alone");
    }
    assert_quiet(&c("0 0 12 1,15 * ?"), "cron/special-alone");
}

#[test]
fn dom_and_dow() {
    let r = c("0 0 12 * * *");
    assert_fires(&r, "cron/dom-and-dow");
    assert!(r.findings[0]
        .message
        .contains("replace the day-of-week `*` with `?`"));
    assert_fires(&c("0 0 12 ? * ?"), "cron/dom-and-dow");
    assert_fires(&c("0 0 12 15 * MON"), "cron/dom-and-dow");
    assert_quiet(&c("0 0 12 * * ?"), "cron/dom-and-dow");
    assert_quiet(&c("0 0 12 ? * *"), "cron/dom-and-dow");
}

#[test]
fn dow_zero() {
    let r = c("0 0 12 ? * 0");
    assert_fires(&r, "cron/dow-zero");
    assert!(r.findings[0].message.contains("did you mean SUN = 1?"));
    assert_fires(&c("0 0 12 ? * 0-4"), "cron/dow-zero");
    assert_quiet(&c("0 0 12 ? * 1"), "cron/dow-zero");
}

#[test]
fn never_fires() {
    let r = c("0 0 0 30 2 ?");
    assert_fires(&r, "cron/never-fires");
    assert_eq!(r.data.never_fires, Some(true));
    assert!(r.data.fires_never());
    assert!(r.data.next.is_empty());
    assert_fires(&c("0 0 0 31 4,6,9,11 ?"), "cron/never-fires");
    assert_fires(&c("0 0 0 1 1 ? 2020"), "cron/never-fires");
    assert_quiet(&c("0 0 0 29 2 ?"), "cron/never-fires");
}

#[test]
fn skips_months() {
    assert_fires(&c("0 0 0 31 * ?"), "cron/skips-months");
    assert_fires(&c("0 0 0 29 2 ?"), "cron/skips-months");
    assert_fires(&c("0 0 0 ? * 6#5"), "cron/skips-months");
    assert_fires(&c("0 0 0 31W * ?"), "cron/skips-months");
    assert_quiet(&c("0 0 0 L * ?"), "cron/skips-months");
    assert_quiet(&c("0 0 0 28 * ?"), "cron/skips-months");
    assert_quiet(&c("0 0 0 ? * 6#4"), "cron/skips-months");
}

#[test]
fn skipped_months_are_counted_from_the_start_month_on() {
    let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
    let r = check("0 0 0 ? * 7#5", at("2026-11-22T00:00:00Z"), 3, None);
    let msg = &r
        .findings
        .iter()
        .find(|f| f.rule == "cron/skips-months")
        .expect("5th Saturdays skip months")
        .message;
    // November 2026 has no 5th Saturday; the months before it are past.
    assert!(msg.contains("e.g. November 2026, December 2026"), "{msg}");
    assert!(!msg.contains("February 2026"), "{msg}");
}

#[test]
fn five_l_is_thursday() {
    let r = c("0 15 10 ? * 5L");
    assert_fires(&r, "cron/dow-5l-thursday");
    assert!(r.data.description.contains("last Thursday"));
    assert_eq!(r.data.next[0], "2026-01-29T10:15:00Z");
    assert!(!r.has_errors());
    assert_quiet(&c("0 15 10 ? * 6L"), "cron/dow-5l-thursday");
    assert_quiet(&c("0 15 10 ? * FRIL"), "cron/dow-5l-thursday");
}

#[test]
fn wrapping_range() {
    let r = c("0 0 22-2 * * ?");
    assert_fires(&r, "cron/wrapping-range");
    assert_eq!(r.data.fields[2].values, Some(vec![0, 1, 2, 22, 23]));
    assert_quiet(&c("0 0 2-22 * * ?"), "cron/wrapping-range");
}

#[test]
fn too_frequent_and_too_many_runs() {
    let job = |r: &Report<CronData>| r.data.directory.clone().unwrap();
    let r = c("0 0/5 * * * ?");
    assert_fires(&r, "cron/too-frequent");
    assert_fires(&r, "cron/too-many-runs");
    assert!(job(&r).too_frequent() && job(&r).too_many_runs());
    let r = c("0 0/15 * * * ?");
    assert_quiet(&r, "cron/too-frequent");
    assert_fires(&r, "cron/too-many-runs");
    assert!(!job(&r).too_frequent() && job(&r).too_many_runs());
    let r = c("0 0 * * * ?");
    assert_quiet(&r, "cron/too-frequent");
    assert_quiet(&r, "cron/too-many-runs");
    assert!(!job(&r).too_frequent() && !job(&r).too_many_runs());
    assert_eq!(job(&r).runs_per_day, 24);
    assert_fires(&c("*/30 * 3 * * ?"), "cron/too-frequent");
    // 23:59 then 00:05 the next day: six minutes apart across midnight.
    let r = c("0 5,59 0,23 * * ?");
    assert_fires(&r, "cron/too-frequent");
    assert_eq!(job(&r).min_interval_seconds, Some(360));
    // The same times on Mondays only never meet across midnight.
    let r = c("0 5,59 0,23 ? * MON");
    assert_quiet(&r, "cron/too-frequent");
    assert_eq!(job(&r).min_interval_seconds, Some(3240));
    // Last day then the 1st: consecutive across the month boundary.
    assert_fires(&c("0 5,59 0,23 L,1 * ?"), "cron/special-alone");
    assert_fires(&c("0 5,59 0,23 1,31 * ?"), "cron/too-frequent");
}

#[test]
fn directory_files_follow_the_guide_naming() {
    // The guide's example: four runs a day on 28 July 2008.
    let now = Utc.with_ymd_and_hms(2008, 7, 28, 3, 0, 0).unwrap();
    let r = check("0 0 0,6,12,18 * * ?", now, 10, None);
    let files = |r: &Report<CronData>| {
        r.data
            .directory
            .clone()
            .and_then(|j| j.directory_files)
            .unwrap()
    };
    let f = files(&r);
    assert_eq!(f.date, "2008-07-28");
    assert!(f.is_today);
    assert_eq!(f.total_runs, 4);
    let runs = &f.runs;
    assert_eq!(runs.len(), 4);
    assert_eq!(runs[0].files[0], "userFile_2008-07-28_1.csv");
    assert_eq!(runs[3].files[0], "userFile_2008-07-28_4.csv");
    assert_eq!(runs[3].files[1], "groupFile_2008-07-28_4.csv");
    assert_eq!(runs[2].time, "2008-07-28T12:00:00Z");
    // Not today: the next day it runs.
    let f = files(&c("0 0 2 ? * MON"));
    assert_eq!(f.date, "2026-01-05");
    assert!(!f.is_today);
    // Every second: listed runs are capped but the total is reported.
    let f = files(&c("* * * * * ?"));
    assert_eq!(f.total_runs, 86400);
    assert_eq!(f.runs.len(), 96);
}

#[test]
fn midnight_dst() {
    assert_fires(&c("0 30 0 * * ?"), "cron/midnight-dst");
    // 23:30 GMT is 00:30 in Paris in winter.
    assert_fires(&ctz("0 30 23 * * ?", "Europe/Paris"), "cron/midnight-dst");
    assert_quiet(&c("0 30 23 * * ?"), "cron/midnight-dst");
    assert_quiet(&c("0 0 1 * * ?"), "cron/midnight-dst");
    assert_quiet(&c("0 0 * * * ?"), "cron/midnight-dst");
}

#[test]
fn dst_transition() {
    let r = ctz("0 30 1 * * ?", "Europe/London");
    assert_fires(&r, "cron/dst-transition");
    let dst = r.data.dst.as_ref().unwrap();
    assert_eq!(dst.len(), 2);
    assert_eq!(dst[0].at, "2026-03-29T01:00:00Z");
    assert_eq!(dst[0].direction, Direction::Forward);
    assert_eq!(dst[0].fire_times[0].utc, "2026-03-29T01:30:00Z");
    assert_eq!(dst[0].fire_times[0].local, "2026-03-29T02:30:00+01:00");
    assert_eq!(dst[1].direction, Direction::Back);
    assert_eq!(
        r.data.next_local.as_ref().unwrap()[0],
        "2026-01-01T01:30:00+00:00"
    );
    // New York changes at 07:00 and 06:00 GMT; a noon GMT job is far away.
    assert_quiet(&ctz(GOOD, "America/New_York"), "cron/dst-transition");
    assert_quiet(&ctz("0 30 1 * * ?", "UTC"), "cron/dst-transition");
    assert_quiet(&c("0 30 1 * * ?"), "cron/dst-transition");
    assert_fires(
        &ctz("0 30 6 * * ?", "america/new_york"),
        "cron/dst-transition",
    );
}

#[test]
fn unknown_time_zone() {
    let r = ctz(GOOD, "Mars/Olympus");
    assert_fires(&r, "cron/unknown-time-zone");
    assert_eq!(r.data.next[0], "2026-01-01T12:00:00Z");
    assert_quiet(&ctz(GOOD, "Europe/London"), "cron/unknown-time-zone");
}

#[test]
fn count_limited() {
    let r = check("* * * * * ?", from(), 1_000_000, None);
    assert_fires(&r, "cron/count-limited");
    assert_eq!(r.data.next.len(), 10_000);
    let r = check("* * * * * ?", from(), 10_000, None);
    assert_quiet(&r, "cron/count-limited");
}

#[test]
fn schedule_ends() {
    let r = check("0 11 11 11 11 ? 2030-2099", from(), 100, None);
    assert_fires(&r, "cron/schedule-ends");
    assert_eq!(r.data.next.len(), 70);
    assert_quiet(&check(GOOD, from(), 100, None), "cron/schedule-ends");
}

#[test]
fn too_long() {
    let every = "0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59";
    let widest = format!("{every} {every} 0-23 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31 JAN,FEB,MAR,APR,MAY,JUN,JUL,AUG,SEP,OCT,NOV,DEC ?");
    assert_quiet(&c(&widest), "cron/too-long");
    assert_fires(
        &c(&format!("{widest} {}", "2030,".repeat(500))),
        "cron/too-long",
    );
}

#[test]
fn json_shape() {
    let r = c(GOOD);
    assert_eq!(r.tool, "cron");
    assert_eq!(r.data.description, "At 12:00:00 GMT, every day");
    assert_eq!(r.data.next[0], "2026-01-01T12:00:00Z");
    assert_eq!(r.data.next.len(), 10);
    let fields = &r.data.fields;
    assert_eq!(fields.len(), 6);
    assert_eq!(fields[3].name, "day-of-month");
    assert_eq!(fields[2].values, Some(vec![12]));
    let r = c("0 0 12 ? * MON-WED");
    assert_eq!(
        r.data.fields[5].labels,
        Some(vec!["2 (MON)".into(), "3 (TUE)".into(), "4 (WED)".into()])
    );
    // Zero fire times asked for is not "never fires".
    let r = check(GOOD, from(), 0, None);
    assert_eq!(r.data.never_fires, Some(false));
    assert_quiet(&r, "cron/never-fires");
    // A Unix line's fields carry Unix names.
    let r = c("*/5 * * * *");
    assert_eq!(r.data.fields[0].name, "minute");
    // Invalid expressions still carry the three keys (in the JSON, too).
    let r = c("garbage").into_json();
    for k in ["description", "fields", "next"] {
        assert!(r.data.get(k).is_some(), "{k}");
    }
}

#[test]
fn hostile_input_never_panics_or_hangs() {
    let huge = "1,".repeat(200_000) + "1";
    let long_field = format!("0 0 {huge} * * ?");
    for input in [
        "\0\0\0",
        "💣 💣 💣 💣 💣 💣",
        "- - - - - -",
        "/ / / / / /",
        "L L L L L L",
        "# # # # # #",
        "* * * * * * * *",
        "0 0 0 L-W * ?",
        "0 0 0 ? * L#1",
        "0 0 0 ? * #",
        "0 0 0 ? * 1#",
        "0 0 0 1-2-3 * ?",
        "0 0 0 1/2/3 * ?",
        "0 0 0 ,, * ?",
        long_field.as_str(),
        "\u{feff}0 0 12 * * ?",
    ] {
        let r = c(input);
        assert!(
            r.findings.iter().all(|f| f.message.len() < 600),
            "{input:.40}"
        );
    }
    let big = "x".repeat(10_000_000);
    let r = c(&big);
    assert_fires(&r, "cron/too-long");
    assert!(r.has_errors());
    // The parser itself copes with long input too.
    let p = preflight::cron::parse(&long_field);
    assert!(p.expr.is_some());
    assert!(r.findings.iter().all(|f| f.message.len() < 600));
}

#[test]
fn realistic_pastes_raise_exactly_the_expected_rules() {
    let mut failures = Vec::new();
    for line in include_str!("fixtures/cron/pastes.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (expr, want) = line.split_once('\t').unwrap_or((line, ""));
        let mut want: Vec<&str> = want.split_whitespace().collect();
        want.sort_unstable();
        let r = c(expr);
        let mut got: Vec<&str> = r.findings.iter().map(|f| f.rule.as_str()).collect();
        got.sort_unstable();
        got.dedup();
        if got != want {
            failures.push(format!("{expr}: expected {want:?}, got {got:?}"));
        }
        // Every finding on a field points at it with a span inside the input.
        for f in &r.findings {
            if let Some((s, e)) = f.location.span {
                assert!(s <= e && e <= expr.len(), "{expr}: span {s}-{e}");
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_day_of_week_number_is_echoed_with_its_name() {
    let names = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
    for (i, name) in names.iter().enumerate() {
        let n = i + 1;
        for dow in [format!("{n}"), format!("{n}L"), format!("{n}#2")] {
            let r = c(&format!("0 0 12 ? * {dow}"));
            let d = &r.data.description;
            assert!(d.contains(&format!("{n} = {name}")), "{dow}: {d}");
        }
    }
    let r = c("0 0 12 ? * 2-4,6");
    assert_eq!(
        r.data.description,
        "At 12:00:00 GMT, on Monday (2 = MON) through Wednesday (4 = WED) and Friday (6 = FRI)"
    );
}

#[test]
fn multibyte_text_where_a_wrapper_could_start_is_a_finding_not_a_panic() {
    for input in [
        "cro\u{20ac} 1 2 3 4 5",
        "\u{201c}",
        "\u{2018}x",
        "cron(\u{20ac})",
    ] {
        let r = c(input);
        assert!(r.has_errors(), "{input}");
    }
}

#[test]
fn validity_and_how_the_input_was_read_are_in_the_data() {
    let ok = c("0 0 12 * * ?");
    assert!(ok.data.valid);
    assert_eq!(ok.data.read_as, ReadAs::Quartz);
    assert_eq!(c("0 0 12 * *").data.read_as, ReadAs::UnixCrontab);
    assert!(!c("0 0 12 * *").data.valid);
    assert_eq!(c("cron(0 12 * * ? *)").data.read_as, ReadAs::AwsEventbridge);
    assert!(!c("0 0 25 * * ?").data.valid);
    // An unknown display zone does not make the expression invalid.
    let zone = ctz("0 0 12 * * ?", "Mars/Olympus");
    assert!(zone.data.valid);
    assert!(!zone.data.time_zone_valid);
    assert!(c("0 0 12 * * ?").data.time_zone_valid);
    // How the input was read, as the JSON names it.
    let json = c("0 0 12 * *").into_json();
    assert_eq!(json.data["read_as"], "unix-crontab");
}
