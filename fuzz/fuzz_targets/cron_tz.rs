#![no_main]
//! Cron expressions in a time zone: the first byte picks a zone (with
//! unusual DST rules among them), the rest is the expression. DST gap and
//! overlap handling must not panic or hang.

use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use preflight::cron::check;

const ZONES: &[&str] = &[
    "Europe/London",
    "America/New_York",
    "Australia/Lord_Howe",
    "Pacific/Apia",
    "Pacific/Chatham",
    "Antarctica/Troll",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "UTC",
    "Not/A_Zone",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, expr)) = data.split_first() else {
        return;
    };
    let zone = ZONES[pick as usize % ZONES.len()];
    let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let _ = check(&String::from_utf8_lossy(expr), now, 50, Some(zone));
});
