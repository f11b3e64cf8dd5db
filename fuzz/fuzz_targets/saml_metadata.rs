#![no_main]
//! SAML metadata checker: any bytes give a report, never a panic or hang.

use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use preflight::saml::{check_metadata, MetadataOptions};

fuzz_target!(|data: &[u8]| {
    let now = Utc.with_ymd_and_hms(2026, 6, 1, 0, 0, 0).unwrap();
    let _ = check_metadata(data, &MetadataOptions::at(now));
});
