#![no_main]
//! Redaction: any bytes give a redacted copy, never a panic.

use libfuzzer_sys::fuzz_target;
use preflight::broadworks::redact::redact;

fuzz_target!(|data: &[u8]| {
    let report = redact(data);
    assert!(report.data["redacted"].is_string());
});
