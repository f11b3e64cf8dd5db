//! Daylight-saving changes of the administrator's local zone near fire
//! times (admin guide, "CRON Expressions": "CRON jobs are run in the GMT time
//! zone" and "Be aware of daylight savings time when scheduling jobs to run
//! between mid-night and 1:00 AM. The change in the hour causes a skip or a
//! repeat").
//!
//! The job fires at fixed GMT instants, so it never skips or repeats; what
//! moves is the local wall-clock time the administrator sees. We find the
//! zone's offset changes over the next year (chrono-tz has no transition
//! iterator, so we sample daily and bisect to the second) and report the
//! fire times within an hour of each change.

use chrono::{DateTime, Duration, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::parse::Expr;

/// Resolve an IANA name, forgiving letter case (`europe/london`).
pub fn zone(name: &str) -> Option<Tz> {
    let name = name.trim();
    if let Ok(tz) = name.parse::<Tz>() {
        return Some(tz);
    }
    chrono_tz::TZ_VARIANTS
        .iter()
        .find(|tz| tz.name().eq_ignore_ascii_case(name))
        .copied()
}

fn offset_secs(tz: Tz, t: DateTime<Utc>) -> i32 {
    tz.offset_from_utc_datetime(&t.naive_utc())
        .fix()
        .local_minus_utc()
}

pub fn fmt_offset(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.unsigned_abs();
    format!("{sign}{:02}:{:02}", a / 3600, (a % 3600) / 60)
}

/// Which way the local clock goes at a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// The local hour is skipped.
    Forward,
    /// The local hour is repeated.
    Back,
}

/// One change of the zone's UTC offset and the fire times near it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transition {
    /// The instant of the change (UTC).
    pub at: String,
    pub offset_before: String,
    pub offset_after: String,
    /// `forward` (local hour skipped) or `back` (local hour repeated).
    pub direction: Direction,
    /// Fire times within one hour of the change, with their local times.
    pub fire_times: Vec<NearFire>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NearFire {
    pub utc: String,
    pub local: String,
}

/// Offset changes of `tz` in `[from, from + days)`.
pub fn transitions(tz: Tz, from: DateTime<Utc>, days: i64) -> Vec<(DateTime<Utc>, i32, i32)> {
    let mut out = Vec::new();
    let mut prev_t = from;
    let mut prev_o = offset_secs(tz, from);
    for d in 1..=days {
        let Some(t) = from.checked_add_signed(Duration::days(d)) else {
            break;
        };
        let o = offset_secs(tz, t);
        if o != prev_o {
            // Bisect to the first second with the new offset.
            let (mut lo, mut hi) = (prev_t, t);
            while hi - lo > Duration::seconds(1) {
                let mid = lo + (hi - lo) / 2;
                if offset_secs(tz, mid) == prev_o {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            out.push((hi, prev_o, o));
        }
        prev_t = t;
        prev_o = o;
    }
    out
}

/// Transitions over the year after `from` that have a fire time within an hour.
pub fn near_fire_times(e: &Expr, tz: Tz, from: DateTime<Utc>) -> Vec<Transition> {
    let mut out = Vec::new();
    for (at, before, after) in transitions(tz, from, 366) {
        let window_start = at - Duration::hours(1) - Duration::seconds(1);
        let window_end = at + Duration::hours(1);
        let mut fires = Vec::new();
        let mut t = window_start;
        while let Some(n) = e.next_after(t) {
            if n > window_end || fires.len() >= 10 {
                break;
            }
            fires.push(NearFire {
                utc: n.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                local: n
                    .with_timezone(&tz)
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            });
            t = n;
        }
        if !fires.is_empty() {
            out.push(Transition {
                at: at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                offset_before: fmt_offset(before),
                offset_after: fmt_offset(after),
                direction: if after > before {
                    Direction::Forward
                } else {
                    Direction::Back
                },
                fire_times: fires,
            });
        }
    }
    out
}
