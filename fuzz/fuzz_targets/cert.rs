#![no_main]
//! Certificate checker: any bytes (PEM, DER, base64, PKCS#7) give a report,
//! never a panic.

use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use preflight::x509::{check, LintContext};

fuzz_target!(|data: &[u8]| {
    let now = Utc.with_ymd_and_hms(2026, 6, 1, 0, 0, 0).unwrap();
    let _ = check(data, None, &LintContext::new(now));
});
