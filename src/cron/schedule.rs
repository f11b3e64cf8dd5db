//! Fire times of a parsed expression, in GMT (admin guide, "CRON
//! Expressions": "CRON jobs are run in the GMT time zone").
//!
//! The search jumps field by field (next matching year, month, day, hour,
//! minute, second, each a bit-scan) instead of stepping through seconds, so
//! any expression costs at most one pass over the months up to 2099 and an
//! impossible one (`0 0 0 30 2 ?`) is recognised without looping.
//!
//! Where Quartz's own code is undefined or lenient we choose the reading the
//! guide implies, and the checker reports the month as skipped:
//! - `nW` with n past the month's end (`31W` in April) fires nowhere that
//!   month, like a plain `31`, rather than spilling into the next month.
//! - `L-n` that falls before the 1st (`L-30` in February) fires nowhere.
//! - Years end at 2099 (the guide's field table), so listings stop there.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc};

use super::fields::{YEAR_MAX, YEAR_MIN};
use super::parse::{Days, DomSpec, DowSpec, Expr};

/// Lowest set bit at or above `from`.
fn next_bit(mask: u64, from: u32) -> Option<u32> {
    if from >= 64 {
        return None;
    }
    let m = mask & (!0u64 << from);
    (m != 0).then(|| m.trailing_zeros())
}

fn first_bit(mask: u64) -> u32 {
    mask.trailing_zeros()
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            if leap {
                29
            } else {
                28
            }
        }
    }
}

/// Quartz weekday number (1 = SUN … 7 = SAT) of the 1st of the month.
fn first_dow(year: i32, month: u32) -> u32 {
    NaiveDate::from_ymd_opt(year, month, 1)
        .map(|d| d.weekday().num_days_from_sunday() + 1)
        .unwrap_or(1)
}

/// Quartz weekday of day `d` given the weekday of the 1st.
fn dow_of(first: u32, d: u32) -> u32 {
    (first - 1 + d - 1) % 7 + 1
}

/// The nearest weekday (Mon-Fri) to `day` without leaving the month, as the
/// guide describes `W` ("1W" on a Saturday is Monday the 3rd).
fn nearest_weekday(day: u32, dim: u32, first: u32) -> u32 {
    match dow_of(first, day) {
        7 if day == 1 => 3,
        7 => day - 1,
        1 if day == dim => day - 2,
        1 => day + 1,
        _ => day,
    }
}

impl Expr {
    fn year_ok(&self, y: u32) -> bool {
        if !(YEAR_MIN..=YEAR_MAX).contains(&y) {
            return false;
        }
        let b = (y - YEAR_MIN) as usize;
        self.years[b / 64] & (1u64 << (b % 64)) != 0
    }

    fn next_year(&self, from: u32) -> Option<u32> {
        (from.max(YEAR_MIN)..=YEAR_MAX).find(|&y| self.year_ok(y))
    }

    /// Bit d set for each day d of `year`-`month` the expression fires on.
    pub fn day_mask(&self, year: i32, month: u32) -> u64 {
        let dim = days_in_month(year, month);
        let all = ((1u64 << (dim + 1)) - 1) & !1;
        let first = first_dow(year, month);
        match self.days {
            Days::Dom(DomSpec::Days(m)) => m & all,
            Days::Dom(DomSpec::Last { offset, weekday }) => {
                if offset >= dim {
                    return 0;
                }
                let day = dim - offset;
                let day = if weekday {
                    nearest_weekday(day, dim, first)
                } else {
                    day
                };
                1u64 << day
            }
            Days::Dom(DomSpec::Nearest(n)) => {
                if n > dim {
                    0
                } else {
                    1u64 << nearest_weekday(n, dim, first)
                }
            }
            Days::Dow(DowSpec::Days(m)) => {
                let mut out = 0u64;
                for d in 1..=dim {
                    if m & (1u64 << dow_of(first, d)) != 0 {
                        out |= 1u64 << d;
                    }
                }
                out
            }
            Days::Dow(DowSpec::Last(w)) => {
                let last = dow_of(first, dim);
                let back = (last + 7 - w) % 7;
                1u64 << (dim - back)
            }
            Days::Dow(DowSpec::Nth { dow, nth }) => {
                let d = 1 + (dow + 7 - first) % 7 + 7 * (nth - 1);
                if d > dim {
                    0
                } else {
                    1u64 << d
                }
            }
        }
    }

    /// The first (h, m, s) at or after the given time of day.
    fn time_at_or_after(&self, h: u32, m: u32, s: u32) -> Option<(u32, u32, u32)> {
        let h1 = next_bit(self.hours, h)?;
        if h1 > h {
            return Some((h1, first_bit(self.minutes), first_bit(self.seconds)));
        }
        if let Some(m1) = next_bit(self.minutes, m) {
            if m1 > m {
                return Some((h, m1, first_bit(self.seconds)));
            }
            if let Some(s1) = next_bit(self.seconds, s) {
                return Some((h, m, s1));
            }
            if let Some(m2) = next_bit(self.minutes, m + 1) {
                return Some((h, m2, first_bit(self.seconds)));
            }
        }
        let h2 = next_bit(self.hours, h + 1)?;
        Some((h2, first_bit(self.minutes), first_bit(self.seconds)))
    }

    /// The first fire time at or after `start` (GMT), or `None` if there is
    /// none up to the end of 2099.
    pub fn first_at_or_after(&self, start: NaiveDateTime) -> Option<NaiveDateTime> {
        if start.year() > YEAR_MAX as i32 {
            return None;
        }
        let start = if start.year() < YEAR_MIN as i32 {
            NaiveDate::from_ymd_opt(YEAR_MIN as i32, 1, 1)?.and_time(NaiveTime::MIN)
        } else {
            start
        };
        let mut y = start.year() as u32;
        let mut mo = start.month();
        let mut d = start.day();
        let mut tod = Some((start.hour(), start.minute(), start.second()));
        // Each pass moves forward by at least one day, month or year, so the
        // loop ends within 130 years × 12 months × 31 days even in theory;
        // in practice every empty month costs one pass.
        loop {
            let ny = self.next_year(y)?;
            if ny != y {
                y = ny;
                mo = 1;
                d = 1;
                tod = None;
            }
            match next_bit(self.months, mo) {
                None => {
                    y += 1;
                    mo = 1;
                    d = 1;
                    tod = None;
                    continue;
                }
                Some(nm) if nm != mo => {
                    mo = nm;
                    d = 1;
                    tod = None;
                }
                Some(_) => {}
            }
            let mask = self.day_mask(y as i32, mo);
            match next_bit(mask, d) {
                None => {
                    mo += 1;
                    d = 1;
                    tod = None;
                    continue;
                }
                Some(nd) if nd != d => {
                    d = nd;
                    tod = None;
                }
                Some(_) => {}
            }
            let (h, m, s) = tod.unwrap_or((0, 0, 0));
            match self.time_at_or_after(h, m, s) {
                Some((h, m, s)) => {
                    let date = NaiveDate::from_ymd_opt(y as i32, mo, d)?;
                    return date.and_hms_opt(h, m, s);
                }
                None => {
                    d += 1;
                    tod = None;
                }
            }
        }
    }

    /// The first fire time strictly after `t` (Quartz's `getTimeAfter`).
    pub fn next_after(&self, t: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let base = t.naive_utc().with_nanosecond(0)?;
        let start = base.checked_add_signed(chrono::Duration::seconds(1))?;
        self.first_at_or_after(start)
            .map(|n| Utc.from_utc_datetime(&n))
    }

    /// Up to `count` fire times strictly after `from`.
    pub fn upcoming(&self, from: DateTime<Utc>, count: usize) -> Vec<DateTime<Utc>> {
        let mut out = Vec::with_capacity(count.min(10_000));
        let mut t = from;
        while out.len() < count {
            match self.next_after(t) {
                Some(n) => {
                    out.push(n);
                    t = n;
                }
                None => break,
            }
        }
        out
    }

    /// Months (year, month) between `from` and `until` that the expression
    /// names but in which it never fires, e.g. FEB for day 30.
    pub fn skipped_months(&self, from: (i32, u32), years: i32) -> Vec<(i32, u32)> {
        let (from_year, from_month) = from;
        let mut out = Vec::new();
        for y in from_year..from_year + years {
            if y < YEAR_MIN as i32 || y > YEAR_MAX as i32 || !self.year_ok(y as u32) {
                continue;
            }
            for mo in 1..=12u32 {
                let past = y == from_year && mo < from_month;
                if !past && self.months & (1u64 << mo) != 0 && self.day_mask(y, mo) == 0 {
                    out.push((y, mo));
                }
            }
        }
        out
    }

    /// How many times the expression fires on one GMT day, and the first
    /// `limit` of those fire times in order.
    pub fn times_on(&self, date: NaiveDate, limit: usize) -> (usize, Vec<NaiveDateTime>) {
        let (y, mo) = (date.year(), date.month());
        let month_ok = self.months & (1u64 << mo) != 0;
        let year_ok = y >= YEAR_MIN as i32 && self.year_ok(y as u32);
        if !month_ok || !year_ok || self.day_mask(y, mo) & (1u64 << date.day()) == 0 {
            return (0, Vec::new());
        }
        let mut out = Vec::new();
        'outer: for h in (0..24).filter(|h| self.hours & (1u64 << h) != 0) {
            for m in (0..60).filter(|m| self.minutes & (1u64 << m) != 0) {
                for s in (0..60).filter(|s| self.seconds & (1u64 << s) != 0) {
                    if out.len() >= limit {
                        break 'outer;
                    }
                    if let Some(t) = date.and_hms_opt(h, m, s) {
                        out.push(t);
                    }
                }
            }
        }
        (self.runs_per_day() as usize, out)
    }

    /// How many times a day the expression fires on a day it fires at all.
    pub fn runs_per_day(&self) -> u32 {
        self.hours.count_ones() * self.minutes.count_ones() * self.seconds.count_ones()
    }

    /// Whether the job fires on two consecutive days within the next
    /// `months` months from `year`-`month` (so a late run and an early run
    /// can be close together across midnight).
    pub fn fires_on_consecutive_days(&self, year: i32, month: u32, months: u32) -> bool {
        let (mut y, mut mo) = (year, month);
        let mut prev_last = false;
        for _ in 0..months {
            let in_set = y >= YEAR_MIN as i32
                && y <= YEAR_MAX as i32
                && self.year_ok(y as u32)
                && self.months & (1u64 << mo) != 0;
            let mask = if in_set { self.day_mask(y, mo) } else { 0 };
            if mask & (mask >> 1) != 0 || (prev_last && mask & 2 != 0) {
                return true;
            }
            prev_last = mask & (1u64 << days_in_month(y, mo)) != 0;
            mo += 1;
            if mo > 12 {
                mo = 1;
                y += 1;
            }
        }
        false
    }

    /// The shortest gap between two consecutive fire times, in seconds
    /// (`None` if it fires at most once a day and never on consecutive days
    /// close to midnight). `consecutive_days` says whether the last run of
    /// one day can be followed by the first run of the next.
    pub fn min_gap(&self, consecutive_days: bool) -> Option<u32> {
        let within = self.min_gap_seconds();
        if !consecutive_days {
            return within;
        }
        let first =
            first_bit(self.hours) * 3600 + first_bit(self.minutes) * 60 + first_bit(self.seconds);
        let last = (63 - self.hours.leading_zeros()) * 3600
            + (63 - self.minutes.leading_zeros()) * 60
            + (63 - self.seconds.leading_zeros());
        let across = first + 86_400 - last;
        Some(within.map_or(across, |w| w.min(across)))
    }

    /// The shortest gap between two fire times within a day, in seconds
    /// (`None` if it fires once a day). Gaps across midnight are at least as
    /// long unless every hour fires, which the within-day gap already shows.
    pub fn min_gap_seconds(&self) -> Option<u32> {
        let bits = |mask: u64, n: u32| (0..n).filter(move |v| mask & (1u64 << v) != 0);
        let mut prev: Option<u32> = None;
        let mut best: Option<u32> = None;
        for h in bits(self.hours, 24) {
            for m in bits(self.minutes, 60) {
                for s in bits(self.seconds, 60) {
                    let t = h * 3600 + m * 60 + s;
                    if let Some(p) = prev {
                        let g = t - p;
                        best = Some(best.map_or(g, |b: u32| b.min(g)));
                    }
                    prev = Some(t);
                }
            }
        }
        best
    }
}
