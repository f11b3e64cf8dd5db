#![no_main]
//! Redaction: any bytes give a redacted copy, never a panic.

use libfuzzer_sys::fuzz_target;
use preflight::broadworks::redact::redact;

fuzz_target!(|data: &[u8]| {
    let report = redact(data);
    // The JSON the CLI prints carries the copy as a string.
    assert!(report.into_json().data["redacted"].is_string());
});
