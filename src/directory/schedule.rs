//! Does the job run for this set? (admin guide, "CRON Expressions": "CRON
//! jobs are run in the GMT time zone"; "User File Formats": YYYY-MM-DD is
//! the GMT day the job runs and n "the job instance number for that
//! particular day"). The runs of a day and their file names come from the
//! cron core (`cron::directory`).

use chrono::NaiveDate;

use super::rules as r;
use super::Sink;
use crate::cron::directory::{file_names, MAX_LISTED_RUNS};
use crate::cron::Expr;

/// The time of run `instance` on `date`, if the schedule has it; findings otherwise.
pub fn check(
    date: NaiveDate,
    instance: u32,
    job_day: Option<NaiveDate>,
    schedule: Option<(&str, &Expr)>,
    sink: &mut Sink,
) -> Option<String> {
    let day = date.format("%Y-%m-%d");
    if let Some(job) = job_day.filter(|j| *j != date) {
        sink.add(
            &r::DATE_MISMATCH,
            format!(
                "the set is named for {day} but the job runs on {} (GMT); that day's runs look for {}",
                job.format("%Y-%m-%d"),
                file_names(job, instance as usize).join(", ")
            ),
            None,
            None,
        );
    }
    let (text, expr) = schedule?;
    let (total, times) = expr.times_on(date, MAX_LISTED_RUNS.max(instance as usize));
    if total == 0 {
        sink.add(
            &r::SCHEDULE_NO_RUN,
            format!(
                "the schedule `{}` has no run on {day} (GMT), so no job picks up this set",
                show(text)
            ),
            None,
            None,
        );
        return None;
    }
    match times.get(instance as usize - 1) {
        Some(t) => Some(
            t.and_utc()
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        ),
        None => {
            sink.add(
                &r::SCHEDULE_NO_RUN,
                format!(
                    "the schedule `{}` runs {total} time{} on {day} (GMT), so there is no run _{instance}; the last is _{total}",
                    show(text),
                    if total == 1 { "" } else { "s" }
                ),
                None,
                None,
            );
            None
        }
    }
}

fn show(s: &str) -> String {
    crate::csv::values::show(s.as_bytes())
}
