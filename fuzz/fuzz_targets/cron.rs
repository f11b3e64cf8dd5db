#![no_main]
//! Job Scheduling cron expressions: any text gives a report (with up to 50
//! next runs), never a panic or hang.

use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use preflight::cron::check;

fuzz_target!(|data: &[u8]| {
    let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let _ = check(&String::from_utf8_lossy(data), now, 50, None);
});
