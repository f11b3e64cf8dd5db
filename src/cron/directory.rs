//! How often the directory-integration job runs and which upload files each
//! run expects (admin guide, "User File Formats" and "Group File Formats":
//! `userFile_YYYY-MM-DD_n.csv`, where the date is the GMT day the job runs
//! and n is "the job instance number for that particular day"; the four
//! files named in "Directory Integration Import Process and File Formats").

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::parse::Expr;

/// The file-name prefixes of one run, in the guide's order.
pub const FILE_PREFIXES: [&str; 4] = ["userFile", "groupFile", "userInactivation", "groupDeletion"];

/// At most this many runs of a day are listed with their file names.
pub const MAX_LISTED_RUNS: usize = 96;

/// One run of the day and the files it imports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    pub n: usize,
    pub time: String,
    pub files: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayFiles {
    /// The GMT date the file names carry.
    pub date: String,
    /// Whether `date` is the day of "now" (otherwise the next day the job runs).
    pub is_today: bool,
    pub total_runs: usize,
    /// The first `MAX_LISTED_RUNS` runs (all of them when there are fewer).
    pub runs: Vec<Run>,
}

/// File names for run `n` on `date`.
pub fn file_names(date: NaiveDate, n: usize) -> Vec<String> {
    let d = date.format("%Y-%m-%d");
    FILE_PREFIXES
        .iter()
        .map(|p| format!("{p}_{d}_{n}.csv"))
        .collect()
}

/// The runs of the GMT day of `now` (or of the next day the job runs).
pub fn day_files(e: &Expr, now: DateTime<Utc>) -> Option<DayFiles> {
    let today = now.date_naive();
    let mut date = today;
    let (mut total, mut times) = e.times_on(today, MAX_LISTED_RUNS);
    if total == 0 {
        let next = e.next_after(now)?;
        date = next.date_naive();
        (total, times) = e.times_on(date, MAX_LISTED_RUNS);
    }
    let runs = times
        .iter()
        .enumerate()
        .map(|(i, t)| Run {
            n: i + 1,
            time: t
                .and_utc()
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            files: file_names(date, i + 1),
        })
        .collect();
    Some(DayFiles {
        date: date.format("%Y-%m-%d").to_string(),
        is_today: date == today,
        total_runs: total,
        runs,
    })
}
