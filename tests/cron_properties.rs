//! Property check: for thousands of generated expressions, the fast
//! field-jumping search gives exactly the fire times a naive day-by-day scan
//! finds with an independent reading of the day rules (written here from the
//! guide's wording, not shared with the scheduler).

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use preflight::cron::parse;
use preflight::cron::parse::{Days, DomSpec, DowSpec, Expr};

/// A small deterministic generator (no extra dependency).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() as usize) % xs.len()]
    }
}

fn dim(y: i32, m: u32) -> u32 {
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)
    };
    next.unwrap().pred_opt().unwrap().day()
}

/// Quartz weekday: 1 = SUN … 7 = SAT.
fn qdow(d: NaiveDate) -> u32 {
    d.weekday().num_days_from_sunday() + 1
}

/// "The weekday nearest the given day … it will not jump over the boundary of a month's days."
fn nearest_weekday(y: i32, m: u32, day: u32) -> u32 {
    let last = dim(y, m);
    let date = NaiveDate::from_ymd_opt(y, m, day).unwrap();
    match qdow(date) {
        7 => {
            if day > 1 {
                day - 1
            } else {
                day + 2
            }
        }
        1 => {
            if day < last {
                day + 1
            } else {
                day - 2
            }
        }
        _ => day,
    }
}

fn day_matches(e: &Expr, d: NaiveDate) -> bool {
    let (y, m, day) = (d.year(), d.month(), d.day());
    let last = dim(y, m);
    match e.days {
        Days::Dom(DomSpec::Days(mask)) => mask & (1 << day) != 0,
        Days::Dom(DomSpec::Last { offset, weekday }) => {
            if offset >= last {
                return false;
            }
            let target = last - offset;
            if weekday {
                nearest_weekday(y, m, target) == day
            } else {
                target == day
            }
        }
        Days::Dom(DomSpec::Nearest(n)) => n <= last && nearest_weekday(y, m, n) == day,
        Days::Dow(DowSpec::Days(mask)) => mask & (1 << qdow(d)) != 0,
        Days::Dow(DowSpec::Last(w)) => qdow(d) == w && day + 7 > last,
        Days::Dow(DowSpec::Nth { dow, nth }) => qdow(d) == dow && (day - 1) / 7 + 1 == nth,
    }
}

fn naive_upcoming(e: &Expr, from: DateTime<Utc>, count: usize, days: i64) -> Vec<DateTime<Utc>> {
    let mut out = Vec::new();
    let start = from.date_naive();
    for i in 0..days {
        let d = start + Duration::days(i);
        if d.year() > 2099 {
            break;
        }
        let yb = (d.year() - 1970) as usize;
        if d.year() < 1970
            || e.years[yb / 64] & (1 << (yb % 64)) == 0
            || e.months & (1 << d.month()) == 0
            || !day_matches(e, d)
        {
            continue;
        }
        let set = |mask: u64, n: u32| (0..n).filter(move |v| mask & (1 << v) != 0);
        for h in set(e.hours, 24) {
            for mi in set(e.minutes, 60) {
                for s in set(e.seconds, 60) {
                    {
                        let t = Utc.from_utc_datetime(&d.and_hms_opt(h, mi, s).unwrap());
                        if t > from {
                            out.push(t);
                            if out.len() == count {
                                return out;
                            }
                        }
                    }
                }
            }
        }
    }
    out
}

#[test]
fn fast_search_equals_naive_scan() {
    let mut g = Lcg(0x5eed);
    let secs = ["0", "30", "0/20", "*/15", "5,10", "58-2"];
    let mins = ["0", "15", "0/30", "*/20", "59", "10-12", "45-5/10"];
    let hours = ["0", "12", "23", "*/6", "9-17/4", "22-1", "1,13"];
    let doms = [
        "*", "1", "15", "28", "29", "30", "31", "L", "L-1", "L-5", "LW", "L-2W", "1W", "15W",
        "30W", "31W", "1/7", "10-20", "25-5", "1,15,31",
    ];
    let dows = [
        "*", "1", "7", "L", "MON-FRI", "SAT,SUN", "2/2", "FRI-TUE", "6L", "1L", "2#1", "4#5",
        "7#3", "1#5", "3#4",
    ];
    let months = ["*", "2", "FEB,MAR", "*/4", "NOV-FEB", "6", "1,12"];
    let years = ["", " *", " 2026-2030", " 2027/3", " 2028"];
    let starts = [
        "2026-01-01T00:00:00Z",
        "2024-02-28T23:59:59Z",
        "2027-12-31T23:30:00Z",
        "2028-02-29T12:00:00Z",
    ];
    let mut checked = 0;
    for _ in 0..1500 {
        let use_dom = g.next() % 2 == 0;
        let (dom, dow) = if use_dom {
            (g.pick(&doms), "?")
        } else {
            ("?", g.pick(&dows))
        };
        let expr = format!(
            "{} {} {} {} {} {}{}",
            g.pick(&secs),
            g.pick(&mins),
            g.pick(&hours),
            dom,
            g.pick(&months),
            dow,
            g.pick(&years)
        );
        let from = DateTime::parse_from_rfc3339(g.pick(&starts))
            .unwrap()
            .with_timezone(&Utc);
        let e = parse(&expr)
            .expr
            .unwrap_or_else(|| panic!("{expr} should parse"));
        let fast = e.upcoming(from, 12);
        // Scan far enough to cover the fast answer (or four years when it found nothing).
        let horizon = fast
            .last()
            .map(|t| (t.date_naive() - from.date_naive()).num_days() + 1)
            .unwrap_or(4 * 366);
        let naive = naive_upcoming(&e, from, 12, horizon);
        if fast.is_empty() {
            assert!(
                naive.is_empty(),
                "{expr} from {from}: naive found {:?}",
                naive.first()
            );
        } else {
            assert_eq!(fast, naive, "{expr} from {from}");
        }
        for w in fast.windows(2) {
            assert!(w[0] < w[1], "{expr}: not increasing");
        }
        checked += 1;
    }
    assert_eq!(checked, 1500);
}
