#![no_main]
//! SAML response / AuthnRequest checker: any bytes (XML, base64,
//! base64-deflate, form posts, redirect URLs) give a report, never a panic.

use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use preflight::saml::response::{check_bytes, ResponseOptions};

fuzz_target!(|data: &[u8]| {
    let now = Utc.with_ymd_and_hms(2026, 6, 1, 0, 0, 0).unwrap();
    let _ = check_bytes(data, &ResponseOptions::default(), now);
});
